"""Appointment counts for the spreekuur figures: planned (not cancelled), held and not shown, per month."""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from buurtzaak_desktop.db.models.appointments import CANCELLED, HELD, NOT_SHOWN, SpreekuurAppointment
from buurtzaak_desktop.db.portable import year_month
from buurtzaak_desktop.domain.spreekuur.figures import Figures


def appointment_figures(session: Session, start: date, end: date, result: Figures) -> None:
    """Fill ``result``'s appointment counts for the period (inclusive)."""
    month = year_month(SpreekuurAppointment.day)
    status = col(SpreekuurAppointment.status)
    query = (
        sa_select(
            month,
            func.count(),
            func.coalesce(func.sum(case((status == HELD, 1), else_=0)), 0),
            func.coalesce(func.sum(case((status == NOT_SHOWN, 1), else_=0)), 0),
        )
        .where(col(SpreekuurAppointment.day) >= start, col(SpreekuurAppointment.day) <= end, status != CANCELLED)
        .group_by(month)
        .order_by(month)
    )
    result.appointments_per_month = {m: (int(p), int(h), int(n)) for m, p, h, n in session.execute(query)}
    counts = list(result.appointments_per_month.values())
    result.appointments_planned = sum(c[0] for c in counts)
    result.appointments_held = sum(c[1] for c in counts)
    result.appointments_not_shown = sum(c[2] for c in counts)
