"""``buurtzaak import begroting``: budget lines (and their actuals so far) from xlsx or csv, all or nothing.

Columns: jaar, soort (baten/lasten), categorie, post, begroot, realisatie (optional). A year that already has
a budget is replaced only when asked (--replace, or the app's question).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import delete, select
from sqlmodel import Session, col

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.begroting import BudgetActual, BudgetLine
from buurtzaak_desktop.domain.begroting.budget import KINDS
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, RuleViolation
from buurtzaak_desktop.domain.money import parse_cents
from buurtzaak_desktop.services.begroting.budget import year_exists
from buurtzaak_desktop.services.importing import ImportErrors, ImportReport, ImportRow, read_table

log = logging.getLogger(__name__)
COLUMNS = ("jaar", "soort", "categorie", "post", "begroot", "realisatie")
REQUIRED = COLUMNS[:5]


@dataclass(frozen=True)
class ImportedLine:
    year: int
    kind: str
    category: str
    name: str
    budget_cents: int
    actual_cents: int


def read_budget_file(path: Path) -> list[ImportedLine]:
    """Every row checked; any bad row raises ImportFailed listing all of them."""
    table = read_table(path, required=REQUIRED)
    errors = ImportErrors()
    lines: list[ImportedLine] = []
    seen: dict[tuple[int, str, str, str], int] = {}
    for row in table.rows:
        with errors.collect():
            line = _parse_row(row)
            key = (line.year, line.kind, line.category.lower(), line.name.lower())
            if key in seen:
                raise InputError(
                    QT_TRANSLATE_NOOP("core", "de post '{name}' staat al in rij {other}."),
                    row=row.number,
                    field="post",
                    name=line.name,
                    other=seen[key],
                )
            seen[key] = row.number
            lines.append(line)
    errors.raise_if_any(path)
    return lines


def import_budget(database: Database, path: Path, dry_run: bool = False, replace: bool = False) -> ImportReport:
    lines = read_budget_file(path)
    years = sorted({line.year for line in lines})
    report = ImportReport(kind="begrotingsposten", rows_checked=len(lines), dry_run=dry_run)
    with database.transaction() as session:
        existing = [year for year in years if year_exists(session, year)]
        if existing and not replace:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "core", "Er is al een begroting voor {years}. Gebruik --replace om die te vervangen."
                ),
                years=", ".join(map(str, existing)),
            )
        if dry_run:
            report.details = [f"{year}: {sum(1 for line in lines if line.year == year)} posten" for year in years]
            session.rollback()
            return report
        for year in existing:
            _remove_year(session, year)
        _write(session, lines)
    report.created = len(lines)
    log.info("budget imported: %s lines, years %s, replaced %s", len(lines), years, existing)
    return report


def years_in_file(path: Path) -> list[int]:
    return sorted({line.year for line in read_budget_file(path)})


def _parse_row(row: ImportRow) -> ImportedLine:
    year_text = row.get("jaar")
    if not (year_text.isdigit() and 2000 <= int(year_text) <= 2100):
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen jaar (bijvoorbeeld 2026)."),
            row=row.number,
            field="jaar",
            value=year_text,
        )
    kind = row.get("soort").lower()
    if kind not in KINDS:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen soort: vul baten of lasten in."),
            row=row.number,
            field="soort",
            value=row.get("soort"),
        )
    for column in ("categorie", "post"):
        if not row.get(column):
            raise InputError(QT_TRANSLATE_NOOP("core", "dit veld is leeg."), row=row.number, field=column)
    return ImportedLine(
        year=int(year_text),
        kind=kind,
        category=row.get("categorie"),
        name=row.get("post"),
        budget_cents=_amount(row, "begroot"),
        actual_cents=_amount(row, "realisatie") if row.get("realisatie") else 0,
    )


def _amount(row: ImportRow, column: str) -> int:
    text = row.get(column)
    try:
        return parse_cents(text)
    except InputError as error:
        cents = _computed_cents(text)
        if cents is not None:
            return cents
        raise InputError(error.template, row=row.number, field=column, **error.params) from error


def _computed_cents(text: str) -> int | None:
    """A number Excel computed (1234.5600000000001) is read as the whole cents it stands for; a real
    fraction of a cent (12.345) is still refused."""
    if not re.fullmatch(r"-?\d+\.\d{6,}", text.strip()):
        return None
    exact = Decimal(text.strip()) * 100
    cents = exact.to_integral_value(rounding=ROUND_HALF_UP)
    return int(cents) if abs(exact - cents) < Decimal("0.0001") else None


def _remove_year(session: Session, year: int) -> None:
    line_ids = select(col(BudgetLine.id)).where(col(BudgetLine.year) == year)
    session.execute(delete(BudgetActual).where(col(BudgetActual.line_id).in_(line_ids)))
    session.execute(delete(BudgetLine).where(col(BudgetLine.year) == year))


def _write(session: Session, lines: list[ImportedLine]) -> None:
    today = now_local().date()
    for position, line in enumerate(lines, start=1):
        row = BudgetLine(
            year=line.year,
            kind=line.kind,
            category=line.category,
            name=line.name,
            budget_cents=line.budget_cents,
            position=position,
        )
        session.add(row)
        if line.actual_cents:
            session.flush()
            assert row.id is not None
            session.add(
                BudgetActual(
                    line_id=row.id,
                    day=_booking_day(line.year, today),
                    description="Realisatie uit import",
                    amount_cents=line.actual_cents,
                )
            )


def _booking_day(year: int, today: date) -> date:
    """The imported realisatie is booked today in the current year, at the year's end or start otherwise."""
    if year == today.year:
        return today
    return date(year, 12, 31) if year < today.year else date(year, 1, 1)
