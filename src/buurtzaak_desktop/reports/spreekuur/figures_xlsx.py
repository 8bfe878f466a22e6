"""The year's spreekuur figures as an xlsx file: counts only, no names; counts of 1-4 shown as "<5". When the
Telefooncirkel held rounds that year, a sheet of its figures, a row per month."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from buurtzaak_desktop.domain.dates import format_month
from buurtzaak_desktop.domain.spreekuur.figures import Figures
from buurtzaak_desktop.domain.spreekuur.flows import REFERRAL_LABELS
from buurtzaak_desktop.domain.spreekuur.text import anonymous_count
from buurtzaak_desktop.domain.telefooncirkel import FINDINGS, OPEN, MonthFigures
from buurtzaak_desktop.reports.xlsx import save_workbook, table_sheet


def write_figures(figures: Figures, out: Path, circle_months: Sequence[MonthFigures] = ()) -> None:
    workbook = Workbook()
    period = f"{figures.start:%d-%m-%Y} t/m {figures.end:%d-%m-%Y}"
    summary: list[list[object]] = [
        ["Periode", period],
        ["Bezoeken", anonymous_count(figures.visits)],
        ["Unieke bewoners", anonymous_count(figures.unique_residents)],
        ["Nieuwe bewoners", anonymous_count(figures.new_residents)],
        ["Anonieme bezoeken", anonymous_count(figures.anonymous_visits)],
        ["Nieuwe anonieme bezoekers", anonymous_count(figures.new_anonymous)],
        ["Tijd (uren)", round(figures.minutes / 60, 1)],
        ["Trajecten gestart", anonymous_count(figures.trajecten_opened)],
        ["Trajecten afgesloten", anonymous_count(figures.trajecten_closed)],
        ["Afspraken gepland", anonymous_count(figures.appointments_planned)],
        ["Afspraken gehouden", anonymous_count(figures.appointments_held)],
        ["Afspraken niet verschenen", anonymous_count(figures.appointments_not_shown)],
        ["Toegeleid naar een activiteit", anonymous_count(figures.to_activity)],
        ["Toegeleid naar vrijwilligerswerk", anonymous_count(figures.to_volunteering)],
    ]
    table_sheet(workbook, "Overzicht", ["Cijfer", "Aantal"], summary, first=True)
    table_sheet(
        workbook, "Per thema", ["Thema", "Bezoeken"], [[k, anonymous_count(v)] for k, v in figures.per_theme.items()]
    )
    table_sheet(
        workbook, "Per maand", ["Maand", "Bezoeken"], [[k, anonymous_count(v)] for k, v in figures.per_month.items()]
    )
    table_sheet(
        workbook,
        "Afspraken per maand",
        ["Maand", "Gepland", "Gehouden", "Niet verschenen"],
        [[k, *(anonymous_count(n) for n in v)] for k, v in figures.appointments_per_month.items()],
    )
    partner_rows: list[list[object]] = [
        [partner, REFERRAL_LABELS.get(status, status), anonymous_count(n)]
        for (partner, status), n in figures.per_partner.items()
    ]
    table_sheet(workbook, "Doorverwijzingen", ["Organisatie", "Stand", "Aantal"], partner_rows)
    if any(month.rounds for month in circle_months):
        _circletable_sheet(workbook, circle_months)
    save_workbook(workbook, out)


def _circletable_sheet(workbook: Workbook, months: Sequence[MonthFigures]) -> None:
    """Telefooncirkel per month: rounds held and, as stalls are about a few elderly people, stalls as "<5"."""
    endings = [*FINDINGS, "open"]
    rows: list[list[object]] = [
        [
            format_month(m.month),
            m.rounds,
            m.completed,
            anonymous_count(m.stalled),
            *(anonymous_count(m.endings.get(code, 0)) for code in endings),
        ]
        for m in months
    ]
    header = ["Maand", "Belrondes", "Rond gekomen", "Gestokt", *(FINDINGS.get(code, OPEN) for code in endings)]
    table_sheet(workbook, "Telefooncirkel", header, rows)
