"""'Wat is vrij?': date, from–to, people and wheelchair access -> the free rooms, best fit first (outdoor rooms
last). Enter in any field searches and puts the focus on the best fit, so a second Enter books it; Tab goes through
the fields in the order they are shown."""

from __future__ import annotations

from datetime import date, time
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
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
from buurtzaak_desktop.ui.qt_values import from_qdate, to_qdate
from buurtzaak_desktop.ui.rooster.time_boxes import chosen_time, select_time, time_box


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
        self._keyboard()

    def fields(self) -> list[QWidget]:
        """The fields in the order they are shown (and Tab visits them)."""
        return [self.day, self.start, self.end, self.people, self.wheelchair, self.search, self.results]

    def _keyboard(self) -> None:
        fields = self.fields()
        for before, after in pairwise(fields):
            QWidget.setTabOrder(before, after)
        for field in fields[:5]:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a field searches (a field has no use for it; the list keeps Enter for booking). Tab leaves the
        date for the next field: a date edit would otherwise step through day, month and year first."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.find_free()
            return True
        if watched is self.day and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            QWidget.focusNextPrevChild(self.day, event.key() == Qt.Key.Key_Tab)  # the widget's, not the sections'
            return True
        return super().eventFilter(watched, event)

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
            item = QListWidgetItem(self._room_text(free.room.name, free.room.capacity, free.room.indoor))
            item.setData(Qt.ItemDataRole.UserRole, free.room.id)
            item.setToolTip(self.tr("Enter of dubbelklik: boek deze ruimte"))
            self.results.addItem(item)
        if not found:
            self.results.addItem(self.tr("Geen ruimte vrij."))
        self._focus_best_fit()

    def _room_text(self, name: str, capacity: int, indoor: bool) -> str:
        if indoor:
            return self.tr("{room} ({capacity} pers.)").format(room=name, capacity=capacity)
        return self.tr("{room} ({capacity} pers., buiten)").format(room=name, capacity=capacity)

    def _focus_best_fit(self) -> None:
        """The best fit is chosen and has the focus: Enter books it, the arrows choose another."""
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) is not None:
                self.results.setCurrentRow(row)
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _book(self, item: QListWidgetItem) -> None:
        room_id = item.data(Qt.ItemDataRole.UserRole)
        if room_id is not None:
            self.bookRequested.emit(
                room_id, from_qdate(self.day.date()), chosen_time(self.start), chosen_time(self.end)
            )
