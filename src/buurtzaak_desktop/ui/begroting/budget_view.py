"""Begroting met realisatie: the budget table with a chart beside it, and the actuals of the chosen line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.begroting.budget import BudgetSummary
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.money import format_cents, parse_cents
from buurtzaak_desktop.services.begroting import budget as budget_service
from buurtzaak_desktop.services.begroting.budget import ActualView, LineDraft
from buurtzaak_desktop.services.begroting.sources import SOURCE_LABELS
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.begroting.budget_model import BUDGET_COLUMN, LINE, BudgetTableModel
from buurtzaak_desktop.ui.begroting.chart import BudgetChart
from buurtzaak_desktop.ui.begroting.initiative_dialogs import FormDialog, date_edit
from buurtzaak_desktop.ui.begroting.widgets import AREAS, MoneyEdit, confirm
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.shortcuts import widget_shortcut
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


class BudgetView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = now_local().date().year
        self.summary: BudgetSummary | None = None
        self.model = BudgetTableModel(self._save_budget, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Begroting met realisatie"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_actuals())
        # From the keyboard: F2 or Enter edits the budgeted amount of the chosen line, Delete removes the line.
        for key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            widget_shortcut(self.table, key, self.edit_budget)
        widget_shortcut(self.table, Qt.Key.Key_Delete, self.delete_line)
        self.chart = BudgetChart()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 340])
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        self.add_line_button = self._button(self.tr("Post &toevoegen…"), self.add_line)
        self.edit_line_button = self._button(self.tr("Post wijzigen…"), self.edit_line)
        self.edit_line_button.setToolTip(self.tr("Naam, categorie, soort en koppeling van de gekozen post"))
        self.delete_line_button = self._button(self.tr("Post verwijderen"), self.delete_line)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_line_button)
        buttons.addWidget(self.edit_line_button)
        buttons.addWidget(self.delete_line_button)
        buttons.addWidget(
            QLabel(self.tr("Dubbelklik op een begroot bedrag (of kies de post en druk F2) om het te wijzigen."))
        )
        buttons.addStretch(1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(splitter, 1)
        top_layout.addLayout(buttons)
        # The budget above, the chosen post's entries below; the divider between them can be dragged.
        self.parts = QSplitter(Qt.Orientation.Vertical)
        self.parts.setChildrenCollapsible(False)
        self.parts.addWidget(top)
        self.parts.addWidget(self._actuals_box())
        self.parts.setStretchFactor(0, 4)
        self.parts.setStretchFactor(1, 1)
        self.parts.setSizes([720, 180])  # scaled to the room there is; the budget gets most of it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parts)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _actuals_box(self) -> QGroupBox:
        self.actuals_box = QGroupBox(self.tr("Realisatie"))
        self.actuals_model: RowTableModel[ActualView] = RowTableModel(
            [
                Column(self.tr("Datum"), lambda a: a.day.strftime("%d-%m-%Y")),
                Column(self.tr("Omschrijving"), lambda a: a.description),
                Column(self.tr("Bedrag"), lambda a: format_cents(a.amount_cents), align_right=True),
            ],
            self,
        )
        self.actuals_table = QTableView()
        self.actuals_table.setModel(self.actuals_model)
        self.actuals_table.setAccessibleName(self.tr("Boekingen van de post"))
        self.actuals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actuals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actuals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actuals_table.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 8
        self.actuals_table.verticalHeader().setDefaultSectionSize(row_height)
        self.actuals_table.setMinimumHeight(5 * row_height)  # the header and four entries at least
        self.actuals_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.actuals_table.doubleClicked.connect(lambda *_: self.edit_actual())
        self.actuals_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actual_buttons())
        for key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            widget_shortcut(self.actuals_table, key, self.edit_actual)
        widget_shortcut(self.actuals_table, Qt.Key.Key_Delete, self.delete_actual)
        today = now_local().date()
        self.actual_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.actual_date.setCalendarPopup(True)
        self.actual_date.setDisplayFormat("dd-MM-yyyy")
        self.actual_date.setAccessibleName(self.tr("Datum"))
        self.actual_description = QLineEdit()
        self.actual_description.setAccessibleName(self.tr("Omschrijving"))
        self.actual_amount = MoneyEdit(self.tr("Bedrag"))
        self.actual_amount.returnPressed.connect(self.add_actual)
        self.add_actual_button = self._button(self.tr("Boeking toevoegen"), self.add_actual)
        self.edit_actual_button = self._button(self.tr("Boeking wijzigen…"), self.edit_actual)
        self.delete_actual_button = self._button(self.tr("Boeking verwijderen"), self.delete_actual)
        self.undo_button = self._button(self.tr("Verwijderen ongedaan maken"), self.undo_delete)
        self.undo_button.hide()
        self.removed: ActualView | None = None  # the entry last deleted, for the undo
        form = QHBoxLayout()
        for label, widget in (
            (self.tr("Dat&um"), self.actual_date),
            (self.tr("&Omschrijving"), self.actual_description),
            (self.tr("Bedra&g"), self.actual_amount),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addWidget(caption)
            form.addWidget(widget, 2 if widget is self.actual_description else 1)
        form.addWidget(self.add_actual_button)
        form.addWidget(self.edit_actual_button)
        form.addWidget(self.delete_actual_button)
        form.addWidget(self.undo_button)
        layout = QVBoxLayout(self.actuals_box)
        layout.addWidget(self.actuals_table)
        layout.addLayout(form)
        self._set_actuals_enabled(False)
        return self.actuals_box

    # --- data --------------------------------------------------------------------------------------
    def show_year(self, year: int, summary: BudgetSummary) -> None:
        self.year = year
        self.summary = summary
        line_id = self.selected_line_id()
        self.model.set_summary(summary)
        self.chart.set_summary(summary)
        self.table.resizeColumnsToContents()  # the post names keep their width; a narrow window scrolls
        self._select_line(line_id)
        self._show_actuals()

    def selected_line_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row.line_id if row.role == LINE else None

    def _select_line(self, line_id: int | None) -> None:
        for number in range(self.model.rowCount()):
            if line_id is not None and self.model.row_at(number).line_id == line_id:
                self.table.setCurrentIndex(self.model.index(number, 0))
                return

    def _show_actuals(self) -> None:
        line_id = self.selected_line_id()
        self._set_actuals_enabled(line_id is not None)
        if self.removed is not None and self.removed.line_id != line_id:
            self._forget_removed()  # the undo belongs to the line it was deleted from
        if line_id is None:
            self.actuals_box.setTitle(self.tr("Realisatie: kies een post in de tabel"))
            self.actuals_model.set_rows([])
            return
        row = self.model.row_at(self.table.currentIndex().row())
        title = self.tr("Realisatie van {name}").format(name=row.label.strip())
        linked = self._linked_cents(line_id)
        if linked:
            title += self.tr(" (plus {amount} uit een ander tabblad)").format(amount=format_cents(linked))
        self.actuals_box.setTitle(title)
        self.actuals_model.set_rows(budget_service.actuals_of_line(self.context.database, line_id))
        self._update_actual_buttons()
        today = now_local().date()
        self.actual_date.setDateRange(QDate(self.year, 1, 1), QDate(self.year, 12, 31))  # the line's year
        self.actual_date.setDate(
            QDate(self.year, today.month, today.day) if today.year == self.year else QDate(self.year, 1, 1)
        )

    def _linked_cents(self, line_id: int) -> int:
        if self.summary is None:
            return 0
        lines = (line for category in self.summary.categories for line in category.lines)
        return next((line.linked_cents for line in lines if line.line_id == line_id), 0)

    def _set_actuals_enabled(self, enabled: bool) -> None:
        for widget in (
            self.actual_date,
            self.actual_description,
            self.actual_amount,
            self.add_actual_button,
            self.edit_line_button,
            self.delete_line_button,
        ):
            widget.setEnabled(enabled)
        self._update_actual_buttons()

    def _update_actual_buttons(self) -> None:
        chosen = self.selected_actual() is not None
        self.edit_actual_button.setEnabled(chosen)
        self.delete_actual_button.setEnabled(chosen)

    def selected_actual(self) -> ActualView | None:
        index = self.actuals_table.currentIndex()
        return self.actuals_model.row_at(index) if index.isValid() else None

    def select_actual(self, actual_id: int) -> None:
        for number in range(self.actuals_model.rowCount()):
            if self.actuals_model.row_at(self.actuals_model.index(number, 0)).id == actual_id:
                self.actuals_table.setCurrentIndex(self.actuals_model.index(number, 0))
                return

    # --- actions -----------------------------------------------------------------------------------
    def _save_budget(self, line_id: int, text: str) -> bool:
        if not operations().ok(
            self, lambda: budget_service.set_budget(self.context.database, line_id, parse_cents(text))
        ):
            return False
        # The reload resets the model; after the editor has closed, not while the view is still committing it.
        QTimer.singleShot(0, lambda: operations().announce(AREAS))
        return True

    def add_actual(self) -> None:
        line_id = self.selected_line_id()
        if line_id is None:
            return
        day, description = from_qdate(self.actual_date.date()), self.actual_description.text()
        if not operations().ok(
            self,
            lambda: budget_service.add_actual(
                self.context.database, line_id, day, description, self.actual_amount.cents()
            ),
            AREAS,
            self.tr("Geboekt: {description}").format(description=description),
        ):
            return
        self.actual_description.clear()
        self.actual_amount.clear()

    def edit_actual(self) -> None:
        actual = self.selected_actual()
        if actual is None:
            return
        dialog = ActualDialog(actual, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, description, cents = dialog.day_value, dialog.description.text(), dialog.cents
        self._run(lambda: budget_service.update_actual(self.context.database, actual.id, day, description, cents))
        self.select_actual(actual.id)

    def delete_actual(self) -> None:
        actual = self.selected_actual()
        if actual is None:
            return
        question = self.tr("De boeking '{description}' van {amount} verwijderen?").format(
            description=actual.description, amount=format_cents(actual.amount_cents)
        )
        if not confirm(self, self.tr("Boeking verwijderen"), question):
            return
        removed = operations().run(
            self,
            lambda: budget_service.delete_actual(self.context.database, actual.id),
            AREAS,
            self.tr("Verwijderd: {description}").format(description=actual.description),
        )
        if removed is not None:
            self.removed = removed
            self.undo_button.setToolTip(
                self.tr("De boeking '{description}' van {amount} terugzetten").format(
                    description=removed.description, amount=format_cents(removed.amount_cents)
                )
            )
            self.undo_button.show()

    def undo_delete(self) -> None:
        removed = self.removed
        if removed is None:
            return
        self._forget_removed()
        restored = operations().run(self, lambda: budget_service.restore_actual(self.context.database, removed), AREAS)
        if restored is not None:
            self.select_actual(restored)

    def _forget_removed(self) -> None:
        self.removed = None
        self.undo_button.hide()

    def edit_budget(self) -> None:
        """Opens the editor on the budgeted amount of the chosen line (the keyboard's double-click)."""
        index = self.table.currentIndex()
        if index.isValid() and self.model.row_at(index.row()).role == LINE:
            budget = index.siblingAtColumn(BUDGET_COLUMN)
            self.table.setCurrentIndex(budget)
            self.table.edit(budget)

    def add_line(self) -> None:
        categories = sorted({c.category for c in self.summary.categories}) if self.summary else []
        dialog = LineDialog(categories, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.draft is None:
            return
        draft = dialog.draft
        operations().run(
            self,
            lambda: budget_service.add_line(self.context.database, self.year, draft),
            AREAS,
            self.tr("Post toegevoegd: {name}").format(name=draft.name),
        )

    def edit_line(self) -> None:
        line_id = self.selected_line_id()
        if line_id is None:
            return
        existing = operations().run(self, lambda: budget_service.line_draft(self.context.database, line_id))
        if existing is None:
            return
        categories = sorted({c.category for c in self.summary.categories}) if self.summary else []
        dialog = LineDialog(categories, self, existing)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.draft is None:
            return
        draft, seen = dialog.draft, existing.version
        self._run(lambda: budget_service.update_line(self.context.database, line_id, draft, seen))
        self._select_line(line_id)

    def delete_line(self) -> None:
        line_id = self.selected_line_id()
        if line_id is None:
            return
        name = self.model.row_at(self.table.currentIndex().row()).label.strip()
        question = self.tr("De post '{name}' en al zijn boekingen verwijderen?").format(name=name)
        if confirm(self, self.tr("Post verwijderen"), question):
            self._run(lambda: budget_service.delete_line(self.context.database, line_id))

    def _run(self, action: Callable[[], object]) -> None:
        operations().ok(self, action, AREAS)


class LineDialog(QDialog):
    """A new budget line: baten or lasten, its category, its name and the budgeted amount."""

    def __init__(self, categories: list[str], parent: QWidget | None = None, existing: LineDraft | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Post wijzigen") if existing else self.tr("Post toevoegen"))
        self.draft: LineDraft | None = None
        self.kind = QComboBox()
        self.kind.addItem(self.tr("baten"), "baten")
        self.kind.addItem(self.tr("lasten"), "lasten")
        self.kind.setAccessibleName(self.tr("Soort"))
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(categories)
        self.category.setAccessibleName(self.tr("Categorie"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Post"))
        self.amount = MoneyEdit(self.tr("Begroot"))
        self.source = QComboBox()
        self.source.addItem(self.tr("alleen hier getypt"), "")
        for key, label in SOURCE_LABELS.items():
            self.source.addItem(QCoreApplication.translate("core", label), key)
        self.source.setAccessibleName(self.tr("Realisatie ook uit"))
        if existing is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
            self.category.setCurrentText(existing.category)
            self.name.setText(existing.name)
            self.amount.set_cents(existing.budget_cents)
            self.source.setCurrentIndex(max(0, self.source.findData(existing.source)))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Categorie"), self.category)
        form.addRow(self.tr("Post"), self.name)
        form.addRow(self.tr("Begroot"), self.amount)
        form.addRow(self.tr("Realisatie ook uit"), self.source)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        draft = operations().run(
            self,
            lambda: budget_service.check_draft(
                LineDraft(
                    self.kind.currentData(),
                    self.category.currentText(),
                    self.name.text(),
                    self.amount.cents(),
                    self.source.currentData(),
                )
            ),
            inline=self.error,
        )
        if draft is None:
            return
        self.draft = draft
        super().accept()


class ActualDialog(FormDialog):
    """A correction of a booked entry: its date, description and amount."""

    def __init__(self, actual: ActualView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Boeking wijzigen"), parent)
        self.day = self.add(self.tr("Datum"), date_edit(self.tr("Datum"), actual.day))
        self.day.setDateRange(QDate(actual.day.year, 1, 1), QDate(actual.day.year, 12, 31))  # the line's year
        self.description = self.add(self.tr("Omschrijving"), QLineEdit(actual.description))
        self.amount = self.add(self.tr("Bedrag"), MoneyEdit(self.tr("Bedrag")))
        self.amount.set_cents(actual.amount_cents)
        self.day_value: date = actual.day
        self.cents = actual.amount_cents
        self.finish()

    def collect(self) -> None:
        self.day_value = from_qdate(self.day.date())
        self.cents = self.amount.cents()
