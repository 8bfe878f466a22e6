"""``buurtzaak check`` for the rooster: two live bookings that overlap (set-up/clean-up and combined rooms too)."""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.models import Booking
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
