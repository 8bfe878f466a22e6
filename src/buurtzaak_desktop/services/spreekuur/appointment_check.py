"""``buurtzaak check`` for spreekuur appointments: each planned one holds its own live booking at its day and time,
a cancelled one holds none, and no such booking's title says more than "Spreekuur-afspraak".

Reads the plain tables (db/tables.py): ``check`` builds no model classes."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.domain.spreekuur.appointments import BOOKING_TITLE, CANCELLED, PLANNED, appointment_end

MAX_FINDINGS = 50


def findings(session: Session) -> list[str]:
    result = []
    appointment, booking = tables.spreekuur_appointment, tables.booking
    query = (
        select(
            appointment.c.id,
            appointment.c.status,
            appointment.c.day,
            appointment.c.start,
            appointment.c.minutes,
            booking.c.id,
            booking.c.status,
            booking.c.title,
            booking.c.day,
            booking.c.start,
            booking.c.end,
        )
        .join(booking, booking.c.id == appointment.c.booking_id, isouter=True)
        .where(appointment.c.status.in_((PLANNED, CANCELLED)) | (booking.c.title != BOOKING_TITLE))
        .order_by(appointment.c.id)
    )
    for appointment_id, status, day, start, minutes, booking_id, booking_status, title, *booked in session.execute(
        query
    ):
        live = booking_id is not None and booking_status == BookingStatus.LIVE
        if booking_id is not None and title != BOOKING_TITLE:
            result.append(
                f"Afspraak {appointment_id}: boeking {booking_id} heeft een andere titel dan '{BOOKING_TITLE}'."
            )
        if status == CANCELLED and live:
            result.append(f"Afspraak {appointment_id} is geannuleerd maar houdt boeking {booking_id} vast.")
        elif status == PLANNED and (
            booking_id is None or not live or tuple(booked) != (day, start, appointment_end(start, minutes))
        ):
            result.append(
                f"Afspraak {appointment_id}: de boeking ontbreekt, is vervallen of staat op een andere dag of tijd."
            )
        if len(result) >= MAX_FINDINGS:
            break
    return result
