"""What the Vrijwilligers tab feeds into the Begroting: the handgeld paid, as the actual of a linked line."""

from __future__ import annotations

from sqlmodel import Session

from buurtzaak_desktop.services.vrijwilligers.hours import handgeld_actuals_in


def budget_actual_cents(session: Session, year: int) -> int:
    """All allowances (handgeld) paid to volunteers in ``year``."""
    return sum(actual.amount_cents for actual in handgeld_actuals_in(session, year))
