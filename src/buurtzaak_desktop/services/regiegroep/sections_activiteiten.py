"""Month-pack section from the Activiteiten area: sessions, visits and participants, compared over time.

The figures come from the activities' own figures service, so the pack and the Activiteiten tab always agree.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlmodel import Session, col, func, select

from buurtzaak_desktop.db.models.activiteiten import ActivitySession
from buurtzaak_desktop.domain.dates import format_month, month_end, previous_month
from buurtzaak_desktop.services.activiteiten.figures import MonthFigures, monthly_figures, period_figures
from buurtzaak_desktop.services.activiteiten.programme import CANCELLED
from buurtzaak_desktop.services.regiegroep.pack import Section, Table, Value

TOP_ACTIVITIES = 5


def _month_totals(session: Session, first: date) -> list[int]:
    """Held, cancelled, visits and unique participants in one month (each person counts once)."""
    end = month_end(first)
    period = period_figures(session, first, end)
    cancelled = session.exec(
        select(func.count())
        .select_from(ActivitySession)
        .where(col(ActivitySession.day) >= first, col(ActivitySession.day) < end, ActivitySession.status == CANCELLED)
    ).one()
    return [period.sessions_held, int(cancelled), period.visits, period.unique_participants]


def _average(figures: MonthFigures) -> Decimal:
    """Visits per session held, to one decimal: a number in the xlsx, "2,3" in the PDF."""
    if not figures.sessions_held:
        return Decimal(0)
    return (Decimal(figures.visits) / figures.sessions_held).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _busiest(per_activity: list[MonthFigures]) -> list[list[Value]]:
    ranked = sorted(per_activity, key=lambda f: (-f.visits, f.activity.casefold()))[:TOP_ACTIVITIES]
    return [[f.activity, f.sessions_held, f.visits, f.unique_participants, _average(f)] for f in ranked if f.visits]


def activities(session: Session, month: date) -> Section:
    months = [month, previous_month(month), date(month.year - 1, month.month, 1)]
    totals = [_month_totals(session, first) for first in months]
    labels = ["Bijeenkomsten gehouden", "Bijeenkomsten vervallen", "Bezoeken", "Unieke deelnemers"]
    comparison: list[list[Value]] = [[label, *(column[row] for column in totals)] for row, label in enumerate(labels)]
    busiest = _busiest(monthly_figures(session, month, month_end(month)))
    return Section(
        title="",
        note=(
            "Bezoeken = aangevinkte namen plus anonieme inlopers. Unieke deelnemers: ieder telt één keer, "
            "hoe vaak of bij hoeveel activiteiten hij of zij ook kwam."
            + ("" if any(totals[0]) else " Deze maand is er geen aanwezigheid geregistreerd.")
        ),
        figures=list(zip(labels, totals[0], strict=True)),
        tables=[
            Table("Vergelijking", ["", *(format_month(first) for first in months)], comparison),
            Table(
                f"De {TOP_ACTIVITIES} drukste activiteiten",
                ["Activiteit", "Bijeenkomsten", "Bezoeken", "Unieke deelnemers", "Gemiddeld per keer"],
                busiest,
            ),
        ],
    )
