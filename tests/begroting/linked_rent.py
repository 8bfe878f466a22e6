"""A fixed room rent in place of the Rooster's (services/rooster/budget.py), for tests of the linked line:
the contract is ``budget_actual_cents(session, year, until=None) -> int``."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

RENT_2026_CENTS = 420_050


def budget_actual_cents(session: Session, year: int, until: date | None = None) -> int:
    return RENT_2026_CENTS if year == 2026 else 0
