"""Bookings that hold a spreekuur appointment: the Rooster neither moves nor cancels them.

An appointment is planned, moved and cancelled in the Spreekuur tab, which changes its booking in the same
transaction. Whoever works in the Rooster may not be spreekuur staff, and the booking's title says only
"Spreekuur-afspraak"; cancelling it there would leave a resident expecting a talk in a room that is given away. So
the Rooster refuses, pointing to the Spreekuur. A booking whose appointment is over (held, not shown, cancelled) is
history: the Rooster does not change it either, as it would no longer match the talk that took place.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.db.models.appointments import SpreekuurAppointment
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, RuleViolation


def refuse_appointment(session: Session, bookings: Iterable[Booking]) -> None:
    """Refuse a Rooster change to a booking that belongs to a spreekuur appointment."""
    _refuse(session, [booking.id for booking in bookings if booking.id is not None])


def _refuse(session: Session, ids: list[int]) -> None:
    if not ids:
        return
    query = select(SpreekuurAppointment.id).where(col(SpreekuurAppointment.booking_id).in_(ids)).limit(1)
    if session.exec(query).first() is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "Deze boeking hoort bij een spreekuur-afspraak. Verplaats of annuleer de afspraak in het tabblad "
                "Spreekuur; de boeking gaat dan mee.",
            )
        )


def check_may_change(database: Database, booking_id: int) -> bool:
    """For the Rooster tab, before it asks anything: refuses an appointment's booking, True for any other."""
    with database.reading() as session:
        _refuse(session, [booking_id])
    return True
