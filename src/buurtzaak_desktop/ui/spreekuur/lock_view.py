"""The locked spreekuur: counts only, and the PIN to open it (first use: set one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.domain.spreekuur.text import masked
from buurtzaak_desktop.services.spreekuur import privacy
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named

COLUMN_WIDTH = 420


class LockView(QWidget):
    unlocked = Signal()

    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
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
        self.repeat.returnPressed.connect(self.submit)

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
        first_use = not privacy.has_pin(self.database)
        self.explain.setText(
            self.tr("Stel als coördinator een pincode in voor het spreekuur (minstens 6 tekens).")
            if first_use
            else self.tr("Namen en notities zijn alleen zichtbaar met de pincode van het spreekuur.")
        )
        self.button.setText(self.tr("Pincode instellen") if first_use else self.tr("Ontgrendelen"))
        self.button.setAccessibleName(self.button.text())
        self.repeat.setVisible(first_use)
        self.repeat_label.setVisible(first_use)
        self.pin.clear()
        self.repeat.clear()
        self.message.clear()
        if wait := privacy.pin_wait_seconds(self.database):
            self._pause(wait)

    def _pause(self, seconds: int) -> None:
        """After a few wrong PINs the lock waits a while: guessing takes too long to be worth it."""
        for widget in (self.pin, self.button):
            widget.setEnabled(False)
        self.message.setText(
            self.tr("Te vaak een verkeerde pincode. Probeer het over {seconds} seconden opnieuw.").format(
                seconds=seconds
            )
        )
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
            if not operations().ok(self, lambda: privacy.set_pin(self.database, pin), AREAS):
                return
        elif not self._accepted(pin):
            return
        self.pin.clear()
        self.repeat.clear()
        self.unlocked.emit()

    def _accepted(self, pin: str) -> bool:
        try:
            accepted = privacy.check_pin(self.database, pin)
        except RuleViolation:  # still waiting after too many wrong tries
            accepted = False
        if not accepted:
            self.pin.clear()
            self.message.setText(self.tr("Deze pincode klopt niet."))
            if wait := privacy.pin_wait_seconds(self.database):
                self._pause(wait)
        return accepted
