"""POP-gesprekken: planned, held, a short note for the coordinator; the overdue list."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import PopTalk, Volunteer
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound
from buurtzaak_desktop.domain.vrijwilligers.pop import talk_overdue
from buurtzaak_desktop.services.vrijwilligers.volunteers import get_in

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OverdueTalk:
    volunteer_id: int
    name: str
    due_since: date
    last_held: date | None


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


def talks_of(database: Database, volunteer_id: int) -> list[PopTalk]:
    with database.reading() as session:
        return list(
            session.exec(
                select(PopTalk).where(PopTalk.volunteer_id == volunteer_id).order_by(col(PopTalk.planned_on).desc())
            )
        )


def overdue_talks(database: Database, today: date) -> list[OverdueTalk]:
    """Active volunteers (not staff) whose half-yearly talk is overdue, longest overdue first."""
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
            due = talk_overdue(today, volunteer.start_date, last, planned)
            if due is not None:
                overdue.append(OverdueTalk(volunteer.id, volunteer.name, due, last))
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
