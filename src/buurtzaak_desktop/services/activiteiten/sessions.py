# SQLModel types table columns as their Python values (int, date...), so SQL expressions on them confuse mypy:
# mypy: disable-error-code="arg-type, attr-defined, union-attr, call-overload, operator"
"""A week's sessions, and the attendance typed in afterwards from the signed presentielijst."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import and_, delete, or_
from sqlmodel import Session, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.db.models.activiteiten import Activity, ActivitySession, Attendance, Participant, Registration
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound
from buurtzaak_desktop.services.activiteiten.bookings import align, release
from buurtzaak_desktop.services.activiteiten.participants import (
    LEFT,
    REGISTERED,
    ParticipantInput,
    add_participant,
    get_participant,
    similar_participants,
)
from buurtzaak_desktop.services.activiteiten.programme import ACTIVE, CANCELLED, PLANNED

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionInfo:
    session_id: int
    activity_id: int
    activity: str
    day: date
    start_time: time
    end_time: time
    room: str
    leader: str
    status: str
    cancel_reason: str
    walk_in_rows: int
    attendance_entered: bool
    present: int

    @property
    def cancelled(self) -> bool:
        return self.status == CANCELLED

    @property
    def held(self) -> bool:
        """Planned and its attendance typed in: the session took place."""
        return self.status != CANCELLED and self.attendance_entered


@dataclass(frozen=True)
class SheetRow:
    """One name on a session's list: registered (in the order of the printed sheet) or a walk-in."""

    participant_id: int
    name: str
    phone: str
    consent_print_phone: bool
    present: bool
    walk_in: bool
    sort_key: str


def get_session(session: Session, session_id: int, *, for_update: bool = False) -> ActivitySession:
    """``for_update``: hold the session's row until the transaction ends (on a server; a file has one writer at a
    time anyway), so that two desks replacing its attendance take turns."""
    row = session.get(ActivitySession, session_id, with_for_update=for_update)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bijeenkomst bestaat niet (meer)."))
    return row


def sessions_between(session: Session, first: date, end: date) -> list[SessionInfo]:
    """Sessions with first <= day < end, by day, time and activity name."""
    from sqlalchemy import func

    # counted only for the period's sessions: grouping all attendance of ten years would dominate the time
    present = (
        select(Attendance.session_id, func.count().label("n"))
        .join(ActivitySession, ActivitySession.id == Attendance.session_id)
        .where(ActivitySession.day >= first, ActivitySession.day < end)
        .group_by(Attendance.session_id)
        .subquery()
    )
    query = (
        select(ActivitySession, Activity, Room.name, present.c.n)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .outerjoin(Room, Room.id == ActivitySession.room_id)
        .outerjoin(present, present.c.session_id == ActivitySession.id)
        .where(ActivitySession.day >= first, ActivitySession.day < end)
        .order_by(ActivitySession.day, ActivitySession.start_time, Activity.name, ActivitySession.id)
    )
    return [
        SessionInfo(
            session_id=row.id or 0,
            activity_id=activity.id or 0,
            activity=activity.name,
            day=row.day,
            start_time=row.start_time,
            end_time=row.end_time,
            room=room or "",
            leader=activity.leader,
            status=row.status,
            cancel_reason=row.cancel_reason,
            walk_in_rows=activity.walk_in_rows,
            attendance_entered=row.attendance_entered,
            present=(n or 0) + row.anonymous_walk_ins,
        )
        for row, activity, room, n in session.execute(query)
    ]


def week_sessions(session: Session, monday: date) -> list[SessionInfo]:
    return sessions_between(session, monday, monday + timedelta(days=7))


def session_info(session: Session, session_id: int) -> SessionInfo:
    row = get_session(session, session_id)
    found = [s for s in sessions_between(session, row.day, row.day + timedelta(days=1)) if s.session_id == session_id]
    return found[0]


def listed_participants(session: Session, activity_id: int, day: date) -> list[Participant]:
    """Who is on the list for a session on ``day``: registered by then and not left before it (not waiting)."""
    query = (
        select(Participant)
        .join(Registration, Registration.participant_id == Participant.id)
        .where(
            Registration.activity_id == activity_id,
            Registration.registered_on <= day,
            or_(
                Registration.status == REGISTERED,
                and_(Registration.status == LEFT, Registration.left_on > day),
            ),
        )
        .order_by(Participant.search_name, Participant.id)
    )
    return list(session.execute(query).scalars().unique())


@dataclass(frozen=True)
class ListedPerson:
    """A registration with the person's printable details, for deciding per session day who is on the list."""

    participant_id: int
    name: str
    sort_key: str
    phone: str
    consent_print_phone: bool
    registered_on: date
    left_on: date | None
    status: str

    def on_list(self, day: date) -> bool:
        if self.registered_on > day:
            return False
        return self.status == REGISTERED or (self.status == LEFT and self.left_on is not None and self.left_on > day)


def listed_for_period(
    session: Session, activity_ids: set[int], first: date, end: date
) -> dict[int, list[ListedPerson]]:
    """activity -> everyone who may be on a list of that activity between first and end, sorted by name.

    The same rule as ``listed_participants``, in one query for a whole week of sessions.
    """
    if not activity_ids:
        return {}
    query = (
        select(
            Registration.activity_id,
            Participant.id,
            Participant.name,
            Participant.search_name,
            Participant.phone,
            Participant.consent_print_phone,
            Registration.registered_on,
            Registration.left_on,
            Registration.status,
        )
        .join(Participant, Participant.id == Registration.participant_id)
        .where(
            Registration.activity_id.in_(activity_ids),
            Registration.registered_on < end,
            or_(Registration.status == REGISTERED, and_(Registration.status == LEFT, Registration.left_on > first)),
        )
        .order_by(Participant.search_name, Participant.id)
    )
    result: dict[int, list[ListedPerson]] = {}
    for activity_id, *values in session.execute(query):
        result.setdefault(activity_id, []).append(ListedPerson(*values))
    return result


