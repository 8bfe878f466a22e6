"""``buurtzaak check`` for spreekuur appointments: each planned one holds its own live booking at its day and time,
a cancelled one holds none, and no such booking's title says more than "Spreekuur-afspraak"."""

from __future__ import annotations

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.db.models.appointments import CANCELLED, PLANNED, SpreekuurAppointment
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.services.spreekuur.appointments import BOOKING_TITLE, _end

MAX_FINDINGS = 50


def findings(session: Session) -> list[str]:
    result = []
    query = (
        select(SpreekuurAppointment, Booking)
        .join(Booking, col(Booking.id) == SpreekuurAppointment.booking_id, isouter=True)
        .where(col(SpreekuurAppointment.status).in_((PLANNED, CANCELLED)) | (Booking.title != BOOKING_TITLE))
        .order_by(col(SpreekuurAppointment.id))
    )
    for appointment, booking in session.exec(query):
        live = booking is not None and booking.status == BookingStatus.LIVE
        if booking is not None and booking.title != BOOKING_TITLE:
            result.append(
                f"Afspraak {appointment.id}: boeking {booking.id} heeft een andere titel dan '{BOOKING_TITLE}'."
            )
        if appointment.status == CANCELLED and live:
            result.append(f"Afspraak {appointment.id} is geannuleerd maar houdt boeking {booking.id} vast.")
        elif appointment.status == PLANNED and (
            booking is None
            or not live
            or (booking.day, booking.start, booking.end)
            != (appointment.day, appointment.start, _end(appointment.start, appointment.minutes))
        ):
            result.append(
                f"Afspraak {appointment.id}: de boeking ontbreekt, is vervallen of staat op een andere dag of tijd."
            )
        if len(result) >= MAX_FINDINGS:
            break
    return result
