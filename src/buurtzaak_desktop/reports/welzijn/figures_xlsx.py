"""The year's Welzijn op Recept figures as an xlsx file: participants against the targets, per arrangement, per
verwijzer type and the outcomes at three months. Counts only, never a name or a note; counts of 1-4 as "<5"."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from buurtzaak_desktop.domain.spreekuur.text import anonymous_count
from buurtzaak_desktop.domain.welzijn import ARRANGEMENTS, OUTCOMES, REFERRER_KINDS, STOP_REASONS, YearFigures
from buurtzaak_desktop.reports.xlsx import save_workbook, table_sheet

NO_ARRANGEMENT = "Nog geen arrangement"
RUNNING = "Nog in begeleiding"


def summary_rows(figures: YearFigures) -> list[list[object]]:
    """Figure, count, target: the lines the tab, the month pack and this export share."""
    return [
        ["Deelnemers", anonymous_count(figures.participants), figures.target_participants],
        ["Neemt structureel deel of werd vrijwilliger", anonymous_count(figures.structural), figures.target_structural],
        ["Werd vrijwilliger", anonymous_count(figures.volunteers), ""],
        ["Gestopt", anonymous_count(figures.stopped), ""],
        [RUNNING, anonymous_count(figures.running), ""],
    ]


def write_figures(figures: YearFigures, out: Path) -> None:
    workbook = Workbook()
    table_sheet(
        workbook, "Overzicht", ["Welzijn op Recept " + str(figures.year), "Aantal", "Doel"], summary_rows(figures), True
    )
    arrangements: list[list[object]] = [
        [label, anonymous_count(figures.per_arrangement.get(code, 0))] for code, label in ARRANGEMENTS.items()
    ]
    arrangements.append([NO_ARRANGEMENT, anonymous_count(figures.per_arrangement.get("", 0))])
    table_sheet(workbook, "Per arrangement", ["Arrangement", "Deelnemers"], arrangements)
    kinds: list[list[object]] = [
        [label, anonymous_count(figures.per_referrer_kind.get(code, 0))] for code, label in REFERRER_KINDS.items()
    ]
    table_sheet(workbook, "Per verwijzer", ["Soort verwijzer", "Deelnemers"], kinds)
    outcomes: list[list[object]] = [
        [label, anonymous_count(figures.per_outcome.get(code, 0))] for code, label in OUTCOMES.items()
    ]
    outcomes.append([RUNNING, anonymous_count(figures.per_outcome.get("", 0))])
    outcomes += [
        [f"Gestopt: {label}", anonymous_count(figures.stop_reasons.get(code, 0))]
        for code, label in STOP_REASONS.items()
    ]
    table_sheet(workbook, "Uitkomsten", ["Uitkomst na drie maanden", "Deelnemers"], outcomes)
    save_workbook(workbook, out)
