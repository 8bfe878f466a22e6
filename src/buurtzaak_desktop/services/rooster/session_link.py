# SQLModel types table columns as their Python values (int, date...), so SQL expressions on them confuse mypy:
# mypy: disable-error-code="arg-type, attr-defined, union-attr"
"""Bookings that belong to an activity's session: the Rooster never leaves such a session behind.

A session (``ActivitySession.booking_id``) holds its room through one live booking at its room, day and time; the
presentielijst prints that room. So the Rooster refuses to move such a booking (room, day, time, or its activity
link) and says to change it in Activiteiten. Cancelling it is allowed only as an explicit choice: without
``confirmed`` the cancel raises ``SessionsWouldLapse`` (the UI asks, naming the activity and dates); with it the
sessions are marked "niet doorgegaan" in the same transaction. A session that already holds attendance is history
and is never cancelled from the Rooster.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import exists
from sqlmodel import Session, select

from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.db.models.activiteiten import (
    SESSION_CANCELLED,
    SESSION_PLANNED,
    Activity,
    ActivitySession,
    Attendance,
)
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, Phrase, Phrases, RuleViolation

# stored on the session as data (shown as typed on the lists), like the other cancel reasons
CANCEL_REASON = "Boeking geannuleerd in het rooster"


class SessionsWouldLapse(RuleViolation):
    """Cancelling would make activity sessions "niet doorgegaan": ask first, then cancel with the flag.

    ``lapsing`` holds (activity name, day) per session, for the question."""

    def __init__(self, template: str, lapsing: list[tuple[str, date]], **params: Any) -> None:
        self.lapsing = lapsing
        super().__init__(template, **params)


def linked_sessions(session: Session, bookings: Iterable[Booking]) -> list[tuple[ActivitySession, Activity]]:
    """The planned sessions these bookings hold the room for, with their activity, by day."""
    ids = [booking.id for booking in bookings if booking.id is not None]
    if not ids:
        return []
    query = (
        select(ActivitySession, Activity)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(ActivitySession.booking_id.in_(ids), ActivitySession.status == SESSION_PLANNED)
        .order_by(ActivitySession.day, ActivitySession.id)
    )
    return [(row, activity) for row, activity in session.execute(query)]


def describe(found: list[tuple[ActivitySession, Activity]]) -> Phrases:
    """'Yoga op ma 7 december 2026, Yoga op ma 14 december 2026' (at most five, then 'en N meer')."""
    parts = [
        Phrase(QT_TRANSLATE_NOOP("core", "{activity} op {day}"), (("activity", activity.name), ("day", row.day)))
        for row, activity in found[:5]
    ]
    if len(found) > 5:
        parts.append(Phrase(QT_TRANSLATE_NOOP("core", "en {count} meer"), (("count", len(found) - 5),)))
    return Phrases(tuple(parts))


def refuse_move(found: list[tuple[ActivitySession, Activity]]) -> None:
    """A session's booking moves only with its session (in Activiteiten): refuse, naming the activity."""
    if found:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "Deze boeking hoort bij de activiteit {sessions}. Wijzig ruimte, dag of tijd in Activiteiten, "
                "dan gaat de boeking mee.",
            ),
            sessions=describe(found),
        )


def lapse_sessions(session: Session, bookings: Iterable[Booking], confirmed: bool) -> int:
    """Before cancelling ``bookings``: mark the sessions they hold "niet doorgegaan" (only when ``confirmed``,
    else refuse with the question); returns how many sessions lapsed."""
    found = linked_sessions(session, bookings)
    if not found:
        return 0
    with_marks = [
        (row, activity)
        for row, activity in found
        if row.attendance_entered or session.execute(select(exists().where(Attendance.session_id == row.id))).scalar()
    ]
    if with_marks:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "Deze boeking hoort bij de activiteit {sessions}, waarvan de aanwezigheid al is ingevoerd. "
                "Zet de bijeenkomst in Activiteiten op 'niet doorgegaan'.",
            ),
            sessions=describe(with_marks),
        )
    if not confirmed:
        raise SessionsWouldLapse(
            QT_TRANSLATE_NOOP(
                "core",
                "Deze boeking hoort bij de activiteit {sessions}. Annuleren maakt die bijeenkomst 'niet doorgegaan'; "
                "bevestig dat eerst.",
            ),
            lapsing=[(activity.name, row.day) for row, activity in found],
            sessions=describe(found),
        )
    for row, _activity in found:
        row.status = SESSION_CANCELLED
        row.cancel_reason = CANCEL_REASON
        row.anonymous_walk_ins = 0
        row.booking_id = None  # as Activiteiten' own "niet doorgegaan" does: the room comes free
    session.flush()
    return len(found)
