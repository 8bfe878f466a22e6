# SQLModel types table columns as their Python values (int, date...), so SQL expressions on them confuse mypy:
# mypy: disable-error-code="arg-type, attr-defined, union-attr, call-overload, operator"
"""The programme: activities and the sessions they generate (one ActivitySession row per occurrence).

Saving an activity books its sessions' room from today on through the rooster's rules, in the same transaction
(``bookings.align``); ``preview`` runs the same save and rolls it back, so the dialog can show the refused dates
before anything is written. Pausing or ending an activity frees its future bookings.

A leader who is a volunteer, chosen by id in the dialog (``ActivityInput.leader_volunteer_id``), must hold the
certificates the role "activiteitbegeleider" requires on the first session to come: expired (or missing) refuses the
save, expiring within the warning window only warns. The free-text leader name is never matched to a volunteer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, time
from typing import NamedTuple

from sqlalchemy import delete, exists
from sqlmodel import Session, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.db.models.activiteiten import (
    ACTIVE,
    ENDED,
    PAUSED,
    SESSION_CANCELLED,
    SESSION_PLANNED,
    Activity,
    ActivitySession,
    Attendance,
)
from buurtzaak_desktop.domain.activiteiten.recurrence import check_frequency, decode_weekdays, occurrences
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.services.activiteiten.bookings import SkippedDay, align, release
from buurtzaak_desktop.services.rooster.activity import cancel_sessions_in
from buurtzaak_desktop.services.vrijwilligers.certificates import check_role_certificates
from buurtzaak_desktop.services.vrijwilligers.reference import role_ids
from buurtzaak_desktop.services.vrijwilligers.volunteers import get_in as get_volunteer

log = logging.getLogger(__name__)

PLANNED, CANCELLED = SESSION_PLANNED, SESSION_CANCELLED
LEADER_KINDS = ("vrijwilliger", "partner", "bewonersgroep", "staf")
VOLUNTEER_LEADER = "vrijwilliger"
LEADER_ROLE = "activiteitbegeleider"  # the volunteer role of an activity's leader (roles are data)


@dataclass(frozen=True)
class LeaderWarning:
    """The leader's certificate expires within the warning window: saving goes on, the user is told."""

    leader: str
    certificate: str
    valid_until: date


class SavedActivity(NamedTuple):
    activity: Activity
    skipped: list[SkippedDay]
    warnings: list[LeaderWarning]


@dataclass(frozen=True)
class SavePreview:
    """What saving would do, without writing: the refused dates and the leader's certificate warnings."""

    skipped: list[SkippedDay]
    warnings: list[LeaderWarning]


@dataclass
class ActivityInput:
    """What the activity dialog or an import row gives: validated by ``check``."""

    name: str
    start_time: time
    end_time: time
    season_start: date
    season_end: date
    weekdays: tuple[int, ...]
    frequency: str = "wekelijks"
    category: str = ""
    target_group: str = ""
    room_id: int | None = None
    leader: str = ""
    leader_kind: str = "vrijwilliger"
    leader_volunteer_id: int | None = None  # a volunteer chosen in the dialog: their certificates are checked
    expected: int = 0
    capacity: int | None = None
    cost_cents: int = 0
    walk_in_rows: int = 5
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def check(self) -> None:
        if not self.name.strip():
            raise InputError(QT_TRANSLATE_NOOP("core", "Geef de activiteit een naam."), field="naam")
        if self.end_time <= self.start_time:
            raise InputError(
                QT_TRANSLATE_NOOP("core", "De eindtijd {end} ligt niet na de begintijd {start}."),
                start=self.start_time.strftime("%H:%M"),
                end=self.end_time.strftime("%H:%M"),
                field="eind",
            )
        if self.season_end < self.season_start:
            raise InputError(
                QT_TRANSLATE_NOOP("core", "Het seizoen eindigt ({end}) voordat het begint ({start})."),
                start=self.season_start.isoformat(),
                end=self.season_end.isoformat(),
                field="tot",
            )
        if not self.weekdays:
            raise InputError(QT_TRANSLATE_NOOP("core", "Kies ten minste één dag."), field="dag")
        self.frequency = check_frequency(self.frequency)
        for number, label in ((self.expected, "verwacht"), (self.cost_cents, "kosten"), (self.walk_in_rows, "rijen")):
            if number < 0:
                raise InputError(QT_TRANSLATE_NOOP("core", "Een aantal kan niet negatief zijn."), field=label)


