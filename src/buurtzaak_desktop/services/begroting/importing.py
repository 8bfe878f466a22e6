"""``buurtzaak import begroting``: budget lines (and their actuals so far) from xlsx or csv, all or nothing.

Columns: jaar, soort (baten/lasten), categorie, post, begroot, realisatie (optional). A year that already has
a budget is replaced only when asked (--replace, or the app's question). Amounts in an xlsx cell that holds a
number are read as that number (12.345 is twelve euros and a fraction of a cent, refused); amounts typed as text
are read the Dutch way ("€ 1.234,56", "1.234").

When a year is replaced, a post that exists in both keeps its link to another tab (room rent from the Rooster,
handgeld from Vrijwilligers). Its "realisatie" in the file is the post's whole realisatie, so only the part the
other tab does not already bring in is booked.
"""

from __future__ import annotations

import logging
import math
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
from buurtzaak_desktop.domain.money import format_cents, parse_cents
from buurtzaak_desktop.services.begroting.budget import year_exists
from buurtzaak_desktop.services.begroting.sources import INITIATIVES, SOURCE_LABELS, linked_actual_cents
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
    actual_given: bool = False  # the realisatie cell was filled in (0 included)

    @property
    def key(self) -> tuple[int, str, str, str]:
        return (self.year, self.kind, self.category.lower(), self.name.lower())


def read_budget_file(path: Path) -> list[ImportedLine]:
    """Every row checked; any bad row raises ImportFailed listing all of them."""
    table = read_table(path, required=REQUIRED, numeric=("begroot", "realisatie"))
    if not table.rows:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "{file} heeft onder de kolomnamen geen enkele begrotingspost."), file=str(path)
        )
    numbers = table.numbers
    errors = ImportErrors()
    lines: list[ImportedLine] = []
    seen: dict[tuple[int, str, str, str], int] = {}
    for row in table.rows:
        with errors.collect():
            line = _parse_row(row, numbers)
            key = line.key
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
        links = _links(session, existing)
        links.update(_fund_links(session, lines, links))
        report.details = [f"{year}: {sum(1 for line in lines if line.year == year)} posten" for year in years]
        report.details += _link_notes(lines, links)
        if dry_run:
            session.rollback()
            return report
        for year in existing:
            _remove_year(session, year)
        _write(session, lines, links)
    report.created = len(lines)
    log.info("budget imported: %s lines, years %s, replaced %s", len(lines), years, existing)
    return report


def years_in_file(path: Path) -> list[int]:
    return sorted({line.year for line in read_budget_file(path)})


def _parse_row(row: ImportRow, numbers: dict[tuple[int, str], float | int]) -> ImportedLine:
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
        budget_cents=row_amount_cents(row, "begroot", numbers),
        actual_cents=row_amount_cents(row, "realisatie", numbers) if row.get("realisatie") else 0,
        actual_given=bool(row.get("realisatie")),
    )


def row_amount_cents(row: ImportRow, column: str, numbers: dict[tuple[int, str], float | int] | None = None) -> int:
    """The amount in ``column`` in cents: the number an xlsx cell holds (the row's own, or from ``numbers``), else
    the Dutch text."""
    text = row.get(column)
    number = (row.numbers or {}).get(column)
    if number is None and numbers is not None:
        number = numbers.get((row.number, column))
    if number is not None:
        return _number_cents(number, row, column)
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


def _number_cents(value: float | int, row: ImportRow, column: str) -> int:
    """A number from a cell as whole cents; what Excel computed (1234.5600000000001) is the cents it stands for,
    a real fraction of a cent is refused."""
    if isinstance(value, int):
        return value * 100
    if not math.isfinite(value):
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen geldig bedrag (bijvoorbeeld 1.234,56)."),
            row=row.number,
            field=column,
            value=str(value),
        )
    exact = Decimal(repr(value)) * 100
    cents = exact.to_integral_value(rounding=ROUND_HALF_UP)
    if abs(exact - cents) >= Decimal("0.0001"):
        raise InputError(
            QT_TRANSLATE_NOOP("core", "{value} is geen bedrag in hele centen (meer dan twee decimalen)."),
            row=row.number,
            field=column,
            value=repr(value).replace(".", ","),
        )
    return int(cents)


