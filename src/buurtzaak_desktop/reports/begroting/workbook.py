"""The Begroting workbook: a sheet per view, real numbers in euro format and live formulas for every
subtotal, total, difference and saldo, so that the coordinator can change a figure in Excel or LibreOffice
Calc and see the totals follow. Formulas use English function names, as xlsx stores them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from buurtzaak_desktop.domain.begroting.budget import EXPENSE, INCOME, CategoryFigures, year_progress
from buurtzaak_desktop.domain.begroting.initiatives import GRANTED, STATUS_LABELS
from buurtzaak_desktop.reports.begroting.model import BegrotingExport
from buurtzaak_desktop.reports.xlsx import (
    PERCENT_FORMAT,
    fit_columns,
    print_setup,
    save_workbook,
    set_date,
    set_euros,
    set_formula,
    set_text,
    write_header,
)

HEADER_ROW = 4
BOLD = Font(bold=True)
BUDGET_SHEET = "Begroting"
POPULAR_SHEET = "Populaire begroting"
INITIATIVES_SHEET = "Bewonersinitiatieven"
# Where the totals land, so that other sheets (and the tests) can refer to them.
Cells = dict[str, str]


def write_workbook(data: BegrotingExport, out: Path) -> Cells:
    workbook = Workbook()
    budget_sheet = workbook.active
    assert budget_sheet is not None
    budget_sheet.title = BUDGET_SHEET
    cells = write_budget_sheet(budget_sheet, data)
    cells.update(write_popular_sheet(workbook.create_sheet(POPULAR_SHEET), data, cells))
    cells.update(write_initiatives_sheet(workbook.create_sheet(INITIATIVES_SHEET), data))
    save_workbook(workbook, out)
    return cells


def _titles(sheet: Worksheet, title: str, subtitle: str) -> None:
    set_text(sheet.cell(row=1, column=1), title)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    set_text(sheet.cell(row=2, column=1), subtitle)


def _finish(sheet: Worksheet, landscape: bool = False) -> None:
    print_setup(sheet, landscape=landscape)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


# --- Begroting met realisatie ------------------------------------------------------------------------
BUDGET_HEADER = ("Soort", "Categorie", "Post", "Begroot", "Realisatie", "Verschil", "% besteed", "Verwacht jaareinde")


def write_budget_sheet(sheet: Worksheet, data: BegrotingExport) -> Cells:
    summary = data.summary
    write_header(sheet, BUDGET_HEADER, row=HEADER_ROW)
    row = HEADER_ROW + 1
    totals: dict[str, int] = {}
    for kind, label in ((INCOME, "Baten"), (EXPENSE, "Lasten")):
        row, totals[kind] = _kind_block(sheet, row, label, summary.of_kind(kind))
        row += 1
    saldo = row
    set_text(sheet.cell(row=saldo, column=1), "Saldo")
    set_text(sheet.cell(row=saldo, column=2), "baten − lasten")
    for column in "DE":
        set_formula(sheet[f"{column}{saldo}"], f"=ROUND({column}{totals[INCOME]}-{column}{totals[EXPENSE]},2)")
    set_formula(sheet[f"C{saldo}"], f'=IF(D{saldo}<0,"Tekort",IF(D{saldo}>0,"Overschot","Sluitend"))', None)
    _bold_row(sheet, saldo)
    fit_columns(sheet)
    sheet.column_dimensions["A"].width = 10
    # The days of the year gone by drive the pro-rata year-end: change them and the expectations follow. Whole days,
    # not a rounded fraction, so that the sheet's figure is the app's to the cent.
    _titles(sheet, f"Begroting {summary.year} met realisatie", data.centre_name)
    elapsed, days = year_progress(summary.year, summary.as_of)
    set_text(sheet["C2"], "Peildatum")
    set_date(sheet["D2"], summary.as_of)
    set_text(sheet["E2"], "Deel van het jaar")
    set_formula(sheet["F2"], "=IF(F3>0,D3/F3,0)", PERCENT_FORMAT)
    set_text(sheet["C3"], "Dagen verstreken")
    sheet["D3"].value = elapsed
    set_text(sheet["E3"], "Dagen in het jaar")
    sheet["F3"].value = days
    _finish(sheet, landscape=True)
    return {
        "income_budget": f"D{totals[INCOME]}",
        "income_actual": f"E{totals[INCOME]}",
        "expense_budget": f"D{totals[EXPENSE]}",
        "expense_actual": f"E{totals[EXPENSE]}",
        "saldo_budget": f"D{saldo}",
        "saldo_actual": f"E{saldo}",
    }


def _kind_block(sheet: Worksheet, row: int, label: str, categories: Sequence[CategoryFigures]) -> tuple[int, int]:
    """The lines and subtotals of baten or lasten; returns the next free row and the total's row."""
    subtotal_rows = []
    for category in categories:
        first = row
        for line in category.lines:
            set_text(sheet.cell(row=row, column=1), label.lower())
            set_text(sheet.cell(row=row, column=2), line.category)
            set_text(sheet.cell(row=row, column=3), line.name)
            set_euros(sheet.cell(row=row, column=4), line.budget_cents)
            set_euros(sheet.cell(row=row, column=5), line.actual_cents)
            _line_formulas(sheet, row)
            row += 1
        set_text(sheet.cell(row=row, column=2), f"Subtotaal {category.category}")
        for column in "DEH":
            set_formula(sheet[f"{column}{row}"], f"=SUM({column}{first}:{column}{row - 1})")
        _difference_formulas(sheet, row)
        _bold_row(sheet, row)
        subtotal_rows.append(row)
        row += 1
    total = row
    set_text(sheet.cell(row=total, column=1), f"Totaal {label.lower()}")
    for column in "DEH":
        parts = ",".join(f"{column}{r}" for r in subtotal_rows)
        set_formula(sheet[f"{column}{total}"], f"=SUM({parts})" if parts else "=0")
    _difference_formulas(sheet, total)
    _bold_row(sheet, total)
    return total + 1, total


