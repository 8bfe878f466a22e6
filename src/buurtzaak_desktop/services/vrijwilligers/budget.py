"""What the Vrijwilligers tab feeds into the Begroting: the vrijwilligersvergoeding paid, as the actual of a linked
line (not the handgeld line: handgeld is the location's petty cash, see services/begroting/kas.py)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from buurtzaak_desktop.services.vrijwilligers.hours import handgeld_actuals_in


def budget_actual_cents(session: Session, year: int, until: date | None = None) -> int:
    """The allowances (handgeld) paid to volunteers in ``year``, for months up to ``until`` (None: all of it)."""
    return sum(actual.amount_cents for actual in handgeld_actuals_in(session, year, until))
