"""``buurtzaak export activiteiten``: the year's attendance figures per activity and month, as xlsx."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from openpyxl import Workbook

from buurtzaak_desktop.domain.activiteiten.figures import MonthFigures, PeriodFigures
from buurtzaak_desktop.domain.dates import format_month
from buurtzaak_desktop.reports.xlsx import fit_columns, print_setup, save_workbook, set_value, write_header

HEADERS = (
    "Activiteit",
    "Maand",
    "Bijeenkomsten gehouden",
    "Niet doorgegaan",
    "Bezoeken",
    "Unieke deelnemers",
    "Nieuwe deelnemers",
    "Anoniem",
    "Gemiddeld aanwezig",
    "Verwacht",
    "Gemiddeld / verwacht",
)


def write_figures(path: Path, year: int, months: Sequence[MonthFigures], total: PeriodFigures) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f"Cijfers {year}"
    write_header(sheet, HEADERS)
    for number, f in enumerate(months, start=2):
        values = (
            f.activity,
            format_month(f.month),
            f.sessions_held,
            f.sessions_cancelled,
            f.visits,
            f.unique_participants,
            f.new_participants,
            f.anonymous_visits,
        )
        for column, value in enumerate(values, start=1):
            set_value(sheet.cell(row=number, column=column), value)
        # formulas, so that a coordinator who corrects a figure sees the averages follow
        sheet.cell(row=number, column=9).value = f"=IF(C{number}=0,0,E{number}/C{number})"
        sheet.cell(row=number, column=9).number_format = "0.0"
        sheet.cell(row=number, column=10).value = f.expected
        sheet.cell(row=number, column=11).value = f'=IF(OR(J{number}=0,C{number}=0),"",I{number}/J{number})'
        sheet.cell(row=number, column=11).number_format = "0%"
    fit_columns(sheet)
    print_setup(sheet, landscape=True)
    summary = workbook.create_sheet("Totaal")
    write_header(summary, ("Periode", "Bijeenkomsten gehouden", "Bezoeken", "Unieke deelnemers (alle activiteiten)"))
    for column, value in enumerate(
        (
            f"{total.first:%d-%m-%Y} t/m {total.end - timedelta(days=1):%d-%m-%Y}",
            total.sessions_held,
            total.visits,
            total.unique_participants,
        ),
        start=1,
    ):
        set_value(summary.cell(row=2, column=column), value)
    fit_columns(summary)
    save_workbook(workbook, path)
