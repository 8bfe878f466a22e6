"""``buurtzaak import kas`` and ``buurtzaak export kas``: the petty cash's entries from and to a spreadsheet.

Import columns: datum, categorie (A–F for a receipt, ``aanvulling`` for a top-up), omschrijving, bedrag, bon (the
receipt number; required for a receipt). Amounts are read as the begroting import reads them (Dutch text, or the
number an xlsx cell holds). All or nothing: a file with any bad row, a row in a closed month, or rows that would
make the balance negative imports nothing and lists each as ``rij N, kolom 'X': reason``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlmodel import Session

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting.kas import RECEIPT, Movement, first_negative, kind_and_category
from buurtzaak_desktop.domain.dates import Month, month_end, parse_date
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.services.begroting import kas
from buurtzaak_desktop.services.begroting.importing import row_amount_cents
from buurtzaak_desktop.services.importing import ImportErrors, ImportReport, ImportRow, read_table

log = logging.getLogger(__name__)
COLUMNS = ("datum", "categorie", "omschrijving", "bedrag", "bon")
REQUIRED = ("datum", "categorie", "bedrag")


def read_kas_file(path: Path) -> list[tuple[int, kas.KasDraft]]:
    """(row number, draft) for every row; any bad row raises ImportFailed listing all of them."""
    table = read_table(path, required=REQUIRED, numeric=("bedrag",))
    if not table.rows:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "{file} heeft onder de kolomnamen geen enkele kasboeking."), file=str(path)
        )
    numbers = table.numbers
    errors = ImportErrors()
    drafts = []
    for row in table.rows:
        with errors.collect():
            drafts.append((row.number, _draft(row, numbers)))
    errors.raise_if_any(path)
    return drafts


def import_kas(database: Database, path: Path, dry_run: bool = False) -> ImportReport:
    drafts = read_kas_file(path)
    report = ImportReport(kind="kasboekingen", rows_checked=len(drafts), dry_run=dry_run)
    with database.transaction() as session:
        _refuse_closed_and_negative(session, path, drafts)
        if dry_run:
            session.rollback()
            return report
        kas.insert_entries(session, [draft for _, draft in drafts])
    report.created = len(drafts)
    report.details = _limit_warnings(database, {draft.day.year for _, draft in drafts})
    log.info("kas imported: %s entries", len(drafts))
    return report


def _draft(row: ImportRow, numbers: dict[tuple[int, str], float | int]) -> kas.KasDraft:
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
    cents = row_amount_cents(row, "bedrag", numbers)
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


def _refuse_closed_and_negative(session: Session, path: Path, drafts: list[tuple[int, kas.KasDraft]]) -> None:
    errors = ImportErrors()
    last = kas.last_closed_month(session)
    for number, draft in drafts:
        if last is not None and draft.day < month_end(last):
            errors.add(
                InputError(
                    QT_TRANSLATE_NOOP("core", "de kas is afgesloten tot en met {month}; boek dit in een open maand."),
                    row=number,
                    field="datum",
                    month=Month(last),
                )
            )
    movements = kas.movements(session) + [Movement(d.day, d.kind, d.amount_cents) for _, d in drafts]
    negative = first_negative(movements)
    if negative is not None and not errors.errors:
        day, balance = negative
        rows = [number for number, draft in drafts if draft.day <= day]
        errors.add(
            InputError(
                QT_TRANSLATE_NOOP("core", "het kassaldo wordt negatief: {amount} op {day}."),
                row=rows[-1] if rows else drafts[0][0],
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
