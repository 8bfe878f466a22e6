"""Residents who gave consent: found accent-insensitively, with their consent on record."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import (
    SpreekuurConsent,
    SpreekuurResident,
    SpreekuurTraject,
    SpreekuurVisit,
)
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.spreekuur.text import search_key
from buurtzaak_desktop.services.spreekuur.audit import audit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ResidentHit:
    id: int
    name: str
    phone: str
    last_visit: date | None


@dataclass(frozen=True)
class NewResident:
    name: str
    consent_given: bool
    consent_purpose: str = "Vastleggen van hulpvragen en opvolging door het spreekuur"
    consent_by: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ResidentRecord:
    id: int
    name: str
    phone: str
    email: str
    notes: str
    consents: list[tuple[date, str, str]]
    visits: int
    open_trajecten: int


def new_token() -> str:
    return secrets.token_hex(16)


def find_residents(database: Database, text: str, limit: int = 20) -> list[ResidentHit]:
    """Every word of ``text`` must occur in the name, ignoring accents and case: "zoe sahin" finds "Zoë Şahin"."""
    words = search_key(text).split()
    if not words:
        return []
    with database.reading() as session:
        query = select(SpreekuurResident.id, SpreekuurResident.name, SpreekuurResident.phone)
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(col(SpreekuurResident.search_key).like(f"%{escaped}%", escape="\\"))
        rows = session.exec(query.order_by(SpreekuurResident.search_key).limit(limit)).all()
        last = _last_visits(session, [row[0] or 0 for row in rows])
        return [ResidentHit(id=r[0] or 0, name=r[1], phone=r[2], last_visit=last.get(r[0] or 0)) for r in rows]


def _last_visits(session: Session, ids: list[int]) -> dict[int, date]:
    if not ids:
        return {}
    query = (
        select(SpreekuurVisit.resident_id, func.max(SpreekuurVisit.visited_on))
        .where(col(SpreekuurVisit.resident_id).in_(ids))
        .group_by(col(SpreekuurVisit.resident_id))
    )
    return {rid: last for rid, last in session.exec(query).all() if rid is not None}


def add_resident(session: Session, new: NewResident, today: date, actor: str) -> SpreekuurResident:
    """Only with consent: without it the centre keeps an anonymous visit and no name."""
    name = " ".join(new.name.split())
    if not name:
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul de naam van de bewoner in."), field="naam")
    if not new.consent_given:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Zonder toestemming van de bewoner wordt geen naam bewaard; registreer anoniem.")
        )
    resident = SpreekuurResident(
        name=name,
        search_key=search_key(name),
        phone=new.phone.strip(),
        email=new.email.strip(),
        token=new_token(),
        created_on=today,
    )
    session.add(resident)
    session.flush()
    session.add(
        SpreekuurConsent(
            resident_id=resident.id or 0,
            given_on=today,
            purpose=new.consent_purpose,
            recorded_by=new.consent_by or actor,
        )
    )
    audit(session, actor, "aangemaakt", resident.id)
    log.info("spreekuur resident %s added", resident.id)
    return resident


def resident_with_consent(session: Session, resident_id: int) -> SpreekuurResident:
    resident = session.get(SpreekuurResident, resident_id)
    if resident is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bewoner bestaat niet (meer)."))
    has_consent = session.exec(select(SpreekuurConsent.id).where(SpreekuurConsent.resident_id == resident_id)).first()
    if has_consent is None:
        raise RuleViolation(
            # No name in the message: refusals can end up in dialogs seen over a shoulder.
            QT_TRANSLATE_NOOP(
                "core", "Er is geen toestemming vastgelegd voor bewoner nr. {number}; registreer het bezoek anoniem."
            ),
            number=resident_id,
        )
    return resident


def record_consent(database: Database, resident_id: int, given_on: date, purpose: str, recorded_by: str) -> None:
    with database.transaction() as session:
        if session.get(SpreekuurResident, resident_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bewoner bestaat niet (meer)."))
        session.add(
            SpreekuurConsent(resident_id=resident_id, given_on=given_on, purpose=purpose, recorded_by=recorded_by)
        )
        audit(session, recorded_by, "gewijzigd", resident_id)


def open_record(database: Database, resident_id: int, actor: str, *, reopened: bool = False) -> ResidentRecord:
    """The resident's record for the screen; the opening is written in the audit log.

    ``reopened``: shown again right after a change by the same user (which wrote its own audit line).
    """
    with database.transaction() as session:
        resident = session.get(SpreekuurResident, resident_id)
        if resident is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bewoner bestaat niet (meer)."))
        consents = session.exec(select(SpreekuurConsent).where(SpreekuurConsent.resident_id == resident_id)).all()
        visits = session.exec(
            select(func.count()).select_from(SpreekuurVisit).where(SpreekuurVisit.resident_id == resident_id)
        ).one()
        open_trajecten = session.exec(
            select(func.count())
            .select_from(SpreekuurTraject)
            .where(SpreekuurTraject.resident_id == resident_id, col(SpreekuurTraject.closed_on).is_(None))
        ).one()
        if not reopened:
            audit(session, actor, "geopend", resident_id)
        return ResidentRecord(
            id=resident_id,
            name=resident.name,
            phone=resident.phone,
            email=resident.email,
            notes=resident.notes,
            consents=[(c.given_on, c.purpose, c.recorded_by) for c in consents],
            visits=int(visits),
            open_trajecten=int(open_trajecten),
        )


def update_resident(database: Database, resident_id: int, actor: str, *, phone: str, email: str, notes: str) -> None:
    with database.transaction() as session:
        resident = session.get(SpreekuurResident, resident_id)
        if resident is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bewoner bestaat niet (meer)."))
        resident.phone, resident.email, resident.notes = phone.strip(), email.strip(), notes
        audit(session, actor, "gewijzigd", resident_id)