def _apply(activity: Activity, data: ActivityInput) -> None:
    from buurtzaak_desktop.domain.activiteiten.recurrence import encode_weekdays

    activity.name = data.name.strip()
    activity.category = data.category.strip()
    activity.target_group = data.target_group.strip()
    activity.room_id = data.room_id
    activity.weekdays = encode_weekdays(data.weekdays)
    activity.start_time = data.start_time
    activity.end_time = data.end_time
    activity.frequency = data.frequency
    activity.season_start = data.season_start
    activity.season_end = data.season_end
    activity.leader = data.leader.strip()
    activity.leader_kind = data.leader_kind
    activity.leader_volunteer_id = data.leader_volunteer_id if data.leader_kind == VOLUNTEER_LEADER else None
    activity.expected = data.expected
    activity.capacity = data.capacity
    activity.cost_cents = data.cost_cents
    activity.walk_in_rows = data.walk_in_rows
    activity.notes = data.notes


def check_room(session: Session, room_id: int | None) -> None:
    if room_id is not None and session.get(Room, room_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "De ruimte bestaat niet (meer)."))


def create_activity(session: Session, data: ActivityInput, today: date) -> Activity:
    return save_activity(session, None, data, today)[0]


def update_activity(session: Session, activity_id: int, data: ActivityInput, today: date) -> Activity:
    return save_activity(session, activity_id, data, today)[0]


def save_activity(session: Session, activity_id: int | None, data: ActivityInput, today: date) -> SavedActivity:
    """Create (``activity_id`` None) or change an activity, its sessions and their room bookings.

    Returns the activity, the dates the rooster refused (those sessions are marked "niet doorgegaan") and the
    warnings about the volunteer leader's certificates. A leader whose certificate has expired refuses the save.
    """
    if activity_id is None:
        activity = _create_activity(session, data)
    else:
        activity = _update_activity(session, activity_id, data, today)
    warnings = check_leader(session, activity, data, today)
    return SavedActivity(activity, book_sessions(session, activity, today), warnings)


def first_session_day(session: Session, activity_id: int, today: date) -> date:
    """The first planned session from ``today`` on, or ``today`` when none is left."""
    day = session.execute(
        select(ActivitySession.day)
        .where(
            ActivitySession.activity_id == activity_id,
            ActivitySession.day >= today,
            ActivitySession.status == PLANNED,
        )
        .order_by(ActivitySession.day)
        .limit(1)
    ).scalar()
    return day or today


def check_leader(session: Session, activity: Activity, data: ActivityInput, today: date) -> list[LeaderWarning]:
    """Refuse a volunteer leader whose certificate for the leader role has expired (or is missing) on the first
    session to come; warn when it expires within the warning window. Only a volunteer chosen by id is checked;
    a partner organisation, a residents' group or staff typed as a name is not."""
    if data.leader_volunteer_id is None or data.leader_kind != VOLUNTEER_LEADER:
        return []
    volunteer = get_volunteer(session, data.leader_volunteer_id)
    role_id = role_ids(session).get(LEADER_ROLE)
    if role_id is None:  # the centre removed the role: nothing is required
        return []
    assert activity.id is not None
    on = first_session_day(session, activity.id, today)
    found = check_role_certificates(session, data.leader_volunteer_id, role_id, LEADER_ROLE, on)
    if found:
        log.info("activity %s: leader's certificate expires soon (%d)", activity.id, len(found))
    return [LeaderWarning(volunteer.name, name, until) for name, until in found]


def book_sessions(session: Session, activity: Activity, today: date) -> list[SkippedDay]:
    """Book the room of every planned session from ``today`` on; refused dates are cancelled with the reason."""
    if activity.status != ACTIVE:
        return []
    rows = list(
        session.execute(
            select(ActivitySession)
            .where(
                ActivitySession.activity_id == activity.id,
                ActivitySession.day >= today,
                ActivitySession.status == PLANNED,
            )
            .order_by(ActivitySession.day)
        ).scalars()
    )
    rows = [row for row in rows if not _is_history(session, row)]  # held: its room and day stay as they were
    skipped = align(session, activity, rows)
    refused = {s.day: s for s in skipped}
    for row in rows:
        if row.day in refused:
            row.status, row.cancel_reason = CANCELLED, refused[row.day].cancel_reason()
    session.flush()
    if skipped:
        log.info("activity %s: %d session date(s) refused by the rooster", activity.id, len(skipped))
    return skipped