def _line_formulas(sheet: Worksheet, row: int) -> None:
    _difference_formulas(sheet, row)
    # as the app's pro_rata: whole cents × days in the year ÷ days gone by, rounded half away from zero
    set_formula(sheet[f"H{row}"], f"=IF($D$3>0,ROUND(ROUND(E{row}*100,0)*$F$3/$D$3,0)/100,E{row})")


# The difference is not coloured: below zero is good news for lasten and bad news for baten.
DIFFERENCE_FORMAT = '"€" #,##0.00;"€" -#,##0.00'


def _difference_formulas(sheet: Worksheet, row: int) -> None:
    set_formula(sheet[f"F{row}"], f"=ROUND(E{row}-D{row},2)", DIFFERENCE_FORMAT)
    set_formula(sheet[f"G{row}"], f'=IF(D{row}=0,"",E{row}/D{row})', PERCENT_FORMAT)


def _bold_row(sheet: Worksheet, row: int) -> None:
    for cell in sheet[row]:
        cell.font = BOLD


# --- Populaire begroting -----------------------------------------------------------------------------
def write_popular_sheet(sheet: Worksheet, data: BegrotingExport, budget_cells: Cells) -> Cells:
    popular = data.popular
    write_header(sheet, ("Onderdeel", "Uren", "Uurtarief", "Waarde"), row=HEADER_ROW)
    row = HEADER_ROW + 1
    set_text(sheet.cell(row=row, column=1), "Baten in geld (begroot)")
    set_formula(sheet[f"D{row}"], f"='{BUDGET_SHEET}'!{budget_cells['income_budget']}")
    money = row + 1
    set_text(sheet.cell(row=money, column=1), "Lasten in geld (begroot)")
    set_formula(sheet[f"D{money}"], f"='{BUDGET_SHEET}'!{budget_cells['expense_budget']}")
    row = money + 1
    first_hours = row
    hours = [("Vrijwilligersuren", popular.volunteer_hours_centi, popular.hour_rate_cents)]
    hours += [(f"In natura: {item.description}", item.hours_centi, item.rate_cents) for item in popular.in_kind]
    for label, centi, rate in hours:
        set_text(sheet.cell(row=row, column=1), label)
        sheet.cell(row=row, column=2).value = centi / 100
        sheet.cell(row=row, column=2).number_format = "#,##0.00"
        set_euros(sheet.cell(row=row, column=3), rate)
        set_formula(sheet[f"D{row}"], f"=ROUND(B{row}*C{row},2)")
        row += 1
    value = row
    set_text(sheet.cell(row=value, column=1), "Waarde van de gegeven uren")
    set_formula(sheet[f"B{value}"], f"=SUM(B{first_hours}:B{value - 1})", "#,##0.00")
    set_formula(sheet[f"D{value}"], f"=SUM(D{first_hours}:D{value - 1})")
    total = value + 1
    set_text(sheet.cell(row=total, column=1), "Wat het centrum werkelijk kost (lasten + uren)")
    set_formula(sheet[f"D{total}"], f"=D{money}+D{value}")
    for r in (value, total):
        _bold_row(sheet, r)
    fit_columns(sheet)
    _titles(sheet, f"Populaire begroting {popular.year}", data.centre_name)
    _finish(sheet)
    return {"hours_value": f"'{POPULAR_SHEET}'!D{value}", "popular_total": f"'{POPULAR_SHEET}'!D{total}"}


