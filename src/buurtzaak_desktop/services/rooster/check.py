"""``buurtzaak check`` for the rooster: two live bookings that overlap (set-up/clean-up and combined rooms too), a
live booking over its room's capacity, a live booking of a group in its suspension period."""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.models import Booking, Room, Suspension
from buurtzaak_desktop.db.models.rooster import LIVE
from buurtzaak_desktop.domain.rooster.overlap import overlaps
from buurtzaak_desktop.services.rooster.rooms import room_parts
from buurtzaak_desktop.services.rooster.validation import slot_of

MAX_FINDINGS = 50


def findings(session: Session) -> list[str]:
    parts = room_parts(session)
    by_day = defaultdict(list)
    query = select(Booking).where(Booking.status == LIVE).order_by(col(Booking.day), col(Booking.start))
    for booking in session.exec(query):
        by_day[booking.day].append(slot_of(booking))
    result = []
    for day, slots in by_day.items():
        for index, first in enumerate(slots):
            for second in slots[index + 1 :]:
                if overlaps(first, second, parts):
                    result.append(
                        f"Boekingen {first.booking_id} en {second.booking_id} overlappen op {day.isoformat()}."
                    )
                    if len(result) >= MAX_FINDINGS:
                        return result
    return result


def capacity_findings(session: Session) -> list[str]:
    """Live bookings for more people than their room holds (fire safety)."""
    query = (
        select(col(Booking.id), col(Booking.people), col(Room.capacity))
        .join(Room, col(Room.id) == col(Booking.room_id))
        .where(Booking.status == LIVE, col(Booking.people) > col(Room.capacity))
        .order_by(col(Booking.id))
        .limit(MAX_FINDINGS)
    )
    return [
        f"Boeking {booking_id} is voor {people} personen; de ruimte is voor hoogstens {capacity}."
        for booking_id, people, capacity in session.exec(query)
    ]


def suspension_findings(session: Session) -> list[str]:
    """Live bookings of a group on a day it is suspended."""
    query = (
        select(col(Booking.id), col(Booking.day), col(Suspension.id))
        .join(Suspension, col(Suspension.group_id) == col(Booking.group_id))
        .where(
            Booking.status == LIVE,
            col(Booking.day) >= col(Suspension.since),
            col(Booking.day) < col(Suspension.until),
        )
        .order_by(col(Booking.id))
        .limit(MAX_FINDINGS)
    )
    return [
        f"Boeking {booking_id} op {day.isoformat()} is van een groep die dan geschorst is (schorsing {suspension_id})."
        for booking_id, day, suspension_id in session.exec(query)
    ]