def _create_activity(session: Session, data: ActivityInput) -> Activity:
    data.check()
    check_room(session, data.room_id)
    activity = Activity(
        name="",
        start_time=data.start_time,
        end_time=data.end_time,
        season_start=data.season_start,
        season_end=data.season_end,
    )
    _apply(activity, data)
    session.add(activity)
    session.flush()
    sync_sessions(session, activity, from_day=data.season_start)
    return activity


def _update_activity(session: Session, activity_id: int, data: ActivityInput, today: date) -> Activity:
    data.check()
    check_room(session, data.room_id)
    activity = get_activity(session, activity_id)
    _apply(activity, data)
    session.flush()
    if activity.status == ACTIVE:
        sync_sessions(session, activity, from_day=today)
    return activity


def get_activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze activiteit bestaat niet (meer)."))
    return activity


def _has_attendance(session_id_column):
    return exists().where(Attendance.session_id == session_id_column)


def _is_history(session: Session, row: ActivitySession) -> bool:
    """A session with attendance (entered, walk-ins, anonymous visitors) was held: a change of the activity's days,
    times or room no longer moves, re-books or cancels it (it would be "niet doorgegaan" with people present)."""
    if row.attendance_entered or row.anonymous_walk_ins:
        return True
    return bool(session.execute(select(_has_attendance(row.id))).scalar())


def free_future_sessions(session: Session, activity_id: int, from_day: date) -> int:
    """Remove the activity's sessions from ``from_day`` on that hold no attendance; returns how many."""
    ids = list(
        session.execute(
            select(ActivitySession.id).where(
                ActivitySession.activity_id == activity_id,
                ActivitySession.day >= from_day,
                ~_has_attendance(ActivitySession.id),
            )
        ).scalars()
    )
    if ids:
        rows = session.execute(select(ActivitySession).where(ActivitySession.id.in_(ids))).scalars()
        release(session, rows)
        session.flush()
        session.execute(delete(ActivitySession).where(ActivitySession.id.in_(ids)))
    # also the bookings linked to the activity in the rooster itself; a session kept for its marks took place and
    # keeps its booking (cancelling it would leave a planned session without its room)
    kept = session.execute(
        select(ActivitySession.booking_id).where(
            ActivitySession.activity_id == activity_id,
            ActivitySession.day >= from_day,
            ActivitySession.booking_id.is_not(None),
        )
    ).scalars()
    cancel_sessions_in(session, activity_id, from_day, keep=set(kept))
    return len(ids)


def sync_sessions(session: Session, activity: Activity, from_day: date) -> tuple[int, int]:
    """Make the sessions from ``from_day`` on match the activity's days, times and season.

    Sessions that already hold attendance are history and stay as they are. Returns (created, removed).
    """
    assert activity.id is not None
    wanted = occurrences(
        decode_weekdays(activity.weekdays), activity.frequency, activity.season_start, activity.season_end, from_day
    )
    existing = {
        row.day: row
        for row in session.execute(
            select(ActivitySession).where(ActivitySession.activity_id == activity.id, ActivitySession.day >= from_day)
        ).scalars()
    }
    wanted_set = set(wanted)
    removed = 0
    for day, row in existing.items():
        if _is_history(session, row):
            continue
        if day not in wanted_set:
            release(session, [row])
            session.delete(row)
            removed += 1
        elif row.status == PLANNED:
            row.start_time, row.end_time, row.room_id = activity.start_time, activity.end_time, activity.room_id
    new = [
        ActivitySession(
            activity_id=activity.id,
            day=day,
            start_time=activity.start_time,
            end_time=activity.end_time,
            room_id=activity.room_id,
        )
        for day in wanted
        if day not in existing
    ]
    session.add_all(new)
    session.flush()
    log.info("activity %s sessions synced: %d created, %d removed", activity.id, len(new), removed)
    return len(new), removed


