"""The year budget: lines, actuals, budget versus actual, and copying a year to the next."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlmodel import Session, col

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.begroting import BudgetActual, BudgetLine
from buurtzaak_desktop.db.versioning import claim
from buurtzaak_desktop.domain.begroting.budget import KINDS, BudgetSummary, LineInput, summarise
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.services.begroting.sources import SOURCES, linked_actual_cents

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LineDraft:
    kind: str
    category: str
    name: str
    budget_cents: int
    source: str = ""  # actuals flowing in from another tab (sources.SOURCES), or "" for typed actuals only
    version: int | None = None  # of the line this draft was read from: a change made on it names it


@dataclass(frozen=True)
class ActualView:
    id: int
    line_id: int
    day: date
    description: str
    amount_cents: int


def check_draft(draft: LineDraft) -> LineDraft:
    if draft.kind not in KINDS:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Soort '{value}' bestaat niet: kies baten of lasten."), value=draft.kind
        )
    if not draft.category.strip():
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul een categorie in."))
    if not draft.name.strip():
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul de naam van de post in."))
    if draft.source and draft.source not in SOURCES:
        raise InputError(QT_TRANSLATE_NOOP("core", "Onbekende bron '{value}' voor de realisatie."), value=draft.source)
    return LineDraft(draft.kind, draft.category.strip(), draft.name.strip(), draft.budget_cents, draft.source)


def budget_years(database: Database) -> list[int]:
    with database.reading() as session:
        return list(session.scalars(select(col(BudgetLine.year)).distinct().order_by(col(BudgetLine.year))))


def year_exists(session: Session, year: int) -> bool:
    return bool(session.scalar(select(func.count()).select_from(BudgetLine).where(col(BudgetLine.year) == year)))


def add_line(database: Database, year: int, draft: LineDraft) -> int:
    draft = check_draft(draft)
    with database.transaction() as session:
        _refuse_duplicate(session, year, draft, None)
        position = session.scalar(
            select(func.coalesce(func.max(col(BudgetLine.position)), 0)).where(col(BudgetLine.year) == year)
        )
        line = BudgetLine(year=year, position=int(position or 0) + 1, **draft.__dict__)
        session.add(line)
        session.flush()
        assert line.id is not None
        return line.id


def update_line(database: Database, line_id: int, draft: LineDraft, seen_version: int | None = None) -> None:
    """Change a line; refused (ChangedElsewhere) when it changed after ``seen_version`` was read."""
    draft = check_draft(draft)
    with database.transaction() as session:
        claim(session, BudgetLine, line_id, seen_version)
        line = _line(session, line_id)
        _refuse_duplicate(session, line.year, draft, line_id)
        line.kind, line.category, line.name, line.budget_cents, line.source = (
            draft.kind,
            draft.category,
            draft.name,
            draft.budget_cents,
            draft.source,
        )


def line_draft(database: Database, line_id: int) -> LineDraft:
    """A line as it stands, to fill the form that changes it."""
    with database.reading() as session:
        line = _line(session, line_id)
        return LineDraft(line.kind, line.category, line.name, line.budget_cents, line.source, line.version)


def set_budget(database: Database, line_id: int, cents: int) -> None:
    """Only the budgeted amount of a line, as typed in the budget table."""
    with database.transaction() as session:
        _line(session, line_id).budget_cents = cents


def delete_line(database: Database, line_id: int) -> None:
    """The line and its actuals go together (the UI asks first)."""
    with database.transaction() as session:
        session.execute(delete(BudgetActual).where(col(BudgetActual.line_id) == line_id))
        session.delete(_line(session, line_id))


def add_actual(database: Database, line_id: int, day: date, description: str, amount_cents: int) -> int:
    with database.transaction() as session:
        line = _line(session, line_id)
        _check_actual_day(line, day)
        actual = BudgetActual(line_id=line_id, day=day, description=description.strip(), amount_cents=amount_cents)
        session.add(actual)
        session.flush()
        assert actual.id is not None
        return actual.id


def update_actual(database: Database, actual_id: int, day: date, description: str, amount_cents: int) -> None:
    """A correction of a booked entry: its date (within the line's year), description and amount."""
    with database.transaction() as session:
        actual = _actual(session, actual_id)
        _check_actual_day(_line(session, actual.line_id), day)
        actual.day, actual.description, actual.amount_cents = day, description.strip(), amount_cents
    log.info("budget actual %s corrected", actual_id)


def delete_actual(database: Database, actual_id: int) -> ActualView:
    """Removes the entry and returns what it was, so that the UI can offer to undo (``restore_actual``)."""
    with database.transaction() as session:
        actual = _actual(session, actual_id)
        removed = ActualView(actual.id or 0, actual.line_id, actual.day, actual.description, actual.amount_cents)
        session.delete(actual)
    log.info("budget actual %s deleted", actual_id)
    return removed


def restore_actual(database: Database, removed: ActualView) -> int:
    """Undo of ``delete_actual``: the entry back on its line (refused when the line itself is gone)."""
    return add_actual(database, removed.line_id, removed.day, removed.description, removed.amount_cents)


def _actual(session: Session, actual_id: int) -> BudgetActual:
    actual = session.get(BudgetActual, actual_id)
    if actual is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze boeking bestaat niet meer."))
    return actual


def _check_actual_day(line: BudgetLine, day: date) -> None:
    if day.year != line.year:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De datum {day} valt niet in het begrotingsjaar {year} van '{name}'."),
            day=day.strftime("%d-%m-%Y"),
            year=line.year,
            name=line.name,
        )


