"""A day's round in one call (completed, or stalled at someone), the coordinator's action list, the month's figures."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.telefooncirkel import (
    PhoneCircle,
    PhoneCircleAction,
    PhoneCircleRound,
)
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.dates import month_end
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.telefooncirkel import FINDINGS, MonthFigures
from buurtzaak_desktop.services.telefooncirkel.circles import members_in

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoundRow:
    id: int
    held_on: date
    stalled: bool
    stalled_at: str  # the name, "" for a completed round or a forgotten participant


@dataclass(frozen=True)
class ActionRow:
    id: int
    circle: str
    opened_on: date
    name: str  # who did not answer; "" once that participant is forgotten
    phone: str
    checked_by: str
    found: str | None
    closed_on: date | None


def record_round(database: Database, circle_id: int, day: date, actor: str, stalled_at: int | None = None) -> int:
    """The day's round: completed (``stalled_at`` None) or stalled at a member, which opens a coordinator's action."""
    with database.transaction() as session:
        circle = session.get(PhoneCircle, circle_id)
        if circle is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze telefooncirkel bestaat niet (meer)."))
        if not circle.active:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "Deze telefooncirkel is gestopt; zet hem eerst weer op actief.")
            )
        if day > clock.today():
            raise InputError(QT_TRANSLATE_NOOP("core", "Een belronde wordt vastgelegd op of na de dag zelf."))
        done = session.exec(
            select(PhoneCircleRound.id).where(PhoneCircleRound.circle_id == circle_id, PhoneCircleRound.held_on == day)
        ).first()
        if done is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "De belronde van {day} is voor deze cirkel al vastgelegd."),
                day=day.strftime("%d-%m-%Y"),
            )
        if stalled_at is not None:
            _check_stall(session, circle_id, day, stalled_at)
        held = PhoneCircleRound(
            circle_id=circle_id,
            held_on=day,
            stalled=stalled_at is not None,
            stalled_member_id=stalled_at,
            recorded_by=actor[:100],
        )
        session.add(held)
        session.flush()
        if stalled_at is not None:
            session.add(PhoneCircleAction(round_id=held.id or 0, member_id=stalled_at, opened_on=day))
        log.info("telefooncirkel %s round %s recorded (stalled=%s)", circle_id, held.id, stalled_at is not None)
        return held.id or 0


def undo_round(database: Database, round_id: int) -> None:
    """A round recorded by mistake goes again, with its action, as long as the coordinator has not closed that."""
    with database.transaction() as session:
        held = session.get(PhoneCircleRound, round_id)
        if held is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze belronde bestaat niet (meer)."))
        action = session.exec(select(PhoneCircleAction).where(PhoneCircleAction.round_id == round_id)).first()
        if action is not None and action.closed_on is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "De coördinator heeft de actie van deze belronde al afgesloten.")
            )
        session.delete(held)  # the action goes with it (ON DELETE CASCADE)
        log.info("telefooncirkel round %s undone", round_id)


def _check_stall(session: Session, circle_id: int, day: date, member_id: int) -> None:
    member = next((m for m in members_in(session, circle_id, day) if m.id == member_id), None)
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze deelnemer staat niet (meer) in de telefooncirkel."))
    if member.away is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Deze deelnemer is die dag afgemeld en wordt niet gebeld."),
        )


def rounds(database: Database, circle_id: int, limit: int = 31) -> list[RoundRow]:
    """The latest rounds of a circle, newest first."""
    with database.reading() as session:
        names = {m.id: m.name for m in members_in(session, circle_id)}
        held = session.exec(
            select(PhoneCircleRound)
            .where(PhoneCircleRound.circle_id == circle_id)
            .order_by(col(PhoneCircleRound.held_on).desc())
            .limit(limit)
        ).all()
        return [RoundRow(r.id or 0, r.held_on, r.stalled, names.get(r.stalled_member_id or 0, "")) for r in held]


def actions(database: Database, include_closed: bool = False) -> list[ActionRow]:
    """The coordinator's list: open actions first, oldest first; closed ones too when asked."""
    with database.reading() as session:
        query = (
            select(PhoneCircleAction, PhoneCircleRound.circle_id, PhoneCircle.name)
            .join(PhoneCircleRound, col(PhoneCircleRound.id) == PhoneCircleAction.round_id)
            .join(PhoneCircle, col(PhoneCircle.id) == PhoneCircleRound.circle_id)
            .order_by(col(PhoneCircleAction.closed_on).is_not(None), col(PhoneCircleAction.opened_on))
        )
        if not include_closed:
            query = query.where(col(PhoneCircleAction.closed_on).is_(None))
        rows = session.exec(query).all()
        people = {}
        for circle_id in {circle_id for _, circle_id, _ in rows}:
            people.update({m.id: m for m in members_in(session, circle_id)})
        result = []
        for action, _, circle in rows:
            person = people.get(action.member_id or 0)
            result.append(
                ActionRow(
                    id=action.id or 0,
                    circle=circle,
                    opened_on=action.opened_on,
                    name=person.name if person else "",
                    phone=person.phone if person else "",
                    checked_by=action.checked_by,
                    found=action.found,
                    closed_on=action.closed_on,
                )
            )
        return result


def close_action(database: Database, action_id: int, checked_by: str, found: str, day: date) -> None:
    """Who checked and what was found (a code from a short list, no health details); the action leaves the list."""
    checked_by = " ".join(checked_by.split())
    if not checked_by:
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul in wie het heeft nagegaan."), field="nagegaan door")
    if found not in FINDINGS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies wat er is gevonden uit de lijst."), field="gevonden")
    with database.transaction() as session:
        action = session.get(PhoneCircleAction, action_id)
        if action is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze actie bestaat niet (meer)."))
        if action.closed_on is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "Deze actie is al afgesloten."))
        if day < action.opened_on:
            raise InputError(QT_TRANSLATE_NOOP("core", "Een actie sluit niet vóór de dag van de belronde."))
        action.checked_by, action.found, action.closed_on = checked_by[:100], found, day


def month_figures_in(session: Session, month: date) -> MonthFigures:
    """Rounds held in the month, completed and stalled, and how the stalls ended (``open`` while not closed)."""
    end = month_end(month)
    in_month = (PhoneCircleRound.held_on >= month, PhoneCircleRound.held_on < end)
    result = MonthFigures(month=month)
    for stalled, count in session.exec(
        select(PhoneCircleRound.stalled, func.count()).where(*in_month).group_by(col(PhoneCircleRound.stalled))
    ).all():
        if stalled:
            result.stalled = int(count)
        else:
            result.completed = int(count)
    result.rounds = result.completed + result.stalled
    endings: Counter[str] = Counter()
    for found in session.exec(
        select(PhoneCircleAction.found)
        .join(PhoneCircleRound, col(PhoneCircleRound.id) == PhoneCircleAction.round_id)
        .where(*in_month)
    ).all():
        endings[found or "open"] += 1
    result.endings = {code: endings[code] for code in (*FINDINGS, "open") if endings[code]}
    return result


def month_figures(database: Database, month: date) -> MonthFigures:
    with database.reading() as session:
        return month_figures_in(session, month)


def year_months(database: Database, year: int) -> list[MonthFigures]:
    """The twelve months of a year, for the figures export."""
    with database.reading() as session:
        return [month_figures_in(session, date(year, month, 1)) for month in range(1, 13)]
