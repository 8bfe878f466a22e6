"""What was paid to bewonersinitiatieven, read through the Core tables (no model classes).

Shared by the initiatives service (the fund line's actual), the budget's linked sources and ``buurtzaak check``,
which must start without building the models."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session

from buurtzaak_desktop.db import tables

_initiative, _payment = tables.initiative, tables.initiative_payment


def budget_actual_cents(session: Session, year: int, until: date | None = None) -> int:
    """The actual of the budget's fund line: what was paid to the initiatives of fund year ``year`` (up to
    ``until``), so that a payment is entered once, on the initiative, and never typed on the budget too."""
    query = (
        select(func.coalesce(func.sum(_payment.c.amount_cents), 0))
        .select_from(_payment)
        .join(_initiative, _initiative.c.id == _payment.c.initiative_id)
        .where(_initiative.c.year == year)
    )
    if until is not None:
        query = query.where(_payment.c.day <= until)
    return int(session.scalar(query) or 0)
