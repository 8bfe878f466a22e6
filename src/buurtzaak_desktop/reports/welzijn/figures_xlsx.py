"""The year's Welzijn op Recept figures as an xlsx file: participants against the targets, per arrangement, per
verwijzer type and the outcomes at three months. Counts only, never a name or a note; counts of 1-4 as "<5"."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from buurtzaak_desktop.domain.spreekuur.text import SMALL_COUNT
from buurtzaak_desktop.domain.welzijn import ARRANGEMENTS, OUTCOMES, REFERRER_KINDS, STOP_REASONS, YearFigures
from buurtzaak_desktop.reports.xlsx import fit_columns, print_setup, save_workbook, set_value, write_header

NO_ARRANGEMENT = "Nog geen arrangement"
RUNNING = "Nog in begeleiding"


def small(count: int) -> int | str:
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


def summary_rows(figures: YearFigures) -> list[list[object]]:
    """Figure, count, target: the lines the tab, the month pack and this export share."""
    return [
        ["Deelnemers", small(figures.participants), figures.target_participants],
        ["Neemt structureel deel of werd vrijwilliger", small(figures.structural), figures.target_structural],
        ["Werd vrijwilliger", small(figures.volunteers), ""],
        ["Gestopt", small(figures.stopped), ""],
        [RUNNING, small(figures.running), ""],
    ]


def write_figures(figures: YearFigures, out: Path) -> None:
    workbook = Workbook()
    _sheet(
        workbook, "Overzicht", ["Welzijn op Recept " + str(figures.year), "Aantal", "Doel"], summary_rows(figures), True
    )
    arrangements: list[list[object]] = [
        [label, small(figures.per_arrangement.get(code, 0))] for code, label in ARRANGEMENTS.items()
    ]
    arrangements.append([NO_ARRANGEMENT, small(figures.per_arrangement.get("", 0))])
    _sheet(workbook, "Per arrangement", ["Arrangement", "Deelnemers"], arrangements)
    kinds: list[list[object]] = [
        [label, small(figures.per_referrer_kind.get(code, 0))] for code, label in REFERRER_KINDS.items()
    ]
    _sheet(workbook, "Per verwijzer", ["Soort verwijzer", "Deelnemers"], kinds)
    outcomes: list[list[object]] = [
        [label, small(figures.per_outcome.get(code, 0))] for code, label in OUTCOMES.items()
    ]
    outcomes.append([RUNNING, small(figures.per_outcome.get("", 0))])
    outcomes += [
        [f"Gestopt: {label}", small(figures.stop_reasons.get(code, 0))] for code, label in STOP_REASONS.items()
    ]
    _sheet(workbook, "Uitkomsten", ["Uitkomst na drie maanden", "Deelnemers"], outcomes)
    save_workbook(workbook, out)