def actuals_of_line(database: Database, line_id: int) -> list[ActualView]:
    with database.reading() as session:
        rows = session.scalars(
            select(BudgetActual)
            .where(col(BudgetActual.line_id) == line_id)
            .order_by(col(BudgetActual.day), col(BudgetActual.id))
        )
        return [ActualView(a.id or 0, a.line_id, a.day, a.description, a.amount_cents) for a in rows]


def budget_summary(database: Database, year: int, as_of: date | None = None) -> BudgetSummary:
    """Budget versus actual for a year, as of a day (today by default) for the pro-rata year-end."""
    with database.reading() as session:
        return summary_in(session, year, as_of)


def summary_in(
    session: Session, year: int, as_of: date | None = None, actuals_until: date | None = None
) -> BudgetSummary:
    """With ``actuals_until``, only the actuals dated on or before that day count, typed and linked alike (a month
    report's "realisatie tot en met": the same figures however much later data comes in)."""
    totals = select(col(BudgetActual.line_id), func.sum(col(BudgetActual.amount_cents)).label("total"))
    if actuals_until is not None:
        totals = totals.where(col(BudgetActual.day) <= actuals_until)
    actual_totals = totals.group_by(col(BudgetActual.line_id)).subquery()
    rows = session.execute(
        select(BudgetLine, func.coalesce(actual_totals.c.total, 0))
        .outerjoin(actual_totals, actual_totals.c.line_id == col(BudgetLine.id))
        .where(col(BudgetLine.year) == year)
        .order_by(col(BudgetLine.position), col(BudgetLine.id))
    ).all()
    lines = []
    for line, total in rows:
        linked = linked_actual_cents(session, line.source, year, actuals_until)
        lines.append(
            LineInput(line.id or 0, line.kind, line.category, line.name, line.budget_cents, int(total) + linked, linked)
        )
    return summarise(year, lines, as_of or now_local().date())


def copy_year(database: Database, source: int, target: int) -> int:
    """The lines of one year, with their budgeted amounts and without actuals, as the start of another."""
    with database.transaction() as session:
        if year_exists(session, target):
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "core", "Er is al een begroting voor {year}. Verwijder die eerst of kies een ander jaar."
                ),
                year=target,
            )
        lines = list(session.scalars(select(BudgetLine).where(col(BudgetLine.year) == source)))
        if not lines:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Er is geen begroting voor {year} om te kopiëren."), year=source)
        session.add_all(
            BudgetLine(
                year=target,
                kind=line.kind,
                category=line.category,
                name=line.name,
                budget_cents=line.budget_cents,
                position=line.position,
                source=line.source,
            )
            for line in lines
        )
    log.info("budget copied: %s lines from %s to %s", len(lines), source, target)
    return len(lines)


def _line(session: Session, line_id: int) -> BudgetLine:
    line = session.get(BudgetLine, line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze begrotingspost bestaat niet meer."))
    return line


def _refuse_duplicate(session: Session, year: int, draft: LineDraft, own_id: int | None) -> None:
    clash = session.scalar(
        select(col(BudgetLine.id)).where(
            col(BudgetLine.year) == year,
            col(BudgetLine.kind) == draft.kind,
            col(BudgetLine.category) == draft.category,
            col(BudgetLine.name) == draft.name,
        )
    )
    if clash is not None and clash != own_id:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "De post '{name}' staat al onder {kind} / {category} in {year}."),
            name=draft.name,
            kind=draft.kind,
            category=draft.category,
            year=year,
        )
