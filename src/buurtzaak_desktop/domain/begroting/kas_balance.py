"""The petty cash's balance: the kinds of entry and the first day the balance drops below zero (pure rules).

Apart from kas.py's views (which re-exports these): the kas service refuses a negative balance with them and
``buurtzaak check`` looks for one, and the check must start fast."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

TOPUP = "aanvulling"
RECEIPT = "uitgave"
KINDS = (TOPUP, RECEIPT)


@dataclass(frozen=True)
class Movement:
    """What the balance needs of an entry."""

    day: date
    kind: str
    amount_cents: int

    @property
    def effect_cents(self) -> int:
        return self.amount_cents if self.kind == TOPUP else -self.amount_cents


def first_negative(movements: Iterable[Movement]) -> tuple[date, int] | None:
    """The first day the balance drops below zero, and the balance then; None when it never does.

    Within a day the top-ups count first: money that arrives the same day may pay that day's receipts."""
    balance = 0
    ordered = sorted(movements, key=lambda m: (m.day, m.kind != TOPUP))
    for index, movement in enumerate(ordered):
        balance += movement.effect_cents
        last_of_day = index + 1 == len(ordered) or ordered[index + 1].day != movement.day
        if balance < 0 and last_of_day:
            return movement.day, balance
    return None


def balance_cents(movements: Iterable[Movement]) -> int:
    return sum(movement.effect_cents for movement in movements)
