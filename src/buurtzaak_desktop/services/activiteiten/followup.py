# SQLModel types table columns as their Python values (int, date...), so SQL expressions on them confuse mypy:
# mypy: disable-error-code="arg-type, attr-defined, union-attr, call-overload, operator"
"""Regulars who missed their last N held sessions (a setting, default 3): a list of people to phone."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.activiteiten import (
    Activity,
    ActivitySession,
    Attendance,
    FollowUpCall,
    Participant,
    Registration,
)
from buurtzaak_desktop.domain.activiteiten.followup import DEFAULT_MISSED_SESSIONS, missed_last
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound
from buurtzaak_desktop.services.activiteiten.participants import REGISTERED
from buurtzaak_desktop.services.activiteiten.programme import ACTIVE, CANCELLED
from buurtzaak_desktop.services.settings import read_setting

SETTING_MISSED = "activiteiten_followup_missed_sessions"


@dataclass(frozen=True)
class FollowUp:
    activity_id: int
    activity: str
    participant_id: int
    name: str
    phone: str
    last_seen: date | None
    missed: int


def follow_up_list(session: Session, n: int | None = None) -> list[FollowUp]:
    """Registered regulars of active activities who missed each of the last ``n`` held sessions and were not
    called since the first of those sessions."""
    if n is None:
        n = int(read_setting(session, SETTING_MISSED, DEFAULT_MISSED_SESSIONS))
    held = defaultdict(list)  # activity -> [(day, session id)] oldest first
    for sid, aid, day in session.execute(
        select(ActivitySession.id, ActivitySession.activity_id, ActivitySession.day)
        .join(Activity, Activity.id == ActivitySession.activity_id)
        .where(Activity.status == ACTIVE, ActivitySession.attendance_entered, ActivitySession.status != CANCELLED)
        .order_by(ActivitySession.day, ActivitySession.start_time)
    ):
        held[aid].append((day, sid))
    seen: dict[int, set[int]] = defaultdict(set)  # participant -> session ids
    for sid, pid in session.execute(select(Attendance.session_id, Attendance.participant_id)):
        seen[pid].add(sid)
    calls: dict[tuple[int, int], date] = {}
    for aid, pid, called in session.execute(
        select(FollowUpCall.activity_id, FollowUpCall.participant_id, FollowUpCall.called_on)
    ):
        calls[(aid, pid)] = max(called, calls.get((aid, pid), called))
    result = []
    query = (
        select(Registration, Participant, Activity)
        .join(Participant, Participant.id == Registration.participant_id)
        .join(Activity, Activity.id == Registration.activity_id)
        .where(Registration.status == REGISTERED, Activity.status == ACTIVE)
    )
    for reg, person, activity in session.execute(query):
        sessions = [(d, s) for d, s in held.get(activity.id, []) if d >= reg.registered_on]
        attended = [s in seen.get(person.id or 0, set()) for _, s in sessions]
        if not missed_last(attended, n):
            continue
        first_missed = sessions[-n][0]
        called = calls.get((activity.id or 0, person.id or 0))
        if called is not None and called >= first_missed:
            continue
        last_seen = max((d for (d, _), came in zip(sessions, attended, strict=True) if came), default=None)
        result.append(
            FollowUp(activity.id or 0, activity.name, person.id or 0, person.name, person.phone, last_seen, n)
        )
    return sorted(result, key=lambda f: (f.activity.casefold(), f.name.casefold()))


def mark_called(session: Session, activity_id: int, participant_id: int, called_on: date, note: str) -> None:
    if session.get(Activity, activity_id) is None or session.get(Participant, participant_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze deelnemer of activiteit bestaat niet (meer)."))
    session.add(FollowUpCall(activity_id=activity_id, participant_id=participant_id, called_on=called_on, note=note))


class FollowUpService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def list(self, n: int | None = None) -> list[FollowUp]:
        with self.database.reading() as session:
            return follow_up_list(session, n)

    def mark_called(self, activity_id: int, participant_id: int, called_on: date, note: str) -> None:
        with self.database.transaction() as session:
            mark_called(session, activity_id, participant_id, called_on, note)
