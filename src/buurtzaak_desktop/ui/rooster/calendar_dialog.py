"""Closing days and weekend opening days of a year, in a small settings dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.rooster.calendar import (
    list_closing_days,
    list_weekend_openings,
    set_closing_day,
    set_weekend_opening,
)
from buurtzaak_desktop.services.rooster.queries import rooster_view
from buurtzaak_desktop.ui.dates import format_date
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, ROOSTER, operations
from buurtzaak_desktop.ui.qt_values import from_qdate

CALENDAR = frozenset({ROOSTER, ACTIVITEITEN})  # opening days bound the rooster and the sessions held


class OpeningCalendarDialog(QDialog):
    def __init__(self, context: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Sluitingsdagen en weekendopening"))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setAccessibleName(self.tr("Jaar"))
        self.closing = QListWidget(self)
        self.closing.setAccessibleName(self.tr("Sluitingsdagen"))
        self.weekend = QListWidget(self)
        self.weekend.setAccessibleName(self.tr("Open weekenddagen"))
        self.day = QDateEdit(QDate(year, 1, 1), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setAccessibleName(self.tr("Datum"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reden van sluiting"))
        self.reason.setPlaceholderText(self.tr("reden, bijvoorbeeld Teamdag"))
        buttons = []
        for text, slot in (
            (self.tr("Sluitingsdag toevoegen"), self._add_closing),
            (self.tr("Sluitingsdag verwijderen"), self._remove_closing),
            (self.tr("Weekenddag open"), self._add_weekend),
            (self.tr("Weekenddag dicht"), self._remove_weekend),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            buttons.append(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Sluitingsdagen (feestdagen gaan vanzelf)")), 0, 0)
        grid.addWidget(QLabel(self.tr("Open weekenddagen")), 0, 1)
        grid.addWidget(self.closing, 1, 0)
        grid.addWidget(self.weekend, 1, 1)
        grid.addWidget(self.day, 2, 0)
        grid.addWidget(self.reason, 2, 1)
        grid.addWidget(buttons[0], 3, 0)
        grid.addWidget(buttons[2], 3, 1)
        grid.addWidget(buttons[1], 4, 0)
        grid.addWidget(buttons[3], 4, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.year)
        layout.addLayout(grid)
        layout.addWidget(close)
        self.year.valueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.closing.clear()
        for row in list_closing_days(self.context.database, self.year.value()):
            item = QListWidgetItem(f"{format_date(row.day)} — {row.reason}")
            item.setData(256, row.day.isoformat())
            self.closing.addItem(item)
        self.weekend.clear()
        for day in list_weekend_openings(self.context.database, self.year.value()):
            item = QListWidgetItem(format_date(day))
            item.setData(256, day.isoformat())
            self.weekend.addItem(item)

    def _selected(self, widget: QListWidget) -> date | None:
        item = widget.currentItem()
        return date.fromisoformat(item.data(256)) if item else None

    def _add_closing(self) -> None:
        day = from_qdate(self.day.date())
        reason = self.reason.text()
        done = self.tr("Sluitingsdag: {day}").format(day=format_date(day))
        if not operations().ok(self, lambda: set_closing_day(self.context.database, day, reason), CALENDAR, done):
            return
        self.refresh()
        booked = rooster_view(self.context.database, day, day).bookings
        if booked:  # no silent conflicts: the beheerder decides what happens to them
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "Op {day} staan nog {count} boeking(en), onder andere '{title}'. Ze blijven staan; annuleer of "
                    "verplaats ze in het rooster."
                ).format(day=format_date(day), count=len(booked), title=booked[0].title),
            )

    def _remove_closing(self) -> None:
        day = self._selected(self.closing)
        if day is not None:
            operations().ok(self, lambda: set_closing_day(self.context.database, day, "", closed=False), CALENDAR)
            self.refresh()

    def _add_weekend(self) -> None:
        day = from_qdate(self.day.date())
        if day.weekday() < 5:
            QMessageBox.information(self, self.windowTitle(), self.tr("Kies een zaterdag of zondag."))
            return
        operations().ok(self, lambda: set_weekend_opening(self.context.database, day, True), CALENDAR)
        self.refresh()

    def _remove_weekend(self) -> None:
        day = self._selected(self.weekend)
        if day is not None:
            operations().ok(self, lambda: set_weekend_opening(self.context.database, day, False), CALENDAR)
            self.refresh()
