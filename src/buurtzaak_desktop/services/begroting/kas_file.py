"""``buurtzaak import kas`` and ``buurtzaak export kas``: the petty cash's entries from and to a spreadsheet.

Import columns: datum, categorie (A–F for a receipt, ``aanvulling`` for a top-up), omschrijving, bedrag, bon (the
receipt number; required for a receipt). Amounts are read as the begroting import reads them (Dutch text, or the
number an xlsx cell holds). All or nothing: a file with any bad row, a row in a closed month, or rows that would
make the balance negative imports nothing and lists each as ``rij N, kolom 'X': reason``.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import NamedTuple

from sqlmodel import Session

from buurtzaak_desktop.db.bulk import WRITE_CHUNK, insert_rows
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.begroting import KasEntry
from buurtzaak_desktop.domain.begroting.kas import RECEIPT, Movement, first_negative, kind_and_category
from buurtzaak_desktop.domain.dates import Month, month_end, parse_date
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.services.begroting import kas
from buurtzaak_desktop.services.begroting.importing import row_amount_cents
from buurtzaak_desktop.services.importing import ImportErrors, ImportReport, ImportRow, TableStream

log = logging.getLogger(__name__)
COLUMNS = ("datum", "categorie", "omschrijving", "bedrag", "bon")
REQUIRED = ("datum", "categorie", "bedrag")


def import_kas(database: Database, path: Path, dry_run: bool = False) -> ImportReport:
    """One pass that never holds the file whole: every row is checked (of a good row only what the month and
    balance checks need is kept, as a tuple), and while no row has failed the rows are written a chunk at a time.
    A bad row stops the writing; the refusal rolls the whole transaction back, so nothing is imported."""
    table = TableStream(path, required=REQUIRED, numeric=("bedrag",))
    errors = ImportErrors()
    checked: list[_Checked] = []
    with database.transaction() as session:
        before = kas.movements(session)  # read before this import writes any
        pending: list[kas.KasDraft] = []
        for row in table:
            with errors.collect():
                draft = _draft(row)
                checked.append(_Checked(row.number, draft.day, draft.kind, draft.amount_cents))
                if not (errors.errors or dry_run):
                    pending.append(draft)
            if len(pending) >= WRITE_CHUNK:
                insert_rows(session, KasEntry, [dict(draft.__dict__) for draft in pending])
                pending = []
        _refuse_empty(path, table)
        errors.raise_if_any(path)  # rolls back what was written
        _refuse_closed_and_negative(session, path, checked, before)
        report = ImportReport(kind="kasboekingen", rows_checked=len(checked), dry_run=dry_run)
        if dry_run:
            session.rollback()
            return report
        insert_rows(session, KasEntry, [dict(draft.__dict__) for draft in pending])
        kas.refuse_locked(session, min(entry.day for entry in checked))
        kas.refuse_negative(session)
    report.created = len(checked)
    report.details = _limit_warnings(database, {entry.day.year for entry in checked})
    log.info("kas imported: %s entries", len(checked))
    return report


def _refuse_empty(path: Path, table: TableStream) -> None:
    if not table.count:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "{file} heeft onder de kolomnamen geen enkele kasboeking."), file=str(path)
        )


class _Checked(NamedTuple):
    """What the checks across rows need of a row: a tuple, not a draft, for 200,000 of them."""

    number: int
    day: date
    kind: str
    amount_cents: int


def _draft(row: ImportRow) -> kas.KasDraft:
    def field_error(column: str, error: InputError) -> InputError:
        return InputError(error.template, row=row.number, field=column, **error.params)

    try:
        day = parse_date(row.get("datum"))
    except InputError as error:
        raise field_error("datum", error) from error
    try:
        kind, category = kind_and_category(row.get("categorie"))
    except InputError as error:
        raise field_error("categorie", error) from error
    cents = row_amount_cents(row, "bedrag")
    if cents == 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul een bedrag in (niet nul)."), row=row.number, field="bedrag")
    receipt = row.get("bon")
    if kind == RECEIPT and not receipt.strip():
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Vul het nummer van de bon in: elke uitgave heeft een bon."),
            row=row.number,
            field="bon",
        )
    draft = kas.KasDraft(day, kind, cents, category, row.get("omschrijving"), receipt)
    try:
        return kas.check_draft(draft)
    except InputError as error:
        raise field_error("omschrijving", error) from error


def _refuse_closed_and_negative(session: Session, path: Path, checked: list[_Checked], before: list[Movement]) -> None:
    """A row in a closed month, or rows that make the balance negative (with the entries ``before`` the import)."""
    errors = ImportErrors()
    last = kas.last_closed_month(session)
    for entry in checked:
        if last is not None and entry.day < month_end(last):
            errors.add(
                InputError(
                    QT_TRANSLATE_NOOP("core", "de kas is afgesloten tot en met {month}; boek dit in een open maand."),
                    row=entry.number,
                    field="datum",
                    month=Month(last),
                )
            )
    movements = before + [Movement(e.day, e.kind, e.amount_cents) for e in checked]
    negative = first_negative(movements)
    if negative is not None and not errors.errors:
        day, balance = negative
        rows = [entry.number for entry in checked if entry.day <= day]
        errors.add(
            InputError(
                QT_TRANSLATE_NOOP("core", "het kassaldo wordt negatief: {amount} op {day}."),
                row=rows[-1] if rows else checked[0].number,
                field="bedrag",
                amount=format_cents(balance),
                day=day.strftime("%d-%m-%Y"),
            )
        )
    errors.raise_if_any(path)


def _limit_warnings(database: Database, years: set[int]) -> list[str]:
    return [warning for year in sorted(years) for warning in kas.kas_year(database, year).warnings]


def export_kas(database: Database, year: int, out: Path) -> kas.KasYear:
    """Writes the year's entries, month and category totals and the balance to ``out``; returns the figures."""
    from buurtzaak_desktop.reports.begroting.kas_workbook import write_kas_workbook
    from buurtzaak_desktop.services.settings import SettingsService

    data = kas.kas_year(database, year)
    write_kas_workbook(data, str(SettingsService(database).get("centre_name")), out)
    return data
