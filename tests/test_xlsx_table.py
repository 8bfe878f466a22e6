"""reports/xlsx_table.py: a table written as xlsx without openpyxl, read back with openpyxl as Excel would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from buurtzaak_desktop.reports.xlsx_table import DATE_FORMAT, EURO_FORMAT, column_letter, write_table

HEADER = ["Datum", "Naam", "Aantal", "Bedrag", "Leeg"]
ROWS: list[list[object]] = [
    [date(2026, 12, 3), "=SUM(A1:A9)", 12, 15.5, None],
    [date(1999, 1, 1), "  Ilse & <Jan> 'de' \"Boer\"  ", 0, -0.25, ""],
    [date(2026, 2, 28), "bel\x07 mij\x1f", True, 0.0, "+31 20 123"],
]


def test_values_read_back_as_written_and_text_stays_text(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    write_table(out, "Blad 'x'", HEADER, ROWS, {0: DATE_FORMAT, 3: EURO_FORMAT})
    sheet = load_workbook(out).active
    assert sheet.title == "Blad 'x'"
    assert [cell.value for cell in sheet[1]] == HEADER
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2, max_col=5)]
    assert [row[0].date() for row in values] == [date(2026, 12, 3), date(1999, 1, 1), date(2026, 2, 28)]
    assert [row[1] for row in values] == ["=SUM(A1:A9)", "  Ilse & <Jan> 'de' \"Boer\"  ", "bel mij"]
    assert sheet["B2"].data_type == "s"  # a name that starts with '=' is never run as a formula
    assert [row[2:] for row in values] == [[12, 15.5, None], [0, -0.25, None], [True, 0, "+31 20 123"]]
    assert sheet["A2"].number_format == DATE_FORMAT and sheet["D3"].number_format == EURO_FORMAT
    assert sheet["C2"].number_format == "General"


def test_header_layout_and_printing(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    write_table(out, "Boekingen", HEADER, ROWS, landscape=True)
    sheet = load_workbook(out).active
    assert sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb == "00DDDDDD" and not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2" and sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCE"}
    assert widths == {"A": 12, "B": len(ROWS[1][1]) + 2, "C": 8, "E": 12}  # as reports/xlsx.fit_columns fits them


def test_csv_for_a_csv_name(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    write_table(out, "Boekingen", HEADER, ROWS, {0: DATE_FORMAT, 3: EURO_FORMAT})
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Datum;Naam;Aantal;Bedrag;Leeg"
    assert lines[1] == "03-12-2026;'=SUM(A1:A9);12;15,50;"
    assert lines[3] == "28-02-2026;bel\x07 mij\x1f;ja;0,00;'+31 20 123"


def test_column_letters() -> None:
    assert [column_letter(n) for n in (1, 12, 26, 27, 52, 703)] == ["A", "L", "Z", "AA", "AZ", "AAA"]
