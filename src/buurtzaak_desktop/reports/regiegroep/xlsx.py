"""The month pack's figures as an xlsx: one sheet, section by section, numbers as numbers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from buurtzaak_desktop.reports.regiegroep.model import Money, MonthPack, Value
from buurtzaak_desktop.reports.xlsx import fit_columns, print_setup, save_workbook, set_euros, set_text, set_value


def _put(sheet, row: int, column: int, value: Value) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, Money):
        set_euros(cell, value.cents)
    elif isinstance(value, Decimal):
        cell.value = float(value)  # one decimal: exact enough to show
        cell.number_format = "0.0"
    elif value is not None:
        set_value(cell, value)


def write_month_pack_xlsx(pack: MonthPack, path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Regiegroep"
    set_text(sheet.cell(row=1, column=1), f"{pack.centre_name} · regiegroep {pack.month_title}")
    sheet.cell(row=1, column=1).font = Font(bold=True, size=13)
    row = 3
    for section in pack.sections:
        set_text(sheet.cell(row=row, column=1), section.title)
        sheet.cell(row=row, column=1).font = Font(bold=True, size=12)
        row += 1
        if section.note:
            set_text(sheet.cell(row=row, column=1), section.note)
            row += 1
        for label, value in section.figures:
            set_text(sheet.cell(row=row, column=1), label)
            _put(sheet, row, 2, value)
            row += 1
        for table in section.tables:
            set_text(sheet.cell(row=row, column=1), table.title)
            sheet.cell(row=row, column=1).font = Font(italic=True)
            row += 1
            for column, title in enumerate(table.columns, start=1):
                set_text(sheet.cell(row=row, column=column), title)
                sheet.cell(row=row, column=column).font = Font(bold=True)
            row += 1
            for values in table.rows:
                for column, value in enumerate(values, start=1):
                    _put(sheet, row, column, value)
                row += 1
        row += 1
    fit_columns(sheet)
    print_setup(sheet)
    sheet.print_title_rows = None
    save_workbook(workbook, path)
