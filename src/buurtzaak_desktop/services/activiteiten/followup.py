# SQLModel types table columns as their Python values (int, date...), so SQL expressions on them confuse mypy:
# mypy: disable-error-code="arg-type, attr-defined, union-attr, call-overload, operator"
"""Regulars who missed their last N held sessions (a setting, default 3): a list of people to phone."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
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
from buurtzaak_desktop.domain.activiteiten.followup import DEFAULT_MISSED_SESSIONS
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
    # when each person last came to each activity: one aggregate instead of every attendance mark
    last_seen: dict[tuple[int, int], date] = {
        (aid, pid): day
        for aid, pid, day in session.execute(
            select(ActivitySession.activity_id, Attendance.participant_id, func.max(ActivitySession.day))
            .join(Attendance, Attendance.session_id == ActivitySession.id)
            .group_by(ActivitySession.activity_id, Attendance.participant_id)
        )
    }
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
        days = [d for d, _ in held.get(activity.id, []) if d >= reg.registered_on]
        if len(days) < n:
            continue
        first_missed = days[-n]
        seen = last_seen.get((activity.id or 0, person.id or 0))
        # a regular (came since registering) who has not come since the first of the last n held sessions
        if seen is None or seen < reg.registered_on or seen >= first_missed:
            continue
        called = calls.get((activity.id or 0, person.id or 0))
        if called is not None and called >= first_missed:
            continue
        result.append(FollowUp(activity.id or 0, activity.name, person.id or 0, person.name, person.phone, seen, n))
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
