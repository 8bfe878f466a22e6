"""The petty cash (kleine kas, the werkplan's handgeld): top-ups, receipts in categories A–F and the balance.

At most €250 a month is transferred to the team leader's account (a setting: a larger top-up is warned about, not
refused). Every receipt is kept and accounted by category. Pure rules: no Qt, no database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from buurtzaak_desktop.domain.begroting.kas_balance import KINDS as KINDS
from buurtzaak_desktop.domain.begroting.kas_balance import RECEIPT, TOPUP
from buurtzaak_desktop.domain.begroting.kas_balance import Movement as Movement
from buurtzaak_desktop.domain.begroting.kas_balance import balance_cents as balance_cents
from buurtzaak_desktop.domain.begroting.kas_balance import first_negative as first_negative
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError

DEFAULT_MONTHLY_TOPUP_LIMIT_CENTS = 25_000  # DOMAIN.md §2: at most €250 a month

# The werkplan's spending categories; the UI translates the labels through the "core" context.
CATEGORIES = {
    "A": QT_TRANSLATE_NOOP("core", "koffie, thee e.d."),
    "B": QT_TRANSLATE_NOOP("core", "catering en maaltijden"),
    "C": QT_TRANSLATE_NOOP("core", "reiskosten en parkeren"),
    "D": QT_TRANSLATE_NOOP("core", "toiletpapier, afwasmiddel e.d."),
    "E": QT_TRANSLATE_NOOP("core", "kantoorartikelen"),
    "F": QT_TRANSLATE_NOOP("core", "materialen voor activiteiten en diensten"),
}


def kind_and_category(text: str) -> tuple[str, str]:
    """'aanvulling' is a top-up; 'A'…'F' (or 'a koffie/thee', as written on a list) is a receipt in that category."""
    value = text.strip()
    if value.lower() == TOPUP:
        return TOPUP, ""
    letter = value[:1].upper()
    if letter in CATEGORIES and (len(value) == 1 or not value[1].isalnum()):
        return RECEIPT, letter
    raise InputError(
        QT_TRANSLATE_NOOP("core", "'{value}' is geen categorie: vul A t/m F in, of 'aanvulling'."), value=value
    )


@dataclass(frozen=True)
class KasEntryView:
    id: int
    day: date
    kind: str
    category: str
    description: str
    amount_cents: int
    receipt: str
    balance_after_cents: int
    locked: bool


@dataclass(frozen=True)
class KasMonth:
    month: date  # the first day
    topup_cents: int
    spent_cents: int
    spent_per_category: dict[str, int]
    entry_count: int
    balance_end_cents: int
    over_limit: bool  # the top-ups exceed the monthly limit
    signed_by: str = ""
    signed_on: date | None = None

    @property
    def closed(self) -> bool:
        return self.signed_on is not None


@dataclass(frozen=True)
class KasYear:
    year: int
    opening_cents: int  # the balance on 1 January
    entries: list[KasEntryView]
    months: list[KasMonth]
    limit_cents: int
    warnings: list[str] = field(default_factory=list)

    @property
    def balance_cents(self) -> int:
        return self.months[-1].balance_end_cents if self.months else self.opening_cents
