"""The demo's budget and initiatives are believable and pass the check."""

from __future__ import annotations

from collections import Counter
from datetime import date

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting import initiatives as rules
from buurtzaak_desktop.services.begroting.budget import budget_summary, budget_years
from buurtzaak_desktop.services.begroting.initiatives import fund_status, list_initiatives
from buurtzaak_desktop.services.begroting.populair import popular_budget
from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.demo import generate_demo

TODAY = date(2026, 11, 25)


def test_small_demo(database: Database) -> None:
    counts = generate_demo(database, today=TODAY)
    assert budget_years(database) == [2025, 2026]
    summary = budget_summary(database, 2026, as_of=TODAY)
    assert summary.shortfall_cents == 125_000  # the cleaning contract: short by € 1.250
    assert 0 < summary.expense_actual_cents < summary.expense_budget_cents
    assert {c.category for c in summary.categories} >= {"Gemeente / stadsdeel", "Fondsen", "Personeel", "Handgeld"}
    last_year = list_initiatives(database, 2025)
    assert 90 <= len(last_year) <= 120
    this_year = Counter(view.status for view in list_initiatives(database, 2026))
    assert {rules.GRANTED, rules.CLOSED, rules.REJECTED} <= set(this_year)
    assert counts["bewonersinitiatieven"] == len(last_year) + sum(this_year.values())
    assert fund_status(database, 2025).available_cents >= 0
    assert popular_budget(database, 2026).volunteer_hours_centi > 0
    assert run_check(database) == []