def sheet(session: Session, session_id: int) -> list[SheetRow]:
    """The session's names: registered participants by name, then walk-ins, with whether they were there."""
    row = get_session(session, session_id)
    marks = {
        a.participant_id: a
        for a in session.execute(select(Attendance).where(Attendance.session_id == session_id)).scalars()
    }
    rows = [
        SheetRow(p.id or 0, p.name, p.phone, p.consent_print_phone, (p.id in marks), False, p.search_name)
        for p in listed_participants(session, row.activity_id, row.day)
    ]
    listed = {r.participant_id for r in rows}
    walk_ids = [pid for pid in marks if pid not in listed]
    if walk_ids:
        people = session.execute(select(Participant).where(Participant.id.in_(walk_ids))).scalars()
        walk_ins = sorted(people, key=lambda p: (p.search_name, p.id))
        rows += [
            SheetRow(p.id or 0, p.name, p.phone, p.consent_print_phone, True, True, p.search_name) for p in walk_ins
        ]
    return rows


def save_attendance(session: Session, session_id: int, present_ids: Iterable[int], anonymous_walk_ins: int = 0) -> int:
    """Replace the session's attendance with the ticked names and an anonymous count; returns the visits."""
    row = get_session(session, session_id, for_update=True)
    if row.status == CANCELLED:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Deze bijeenkomst is niet doorgegaan: er kan geen aanwezigheid bij.")
        )
    if anonymous_walk_ins < 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Een aantal kan niet negatief zijn."))
    listed = {p.id for p in listed_participants(session, row.activity_id, row.day)}
    ids = sorted(set(present_ids))
    session.execute(delete(Attendance).where(Attendance.session_id == session_id))
    session.add_all(Attendance(session_id=session_id, participant_id=pid, walk_in=pid not in listed) for pid in ids)
    row.anonymous_walk_ins = anonymous_walk_ins
    row.attendance_entered = True
    session.flush()
    log.info("attendance saved for session %s: %d names, %d anonymous", session_id, len(ids), anonymous_walk_ins)
    return len(ids) + anonymous_walk_ins


def add_walk_in(
    session: Session, session_id: int, data: ParticipantInput, today: date, existing_id: int | None = None
) -> int:
    """A walk-in who gives a name is marked present: a new participant (not registered), or ``existing_id``, the
    known participant the user chose from ``similar_participants`` (who then counts once, not as someone new)."""
    row = get_session(session, session_id, for_update=True)
    if row.status == CANCELLED:  # as save_attendance: no one attends what was not held
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Deze bijeenkomst is niet doorgegaan: er kan geen aanwezigheid bij.")
        )
    if existing_id is None:
        person = add_participant(session, data, today)
    else:
        person = get_participant(session, existing_id)
        if session.get(Attendance, (session_id, existing_id)) is not None:  # already ticked
            return existing_id
    listed = {p.id for p in listed_participants(session, row.activity_id, row.day)}
    session.add(Attendance(session_id=session_id, participant_id=person.id or 0, walk_in=person.id not in listed))
    session.flush()
    return person.id or 0


def cancel_session(session: Session, session_id: int, reason: str) -> None:
    row = get_session(session, session_id)
    if not reason.strip():
        raise InputError(QT_TRANSLATE_NOOP("core", "Geef een reden waarom de bijeenkomst niet doorging."))
    row.status = CANCELLED
    row.cancel_reason = reason.strip()
    row.anonymous_walk_ins = 0
    session.execute(delete(Attendance).where(Attendance.session_id == session_id))
    release(session, [row])  # the room is free in the rooster again


def reinstate_session(session: Session, session_id: int, today: date | None = None) -> None:
    """Plan a cancelled session again; from ``today`` on it books its room again, or is refused with the reason."""
    row = get_session(session, session_id)
    row.status = PLANNED
    row.cancel_reason = ""
    activity = session.get(Activity, row.activity_id)
    if today is not None and row.day >= today and activity is not None and activity.status == ACTIVE:
        skipped = align(session, activity, [row])
        if skipped:
            raise skipped[0].error


class SessionService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def week(self, monday: date) -> list[SessionInfo]:
        with self.database.reading() as session:
            return week_sessions(session, monday)

    def between(self, first: date, end: date) -> list[SessionInfo]:
        with self.database.reading() as session:
            return sessions_between(session, first, end)

    def info(self, session_id: int) -> SessionInfo:
        with self.database.reading() as session:
            return session_info(session, session_id)

    def sheet(self, session_id: int) -> list[SheetRow]:
        with self.database.reading() as session:
            return sheet(session, session_id)

    def save_attendance(self, session_id: int, present_ids: Sequence[int], anonymous_walk_ins: int = 0) -> int:
        with self.database.transaction() as session:
            return save_attendance(session, session_id, present_ids, anonymous_walk_ins)

    def add_walk_in(self, session_id: int, data: ParticipantInput, today: date, existing_id: int | None = None) -> int:
        with self.database.transaction() as session:
            return add_walk_in(session, session_id, data, today, existing_id)

    def similar_participants(self, name: str, limit: int = 8) -> list[Participant]:
        """Known participants with a name like ``name``: offered before a walk-in is added as someone new."""
        with self.database.reading() as session:
            return similar_participants(session, name, limit)

    def cancel(self, session_id: int, reason: str) -> None:
        with self.database.transaction() as session:
            cancel_session(session, session_id, reason)

    def reinstate(self, session_id: int, today: date | None = None) -> None:
        with self.database.transaction() as session:
            reinstate_session(session, session_id, today)
