"""The petty cash (kleine kas) of a year in Excel: every entry with the balance after it, and per month the top-ups,
the spending per category A–F, the balance and who signed the month off. Amounts are numbers in euro format."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from buurtzaak_desktop.domain.begroting.kas import CATEGORIES, TOPUP, KasYear
from buurtzaak_desktop.domain.dates import MONTH_NAMES
from buurtzaak_desktop.reports.xlsx import (
    fit_columns,
    print_setup,
    save_workbook,
    set_date,
    set_euros,
    set_text,
    write_header,
)

HEADER_ROW = 4
BOLD = Font(bold=True)
ENTRIES_SHEET = "Kasboek"
MONTHS_SHEET = "Per maand"
ENTRY_HEADER = ("Datum", "Soort", "Categorie", "Omschrijving", "Bon", "Aanvulling", "Uitgave", "Saldo")


def write_kas_workbook(data: KasYear, centre_name: str, out: Path) -> None:
    workbook = Workbook()
    entries = workbook.active
    assert entries is not None
    entries.title = ENTRIES_SHEET
    _titles(entries, f"Kleine kas {data.year}", centre_name)
    write_header(entries, ENTRY_HEADER, row=HEADER_ROW)
    row = HEADER_ROW + 1
    set_text(entries.cell(row=row, column=4), "Beginsaldo")
    set_euros(entries.cell(row=row, column=8), data.opening_cents)
    for entry in data.entries:
        row += 1
        set_date(entries.cell(row=row, column=1), entry.day)
        set_text(entries.cell(row=row, column=2), entry.kind)
        set_text(entries.cell(row=row, column=3), entry.category)
        set_text(entries.cell(row=row, column=4), entry.description)
        set_text(entries.cell(row=row, column=5), entry.receipt)
        set_euros(entries.cell(row=row, column=6 if entry.kind == TOPUP else 7), entry.amount_cents)
        set_euros(entries.cell(row=row, column=8), entry.balance_after_cents)
    row += 1
    set_text(entries.cell(row=row, column=4), "Saldo")
    set_euros(entries.cell(row=row, column=8), data.balance_cents)
    for cell in entries[row]:
        cell.font = BOLD
    fit_columns(entries, maximum=45)
    print_setup(entries, landscape=True)

    months = workbook.create_sheet(MONTHS_SHEET)
    _titles(months, f"Kleine kas {data.year} per maand en categorie", centre_name)
    header = ["Maand", "Aanvulling"] + [f"{letter} {label}" for letter, label in CATEGORIES.items()]
    header += ["Uitgaven", "Saldo einde maand", "Afgetekend door", "Afgetekend op"]
    write_header(months, header, row=HEADER_ROW)
    row = HEADER_ROW
    for month in data.months:
        row += 1
        set_text(months.cell(row=row, column=1), MONTH_NAMES[month.month.month - 1])
        set_euros(months.cell(row=row, column=2), month.topup_cents)
        for offset, letter in enumerate(CATEGORIES, start=3):
            set_euros(months.cell(row=row, column=offset), month.spent_per_category.get(letter, 0))
        column = 3 + len(CATEGORIES)
        set_euros(months.cell(row=row, column=column), month.spent_cents)
        set_euros(months.cell(row=row, column=column + 1), month.balance_end_cents)
        set_text(months.cell(row=row, column=column + 2), month.signed_by)
        if month.signed_on:
            set_date(months.cell(row=row, column=column + 3), month.signed_on)
    row += 1
    set_text(months.cell(row=row, column=1), "Totaal")
    set_euros(months.cell(row=row, column=2), sum(m.topup_cents for m in data.months))
    for offset, letter in enumerate(CATEGORIES, start=3):
        set_euros(months.cell(row=row, column=offset), sum(m.spent_per_category.get(letter, 0) for m in data.months))
    column = 3 + len(CATEGORIES)
    set_euros(months.cell(row=row, column=column), sum(m.spent_cents for m in data.months))
    set_euros(months.cell(row=row, column=column + 1), data.balance_cents)
    for cell in months[row]:
        cell.font = BOLD
    fit_columns(months, maximum=30)
    print_setup(months, landscape=True)
    save_workbook(workbook, out)


def _titles(sheet: Worksheet, title: str, subtitle: str) -> None:
    set_text(sheet.cell(row=1, column=1), title)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    set_text(sheet.cell(row=2, column=1), subtitle)
