"""Vergoeding: the vrijwilligersvergoeding paid per month, with its category; the year's total feeds the begroting's
vrijwilligersvergoeding line. Above the yearly or monthly maximum (settings per year) the panel warns.

(The class keeps its old name; handgeld is now the petty cash on the Begroting tab.)"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.money import format_cents, parse_cents
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.hours import (
    HandgeldRow,
    handgeld_categories,
    handgeld_payments,
    pay_handgeld,
    remove_handgeld,
)
from buurtzaak_desktop.services.vrijwilligers.vergoeding import DEFAULT_CATEGORY, Overrun, maxima, overruns, set_maxima
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers
from buurtzaak_desktop.ui.operations import BEGROTING, VRIJWILLIGERS, operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.selection import enable_with_selection
from buurtzaak_desktop.ui.table_model import Column, RowTableModel
from buurtzaak_desktop.ui.vrijwilligers.common import Messages, NamedCombo, date_edit, table

AREAS = frozenset({VRIJWILLIGERS, BEGROTING})  # the vergoeding paid flows into the Begroting


class HandgeldPanel(QWidget):
    def __init__(self, context: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Jaar"))
        self.year.valueChanged.connect(self.refresh)
        self.total = QLabel(self)
        self.model: RowTableModel[HandgeldRow] = RowTableModel(
            [
                Column(self.tr("Maand"), lambda row: f"{row.month:%m-%Y}"),
                Column(self.tr("Naam"), lambda row: row.name),
                Column(self.tr("Bedrag"), lambda row: format_cents(row.amount_cents), align_right=True),
                Column(self.tr("Categorie"), lambda row: row.category),
            ],
            self,
        )
        self.table = table(self, self.tr("Vrijwilligersvergoeding betaald"))
        self.table.setModel(self.model)
        self.person = NamedCombo(self)
        self.person.setAccessibleName(self.tr("Vrijwilliger"))
        self.month = date_edit(self, today.replace(day=1), self.tr("Maand"))
        self.month.setDisplayFormat("MM-yyyy")
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("Bedrag"))
        self.amount.setPlaceholderText("180,00")
        self.amount.setMaximumWidth(100)
        self.category = NamedCombo(self)
        self.category.setEditable(True)
        self.category.setAccessibleName(self.tr("Categorie"))
        self.save_button = self._button(self.tr("&Betaling opslaan"), self.save)
        self.remove_button = self._button(self.tr("Betaling &verwijderen"), self.remove)
        enable_with_selection(self.table, self.remove_button)
        self.amount.returnPressed.connect(self.save)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c0392b; font-weight: bold")
        self.warning.setAccessibleName(self.tr("Boven het maximum"))
        self.year_max = QLineEdit(self)
        self.year_max.setAccessibleName(self.tr("Maximum per jaar"))
        self.year_max.setMaximumWidth(100)
        self.month_max = QLineEdit(self)
        self.month_max.setAccessibleName(self.tr("Maximum per maand"))
        self.month_max.setMaximumWidth(100)
        self.maxima_button = self._button(self.tr("Ma&xima opslaan"), self.save_maxima)
        self._layout()

    def _button(self, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setAccessibleName(label.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _layout(self) -> None:
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Jaar"), self)
        caption.setBuddy(self.year)
        top.addWidget(caption)
        top.addWidget(self.year)
        top.addWidget(self.total, 1)
        top.addWidget(self.remove_button)
        entry = QHBoxLayout()
        for label, widget in (
            (self.tr("&Vrijwilliger"), self.person),
            (self.tr("&Maand"), self.month),
            (self.tr("Be&drag"), self.amount),
            (self.tr("&Categorie"), self.category),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            entry.addWidget(caption)
            entry.addWidget(widget, 1 if widget in (self.person, self.category) else 0)
        entry.addWidget(self.save_button)
        limits = QHBoxLayout()
        for label, widget in ((self.tr("Maximum per ja&ar"), self.year_max), (self.tr("per maa&nd"), self.month_max)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            limits.addWidget(caption)
            limits.addWidget(widget)
        limits.addWidget(self.maxima_button)
        limits.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)
        layout.addLayout(limits)

    def _overrun_text(self, overrun: Overrun) -> str:
        values = {
            "name": overrun.name,
            "amount": format_cents(overrun.cents),
            "limit": format_cents(overrun.limit_cents),
        }
        if overrun.month is None:
            return self.tr("{name}: {amount} in {year}, meer dan het maximum van {limit} per jaar.").format(
                year=self.year.value(), **values
            )
        return self.tr("{name}: {amount} in {month}, meer dan het maximum van {limit} per maand.").format(
            month=f"{overrun.month:%m-%Y}", **values
        )

    def refresh(self) -> None:
        rows = handgeld_payments(self.context.database, self.year.value())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.total.setText(
            self.tr("{year}: {total} betaald — de realisatie van de post vrijwilligersvergoeding").format(
                year=self.year.value(), total=format_cents(sum(row.amount_cents for row in rows))
            )
        )
        found = [self._overrun_text(o) for o in overruns(self.context.database, self.year.value())]
        self.warning.setText("\n".join(found))
        self.warning.setVisible(bool(found))
        limits = maxima(self.context.database, self.year.value())
        self.year_max.setText(format_cents(limits.year_cents, symbol=False))
        self.month_max.setText(format_cents(limits.month_cents, symbol=False))
        current = self.person.currentData()
        self.person.clear()
        for person in list_volunteers(self.context.database, VolunteerFilter()):
            self.person.addItem(person.name, person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        category = self.category.currentText() or DEFAULT_CATEGORY
        self.category.clear()
        self.category.addItems(handgeld_categories(self.context.database))
        self.category.setCurrentText(category)

    def save(self) -> None:
        person = self.person.currentData()
        cents = operations().run(self, lambda: parse_cents(self.amount.text()))
        if person is None or cents is None:
            return
        month = from_qdate(self.month.date())
        category = self.category.currentText()
        if (
            operations().run(
                self,
                lambda: pay_handgeld(self.context.database, person, month, cents, category),
                AREAS,
                self.tr("Vergoeding geboekt: {name}, {amount}").format(
                    name=self.person.currentText(), amount=format_cents(cents)
                ),
            )
            is not None
        ):
            self.amount.clear()
            self._changed()

    def save_maxima(self) -> None:
        year_cents = operations().run(self, lambda: parse_cents(self.year_max.text()))
        month_cents = operations().run(self, lambda: parse_cents(self.month_max.text()))
        if year_cents is None or month_cents is None:
            return
        year = self.year.value()
        if operations().ok(self, lambda: set_maxima(self.context.database, year, year_cents, month_cents), AREAS):
            self.refresh()

    def remove(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        row = self.model.row_at(indexes[0])
        question = self.tr("De betaling van {amount} aan {name} ({month}) verwijderen?").format(
            amount=format_cents(row.amount_cents), name=row.name, month=f"{row.month:%m-%Y}"
        )
        if not Messages(self).confirm(self, self.tr("Betaling verwijderen"), question):
            return
        if operations().ok(self, lambda: remove_handgeld(self.context.database, row.id), AREAS):
            self._changed()

    def _changed(self) -> None:
        self.refresh()
