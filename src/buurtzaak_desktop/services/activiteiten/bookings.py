"""Room bookings of an activity's sessions, made and freed through the rooster's rules.

Each planned session from today on holds one live booking of its room at its time. A date the rooster refuses
(closing day, outside the opening hours, a clash, a suspended group) is never dropped silently: the caller gets it
back as a ``SkippedDay`` (to show before saving) and the session is marked "niet doorgegaan" with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.db.models.activiteiten import Activity, ActivitySession
from buurtzaak_desktop.db.models.rooster import LIVE
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.rooster.activity import book_session_in
from buurtzaak_desktop.services.rooster.bookings import cancel_in
from buurtzaak_desktop.services.rooster.calendar import OpeningCalendar
from buurtzaak_desktop.services.rooster.groups import group_for
from buurtzaak_desktop.services.rooster.validation import check_capacity, get_room


@dataclass(frozen=True)
class SkippedDay:
    """A session date the rooster refused; ``error`` holds the Dutch reason (the clashing booking by name)."""

    day: date
    closed: bool  # the centre is closed that day (a holiday, its own closing day, a closed weekend day)
    error: RuleViolation

    @property
    def clash_title(self) -> str | None:
        """The title of the booking it clashes with, or None when it is not a clash."""
        title = self.error.params.get("title")
        return str(title) if title is not None else None

    def cancel_reason(self) -> str:
        """The short reason stored on the session (data, shown as typed on the lists)."""
        if self.closed:
            return "Centrum gesloten"
        if self.clash_title is not None:
            return f"Ruimte bezet ({self.clash_title})"
        return self.error.message


def release(session: Session, rows: Iterable[ActivitySession]) -> int:
    """Cancel the live bookings of these sessions so their rooms come free; returns how many were cancelled."""
    count = 0
    for row in rows:
        if row.booking_id is not None:
            count += cancel_in(session, row.booking_id)
            row.booking_id = None
    return count


def _matches(booking: Booking | None, row: ActivitySession) -> bool:
    return (
        booking is not None
        and booking.status == LIVE
        and (booking.room_id, booking.day, booking.start, booking.end)
        == (row.room_id, row.day, row.start_time, row.end_time)
    )


def align(session: Session, activity: Activity, rows: list[ActivitySession]) -> list[SkippedDay]:
    """Give each of these planned sessions a live booking matching its room, day and time.

    A booking that no longer matches (time or room edited) is cancelled first, so that the moved session does not
    clash with its own old booking; the new one is checked like any booking. Returns the refused dates.
    """
    assert activity.id is not None
    stale = []
    for row in rows:
        booking = session.get(Booking, row.booking_id) if row.booking_id is not None else None
        if row.booking_id is not None and not _matches(booking, row):
            stale.append(row)
        elif booking is not None:
            check_capacity(get_room(session, booking.room_id), activity.expected)  # refuses: fire safety
            group = group_for(session, activity.leader)
            booking.title, booking.people = activity.name, activity.expected
            booking.group_id, booking.group = (group.id if group is not None else None), group
    release(session, stale)
    session.flush()
    wanted = [row for row in rows if row.booking_id is None and row.room_id is not None]
    if not wanted:
        return []
    calendar = OpeningCalendar(session, min(r.day for r in wanted), max(r.day for r in wanted))
    skipped = []
    for row in wanted:
        try:
            row.booking_id = book_session_in(
                session,
                activity.id,
                row.room_id or 0,
                activity.name,
                (row.day, row.start_time, row.end_time),
                group_name=activity.leader,
                people=activity.expected,
            )
        except RuleViolation as error:
            skipped.append(SkippedDay(row.day, not calendar.hours(row.day).is_open, error))
    session.flush()
    return skipped
