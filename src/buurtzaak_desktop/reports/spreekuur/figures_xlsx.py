"""The year's spreekuur figures as an xlsx file: counts only, no names; counts of 1-4 shown as "<5". When the
Telefooncirkel held rounds that year, a sheet of its figures, a row per month."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from buurtzaak_desktop.domain.dates import format_month
from buurtzaak_desktop.domain.spreekuur.figures import Figures
from buurtzaak_desktop.domain.spreekuur.flows import REFERRAL_LABELS
from buurtzaak_desktop.domain.spreekuur.text import SMALL_COUNT
from buurtzaak_desktop.domain.telefooncirkel import FINDINGS, OPEN, MonthFigures
from buurtzaak_desktop.reports.xlsx import fit_columns, print_setup, save_workbook, set_value, write_header


def _cell(count: int) -> int | str:
    """A number Excel can add up, or the text "<5" for a small group that could be recognised."""
    return "<5" if 0 < count < SMALL_COUNT else count


def _sheet(workbook: Workbook, title: str, header: list[str], rows: list[list[object]], first: bool = False) -> None:
    sheet = workbook.active if first else workbook.create_sheet()
    assert sheet is not None
    sheet.title = title
    write_header(sheet, header)
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            set_value(sheet.cell(row=row_number, column=column), value)
    fit_columns(sheet)
    print_setup(sheet)


def write_figures(figures: Figures, out: Path, circle_months: Sequence[MonthFigures] = ()) -> None:
    workbook = Workbook()
    period = f"{figures.start:%d-%m-%Y} t/m {figures.end:%d-%m-%Y}"
    summary: list[list[object]] = [
        ["Periode", period],
        ["Bezoeken", _cell(figures.visits)],
        ["Unieke bewoners", _cell(figures.unique_residents)],
        ["Nieuwe bewoners", _cell(figures.new_residents)],
        ["Anonieme bezoeken", _cell(figures.anonymous_visits)],
        ["Nieuwe anonieme bezoekers", _cell(figures.new_anonymous)],
        ["Tijd (uren)", round(figures.minutes / 60, 1)],
        ["Trajecten gestart", _cell(figures.trajecten_opened)],
        ["Trajecten afgesloten", _cell(figures.trajecten_closed)],
        ["Afspraken gepland", _cell(figures.appointments_planned)],
        ["Afspraken gehouden", _cell(figures.appointments_held)],
        ["Afspraken niet verschenen", _cell(figures.appointments_not_shown)],
    ]
    _sheet(workbook, "Overzicht", ["Cijfer", "Aantal"], summary, first=True)
    _sheet(workbook, "Per thema", ["Thema", "Bezoeken"], [[k, _cell(v)] for k, v in figures.per_theme.items()])
    _sheet(workbook, "Per maand", ["Maand", "Bezoeken"], [[k, _cell(v)] for k, v in figures.per_month.items()])
    _sheet(
        workbook,
        "Afspraken per maand",
        ["Maand", "Gepland", "Gehouden", "Niet verschenen"],
        [[k, *(_cell(n) for n in v)] for k, v in figures.appointments_per_month.items()],
    )
    partner_rows: list[list[object]] = [
        [partner, REFERRAL_LABELS.get(status, status), _cell(n)] for (partner, status), n in figures.per_partner.items()
    ]
    _sheet(workbook, "Doorverwijzingen", ["Organisatie", "Stand", "Aantal"], partner_rows)
    if any(month.rounds for month in circle_months):
        _circle_sheet(workbook, circle_months)
    save_workbook(workbook, out)


def _circle_sheet(workbook: Workbook, months: Sequence[MonthFigures]) -> None:
    """Telefooncirkel per month: rounds held and, as stalls are about a few elderly people, stalls as "<5"."""
    endings = [*FINDINGS, "open"]
    rows: list[list[object]] = [
        [
            format_month(m.month),
            m.rounds,
            m.completed,
            _cell(m.stalled),
            *(_cell(m.endings.get(code, 0)) for code in endings),
        ]
        for m in months
    ]
    header = ["Maand", "Belrondes", "Rond gekomen", "Gestokt", *(FINDINGS.get(code, OPEN) for code in endings)]
    _sheet(workbook, "Telefooncirkel", header, rows)
