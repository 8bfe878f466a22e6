"""Hours: entry by hand (or a correction), the year's totals per person and their value at the year's rate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.money import format_cents, parse_cents
from buurtzaak_desktop.domain.vrijwilligers.hours import format_minutes, parse_hours
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.hours import hours_by_month, hours_value, log_hours, set_rate
from buurtzaak_desktop.services.vrijwilligers.reference import role_names
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers
from buurtzaak_desktop.ui.operations import BEGROTING, VRIJWILLIGERS, operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.table_model import Column, RowTableModel
from buurtzaak_desktop.ui.vrijwilligers.common import NamedCombo, date_edit, table


@dataclass(frozen=True)
class HoursRow:
    name: str
    month: int
    year: int


AREAS = frozenset({VRIJWILLIGERS, BEGROTING})  # hours count in the populaire begroting


class HoursPanel(QWidget):
    def __init__(self, context: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Jaar"))
        self.year.valueChanged.connect(self.refresh)
        self.value = QLabel(self)
        self.rate = QLineEdit(self)
        self.rate.setAccessibleName(self.tr("Uurtarief"))
        self.rate.setMaximumWidth(90)
        self.rate_button = QPushButton(self.tr("&Tarief opslaan"), self)
        self.rate_button.setAccessibleName(self.tr("Tarief opslaan"))
        self.rate_button.clicked.connect(self.save_rate)
        self.rate.returnPressed.connect(self.save_rate)
        self.model: RowTableModel[HoursRow] = RowTableModel(
            [
                Column(self.tr("Naam"), lambda row: row.name),
                Column(self.tr("Deze maand"), lambda row: format_minutes(row.month), align_right=True),
                Column(self.tr("Jaar"), lambda row: format_minutes(row.year), align_right=True),
            ],
            self,
        )
        self.table = table(self, self.tr("Uren per vrijwilliger"), stretch=0)
        self.table.setModel(self.model)
        self.person = NamedCombo(self)
        self.person.setAccessibleName(self.tr("Vrijwilliger"))
        self.day = date_edit(self, today, self.tr("Datum"))
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("Uren"))
        self.amount.setPlaceholderText(self.tr("2:30"))
        self.amount.setMaximumWidth(80)
        self.role = NamedCombo(self)
        self.role.setAccessibleName(self.tr("Rol"))
        self.kind = NamedCombo(self)
        self.kind.setAccessibleName(self.tr("Soort"))
        self.kind.addItem(self.tr("gewerkt"), "hand")
        self.kind.addItem(self.tr("correctie"), "correctie")
        self.save = QPushButton(self.tr("Uren &opslaan"), self)
        self.save.setAccessibleName(self.tr("Uren opslaan"))
        self.save.clicked.connect(self.save_hours)
        self.amount.returnPressed.connect(self.save_hours)
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Jaar"), self)
        caption.setBuddy(self.year)
        top.addWidget(caption)
        top.addWidget(self.year)
        top.addWidget(self.value, 1)
        caption = QLabel(self.tr("Uur&tarief"), self)
        caption.setBuddy(self.rate)
        top.addWidget(caption)
        top.addWidget(self.rate)
        top.addWidget(self.rate_button)
        entry = QGridLayout()
        for place, (label, widget) in enumerate(
            (
                (self.tr("&Vrijwilliger"), self.person),
                (self.tr("&Datum"), self.day),
                (self.tr("&Uren"), self.amount),
                (self.tr("&Rol"), self.role),
                (self.tr("&Soort"), self.kind),
            )
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            entry.addWidget(caption, place // 3, (place % 3) * 2)
            entry.addWidget(widget, place // 3, (place % 3) * 2 + 1)
        entry.addWidget(self.save, 1, 5)
        entry.setColumnStretch(1, 1)
        entry.setColumnStretch(6, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)

    def refresh(self) -> None:
        year = self.year.value()
        people = list_volunteers(self.context.database, VolunteerFilter(include_archived=True))
        names = {row.id: row.name for row in people}
        minutes = hours_by_month(self.context.database, year)
        month = self.today.month if year == self.today.year else 12
        rows = [
            HoursRow(names.get(volunteer_id, str(volunteer_id)), months.get(month, 0), sum(months.values()))
            for volunteer_id, months in minutes.items()
        ]
        self.model.set_rows(sorted(rows, key=lambda row: row.name))
        self.table.resizeColumnsToContents()
        total = hours_value(self.context.database, year)
        self.value.setText(
            self.tr("{year}: {hours} uur, tegen {rate} per uur waard {value}").format(
                year=year,
                hours=format_minutes(total.minutes),
                rate=format_cents(total.rate_cents),
                value=format_cents(total.value_cents),
            )
        )
        self.rate.setText(format_cents(total.rate_cents, symbol=False))
        self._fill_choices([row for row in people if not row.archived])

    def _fill_choices(self, people) -> None:
        current = self.person.currentData()
        self.person.clear()
        for row in people:
            self.person.addItem(row.name, row.id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        role = self.role.currentText()
        self.role.clear()
        self.role.addItem(self.tr("(geen)"), None)
        for name in role_names(self.context.database):
            self.role.addItem(name, name)
        self.role.setCurrentIndex(max(0, self.role.findText(role)))

    def save_rate(self) -> None:
        """The value of an hour this year (the minimum wage): a setting per year."""
        cents = operations().run(self, lambda: parse_cents(self.rate.text()))
        if cents is not None and operations().ok(
            self, lambda: set_rate(self.context.database, self.year.value(), cents), AREAS
        ):
            self.refresh()

    def save_hours(self) -> None:
        minutes = operations().run(self, lambda: parse_hours(self.amount.text()))
        if minutes is None or self.person.currentData() is None:
            return
        saved = operations().run(
            self,
            lambda: log_hours(
                self.context.database,
                self.person.currentData(),
                from_qdate(self.day.date()),
                minutes,
                self.role.currentData(),
                self.kind.currentData(),
            ),
            AREAS,
            self.tr("Uren geboekt"),
        )
        if saved is not None:
            self.amount.clear()
            self.refresh()
