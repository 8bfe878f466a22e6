"""``buurtzaak export vrijwilligers``: the list, and the hours per month with totals and their value."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from buurtzaak_desktop.domain.dates import MONTH_NAMES
from buurtzaak_desktop.domain.vrijwilligers.availability import format_availability
from buurtzaak_desktop.domain.vrijwilligers.people import VolunteerRow
from buurtzaak_desktop.reports.xlsx import (
    DATE_FORMAT,
    EURO_FORMAT,
    fit_columns,
    print_setup,
    save_workbook,
    set_text,
    write_header,
)

HOURS_FORMAT = "0.00"


def write_volunteers_xlsx(
    path: Path,
    year: int,
    rows: list[VolunteerRow],
    certificates: dict[int, dict[str, date | None]],
    minutes: dict[int, dict[int, int]],
    rate: int,
) -> int:
    """Write the workbook (read by services/vrijwilligers/printing.py); returns the number of volunteers listed."""
    workbook = Workbook()
    _list_sheet(workbook.active, rows, certificates)
    _hours_sheet(workbook.create_sheet(f"Uren {year}"), rows, minutes, rate)
    save_workbook(workbook, path)
    return len(rows)


def _list_sheet(sheet: Worksheet, rows: list[VolunteerRow], certificates: dict[int, dict[str, date | None]]) -> None:
    sheet.title = "Vrijwilligers"
    titles = ["naam", "e-mail", "telefoon", "medewerker", "functie", "trede", "rollen", "beschikbaar", "talen"]
    titles += ["status", "sinds", "vog geldig tot", "bhv geldig tot"]
    write_header(sheet, titles)
    for number, row in enumerate(rows, start=2):
        values = [row.name, row.email, row.phone, "ja" if row.is_staff else "nee", row.staff_function]
        values += [row.ladder_step, ", ".join(row.roles), format_availability(row.availability)]
        values += [", ".join(row.languages), row.status]
        for column, value in enumerate(values, start=1):
            set_text(sheet.cell(row=number, column=column), value)
        held = certificates.get(row.id, {})
        for column, day in ((11, row.status_date), (12, held.get("VOG")), (13, held.get("BHV"))):
            if day is not None:
                cell = sheet.cell(row=number, column=column, value=day)
                cell.number_format = DATE_FORMAT
    fit_columns(sheet)
    print_setup(sheet, landscape=True)


def _hours_sheet(sheet: Worksheet, rows: list[VolunteerRow], minutes: dict[int, dict[int, int]], rate: int) -> None:
    """Hours as decimal numbers with SUM formulas, so that the totals stay live when someone corrects a cell."""
    write_header(sheet, ["naam", *MONTH_NAMES, "totaal"])
    listed = [row for row in rows if row.id in minutes]
    last = len(listed) + 1
    for number, row in enumerate(listed, start=2):
        set_text(sheet.cell(row=number, column=1), row.name)
        for month in range(1, 13):
            cell = sheet.cell(row=number, column=month + 1, value=round(minutes[row.id].get(month, 0) / 60, 2))
            cell.number_format = HOURS_FORMAT
        total = sheet.cell(row=number, column=14, value=f"=SUM(B{number}:M{number})")
        total.number_format = HOURS_FORMAT
    totals = last + 1
    set_text(sheet.cell(row=totals, column=1), "totaal")
    for column in range(2, 15):
        letter = get_column_letter(column)
        cell = sheet.cell(row=totals, column=column, value=f"=SUM({letter}2:{letter}{last})")
        cell.number_format = HOURS_FORMAT
        cell.font = Font(bold=True)
    set_text(sheet.cell(row=totals + 2, column=1), "uurtarief")
    sheet.cell(row=totals + 2, column=2, value=rate / 100).number_format = EURO_FORMAT
    set_text(sheet.cell(row=totals + 3, column=1), "waarde van de uren")
    value = sheet.cell(row=totals + 3, column=2, value=f"=ROUND(N{totals}*B{totals + 2},2)")
    value.number_format = EURO_FORMAT
    value.font = Font(bold=True)
    fit_columns(sheet)
    print_setup(sheet, landscape=True)


def year_of(requested: int | None, today: date) -> int:
    return requested or today.year
