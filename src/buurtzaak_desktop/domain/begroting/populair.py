"""The popular budget's figures (de populaire begroting): money spent plus the value of the hours given.

Pure values: no Qt, no database; services/begroting/populair.py reads them, reports draw them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InKindItem:
    id: int
    description: str
    hours_centi: int
    rate_cents: int
    own_rate: bool = False  # False: valued at the year's volunteer rate

    @property
    def value_cents(self) -> int:
        return round_half_up(self.hours_centi * self.rate_cents, 100)


@dataclass(frozen=True)
class PopularBudget:
    year: int
    income_cents: int  # budgeted baten
    expense_cents: int  # budgeted lasten
    hour_rate_cents: int
    volunteer_hours_centi: int
    in_kind: tuple[InKindItem, ...]

    @property
    def volunteer_value_cents(self) -> int:
        return round_half_up(self.volunteer_hours_centi * self.hour_rate_cents, 100)

    @property
    def in_kind_value_cents(self) -> int:
        return sum(item.value_cents for item in self.in_kind)

    @property
    def total_value_cents(self) -> int:
        """What the centre really costs: the money spent plus the value of the hours given."""
        return self.expense_cents + self.volunteer_value_cents + self.in_kind_value_cents


def round_half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator)
