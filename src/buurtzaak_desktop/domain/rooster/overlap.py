"""Overlap of bookings: set-up and clean-up count, combined rooms block their parts, touching ends are fine.

Times are wall-clock minutes of one day, so a daylight-saving change has no effect: 20:00–21:00 is one hour
on the night the clocks change too, as it is on the building's clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time

from buurtzaak_desktop.domain.rooster.hours import minutes


@dataclass(frozen=True)
class Slot:
    """A booking as the clash check sees it."""

    room_id: int
    day: date
    start: time
    end: time
    setup_minutes: int = 0
    cleanup_minutes: int = 0
    booking_id: int | None = None
    title: str = ""

    @property
    def blocked_from(self) -> int:
        return minutes(self.start) - self.setup_minutes

    @property
    def blocked_until(self) -> int:
        return minutes(self.end) + self.cleanup_minutes


def components(room_id: int, parts: Mapping[int, frozenset[int]]) -> frozenset[int]:
    """The physical rooms a room occupies: its parts if it is a combined room, else itself."""
    return parts.get(room_id) or frozenset({room_id})


def rooms_touching(room_id: int, parts: Mapping[int, frozenset[int]]) -> frozenset[int]:
    """Every room whose bookings can clash with a booking of ``room_id`` (itself, its parts, combinations)."""
    mine = components(room_id, parts)
    related = {room_id} | set(mine)
    related |= {combined for combined, its_parts in parts.items() if its_parts & mine}
    return frozenset(related)


def overlaps(a: Slot, b: Slot, parts: Mapping[int, frozenset[int]]) -> bool:
    if a.day != b.day or not (components(a.room_id, parts) & components(b.room_id, parts)):
        return False
    return a.blocked_from < b.blocked_until and b.blocked_from < a.blocked_until


def clashes(new: Slot, existing: Iterable[Slot], parts: Mapping[int, frozenset[int]]) -> list[Slot]:
    """The existing slots that clash with ``new`` (a slot never clashes with itself)."""
    return [
        other
        for other in existing
        if (new.booking_id is None or other.booking_id != new.booking_id) and overlaps(new, other, parts)
    ]