def set_status(session: Session, activity_id: int, status: str, from_day: date) -> int:
    """Pause or end an activity (its sessions from ``from_day`` on are freed) or make it active again."""
    activity = get_activity(session, activity_id)
    if status not in (ACTIVE, PAUSED, ENDED):
        raise InputError(QT_TRANSLATE_NOOP("core", "Onbekende status '{value}'."), value=status)
    if activity.status == ENDED and status != ENDED:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "{name} is beëindigd en kan niet opnieuw beginnen; maak een nieuwe activiteit."),
            name=activity.name,
        )
    if status == ACTIVE:
        return _activate(session, activity, from_day)[0]
    activity.status = status
    activity.status_since = from_day
    return free_future_sessions(session, activity_id, from_day)


def resume(session: Session, activity_id: int, from_day: date) -> tuple[int, list[SkippedDay]]:
    """Make a paused activity active again from ``from_day``: its sessions come back and are booked.

    Returns how many sessions were made and the dates the rooster refused (marked "niet doorgegaan").
    """
    activity = get_activity(session, activity_id)
    if activity.status == ENDED:
        set_status(session, activity_id, ACTIVE, from_day)  # refuses, with the reason
    return _activate(session, activity, from_day)


def _activate(session: Session, activity: Activity, from_day: date) -> tuple[int, list[SkippedDay]]:
    activity.status = ACTIVE
    activity.status_since = from_day
    created, _ = sync_sessions(session, activity, from_day)
    return created, book_sessions(session, activity, from_day)


def list_activities(session: Session, include_ended: bool = True) -> list[Activity]:
    query = select(Activity).order_by(Activity.name, Activity.id)
    if not include_ended:
        query = query.where(Activity.status != ENDED)
    return list(session.execute(query).scalars())


class _DryRun(Exception):
    """Raised inside a transaction to roll a preview back."""

    def __init__(self, result: SavePreview) -> None:
        super().__init__("preview")
        self.result = result


class ProgrammeService:
    """The programme for the UI and the command line: each call is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def create(self, data: ActivityInput, today: date) -> int:
        with self.database.transaction() as session:
            activity = create_activity(session, data, today)
            assert activity.id is not None
            return activity.id

    def update(self, activity_id: int, data: ActivityInput, today: date) -> None:
        with self.database.transaction() as session:
            update_activity(session, activity_id, data, today)

    def save(
        self, activity_id: int | None, data: ActivityInput, today: date
    ) -> tuple[int, list[SkippedDay], list[LeaderWarning]]:
        """Create or change; returns the activity's id, the dates the rooster refused (now cancelled) and the
        warnings about the leader's certificates."""
        with self.database.transaction() as session:
            activity, skipped, warnings = save_activity(session, activity_id, data, today)
            return activity.id or 0, skipped, warnings

    def check(self, activity_id: int | None, data: ActivityInput, today: date) -> SavePreview:
        """What saving would skip (closing days, clashes...) and warn about, without writing anything; raises what
        saving would refuse (an expired certificate of the leader...).

        It runs the very save and rolls it back, so the preview cannot disagree with what saving does.
        """
        try:
            with self.database.transaction() as session:
                saved = save_activity(session, activity_id, data, today)
                raise _DryRun(SavePreview(saved.skipped, saved.warnings))
        except _DryRun as dry_run:
            return dry_run.result

    def preview(self, activity_id: int | None, data: ActivityInput, today: date) -> list[SkippedDay]:
        """The dates saving would skip, without writing anything."""
        return self.check(activity_id, data, today).skipped

    def resume(self, activity_id: int, from_day: date) -> list[SkippedDay]:
        """Make a paused activity active again; returns the dates the rooster refused (now cancelled)."""
        with self.database.transaction() as session:
            return resume(session, activity_id, from_day)[1]

    def set_status(self, activity_id: int, status: str, from_day: date) -> int:
        with self.database.transaction() as session:
            return set_status(session, activity_id, status, from_day)

    def get(self, activity_id: int) -> Activity:
        with self.database.reading() as session:
            return get_activity(session, activity_id)

    def list(self, include_ended: bool = True) -> list[Activity]:
        with self.database.reading() as session:
            return list_activities(session, include_ended)