def _remove_year(session: Session, year: int) -> None:
    line_ids = select(col(BudgetLine.id)).where(col(BudgetLine.year) == year)
    session.execute(delete(BudgetActual).where(col(BudgetActual.line_id).in_(line_ids)))
    session.execute(delete(BudgetLine).where(col(BudgetLine.year) == year))


@dataclass(frozen=True)
class Link:
    source: str  # sources.SOURCES
    linked_cents: int  # what the other tab brings in for the year, at the time of the import


def _links(session: Session, years: list[int]) -> dict[tuple[int, str, str, str], Link]:
    """The posts of the years about to be replaced that take their realisatie from another tab."""
    rows = session.scalars(select(BudgetLine).where(col(BudgetLine.year).in_(years), col(BudgetLine.source) != ""))
    return {
        (row.year, row.kind, row.category.lower(), row.name.lower()): Link(
            row.source, linked_actual_cents(session, row.source, row.year)
        )
        for row in rows
    }


def _fund_links(
    session: Session, lines: list[ImportedLine], links: dict[tuple[int, str, str, str], Link]
) -> dict[tuple[int, str, str, str], Link]:
    """A year's payments to bewonersinitiatieven show on its fund post: a post of the file named like
    "Bewonersinitiatieven" takes the link when no post keeps it, also before the first payment (a payment made
    after the import is then shown too), so the payments are never left out (or typed)."""
    from buurtzaak_desktop.services.begroting.initiatives import budget_actual_cents as paid_in

    found = {}
    for year in sorted({line.year for line in lines}):
        paid = paid_in(session, year)
        if any(k[0] == year and link.source == INITIATIVES for k, link in links.items()):
            continue
        fund = next(
            (
                line
                for line in lines
                if line.year == year and line.kind == "lasten" and "bewonersinitiatie" in line.name.lower()
            ),
            None,
        )
        if fund is None and not paid:
            continue  # nothing paid yet: the fund post can be linked later
        if fund is None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "core",
                    "In {year} is al {amount} betaald aan bewonersinitiatieven, maar het bestand heeft geen "
                    "post daarvoor. Voeg een post 'Bewonersinitiatieven' toe (soort lasten); die toont de betalingen "
                    "als realisatie.",
                ),
                year=str(year),
                amount=format_cents(paid),
            )
        found[fund.key] = Link(INITIATIVES, paid)
    return found


def _booked_cents(line: ImportedLine, link: Link | None) -> int:
    """What is booked as "Realisatie uit import": the file's realisatie less what another tab already brings in."""
    if link is None:
        return line.actual_cents
    return line.actual_cents - link.linked_cents if line.actual_given else 0


def _link_notes(lines: list[ImportedLine], links: dict[tuple[int, str, str, str], Link]) -> list[str]:
    notes = []
    for line in lines:
        link = links.get(line.key)
        if link is not None:
            notes.append(
                f"{line.year} {line.name}: blijft gekoppeld, {format_cents(link.linked_cents)} komt uit "
                f"{SOURCE_LABELS.get(link.source, link.source)}, {format_cents(_booked_cents(line, link))} "
                "geboekt uit het bestand"
            )
    return notes


def _write(session: Session, lines: list[ImportedLine], links: dict[tuple[int, str, str, str], Link]) -> None:
    today = now_local().date()
    for position, line in enumerate(lines, start=1):
        link = links.get(line.key)
        row = BudgetLine(
            year=line.year,
            kind=line.kind,
            category=line.category,
            name=line.name,
            budget_cents=line.budget_cents,
            position=position,
            source=link.source if link else "",
        )
        session.add(row)
        booked = _booked_cents(line, link)
        if booked:
            session.flush()
            assert row.id is not None
            session.add(
                BudgetActual(
                    line_id=row.id,
                    day=_booking_day(line.year, today),
                    description="Realisatie uit import",
                    amount_cents=booked,
                )
            )


def _booking_day(year: int, today: date) -> date:
    """The imported realisatie is booked today in the current year, at the year's end or start otherwise."""
    if year == today.year:
        return today
    return date(year, 12, 31) if year < today.year else date(year, 1, 1)
