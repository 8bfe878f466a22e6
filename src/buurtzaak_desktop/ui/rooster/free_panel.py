"""'Wat is vrij?': date, from–to, people and wheelchair access -> the free rooms, best fit first."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.rooster.hours import within
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.rooster.calendar import calendar_for
from buurtzaak_desktop.services.rooster.queries import free_rooms
from buurtzaak_desktop.ui.rooster.booking_dialog import chosen_time, from_qdate, select_time, time_box, to_qdate


class FreePanel(QGroupBox):
    bookRequested = Signal(int, object, object, object)  # room id, day, start, end

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wat is vrij?"), parent)
        self.context = context
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setAccessibleName(self.tr("Vrij op datum"))
        self.start, self.end = time_box(self, self.tr("Vrij vanaf")), time_box(self, self.tr("Vrij tot"))
        select_time(self.start, time(19))
        select_time(self.end, time(21))
        self.people = QSpinBox(self)
        self.people.setRange(0, 1000)
        self.people.setAccessibleName(self.tr("Aantal personen"))
        self.wheelchair = QCheckBox(self.tr("Rolstoeltoegankelijk"), self)
        self.wheelchair.setAccessibleName(self.tr("Alleen rolstoeltoegankelijk"))
        self.search = QPushButton(self.tr("&Zoeken"), self)
        self.search.setAccessibleName(self.tr("Zoek vrije ruimtes"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Vrije ruimtes"))
        form = QFormLayout()
        form.addRow(self.tr("Datum"), self.day)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.end)
        form.addRow(self.tr("Van – tot"), times)
        form.addRow(self.tr("Personen"), self.people)
        form.addRow(self.wheelchair)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.search.clicked.connect(self.find_free)
        self.results.itemActivated.connect(self._book)

    def set_day(self, day: date) -> None:
        self.day.setDate(to_qdate(day))

    def find_free(self) -> None:
        day, start, end = from_qdate(self.day.date()), chosen_time(self.start), chosen_time(self.end)
        self.results.clear()
        if end <= start:
            self.results.addItem(self.tr("De eindtijd ligt niet na de begintijd."))
            return
        found = free_rooms(
            self.context.database, day, start, end, self.people.value() or None, self.wheelchair.isChecked()
        )
        hours = calendar_for(self.context.database, day, day)[0]
        if not hours.is_open:
            self.results.addItem(self.tr("Let op: gesloten ({reason}); alleen met BHV.").format(reason=hours.reason))
        elif not within(hours, start, end):
            self.results.addItem(self.tr("Let op: buiten de openingstijden; alleen met BHV."))
        for free in found:
            item = QListWidgetItem(
                self.tr("{room} ({capacity} pers.)").format(room=free.room.name, capacity=free.room.capacity)
            )
            item.setData(Qt.ItemDataRole.UserRole, free.room.id)
            item.setToolTip(self.tr("Enter of dubbelklik: boek deze ruimte"))
            self.results.addItem(item)
        if not found:
            self.results.addItem(self.tr("Geen ruimte vrij."))

    def _book(self, item: QListWidgetItem) -> None:
        room_id = item.data(Qt.ItemDataRole.UserRole)
        if room_id is not None:
            self.bookRequested.emit(
                room_id, from_qdate(self.day.date()), chosen_time(self.start), chosen_time(self.end)
            )
