"""Hygiene strikes: at the 5th strike within the period (setting) a group is suspended for one month.

A suspension also cancels the group's live bookings in the suspension period, after the beheerder has seen them
named: ``bookings_a_strike_cancels`` lists them first, and ``record_strike`` cancels exactly those it is told
were confirmed, in the same transaction as the strike. A booking of an activity's session makes that session
"niet doorgegaan", so the programme and the rooster keep telling the same story.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Booking, Group, HygieneStrike, Room, Suspension
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, Phrase, Phrases, RuleViolation
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.domain.rooster.rules import STRIKE_PERIOD_DAYS, suspension_due, suspension_end
from buurtzaak_desktop.services.rooster.groups import find_group, group_for
from buurtzaak_desktop.services.settings import read_setting

log = logging.getLogger(__name__)
SUSPENSION_REASON = "5 keer de ruimte niet schoon achtergelaten"


@dataclass(frozen=True)
class SuspendedBooking:
    """A booking a suspension cancels, as the question to the beheerder names it."""

    booking_id: int
    day: date
    start: time
    end: time
    room: str
    title: str

    def describe(self) -> str:
        return str(self.phrase())

    def phrase(self) -> Phrase:
        """'do 3 december 2026 10:00–11:00, Keuken: Koken', its day in the window's language there."""
        values = {"day": self.day, "start": f"{self.start:%H:%M}", "end": f"{self.end:%H:%M}"}
        return Phrase(
            "{day} {start}–{end}, {room}: {title}", (*values.items(), ("room", self.room), ("title", self.title))
        )


class _Preview(Exception):
    """Raised to roll back the strike recorded only to see what it would do."""


def bookings_a_strike_cancels(database: Database, group_name: str, day: date) -> list[SuspendedBooking]:
    """The live bookings that recording this strike would cancel: none unless it suspends the group."""
    group_text = _checked(group_name)
    found: list[SuspendedBooking] = []
    try:
        with database.transaction() as session:
            suspension = record_strike_in(session, group_for(session, group_text), day, None, "")
            if suspension is not None:
                found = _describe(session, suspended_bookings(session, suspension))
            raise _Preview
    except _Preview:
        pass
    return found


def record_strike(
    database: Database,
    group_name: str,
    day: date,
    room_id: int | None,
    note: str,
    confirmed: Collection[int] = (),
) -> Suspension | None:
    """Record a strike; returns the suspension it triggered (at the 5th strike within the period), if any.

    A suspension cancels the group's live bookings in its period. ``confirmed`` holds the ids of the bookings the
    beheerder agreed to cancel (from ``bookings_a_strike_cancels``); when the suspension would cancel any other
    one, nothing is recorded and the refusal names them all."""
    group_text = _checked(group_name)
    with database.transaction() as session:
        group = group_for(session, group_text)
        assert group is not None
        suspension = record_strike_in(session, group, day, room_id, note)
        cancelled = 0
        if suspension is not None:
            bookings = suspended_bookings(session, suspension)
            unasked = [b for b in bookings if b.id not in set(confirmed)]
            if unasked:
                raise RuleViolation(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Deze melding schorst {group} tot {until}. Dan vervallen ook deze boekingen: {bookings}. "
                        "Er is niets vastgelegd; bevestig eerst dat ze vervallen.",
                    ),
                    group=group.name,
                    until=suspension.until,
                    bookings=Phrases(tuple(line.phrase() for line in _describe(session, unasked)), "; "),
                )
            cancelled = cancel_suspended(session, bookings)
    log.info("hygiene strike recorded; suspension=%s, bookings cancelled=%d", suspension is not None, cancelled)
    return suspension


def _checked(group_name: str) -> str:
    if not group_name.strip():
        raise InputError(QT_TRANSLATE_NOOP("core", "Noem de groep die de ruimte niet schoon achterliet."))
    return group_name


def record_strike_in(
    session: Session, group: Group | None, day: date, room_id: int | None, note: str
) -> Suspension | None:
    assert group is not None and group.id is not None
    session.add(HygieneStrike(group_id=group.id, group=group, day=day, room_id=room_id, note=note.strip()))
    session.flush()
    if active_suspension(session, group.id, day) is not None:
        return None
    period = int(read_setting(session, "rooster_strike_period_days", STRIKE_PERIOD_DAYS))
    last_suspension = session.exec(
        select(col(Suspension.since)).where(Suspension.group_id == group.id).order_by(col(Suspension.since).desc())
    ).first()
    since = max(day - timedelta(days=period), last_suspension or date.min)
    # strikes before the last suspension were paid for by it: count only the ones after
    days = list(
        session.exec(
            select(col(HygieneStrike.day)).where(HygieneStrike.group_id == group.id, col(HygieneStrike.day) >= since)
        )
    )
    if not suspension_due(days, day, period):
        return None
    suspension = Suspension(
        group_id=group.id, group=group, since=day, until=suspension_end(day), reason=SUSPENSION_REASON
    )
    session.add(suspension)
    session.flush()
    return suspension


def suspended_bookings(session: Session, suspension: Suspension) -> list[Booking]:
    """The group's live bookings inside the suspension period."""
    query = select(Booking).where(
        Booking.group_id == suspension.group_id,
        Booking.status == BookingStatus.LIVE,
        col(Booking.day) >= suspension.since,
        col(Booking.day) < suspension.until,
    )
    return list(session.exec(query.order_by(col(Booking.day), col(Booking.start), col(Booking.id))))


def cancel_suspended(session: Session, bookings: list[Booking]) -> int:
    """Cancel the bookings; a booking of a planned activity session cancels that session (and so its booking)."""
    from buurtzaak_desktop.db.models.activiteiten import ActivitySession
    from buurtzaak_desktop.services.activiteiten.programme import PLANNED
    from buurtzaak_desktop.services.activiteiten.sessions import cancel_session
    from buurtzaak_desktop.services.rooster.bookings import cancel_in

    for booking in bookings:
        linked = session.exec(
            select(ActivitySession).where(ActivitySession.booking_id == booking.id, ActivitySession.status == PLANNED)
        ).first()
        if linked is not None and linked.id is not None:
            cancel_session(session, linked.id, "Groep geschorst (hygiëne)")
        if booking.status == BookingStatus.LIVE:
            cancel_in(session, booking.id or 0)
    return len(bookings)


def _describe(session: Session, bookings: list[Booking]) -> list[SuspendedBooking]:
    names = {room.id: room.name for room in session.exec(select(Room))}
    return [SuspendedBooking(b.id or 0, b.day, b.start, b.end, names.get(b.room_id, "?"), b.title) for b in bookings]


def active_suspension(session: Session, group_id: int, day: date) -> Suspension | None:
    return session.exec(
        select(Suspension).where(
            Suspension.group_id == group_id, col(Suspension.since) <= day, col(Suspension.until) > day
        )
    ).first()


def strikes_of(database: Database, group_name: str) -> list[HygieneStrike]:
    """The group's strikes, whatever the capitals or spaces the name is typed with."""
    with database.reading() as session:
        group = find_group(session, group_name)
        if group is None:
            return []
        query = select(HygieneStrike).where(HygieneStrike.group_id == group.id)
        return list(session.exec(query.order_by(col(HygieneStrike.day))))
