"""Spreekuur sessions and visits, and the follow-ups they leave."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import (
    SpreekuurResident,
    SpreekuurSession,
    SpreekuurTheme,
    SpreekuurVisit,
    SpreekuurVisitTheme,
)
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.spreekuur.residents import NewResident, add_resident, resident_with_consent

log = logging.getLogger(__name__)
MAX_MINUTES = 8 * 60


@dataclass(frozen=True)
class VisitInput:
    visited_on: date
    helped_by: str
    theme_ids: list[int]
    need: str = ""
    question: str = ""
    action: str = ""
    minutes: int = 0
    follow_up_on: date | None = None
    resident_id: int | None = None  # an existing resident; None with new=None: anonymous
    new: NewResident | None = None
    session_id: int | None = None
    helper_id: int | None = None  # the volunteer who unlocked the tab (services/spreekuur/people.py)


@dataclass(frozen=True)
class VisitSaved:
    visit_id: int
    resident_id: int | None

    @property
    def anonymous(self) -> bool:
        return self.resident_id is None


@dataclass(frozen=True)
class FollowUp:
    visit_id: int
    due_on: date
    resident_name: str
    helped_by: str
    themes: list[str] = field(default_factory=list)


def open_session(database: Database, held_on: date, location: str, on_duty: str) -> int:
    with database.transaction() as session:
        row = SpreekuurSession(held_on=held_on, location=location.strip() or "Spreekkamer", on_duty=on_duty.strip())
        session.add(row)
        session.flush()
        return row.id or 0


def sessions_on(database: Database, day: date) -> list[SpreekuurSession]:
    with database.reading() as session:
        return list(session.exec(select(SpreekuurSession).where(SpreekuurSession.held_on == day)).all())


def _check(visit: VisitInput) -> None:
    if not visit.theme_ids:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies minstens één thema."), field="thema's")
    if not 0 <= visit.minutes <= MAX_MINUTES:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De tijd moet tussen 0 en {most} minuten liggen."),
            field="minuten",
            most=MAX_MINUTES,
        )
    if visit.follow_up_on is not None and visit.follow_up_on < visit.visited_on:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De opvolgdatum ligt vóór de datum van het bezoek."), field="opvolgen op"
        )


def record_visit(database: Database, visit: VisitInput, actor: str) -> VisitSaved:
    """One visit in one transaction; a new resident is added only with consent, else the visit is anonymous."""
    _check(visit)
    with database.transaction() as session:
        resident: SpreekuurResident | None = None
        is_new = False
        if visit.new is not None and visit.new.consent_given:
            resident, is_new = add_resident(session, visit.new, visit.visited_on, actor), True
        elif visit.resident_id is not None:
            resident = resident_with_consent(session, visit.resident_id)
            audit(session, actor, "gewijzigd", resident.id)
        anonymous = resident is None
        row = SpreekuurVisit(
            session_id=visit.session_id,
            visited_on=visit.visited_on,
            helped_by=visit.helped_by.strip(),
            helper_id=visit.helper_id,
            resident_id=None if anonymous else resident.id,  # type: ignore[union-attr]
            person_token=None if anonymous else resident.token,  # type: ignore[union-attr]
            new_resident=is_new or (anonymous and visit.new is not None),
            # Without consent nothing personal is kept: the free text could name the resident.
            need="" if anonymous else visit.need.strip(),
            question="" if anonymous else visit.question.strip(),
            action="" if anonymous else visit.action.strip(),
            minutes=visit.minutes,
            follow_up_on=None if anonymous else visit.follow_up_on,
        )
        session.add(row)
        session.flush()
        known = set(session.exec(select(SpreekuurTheme.id).where(col(SpreekuurTheme.id).in_(visit.theme_ids))).all())
        session.add_all(
            SpreekuurVisitTheme(visit_id=row.id or 0, theme_id=t or 0) for t in sorted(t or 0 for t in known)
        )
        log.info("spreekuur visit %s saved (anonymous=%s, themes=%d)", row.id, anonymous, len(known))
        return VisitSaved(visit_id=row.id or 0, resident_id=None if anonymous else resident.id)  # type: ignore[union-attr]


def follow_ups_due(database: Database, today: date, until: date | None = None) -> list[FollowUp]:
    """Open follow-ups up to ``until`` (default today), overdue ones included."""
    until = until or today
    with database.reading() as session:
        query = (
            select(SpreekuurVisit, SpreekuurResident.name)
            .join(SpreekuurResident, col(SpreekuurResident.id) == SpreekuurVisit.resident_id, isouter=True)
            .where(
                col(SpreekuurVisit.follow_up_on).is_not(None),
                col(SpreekuurVisit.follow_up_on) <= until,
                col(SpreekuurVisit.follow_up_done).is_(False),
            )
            .order_by(col(SpreekuurVisit.follow_up_on))
        )
        rows = session.exec(query).all()
        themes = theme_labels(session, [v.id or 0 for v, _ in rows])
        return [
            FollowUp(v.id or 0, v.follow_up_on or today, name or "", v.helped_by, themes.get(v.id or 0, []))
            for v, name in rows
        ]


def follow_ups_this_week(database: Database, today: date) -> list[FollowUp]:
    return follow_ups_due(database, today, today + timedelta(days=6 - today.weekday()))


def theme_labels(session, visit_ids: list[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    if not visit_ids:
        return result
    query = (
        select(SpreekuurVisitTheme.visit_id, SpreekuurTheme.label)
        .join(SpreekuurTheme, col(SpreekuurTheme.id) == SpreekuurVisitTheme.theme_id)
        .where(col(SpreekuurVisitTheme.visit_id).in_(visit_ids))
    )
    for visit_id, label in session.exec(query).all():
        result.setdefault(visit_id, []).append(label)
    return result


def mark_follow_up_done(database: Database, visit_id: int, actor: str) -> None:
    with database.transaction() as session:
        visit = session.get(SpreekuurVisit, visit_id)
        if visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Dit bezoek bestaat niet (meer)."))
        visit.follow_up_done = True
        audit(session, actor, "gewijzigd", visit.resident_id)


# --- Past visits: see and correct ---------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitRow:
    id: int
    visited_on: date
    helped_by: str
    theme_ids: list[int]
    need: str
    question: str
    action: str
    minutes: int
    follow_up_on: date | None
    follow_up_done: bool


@dataclass(frozen=True)
class VisitEdit:
    visited_on: date
    theme_ids: list[int]
    need: str = ""
    question: str = ""
    action: str = ""
    minutes: int = 0
    follow_up_on: date | None = None


def visits_of(database: Database, resident_id: int) -> list[VisitRow]:
    """A resident's visits, newest first (no audit line: the record was opened, and audited, to get here)."""
    with database.reading() as session:
        rows = session.exec(
            select(SpreekuurVisit)
            .where(SpreekuurVisit.resident_id == resident_id)
            .order_by(col(SpreekuurVisit.visited_on).desc(), col(SpreekuurVisit.id).desc())
        ).all()
        ids = [v.id or 0 for v in rows]
        themes: dict[int, list[int]] = {}
        if ids:
            for visit_id, theme_id in session.exec(
                select(SpreekuurVisitTheme.visit_id, SpreekuurVisitTheme.theme_id).where(
                    col(SpreekuurVisitTheme.visit_id).in_(ids)
                )
            ).all():
                themes.setdefault(visit_id, []).append(theme_id)
        return [
            VisitRow(
                v.id or 0,
                v.visited_on,
                v.helped_by,
                sorted(themes.get(v.id or 0, [])),
                v.need,
                v.question,
                v.action,
                v.minutes,
                v.follow_up_on,
                v.follow_up_done,
            )
            for v in rows
        ]


