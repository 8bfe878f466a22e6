# SQLModel types table columns as their Python values (int, date...), so SQL expressions on them confuse mypy:
# mypy: disable-error-code="arg-type, attr-defined, union-attr, call-overload, operator"
"""``buurtzaak check`` findings for the Activiteiten tab (Dutch sentences; ids, never names)."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.db.models.activiteiten import (
    ACTIVE,
    REGISTERED,
    SESSION_CANCELLED,
    SESSION_PLANNED,
    WAITING,
    Activity,
    ActivitySession,
    Attendance,
    Registration,
)
from buurtzaak_desktop.db.models.rooster import LIVE
from buurtzaak_desktop.domain import clock


def findings(session: Session) -> list[str]:
    result = []
    for activity_id, _participant, count in session.execute(
        select(Registration.activity_id, Registration.participant_id, func.count())
        .where(Registration.status.in_((REGISTERED, WAITING)))
        .group_by(Registration.activity_id, Registration.participant_id)
        .having(func.count() > 1)
    ):
        result.append(f"Activiteit {activity_id}: een deelnemer staat {count} keer ingeschreven.")
    bad_times = session.execute(select(Activity.id).where(Activity.end_time <= Activity.start_time)).scalars()
    result += [f"Activiteit {aid}: de eindtijd ligt niet na de begintijd." for aid in bad_times]
    bad_season = session.execute(select(Activity.id).where(Activity.season_end < Activity.season_start)).scalars()
    result += [f"Activiteit {aid}: het seizoen eindigt voordat het begint." for aid in bad_season]
    cancelled_with_marks = session.execute(
        select(ActivitySession.id)
        .join(Attendance, Attendance.session_id == ActivitySession.id)
        .where(ActivitySession.status == SESSION_CANCELLED)
        .distinct()
    ).scalars()
    result += [f"Bijeenkomst {sid} is niet doorgegaan maar heeft aanwezigen." for sid in cancelled_with_marks]
    for activity_id, capacity, registered in session.execute(
        select(Activity.id, Activity.capacity, func.count(Registration.id))
        .join(Registration, Registration.activity_id == Activity.id)
        .where(Registration.status == REGISTERED, Activity.capacity.is_not(None))
        .group_by(Activity.id)
    ):
        if capacity is not None and registered > capacity:
            result.append(f"Activiteit {activity_id}: {registered} ingeschreven bij {capacity} plaatsen.")
    return result


def booking_findings(session: Session) -> list[str]:
    """A planned session's booking must be live and at the session's room, day and time (else the rooster lies)."""
    query = (
        select(ActivitySession.id, Booking.id)
        .join(Booking, Booking.id == ActivitySession.booking_id)
        .where(
            ActivitySession.status == SESSION_PLANNED,
            (Booking.status != LIVE)
            | (Booking.room_id != ActivitySession.room_id)
            | (Booking.day != ActivitySession.day)
            | (Booking.start != ActivitySession.start_time)
            | (Booking.end != ActivitySession.end_time),
        )
        .order_by(ActivitySession.id)
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
        select(ActivitySession.id, Booking.id)
        .join(Booking, Booking.id == ActivitySession.booking_id)
        .where(ActivitySession.status == SESSION_CANCELLED, Booking.status == LIVE)
        .order_by(ActivitySession.id)
        .limit(50)
    )
    result += [
        f"Bijeenkomst {sid} is niet doorgegaan maar houdt boeking {bid} vast: de ruimte blijft bezet."
        for sid, bid in session.execute(kept)
    ]
    other = (
        select(ActivitySession.id, Booking.id)
        .join(Booking, Booking.id == ActivitySession.booking_id)
        .where(Booking.activity_id.is_(None) | (Booking.activity_id != ActivitySession.activity_id))
        .order_by(ActivitySession.id)
        .limit(50)
    )
    result += [
        f"Bijeenkomst {sid}: boeking {bid} hoort niet (meer) bij de activiteit van de bijeenkomst."
        for sid, bid in session.execute(other)
    ]
    shared = (
        select(ActivitySession.booking_id)
        .where(ActivitySession.booking_id.is_not(None))
        .group_by(ActivitySession.booking_id)
        .having(func.count() > 1)
        .limit(50)
    )
    result += [f"Boeking {bid} hoort bij meer dan één bijeenkomst." for bid in session.execute(shared).scalars()]
    unbooked = (
        select(ActivitySession.id)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(
            ActivitySession.status == SESSION_PLANNED,
            ActivitySession.day >= clock.today(),
            ActivitySession.room_id.is_not(None),
            ActivitySession.booking_id.is_(None),
            Activity.status == ACTIVE,
        )
        .order_by(ActivitySession.id)
        .limit(50)
    )
    result += [
        f"Bijeenkomst {sid} is gepland in een ruimte, maar heeft geen boeking in het rooster."
        for sid in session.execute(unbooked).scalars()
    ]
    return result
