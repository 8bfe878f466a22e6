"""A series that clashes: every date on which the room is taken, so the user can book the rest (skipping those)."""

from __future__ import annotations

from datetime import date, time

from sqlmodel import Session

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, Phrase, Phrases, RuleViolation
from buurtzaak_desktop.domain.rooster.overlap import Slot
from buurtzaak_desktop.services.rooster.rooms import room_parts
from buurtzaak_desktop.services.rooster.validation import check_clash


class SeriesClashes(RuleViolation):
    """A new series clashes with other bookings on some of its dates. ``clashes`` holds each date with the clash
    found there (its room, time and title in the params); booking with ``skip_clashes`` books the other dates."""

    def __init__(self, clashes: list[tuple[date, RuleViolation]], total: int) -> None:
        self.clashes = clashes
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core", "Deze reeks botst op {count} van de {total} datums met een andere boeking: {days}."
            ),
            count=len(clashes),
            total=total,
            days=Phrases(
                tuple(
                    Phrase("{day} ('{title}')", (("day", day), ("title", clash.params.get("title", ""))))
                    for day, clash in clashes
                )
            ),
        )


def series_clashes(
    session: Session, room_id: int, days: list[date], start: time, end: time, setup: int, cleanup: int
) -> list[tuple[date, RuleViolation]]:
    """The dates (of ``days``) on which the room, with set-up and clean-up, clashes with a live booking."""
    parts = room_parts(session)
    found = []
    for day in days:
        try:
            check_clash(session, Slot(room_id, day, start, end, setup, cleanup), parts)
        except RuleViolation as clash:
            found.append((day, clash))
    return found
