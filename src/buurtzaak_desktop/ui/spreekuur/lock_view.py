"""The locked spreekuur: counts only; choose yourself and type your PIN to open it (first use: the coordinator's PIN).

The tab then works in that person's name: "Geholpen door" and the audit log (services/spreekuur/people.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.spreekuur.text import masked
from buurtzaak_desktop.services.spreekuur import people
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.spreekuur.people import Person
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.spreekuur.common import named

COLUMN_WIDTH = 420


class LockView(QWidget):
    unlocked = Signal()

    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.person: Person | None = None  # who unlocked the tab last
        self.who = named(QComboBox(), self.tr("Wie ben je?"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.pin = named(QLineEdit(), self.tr("Pincode"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = named(QLineEdit(), self.tr("Pincode herhalen"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = named(QPushButton(self.tr("Ontgrendelen")), self.tr("Ontgrendelen"))
        self.message = QLabel()
        form = QFormLayout()
        self.who_label = QLabel(self.tr("Wie ben je?"))
        form.addRow(self.who_label, self.who)
        form.addRow(self.tr("Pincode"), self.pin)
        self.repeat_label = QLabel(self.tr("Pincode herhalen"))
        form.addRow(self.repeat_label, self.repeat)
        # A PIN field the width of a short code, not of the window: the form sits in a column of its own.
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Spreekuur (vergrendeld)"))
        heading.setProperty("role", "heading")
        for widget in (heading, self.counts, self.explain):
            layout.addWidget(widget)
        layout.addWidget(column)
        layout.addWidget(self.message)
        layout.addStretch(1)
        # Wrong tries are counted in the database (services/pins.py): the wait also holds after a restart.
        self.pause_timer = QTimer(self)
        self.pause_timer.setSingleShot(True)
        self.pause_timer.timeout.connect(self._resume)
        self.button.clicked.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        self.pin.installEventFilter(self)  # Up/Down in the PIN field choose the person: Ctrl+3 lands there
        self.repeat.returnPressed.connect(self.submit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.pin and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()), 0)
            if step and self.who.isVisible():
                self.who.setCurrentIndex(max(0, min(self.who.count() - 1, self.who.currentIndex() + step)))
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        year = now_local().year
        figures = year_figures(self.database, year)
        self.counts.setText(
            self.tr(
                "Cijfers {year}: {visits} bezoeken, waarvan {anonymous} anoniem; {unique} bewoners met naam, "
                "van wie {new} nieuw."
            ).format(
                year=year,
                visits=masked(figures.visits),
                anonymous=masked(figures.anonymous_visits),
                unique=masked(figures.unique_residents),
                new=masked(figures.new_residents),
            )
        )
        everyone = people.people(self.database)
        first_use = not everyone[0].has_pin  # the coordinator's PIN (the former single spreekuur PIN)
        self._fill_people(everyone)
        self.explain.setText(
            self.tr("Stel als coördinator een pincode in voor het spreekuur (minstens 6 tekens).")
            if first_use
            else self.tr("Namen en notities zijn alleen zichtbaar met een pincode: kies wie je bent en typ je pincode.")
        )
        self.button.setText(self.tr("Pincode instellen") if first_use else self.tr("Ontgrendelen"))
        self.button.setAccessibleName(self.button.text())
        self.repeat.setVisible(first_use)
        self.repeat_label.setVisible(first_use)
        self.who.setVisible(not first_use)
        self.who_label.setVisible(not first_use)
        self.pin.clear()
        self.repeat.clear()
        self.message.clear()
        if wait := people.wait_seconds(self.database):
            self._pause(wait)

    def _fill_people(self, everyone: list[Person]) -> None:
        """The coordinator, then the spreekuur's people; the one who unlocked last stays chosen."""
        last = self.who.currentData() if self.who.count() else None
        self.who.clear()
        for person in everyone:
            self.who.addItem(self.tr("Coördinator") if person.is_coordinator else person.name, person.volunteer_id)
        self.who.setCurrentIndex(max(0, self.who.findData(last)))

    def _pause(self, seconds: int) -> None:
        """After a few wrong PINs the lock waits a while: guessing takes too long to be worth it."""
        for widget in (self.pin, self.button):
            widget.setEnabled(False)
        if seconds >= 120:  # the wait doubles with each run of wrong tries: minutes read better
            text = self.tr("Te vaak een verkeerde pincode. Probeer het over {minutes} minuten opnieuw.").format(
                minutes=-(-seconds // 60)
            )
        else:
            text = self.tr("Te vaak een verkeerde pincode. Probeer het over {seconds} seconden opnieuw.").format(
                seconds=seconds
            )
        self.message.setText(text)
        self.pause_timer.start(seconds * 1000)

    def _resume(self) -> None:
        self.pin.clear()
        for widget in (self.pin, self.button):
            widget.setEnabled(True)
        self.message.clear()
        self.pin.setFocus()

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        pin = self.pin.text()
        if self.repeat.isVisible():
            if pin != self.repeat.text():
                self.message.setText(self.tr("De twee pincodes zijn niet gelijk."))
                return
            if not self._run(lambda: people.set_first_pin(self.database, pin)):
                return
            self.person = Person(None, people.COORDINATOR, True)
        elif not self._accepted(pin):
            return
        self.pin.clear()
        self.repeat.clear()
        self.unlocked.emit()

    def _accepted(self, pin: str) -> bool:
        volunteer_id = self.who.currentData()
        result: list[Person | None] = []
        refused = not self._run(lambda: result.append(people.unlock(self.database, volunteer_id, pin)))
        self.pin.clear()
        if not refused and result[0] is None:
            self.message.setText(self.tr("Deze pincode klopt niet."))
        if wait := people.wait_seconds(self.database):
            self._pause(wait)
        if refused or result[0] is None:
            return False
        self.person = result[0]
        return True

    def _run(self, action) -> bool:
        """A refusal (a missing PIN, the wait) is said beside the PIN, not in a dialog. No areas: the lines it
        writes are only in this tab's Logboek, which is filled when the tab opens."""
        return operations().ok(self, action, inline=self.message)
