"""``buurtzaak check`` findings for the Activiteiten tab (Dutch sentences; ids, never names).

Reads the plain tables (db/tables.py): ``check`` builds no model classes."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.activiteiten.labels import (
    ACTIVE,
    REGISTERED,
    SESSION_CANCELLED,
    SESSION_PLANNED,
    WAITING,
)
from buurtzaak_desktop.domain.rooster.enums import BookingStatus

activity, registration = tables.activity, tables.registration
meeting, attendance, booking = tables.activity_session, tables.attendance, tables.booking


def findings(session: Session) -> list[str]:
    result = []
    for activity_id, _participant, count in session.execute(
        select(registration.c.activity_id, registration.c.participant_id, func.count())
        .where(registration.c.status.in_((REGISTERED, WAITING)))
        .group_by(registration.c.activity_id, registration.c.participant_id)
        .having(func.count() > 1)
    ):
        result.append(f"Activiteit {activity_id}: een deelnemer staat {count} keer ingeschreven.")
    bad_times = session.execute(select(activity.c.id).where(activity.c.end_time <= activity.c.start_time)).scalars()
    result += [f"Activiteit {aid}: de eindtijd ligt niet na de begintijd." for aid in bad_times]
    bad_season = session.execute(select(activity.c.id).where(activity.c.season_end < activity.c.season_start)).scalars()
    result += [f"Activiteit {aid}: het seizoen eindigt voordat het begint." for aid in bad_season]
    cancelled_with_marks = session.execute(
        select(meeting.c.id)
        .join(attendance, attendance.c.session_id == meeting.c.id)
        .where(meeting.c.status == SESSION_CANCELLED)
        .distinct()
    ).scalars()
    result += [f"Bijeenkomst {sid} is niet doorgegaan maar heeft aanwezigen." for sid in cancelled_with_marks]
    for activity_id, capacity, registered in session.execute(
        select(activity.c.id, activity.c.capacity, func.count(registration.c.id))
        .join(registration, registration.c.activity_id == activity.c.id)
        .where(registration.c.status == REGISTERED, activity.c.capacity.is_not(None))
        .group_by(activity.c.id)
    ):
        if capacity is not None and registered > capacity:
            result.append(f"Activiteit {activity_id}: {registered} ingeschreven bij {capacity} plaatsen.")
    return result


def booking_findings(session: Session) -> list[str]:
    """A planned session's booking must be live and at the session's room, day and time (else the rooster lies)."""
    query = (
        select(meeting.c.id, booking.c.id)
        .join(booking, booking.c.id == meeting.c.booking_id)
        .where(
            meeting.c.status == SESSION_PLANNED,
            (booking.c.status != BookingStatus.LIVE)
            | (booking.c.room_id != meeting.c.room_id)
            | (booking.c.day != meeting.c.day)
            | (booking.c.start != meeting.c.start_time)
            | (booking.c.end != meeting.c.end_time),
        )
        .order_by(meeting.c.id)
        .limit(50)
    )
    result = [
        f"Bijeenkomst {sid}: boeking {bid} is vervallen of staat op een andere ruimte, dag of tijd."
        for sid, bid in session.execute(query)
    ]
    return result + _link_findings(session)


def _link_findings(session: Session) -> list[str]:
    """The other ways a session and its booking drift apart (e.g. a Rooster edit that went around Activiteiten)."""
    result = []
    kept = (
        select(meeting.c.id, booking.c.id)
        .join(booking, booking.c.id == meeting.c.booking_id)
        .where(meeting.c.status == SESSION_CANCELLED, booking.c.status == BookingStatus.LIVE)
        .order_by(meeting.c.id)
        .limit(50)
    )
    result += [
        f"Bijeenkomst {sid} is niet doorgegaan maar houdt boeking {bid} vast: de ruimte blijft bezet."
        for sid, bid in session.execute(kept)
    ]
    other = (
        select(meeting.c.id, booking.c.id)
        .join(booking, booking.c.id == meeting.c.booking_id)
        .where(booking.c.activity_id.is_(None) | (booking.c.activity_id != meeting.c.activity_id))
        .order_by(meeting.c.id)
        .limit(50)
    )
    result += [
        f"Bijeenkomst {sid}: boeking {bid} hoort niet (meer) bij de activiteit van de bijeenkomst."
        for sid, bid in session.execute(other)
    ]
    shared = (
        select(meeting.c.booking_id)
        .where(meeting.c.booking_id.is_not(None))
        .group_by(meeting.c.booking_id)
        .having(func.count() > 1)
        .limit(50)
    )
    result += [f"Boeking {bid} hoort bij meer dan één bijeenkomst." for bid in session.execute(shared).scalars()]
    unbooked = (
        select(meeting.c.id)
        .join(activity, activity.c.id == meeting.c.activity_id)
        .where(
            meeting.c.status == SESSION_PLANNED,
            meeting.c.day >= clock.today(),
            meeting.c.room_id.is_not(None),
            meeting.c.booking_id.is_(None),
            activity.c.status == ACTIVE,
        )
        .order_by(meeting.c.id)
        .limit(50)
    )
    result += [
        f"Bijeenkomst {sid} is gepland in een ruimte, maar heeft geen boeking in het rooster."
        for sid in session.execute(unbooked).scalars()
    ]
    return result
