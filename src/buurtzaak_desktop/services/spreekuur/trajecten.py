"""A resident's traject: oriëntatie -> contract -> oplossing -> nazorg, closed with an outcome."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import SpreekuurResident, SpreekuurTraject
from buurtzaak_desktop.db.versioning import claim
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation
from buurtzaak_desktop.domain.spreekuur.flows import check_outcome, next_phase
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.spreekuur.residents import resident_with_consent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrajectRow:
    id: int
    resident_name: str
    opened_on: date
    phase: str
    phase_since: date
    closed_on: date | None
    outcome: str | None
    version: int = 1  # as read: a change made on this row names it


def open_traject(database: Database, resident_id: int, opened_on: date, actor: str, notes: str = "") -> int:
    with database.transaction() as session:
        resident = resident_with_consent(session, resident_id)
        traject = SpreekuurTraject(
            resident_id=resident_id,
            person_token=resident.token,
            opened_on=opened_on,
            phase_since=opened_on,
            notes=notes,
        )
        session.add(traject)
        session.flush()
        audit(session, actor, "gewijzigd", resident_id)
        log.info("spreekuur traject %s opened", traject.id)
        return traject.id or 0


def _open_traject(session, traject_id: int) -> SpreekuurTraject:
    traject = session.get(SpreekuurTraject, traject_id)
    if traject is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Dit traject bestaat niet (meer)."))
    if traject.closed_on is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Dit traject is al afgesloten op {date}."),
            date=traject.closed_on.strftime("%d-%m-%Y"),
        )
    return traject


def advance_phase(database: Database, traject_id: int, on: date, actor: str, seen_version: int | None = None) -> str:
    """The next phase; refused (ChangedElsewhere) when another desk changed the traject after ``seen_version``."""
    with database.transaction() as session:
        claim(session, SpreekuurTraject, traject_id, seen_version)
        traject = _open_traject(session, traject_id)
        traject.phase = next_phase(traject.phase)
        traject.phase_since = on
        audit(session, actor, "gewijzigd", traject.resident_id)
        return traject.phase


def close_traject(
    database: Database, traject_id: int, on: date, outcome: str, actor: str, seen_version: int | None = None
) -> None:
    check_outcome(outcome)
    with database.transaction() as session:
        claim(session, SpreekuurTraject, traject_id, seen_version)
        traject = _open_traject(session, traject_id)
        # imported here: appointments build on this module
        from buurtzaak_desktop.services.spreekuur.appointments import refuse_planned

        refuse_planned(session, traject_id)  # a closed traject holds no room for a talk to come
        traject.closed_on, traject.outcome = on, outcome
        audit(session, actor, "gewijzigd", traject.resident_id)
        log.info("spreekuur traject %s closed", traject_id)


def list_trajecten(database: Database, include_closed: bool = False) -> list[TrajectRow]:
    with database.reading() as session:
        query = select(SpreekuurTraject, SpreekuurResident.name).join(
            SpreekuurResident, col(SpreekuurResident.id) == SpreekuurTraject.resident_id, isouter=True
        )
        if not include_closed:
            query = query.where(col(SpreekuurTraject.closed_on).is_(None))
        rows = session.exec(query.order_by(col(SpreekuurTraject.opened_on))).all()
        return [
            TrajectRow(t.id or 0, name or "", t.opened_on, t.phase, t.phase_since, t.closed_on, t.outcome, t.version)
            for t, name in rows
        ]
