"""Record a hygiene strike against a group (date, room, note); the 5th within the period suspends it a month.

When the strike suspends the group, the dialog first names each of the group's bookings in the suspension month
and asks before they are cancelled; without a yes nothing is recorded."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.rooster.hygiene import (
    SuspendedBooking,
    bookings_a_strike_cancels,
    record_strike,
    strikes_of,
)
from buurtzaak_desktop.services.rooster.queries import known_groups
from buurtzaak_desktop.services.rooster.read_models import RoomInfo
from buurtzaak_desktop.ui.dates import format_date
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate, to_qdate
from buurtzaak_desktop.ui.rooster.time_boxes import BOOKING_AREAS


def booking_line(booking: SuspendedBooking) -> str:
    """'Thu 3 December 2026 10:00–11:00, Keuken: Koken' (SuspendedBooking.describe is the service's Dutch)."""
    return f"{format_date(booking.day)} {booking.start:%H:%M}–{booking.end:%H:%M}, {booking.room}: {booking.title}"


class StrikeDialog(QDialog):
    def __init__(
        self, context: AppContext, rooms: Sequence[RoomInfo], day: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Hygiënemelding"))
        self.group = QLineEdit(self)
        self.group.setAccessibleName(self.tr("Groep"))
        self.group.setCompleter(QCompleter(known_groups(context.database), self))
        self.day = QDateEdit(to_qdate(day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setAccessibleName(self.tr("Datum"))
        self.room = QComboBox(self)
        self.room.setAccessibleName(self.tr("Ruimte"))
        self.room.view().setAccessibleName(self.tr("Ruimte"))
        for room in rooms:
            self.room.addItem(room.name, room.id)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Wat was er niet in orde?"))
        form = QFormLayout()
        form.addRow(self.tr("&Groep"), self.group)
        form.addRow(self.tr("&Datum"), self.day)
        form.addRow(self.tr("&Ruimte"), self.room)
        form.addRow(self.tr("&Notitie"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        day, group = from_qdate(self.day.date()), self.group.text()
        cancels = operations().run(self, lambda: bookings_a_strike_cancels(self.context.database, group, day))
        if cancels is None or (cancels and not self._cancel_confirmed(cancels)):
            return
        written = operations().run(
            self,
            lambda: [
                record_strike(
                    self.context.database,
                    group,
                    day,
                    self.room.currentData(),
                    self.note.text(),
                    confirmed=[booking.booking_id for booking in cancels],
                )
            ],
            BOOKING_AREAS,
            self.tr("Hygiënemelding vastgelegd: {group}").format(group=group.strip()),
        )
        if written is None:
            return
        suspension = written[0]
        count = len(strikes_of(self.context.database, self.group.text()))
        if suspension is not None:
            text = self.tr("{group} is geschorst tot {until}: nieuwe boekingen worden tot dan geweigerd.").format(
                group=suspension.group_name, until=format_date(suspension.until)
            )
            if cancels:
                text += " " + self.tr("{count} boeking(en) in die periode zijn geannuleerd.").format(count=len(cancels))
        else:
            text = self.tr("Vastgelegd. {group} heeft nu {count} melding(en).").format(
                group=self.group.text().strip(), count=count
            )
        QMessageBox.information(self, self.windowTitle(), text)
        super().accept()

    def _cancel_confirmed(self, cancels: list[SuspendedBooking]) -> bool:
        """Ask before the suspension cancels the group's bookings, naming each one."""
        text = self.tr(
            "Met deze melding wordt {group} een maand geschorst. Deze boekingen van de groep in die periode worden "
            "dan geannuleerd:\n\n{bookings}\n\nMelding vastleggen en deze boekingen annuleren?"
        ).format(group=self.group.text().strip(), bookings="\n".join(f"• {booking_line(b)}" for b in cancels))
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
