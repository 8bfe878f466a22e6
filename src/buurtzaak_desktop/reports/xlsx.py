"""Shared pieces for xlsx exports that open in Excel and LibreOffice Calc."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.reports.xlsx_table import (
    DATE_FORMAT,
    EURO_FORMAT,
    csv_value,
    write_csv,
)

HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")


def set_text(cell: Cell, value: str) -> None:
    """A text cell that is never read as a formula, whatever it starts with (formula injection)."""
    cell.value = value
    cell.data_type = "s"


def set_value(cell: Cell, value: Any) -> None:
    if isinstance(value, str):
        set_text(cell, value)
    else:
        cell.value = value


def set_euros(cell: Cell, cents: int) -> None:
    """Cents as a number of euros in euro format (a float with two decimals is exact enough to display)."""
    cell.value = cents / 100
    cell.number_format = EURO_FORMAT


def write_header(sheet: Worksheet, titles: Sequence[str], row: int = 1) -> None:
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row=row, column=column)
        set_text(cell, title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)


def fit_columns(sheet: Worksheet, minimum: int = 8, maximum: int = 60) -> None:
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                length = len(str(cell.value)) if not str(cell.value).startswith("=") else 12
                widths[cell.column] = max(widths.get(cell.column, 0), length)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = max(minimum, min(maximum, width + 2))


def print_setup(sheet: Worksheet, landscape: bool = False) -> None:
    """A4, fit to one page wide, header row repeated."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


PERCENT_FORMAT = "0.0%"


def set_formula(cell: Cell, formula: str, number_format: str | None = EURO_FORMAT) -> None:
    """A live formula (English function names, as xlsx stores them: SUM, IF), by default in euro format."""
    if not formula.startswith("="):
        raise ValueError("a formula starts with '='")
    cell.value = formula
    if number_format:
        cell.number_format = number_format


def set_date(cell: Cell, value: Any) -> None:
    cell.value = value
    cell.number_format = DATE_FORMAT


def save_workbook(workbook: Workbook, out: Path) -> None:
    """Save ``workbook`` as ``out``: an xlsx, or for a name ending in .csv a real CSV file (never an xlsx under a
    .csv name). A CSV holds one sheet of values, so a workbook with more sheets or with formulas is refused."""
    if out.suffix.lower() != ".csv":
        workbook.save(out)
        return
    sheets = workbook.worksheets
    if len(sheets) > 1:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "core",
                "Deze export heeft {count} bladen ({names}); een CSV-bestand kan er maar één bevatten. "
                "Kies een bestand dat eindigt op .xlsx.",
            ),
            count=len(sheets),
            names=", ".join(sheet.title for sheet in sheets),
        )
    write_csv(out, [[_csv_text(cell) for cell in row] for row in sheets[0].iter_rows()])


def _csv_text(cell: Cell | MergedCell) -> str:
    """A cell as Dutch Excel reads it from a ';' CSV (xlsx_table.csv_value); a formula cannot be in a CSV."""
    if cell.data_type == "f":
        raise InputError(
            QT_TRANSLATE_NOOP(
                "core", "Deze export rekent met formules; die kunnen niet in een CSV-bestand. Kies .xlsx."
            )
        )
    return csv_value(cell.value, cell.number_format)


def table_sheet(
    workbook: Workbook, title: str, header: list[str], rows: list[list[object]], first: bool = False
) -> None:
    """A sheet of its own (the workbook's first with ``first``): a header row, the rows, fitted and ready to print."""
    sheet = workbook.active if first else workbook.create_sheet()
    assert sheet is not None
    sheet.title = title
    write_header(sheet, header)
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            set_value(sheet.cell(row=row_number, column=column), value)
    fit_columns(sheet)
    print_setup(sheet)