def update_visit(database: Database, visit_id: int, edit: VisitEdit, actor: str) -> None:
    """Correct a past visit in one transaction; the change is written in the audit log (without content).

    An anonymous visit keeps no text and no follow-up, also after a correction.
    """
    _check(VisitInput(edit.visited_on, actor, edit.theme_ids, minutes=edit.minutes, follow_up_on=edit.follow_up_on))
    with database.transaction() as session:
        visit = session.get(SpreekuurVisit, visit_id)
        if visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Dit bezoek bestaat niet (meer)."))
        anonymous = visit.person_token is None or visit.resident_id is None
        visit.visited_on, visit.minutes = edit.visited_on, edit.minutes
        visit.need = "" if anonymous else edit.need.strip()
        visit.question = "" if anonymous else edit.question.strip()
        visit.action = "" if anonymous else edit.action.strip()
        if visit.follow_up_on != edit.follow_up_on:
            visit.follow_up_on = None if anonymous else edit.follow_up_on
            visit.follow_up_done = False
        known = set(session.exec(select(SpreekuurTheme.id).where(col(SpreekuurTheme.id).in_(edit.theme_ids))).all())
        current = {
            link.theme_id: link
            for link in session.exec(select(SpreekuurVisitTheme).where(SpreekuurVisitTheme.visit_id == visit_id))
        }
        for theme_id, link in current.items():
            if theme_id not in known:
                session.delete(link)
        session.add_all(
            SpreekuurVisitTheme(visit_id=visit_id, theme_id=t or 0)
            for t in sorted(t or 0 for t in known)
            if t not in current
        )
        audit(session, actor, "gewijzigd", visit.resident_id)
        log.info("spreekuur visit %s corrected (themes=%d)", visit_id, len(known))
