"""POP-gesprekken: planned, held, a short note for the coordinator; the overdue list.

A note is written by whoever records the talk, but read back only with the coordinator's PIN: lists, exports and
logs never hold it. It is stored as plain text in the data file (and so in its back-ups).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import PopTalk, Volunteer
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation
from buurtzaak_desktop.domain.vrijwilligers.pop import talk_overdue
from buurtzaak_desktop.services import pins
from buurtzaak_desktop.services.vrijwilligers.volunteers import get_in

log = logging.getLogger(__name__)
# a PIN of the coordinator's own, kept and checked like the spreekuur PIN (services/pins.py)
COORDINATOR_PIN_KEY = "vrijwilligers_coordinator_pin"


@dataclass(frozen=True)
class OverdueTalk:
    volunteer_id: int
    name: str
    due_since: date
    last_held: date | None
    planned_on: date | None = None  # the next talk planned, if any: shown, but it does not hide the delay


def plan_talk(database: Database, volunteer_id: int, day: date) -> int:
    with database.transaction() as session:
        get_in(session, volunteer_id)
        talk = PopTalk(volunteer_id=volunteer_id, planned_on=day)
        session.add(talk)
        session.flush()
        assert talk.id is not None
        log.info("POP talk planned: id=%s volunteer=%s", talk.id, volunteer_id)
        return talk.id


def record_talk(database: Database, talk_id: int, held_on: date, note: str = "") -> None:
    with database.transaction() as session:
        talk = session.get(PopTalk, talk_id)
        if talk is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Dit gesprek bestaat niet (meer)."))
        talk.held_on = held_on
        talk.note = note.strip()
        log.info("POP talk held: id=%s", talk_id)


def overdue_talks(database: Database, today: date) -> list[OverdueTalk]:
    """Active volunteers (not staff) whose half-yearly talk is overdue, counted from the last talk held (a planned
    one does not count until it is held), longest overdue first."""
    with database.reading() as session:
        talks: dict[int, list[PopTalk]] = {}
        for talk in session.exec(select(PopTalk)):
            talks.setdefault(talk.volunteer_id, []).append(talk)
        volunteers = session.exec(
            select(Volunteer).where(
                Volunteer.status == "actief", col(Volunteer.is_staff).is_(False), col(Volunteer.archived).is_(False)
            )
        )
        overdue = []
        for volunteer in volunteers:
            assert volunteer.id is not None
            own = talks.get(volunteer.id, [])
            held = [talk.held_on for talk in own if talk.held_on is not None]
            planned = [talk.planned_on for talk in own if talk.held_on is None]
            last = max(held) if held else None
            due = talk_overdue(today, volunteer.start_date, last)
            if due is not None:
                coming = [day for day in planned if day >= today]
                overdue.append(OverdueTalk(volunteer.id, volunteer.name, due, last, min(coming) if coming else None))
        return sorted(overdue, key=lambda row: (row.due_since, row.name))


def hold_talk(database: Database, volunteer_id: int, held_on: date, note: str = "") -> int:
    """Record a talk as held: the earliest open planned talk, or a new one when none was planned."""
    with database.transaction() as session:
        get_in(session, volunteer_id)
        talk = session.exec(
            select(PopTalk)
            .where(PopTalk.volunteer_id == volunteer_id, col(PopTalk.held_on).is_(None))
            .order_by(col(PopTalk.planned_on))
        ).first()
        if talk is None:
            talk = PopTalk(volunteer_id=volunteer_id, planned_on=held_on)
            session.add(talk)
        talk.held_on = held_on
        talk.note = note.strip()
        session.flush()
        assert talk.id is not None
        log.info("POP talk held: id=%s volunteer=%s", talk.id, volunteer_id)
        return talk.id


# --- Who may read a note: the coordinator, with the coordinator's PIN ---------------------------------------


@dataclass(frozen=True)
class TalkRow:
    """A talk as any user of the tab sees it: dates, and whether there is a note — never the note itself."""

    id: int
    volunteer_id: int
    name: str
    planned_on: date
    held_on: date | None
    has_note: bool


def list_talks(database: Database, today: date, months_back: int = 12) -> list[TalkRow]:
    """The talks of the last ``months_back`` months and all planned ones, of volunteers not archived."""
    since = today - timedelta(days=round(months_back * 30.5))
    with database.reading() as session:
        rows = session.exec(
            select(PopTalk, Volunteer.name)
            .join(Volunteer, col(Volunteer.id) == PopTalk.volunteer_id)
            .where(col(Volunteer.archived).is_(False))
            .where(col(PopTalk.held_on).is_(None) | (col(PopTalk.held_on) >= since))
            .order_by(col(PopTalk.held_on).is_not(None), col(PopTalk.planned_on).desc(), col(Volunteer.name))
        )
        return [
            TalkRow(talk.id, talk.volunteer_id, name, talk.planned_on, talk.held_on, bool(talk.note))
            for talk, name in rows
            if talk.id is not None
        ]


def has_coordinator_pin(database: Database) -> bool:
    return pins.has_pin(database, COORDINATOR_PIN_KEY)


def set_coordinator_pin(database: Database, new_pin: str, current_pin: str | None = None) -> None:
    """The coordinator sets the PIN that shows POP notes; changing it needs the current one."""
    pins.set_pin(database, COORDINATOR_PIN_KEY, new_pin, current_pin)
    log.info("coordinator PIN set")


def read_notes(database: Database, pin: str, talk_ids: list[int]) -> dict[int, str]:
    """The notes of these talks, for the coordinator only: refused without the coordinator's PIN, and after too many
    wrong tries refused for a while whatever is typed (services/pins.py)."""
    if not pins.check_pin(database, COORDINATOR_PIN_KEY, pin):
        raise RuleViolation(QT_TRANSLATE_NOOP("core", "Deze pincode klopt niet; de notities blijven verborgen."))
    with database.reading() as session:
        rows = session.exec(select(PopTalk.id, PopTalk.note).where(col(PopTalk.id).in_(talk_ids)))
        return {talk_id: note for talk_id, note in rows if talk_id is not None}
