"""Bewonersinitiatieven: the status flow and the fund balance (pure rules)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from buurtzaak_desktop.domain.begroting.codes import CLOSED, GRANTED, IN_REVIEW, ON_HOLD, REJECTED, SUBMITTED
from buurtzaak_desktop.domain.begroting.codes import STATUSES as STATUSES
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

# The Dutch words the regiegroep uses; the UI translates them through the "core" context.
STATUS_LABELS = {
    SUBMITTED: QT_TRANSLATE_NOOP("core", "ingediend"),
    IN_REVIEW: QT_TRANSLATE_NOOP("core", "in behandeling"),
    GRANTED: QT_TRANSLATE_NOOP("core", "toegekend"),
    REJECTED: QT_TRANSLATE_NOOP("core", "afgewezen"),
    ON_HOLD: QT_TRANSLATE_NOOP("core", "aangehouden"),
    CLOSED: QT_TRANSLATE_NOOP("core", "afgerond"),
}

# ingediend → in behandeling → toegekend / afgewezen / aangehouden; aangehouden comes back to a later meeting;
# toegekend → afgerond after the verantwoording.
TRANSITIONS: dict[str, frozenset[str]] = {
    SUBMITTED: frozenset({IN_REVIEW}),
    IN_REVIEW: frozenset({GRANTED, REJECTED, ON_HOLD}),
    ON_HOLD: frozenset({IN_REVIEW, GRANTED, REJECTED}),
    GRANTED: frozenset({CLOSED}),
    REJECTED: frozenset(),
    CLOSED: frozenset(),
}

ADVANCE = "advance"
FINAL = "final"
PAYMENT_LABELS = {ADVANCE: QT_TRANSLATE_NOOP("core", "voorschot"), FINAL: QT_TRANSLATE_NOOP("core", "eindbetaling")}


def can_move(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


@dataclass(frozen=True)
class FundEntry:
    status: str
    granted_cents: int
    paid_cents: int


def commitment(entry: FundEntry) -> int:
    """What an initiative takes from the fund: the grant (or more, if more was paid); once afgerond, only
    what was paid, so the unspent rest returns to the fund."""
    if entry.status == CLOSED:
        return entry.paid_cents
    if entry.status == GRANTED:
        return max(entry.granted_cents, entry.paid_cents)
    return entry.paid_cents


@dataclass(frozen=True)
class FundStatus:
    year: int
    budget_cents: int
    granted_cents: int  # the sum of grants still counting (toegekend and afgerond)
    paid_cents: int
    committed_unpaid_cents: int  # granted but not yet paid out

    @property
    def available_cents(self) -> int:
        """Fund budget − paid − committed-but-not-paid: what the regiegroep can still grant."""
        return self.budget_cents - self.paid_cents - self.committed_unpaid_cents

    def overrun_if_granted(self, amount_cents: int) -> int:
        """How far a new grant of amount_cents would take the fund below zero; 0 if it fits."""
        return max(0, amount_cents - max(0, self.available_cents)) if self.available_cents >= 0 else amount_cents


def fund_status(year: int, budget_cents: int, entries: Iterable[FundEntry]) -> FundStatus:
    granted = paid = unpaid = 0
    for entry in entries:
        paid += entry.paid_cents
        if entry.status in (GRANTED, CLOSED):
            granted += entry.granted_cents
        unpaid += commitment(entry) - entry.paid_cents
    return FundStatus(year, budget_cents, granted, paid, unpaid)


@dataclass(frozen=True)
class InitiativeView:
    id: int
    year: int
    applicant: str
    group_name: str
    title: str
    status: str
    submitted_on: date
    requested_cents: int
    cofunding_cents: int
    granted_cents: int | None
    paid_cents: int
    decision_meeting: date | None
    decision_reason: str
    expected_participants: int
    actual_participants: int | None
    actual_cost_cents: int | None
    receipts_received: bool

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]
