"""Kleine kas: the petty cash of the year (the werkplan's handgeld). Entries with the balance after each, the months
with their totals and who signed them off, the warning above the monthly top-up limit, and the month closing.

A month the coordinator has closed is locked (the service refuses changes); corrections are new entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.begroting.kas import CATEGORIES, RECEIPT, TOPUP
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.services.begroting import kas as service
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.begroting.initiative_dialogs import date_edit
from buurtzaak_desktop.ui.begroting.widgets import AREAS, MoneyEdit
from buurtzaak_desktop.ui.dates import format_month, month_name
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.selection import enable_with_selection
from buurtzaak_desktop.ui.table_model import Column, RowTableModel

WARNING_STYLE = "color: #c0392b; font-weight: bold"


def category_text(letter: str) -> str:
    return f"{letter} {QCoreApplication.translate('core', CATEGORIES[letter])}" if letter else ""


class KasView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = now_local().year
        self.data: service.KasYear | None = None
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Saldo van de kas"))
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setAccessibleName(self.tr("Waarschuwing aanvulling"))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.entries_model: RowTableModel[service.KasEntryView] = RowTableModel(
            [
                Column(self.tr("Datum"), lambda e: e.day.strftime("%d-%m-%Y")),
                Column(
                    self.tr("Categorie"),
                    lambda e: self.tr("aanvulling") if e.kind == TOPUP else category_text(e.category),
                ),
                Column(self.tr("Omschrijving"), lambda e: e.description),
                Column(self.tr("Bon"), lambda e: e.receipt),
                Column(
                    self.tr("Aanvulling"),
                    lambda e: format_cents(e.amount_cents) if e.kind == TOPUP else "",
                    align_right=True,
                ),
                Column(
                    self.tr("Uitgave"),
                    lambda e: format_cents(e.amount_cents) if e.kind == RECEIPT else "",
                    align_right=True,
                ),
                Column(self.tr("Saldo"), lambda e: format_cents(e.balance_after_cents), align_right=True),
                Column(self.tr("Afgesloten"), lambda e: self.tr("ja") if e.locked else ""),
            ],
            self,
        )
        self.entries = self._table(self.entries_model, self.tr("Kasboekingen"), stretch=2)
        self.months_model: RowTableModel[service.KasMonth] = RowTableModel(
            [
                Column(self.tr("Maand"), lambda m: month_name(m.month.month)),
                Column(self.tr("Aanvulling"), lambda m: format_cents(m.topup_cents), align_right=True),
                Column(self.tr("Uitgaven"), lambda m: format_cents(m.spent_cents), align_right=True),
                Column(self.tr("Saldo einde maand"), lambda m: format_cents(m.balance_end_cents), align_right=True),
                Column(self.tr("Boven maximum"), lambda m: self.tr("ja") if m.over_limit else ""),
                Column(self.tr("Afgetekend door"), lambda m: m.signed_by),
                Column(self.tr("Afgetekend op"), lambda m: m.signed_on.strftime("%d-%m-%Y") if m.signed_on else ""),
            ],
            self,
        )
        self.months = self._table(self.months_model, self.tr("Kas per maand"), stretch=5)

        today = now_local().date()
        self.day = date_edit(self.tr("Datum"), today)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Categorie"))
        self.category.view().setAccessibleName(self.tr("Categorie"))
        self.category.addItem(self.tr("aanvulling (van de bank)"), "")
        for letter in CATEGORIES:
            self.category.addItem(category_text(letter), letter)
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Omschrijving"))
        self.amount = MoneyEdit(self.tr("Bedrag"))
        self.receipt = QLineEdit()
        self.receipt.setAccessibleName(self.tr("Bonnummer"))
        self.add_button = self._button(self.tr("Boeking &toevoegen"), self.add_entry)
        self.delete_button = self._button(self.tr("Boeking ver&wijderen"), self.delete_entry)
        enable_with_selection(self.entries, self.delete_button)
        self.amount.returnPressed.connect(self.add_entry)
        self.receipt.returnPressed.connect(self.add_entry)

        self.close_month_box = QComboBox()
        self.close_month_box.setAccessibleName(self.tr("Af te sluiten maand"))
        self.close_month_box.view().setAccessibleName(self.tr("Af te sluiten maand"))
        self.signed_by = QLineEdit()
        self.signed_by.setAccessibleName(self.tr("Afgetekend door"))
        self.close_button = self._button(self.tr("Maand afs&luiten"), self.close_month)
        self.limit = MoneyEdit(self.tr("Maximum aanvulling per maand"))
        self.limit_button = self._button(self.tr("Maximum &opslaan"), self.save_limit)
        self._layout()

    def _table(self, model: RowTableModel, name: str, stretch: int) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _layout(self) -> None:
        form = QGridLayout()
        for column, (text, widget) in enumerate(
            (
                (self.tr("Dat&um"), self.day),
                (self.tr("&Categorie"), self.category),
                (self.tr("Om&schrijving"), self.description),
                (self.tr("Bedra&g"), self.amount),
                (self.tr("Bonnumm&er"), self.receipt),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addWidget(caption, 0, column)
            form.addWidget(widget, 1, column)
        form.addWidget(self.add_button, 1, 5)
        form.setColumnStretch(2, 1)
        closing = QGroupBox(self.tr("Maandafsluiting door de coördinator"))
        row = QHBoxLayout(closing)
        for text, widget in ((self.tr("Maand"), self.close_month_box), (self.tr("&Afgetekend door"), self.signed_by)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 1 if widget is self.signed_by else 0)
        row.addWidget(self.close_button)
        row.addSpacing(24)
        caption = QLabel(self.tr("Maximum aanvulling per maand"))
        caption.setBuddy(self.limit)
        row.addWidget(caption)
        row.addWidget(self.limit)
        row.addWidget(self.limit_button)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.entries, 3)
        layout.addLayout(form)
        layout.addWidget(self.months, 2)
        layout.addWidget(closing)

    # --- showing -------------------------------------------------------------------------------------
    def show_year(self, year: int) -> None:
        self.year = year
        data = service.kas_year(self.context.database, year)
        self.data = data
        self.entries_model.set_rows(data.entries)
        self.months_model.set_rows(data.months)
        self.summary.setText(
            self.tr(
                "Beginsaldo {opening} · Saldo {balance} · Uitgaven {year} {spent} (realisatie van de post handgeld)"
            ).format(
                opening=format_cents(data.opening_cents),
                balance=format_cents(data.balance_cents),
                year=year,
                spent=format_cents(sum(m.spent_cents for m in data.months)),
            )
        )
        # the service's warnings are Dutch sentences (for the kas file report); the window says them in its language
        warnings = [
            self.tr("In {month} is {topup} aangevuld, meer dan het maximum van {limit} per maand.").format(
                month=format_month(m.month), topup=format_cents(m.topup_cents), limit=format_cents(data.limit_cents)
            )
            for m in data.months
            if m.over_limit
        ]
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.limit.set_cents(data.limit_cents)
        self.close_month_box.clear()
        today = now_local().date()
        for month in data.months:
            if not month.closed and month.month < today.replace(day=1):
                self.close_month_box.addItem(month_name(month.month.month), month.month.isoformat())
        self.close_button.setEnabled(self.close_month_box.count() > 0)

    # --- actions -------------------------------------------------------------------------------------
    def add_entry(self) -> None:
        letter = self.category.currentData() or ""

        def add() -> None:
            draft = service.KasDraft(
                day=from_qdate(self.day.date()),
                kind=RECEIPT if letter else TOPUP,
                amount_cents=self.amount.cents(),
                category=letter,
                description=self.description.text(),
                receipt=self.receipt.text(),
            )
            service.add_entry(self.context.database, draft)

        if not operations().ok(self, add, AREAS, self.tr("In de kas geboekt")):
            return
        for field in (self.description, self.amount, self.receipt):
            field.clear()

    def delete_entry(self) -> None:
        indexes = self.entries.selectionModel().selectedRows()
        if not indexes:
            return
        entry = self.entries_model.row_at(indexes[0])
        self._write(lambda: service.delete_entry(self.context.database, entry.id))

    def close_month(self) -> None:
        if not self.close_month_box.currentData():
            return
        month = date.fromisoformat(self.close_month_box.currentData())
        self._write(lambda: service.close_month(self.context.database, month, self.signed_by.text()))

    def save_limit(self) -> None:
        self._write(lambda: service.set_monthly_limit(self.context.database, self.limit.cents()))

    def _write(self, action: Callable[[], object]) -> None:
        operations().ok(self, action, AREAS)
