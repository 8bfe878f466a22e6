"""De populaire begroting: the money budget plus the value of the hours volunteers and partners give."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.money import format_cents, parse_cents
from buurtzaak_desktop.services.begroting import populair as service
from buurtzaak_desktop.services.begroting.populair import InKindItem, PopularBudget
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.begroting.initiative_dialogs import FormDialog
from buurtzaak_desktop.ui.begroting.widgets import AREAS, MoneyEdit, confirm
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.shortcuts import widget_shortcut
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


@dataclass(frozen=True)
class PopularRow:
    label: str
    hours: str
    rate: str
    value: str
    item: InKindItem | None = None  # hours given in kind, which can be corrected or deleted


def _hours(centi: int) -> str:
    return f"{centi / 100:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


class PopularView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.popular: PopularBudget | None = None
        self.model: RowTableModel[PopularRow] = RowTableModel(
            [
                Column(self.tr("Onderdeel"), lambda r: r.label),
                Column(self.tr("Uren"), lambda r: r.hours, align_right=True),
                Column(self.tr("Uurtarief"), lambda r: r.rate, align_right=True),
                Column(self.tr("Waarde"), lambda r: r.value, align_right=True),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Populaire begroting"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda *_: self.edit_hours())
        for key, slot in (
            (Qt.Key.Key_F2, self.edit_hours),
            (Qt.Key.Key_Return, self.edit_hours),
            (Qt.Key.Key_Enter, self.edit_hours),
            (Qt.Key.Key_Delete, self.delete_hours),
        ):
            widget_shortcut(self.table, key, slot)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.source = QLabel(self.tr("Vrijwilligersuren komen uit het tabblad Vrijwilligers."))
        self.source.setWordWrap(True)
        self.hours_button = QPushButton(self.tr("&Uren vastleggen…"))
        self.hours_button.setAccessibleName(self.tr("Uren vastleggen"))
        self.hours_button.clicked.connect(self.record_hours)
        self.edit_button = QPushButton(self.tr("Uren wijzigen…"))
        self.edit_button.setAccessibleName(self.tr("Uren wijzigen"))
        self.edit_button.setToolTip(self.tr("De gekozen uren in natura corrigeren"))
        self.edit_button.clicked.connect(self.edit_hours)
        self.delete_button = QPushButton(self.tr("Uren verwijderen"))
        self.delete_button.setAccessibleName(self.tr("Uren verwijderen"))
        self.delete_button.clicked.connect(self.delete_hours)
        self.rate_button = QPushButton(self.tr("Uurtarief wijzigen…"))
        self.rate_button.setAccessibleName(self.tr("Uurtarief wijzigen"))
        self.rate_button.clicked.connect(self.change_rate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.source, 1)
        buttons.addWidget(self.hours_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.rate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_popular(self, popular: PopularBudget) -> None:
        chosen = self.selected_item()
        self.popular = popular
        rate = format_cents(popular.hour_rate_cents)
        rows = [
            PopularRow(self.tr("Baten in geld (begroot)"), "", "", format_cents(popular.income_cents)),
            PopularRow(self.tr("Lasten in geld (begroot)"), "", "", format_cents(popular.expense_cents)),
            PopularRow(
                self.tr("Vrijwilligersuren"),
                _hours(popular.volunteer_hours_centi),
                rate,
                format_cents(popular.volunteer_value_cents),
            ),
        ]
        rows += [
            PopularRow(
                self.tr("In natura: {what}").format(what=item.description),
                _hours(item.hours_centi),
                format_cents(item.rate_cents),
                format_cents(item.value_cents),
                item,
            )
            for item in popular.in_kind
        ]
        rows += [
            PopularRow(
                self.tr("Waarde van de gegeven uren"),
                "",
                "",
                format_cents(popular.volunteer_value_cents + popular.in_kind_value_cents),
            ),
            PopularRow(
                self.tr("Wat het centrum werkelijk kost (lasten + uren)"),
                "",
                "",
                format_cents(popular.total_value_cents),
            ),
        ]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if chosen is not None:
            self.select_item(chosen.id)
        self._update_buttons()

    def selected_item(self) -> InKindItem | None:
        index = self.table.currentIndex()
        return self.model.row_at(index).item if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        for number in range(self.model.rowCount()):
            item = self.model.row_at(self.model.index(number, 0)).item
            if item is not None and item.id == item_id:
                self.table.setCurrentIndex(self.model.index(number, 0))
                return

    def _update_buttons(self) -> None:
        chosen = self.selected_item() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def record_hours(self) -> None:
        if self.popular is None:
            return
        dialog = HoursDialog(self.popular.year, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            year, kind, what, hours, rate = self.popular.year, dialog.kind_value, dialog.what, dialog.hours, dialog.rate
            operations().ok(
                self, lambda: service.record_hours(self.context.database, year, kind, what, hours, rate), AREAS
            )

    def edit_hours(self) -> None:
        item = self.selected_item()
        if item is None or self.popular is None:
            return
        dialog = HoursDialog(self.popular.year, self, item=item)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            what, hours, rate = dialog.what, dialog.hours, dialog.rate
            operations().ok(
                self, lambda: service.update_hours(self.context.database, item.id, what, hours, rate), AREAS
            )

    def delete_hours(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        question = self.tr("De uren in natura '{what}' ({hours} uur, {value}) verwijderen?").format(
            what=item.description, hours=_hours(item.hours_centi), value=format_cents(item.value_cents)
        )
        if not confirm(self, self.tr("Uren verwijderen"), question):
            return
        operations().ok(self, lambda: service.delete_hours(self.context.database, item.id), AREAS)

    def change_rate(self) -> None:
        if self.popular is None:
            return
        dialog = FormDialog(self.tr("Uurtarief vrijwilligers {year}").format(year=self.popular.year), self)
        rate = MoneyEdit(self.tr("Uurtarief"))
        rate.set_cents(self.popular.hour_rate_cents)
        dialog.add(self.tr("Uurtarief"), rate)
        dialog.checks.append(rate.cents)  # refuses bad text before closing
        dialog.finish()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            year = self.popular.year
            operations().ok(self, lambda: service.set_hour_rate(self.context.database, year, rate.cents()), AREAS)


class HoursDialog(FormDialog):
    """Volunteer hours (valued at the year's rate) or hours given in kind by a partner (with their own rate);
    with ``item``, a correction of hours given in kind."""

    def __init__(
        self,
        year: int,
        parent: QWidget | None = None,
        item: InKindItem | None = None,
    ) -> None:
        title = self.tr("Uren wijzigen ({year})") if item else self.tr("Uren vastleggen voor {year}")
        super().__init__(title.format(year=year), parent)
        self.kind = self.add(self.tr("Soort uren"), QComboBox())
        # volunteer hours are written in the Vrijwilligers tab, never twice
        self.kind.addItem(self.tr("uren in natura"), service.IN_KIND)
        self.description = self.add(self.tr("Omschrijving"), QLineEdit())
        self.hours_edit = self.add(self.tr("Aantal uren"), QLineEdit())
        self.hours_edit.setPlaceholderText("12,5")
        self.rate_edit = self.add(self.tr("Uurtarief (leeg: het tarief van het jaar)"), MoneyEdit(self.tr("Uurtarief")))
        self.kind_value, self.what, self.hours = service.IN_KIND, "", 0
        self.rate: int | None = None
        if item is not None:
            self.description.setText(item.description)
            self.hours_edit.setText(_hours(item.hours_centi))
            if item.own_rate:
                self.rate_edit.set_cents(item.rate_cents)
        self.finish()

    def collect(self) -> None:
        self.kind_value = self.kind.currentData()
        self.what = self.description.text()
        self.hours = _parse_hours(self.hours_edit.text())
        self.rate = self.rate_edit.cents() if self.rate_edit.text().strip() else None


def _parse_hours(text: str) -> int:
    """Hours with up to two decimals (12,5 or 1.200,25) as hundredths of an hour, read like an amount."""
    try:
        return parse_cents(text)
    except InputError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen aantal uren (bijvoorbeeld 12,5)."), value=text.strip()
        ) from error