# --- Bewonersinitiatieven ----------------------------------------------------------------------------
INITIATIVE_HEADER = (
    "Nr",
    "Ingediend",
    "Titel",
    "Aanvrager",
    "Groep",
    "Status",
    "Besluit regiegroep",
    "Gevraagd",
    "Cofinanciering",
    "Toegekend",
    "Betaald",
    "Nog te betalen",
)


def write_initiatives_sheet(sheet: Worksheet, data: BegrotingExport) -> Cells:
    write_header(sheet, INITIATIVE_HEADER, row=HEADER_ROW)
    granted_label = STATUS_LABELS[GRANTED]
    row = HEADER_ROW + 1
    for initiative in data.initiatives:
        sheet.cell(row=row, column=1).value = initiative.id
        set_date(sheet.cell(row=row, column=2), initiative.submitted_on)
        for number, text in ((3, initiative.title), (4, initiative.applicant), (5, initiative.group_name)):
            set_text(sheet.cell(row=row, column=number), text)
        set_text(sheet.cell(row=row, column=6), STATUS_LABELS[initiative.status])
        if initiative.decision_meeting:
            set_date(sheet.cell(row=row, column=7), initiative.decision_meeting)
        set_euros(sheet.cell(row=row, column=8), initiative.requested_cents)
        set_euros(sheet.cell(row=row, column=9), initiative.cofunding_cents)
        set_euros(sheet.cell(row=row, column=10), initiative.granted_cents or 0)
        set_euros(sheet.cell(row=row, column=11), initiative.paid_cents)
        # granted and not yet closed: the rest of the grant is still owed; afgerond or not granted: nothing
        set_formula(sheet[f"L{row}"], f'=IF(F{row}="{granted_label}",MAX(0,J{row}-K{row}),0)')
        row += 1
    last = row - 1
    totals = row
    set_text(sheet.cell(row=totals, column=3), "Totaal")
    for column in "HIJKL":
        set_formula(
            sheet[f"{column}{totals}"], f"=SUM({column}{HEADER_ROW + 1}:{column}{last})" if last > HEADER_ROW else "=0"
        )
    _bold_row(sheet, totals)
    fund = totals + 2
    labels = ("Fondsbudget", "Betaald", "Toegekend, nog niet betaald", "Nog beschikbaar")
    for offset, label in enumerate(labels):
        set_text(sheet.cell(row=fund + offset, column=3), label)
    set_euros(sheet.cell(row=fund, column=8), data.fund.budget_cents)
    set_formula(sheet[f"H{fund + 1}"], f"=K{totals}")
    set_formula(sheet[f"H{fund + 2}"], f"=L{totals}")
    set_formula(sheet[f"H{fund + 3}"], f"=ROUND(H{fund}-H{fund + 1}-H{fund + 2},2)")
    _bold_row(sheet, fund + 3)
    fit_columns(sheet, maximum=40)
    _titles(sheet, f"Bewonersinitiatieven {data.fund.year}", data.centre_name)
    _finish(sheet, landscape=True)
    return {
        "fund_paid": f"'{INITIATIVES_SHEET}'!H{fund + 1}",
        "fund_unpaid": f"'{INITIATIVES_SHEET}'!H{fund + 2}",
        "fund_available": f"'{INITIATIVES_SHEET}'!H{fund + 3}",
    }
