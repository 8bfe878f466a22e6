"""Bookings for an activity's sessions (the Activiteiten area calls these).

    result = book_sessions(database, activity_id=7, room_id=3, title="Yoga", sessions=[(day, start, end), ...])
    cancel_sessions(database, activity_id=7, from_day=clock.today())

All sessions are booked in one transaction, each one checked like any booking: one refusal books none of them.
Inside an operation of its own (saving an activity), the Activiteiten area books session by session with
``book_session_in`` and decides itself what a refused date means; ``cancel_sessions_in`` frees the rooms.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, time

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.db.models.activiteiten import ENDED, Activity
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, BookingResult, book_in, cancel_in


def book_sessions(
    database: Database,
    activity_id: int,
    room_id: int,
    title: str,
    sessions: Sequence[tuple[date, time, time]],
    group_name: str = "",
    people: int = 0,
) -> BookingResult:
    result = BookingResult()
    with database.transaction() as session:
        for slot in sessions:
            one = book_in(session, _session_request(activity_id, room_id, title, slot, group_name, people))
            result.booking_ids += one.booking_ids
            result.warnings += one.warnings
    return result


def book_session_in(
    session: Session,
    activity_id: int,
    room_id: int,
    title: str,
    slot: tuple[date, time, time],
    group_name: str = "",
    people: int = 0,
) -> int:
    """Book one session inside an open transaction; returns the booking's id.

    Refuses (RuleViolation: closed, outside hours, clash, suspended group) with nothing written.
    """
    request = _session_request(activity_id, room_id, title, slot, group_name, people)
    return book_in(session, request).booking_ids[0]


def _session_request(
    activity_id: int, room_id: int, title: str, slot: tuple[date, time, time], group_name: str, people: int
) -> BookingRequest:
    day, start, end = slot
    return BookingRequest(
        room_id=room_id,
        day=day,
        start=start,
        end=end,
        title=title,
        group_name=group_name,
        people=people,
        activity_id=activity_id,
    )


def cancel_sessions(database: Database, activity_id: int, from_day: date | None = None) -> int:
    """Cancel the activity's live bookings (from ``from_day`` on); returns how many."""
    with database.transaction() as session:
        return cancel_sessions_in(session, activity_id, from_day)


def cancel_sessions_in(
    session: Session, activity_id: int, from_day: date | None = None, keep: Collection[int] = ()
) -> int:
    """``cancel_sessions`` inside an open transaction; the bookings in ``keep`` stay (sessions kept as history)."""
    query = select(col(Booking.id)).where(Booking.activity_id == activity_id, Booking.status == BookingStatus.LIVE)
    if from_day is not None:
        query = query.where(col(Booking.day) >= from_day)
    ids = [booking_id for booking_id in session.exec(query) if booking_id and booking_id not in keep]
    return sum(cancel_in(session, booking_id) for booking_id in ids)


def activity_choices(database: Database, keep: int | None = None) -> list[tuple[int, str]]:
    """(id, name) of the activities a booking can be linked to: the running ones, plus ``keep`` (a booking's
    current link) even when that activity has ended."""
    with database.reading() as session:
        query = select(Activity).order_by(col(Activity.name), col(Activity.id))
        return [
            (activity.id or 0, activity.name)
            for activity in session.exec(query)
            if activity.status != ENDED or activity.id == keep
        ]
