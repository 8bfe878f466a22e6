"""Budget versus actuals: totals, saldo, shortfall, pro-rata, copying a year."""

from __future__ import annotations

from datetime import date

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting.budget import pro_rata, year_progress
from buurtzaak_desktop.domain.errors import InputError, NotFound, RuleViolation
from buurtzaak_desktop.services.begroting.budget import (
    LineDraft,
    actuals_of_line,
    add_actual,
    add_line,
    budget_summary,
    budget_years,
    copy_year,
    delete_line,
)


def test_totals_and_a_shortfall_of_a_few_euros(database: Database, short_budget: dict[str, int]) -> None:
    summary = budget_summary(database, 2026, as_of=date(2026, 12, 31))
    assert summary.income_budget_cents == 1_250_000
    assert summary.expense_budget_cents == 1_250_347
    assert summary.saldo_budget_cents == -347
    assert summary.shortfall_cents == 347
    housing = next(c for c in summary.categories if c.category == "Huisvesting")
    assert housing.budget_cents == 450_347
    assert [c.kind for c in summary.categories] == ["baten", "baten", "lasten", "lasten"]


def test_a_closing_budget_has_no_shortfall(database: Database, short_budget: dict[str, int]) -> None:
    add_line(database, 2026, LineDraft("baten", "Fondsen", "Oranje Fonds", 347))
    summary = budget_summary(database, 2026, as_of=date(2026, 6, 1))
    assert summary.saldo_budget_cents == 0
    assert summary.shortfall_cents == 0


def test_actuals_difference_percentage_and_pro_rata(database: Database, short_budget: dict[str, int]) -> None:
    rent = short_budget["Huur"]
    add_actual(database, rent, date(2026, 1, 31), "Huur januari", 25_000)
    add_actual(database, rent, date(2026, 2, 28), "Huur februari", 25_000)
    add_actual(database, short_budget["Zaalhuur"], date(2026, 2, 10), "Verhuur Aula", 12_050)
    # 2026-07-02 is day 183 of 365
    summary = budget_summary(database, 2026, as_of=date(2026, 7, 2))
    line = next(line for c in summary.categories for line in c.lines if line.line_id == rent)
    assert line.actual_cents == 50_000
    assert line.difference_cents == 50_000 - 300_000
    assert line.percent_spent == pytest.approx(16.7)
    assert line.expected_cents == 99_727  # 50.000 × 365 / 183 = 99.726,8 → 99.727
    assert summary.expense_actual_cents == 50_000
    assert summary.income_actual_cents == 12_050
    assert summary.saldo_actual_cents == -37_950
    assert [a.description for a in actuals_of_line(database, rent)] == ["Huur januari", "Huur februari"]


def test_pro_rata_edges() -> None:
    assert year_progress(2026, date(2025, 12, 31)) == (0, 365)
    assert year_progress(2024, date(2026, 1, 1)) == (366, 366)
    assert pro_rata(12_345, 365, 365) == 12_345
    assert pro_rata(-100, 1, 2) == -200
    assert pro_rata(500, 0, 365) == 500


def test_actual_outside_the_year_is_refused(database: Database, short_budget: dict[str, int]) -> None:
    with pytest.raises(InputError, match="2026"):
        add_actual(database, short_budget["Huur"], date(2027, 1, 1), "te laat", 100)


def test_duplicate_and_bad_lines_are_refused(database: Database, short_budget: dict[str, int]) -> None:
    with pytest.raises(RuleViolation, match="Huur"):
        add_line(database, 2026, LineDraft("lasten", "Huisvesting", "Huur", 1))
    with pytest.raises(InputError, match="baten of lasten"):
        add_line(database, 2026, LineDraft("kosten", "Huisvesting", "Schoonmaak", 1))


def test_copy_year_takes_lines_without_actuals(database: Database, short_budget: dict[str, int]) -> None:
    add_actual(database, short_budget["Huur"], date(2026, 3, 1), "Huur maart", 25_000)
    assert copy_year(database, 2026, 2027) == 5
    copied = budget_summary(database, 2027, as_of=date(2027, 1, 1))
    assert copied.expense_budget_cents == 1_250_347
    assert copied.expense_actual_cents == 0
    assert budget_years(database) == [2026, 2027]
    with pytest.raises(RuleViolation, match="2027"):
        copy_year(database, 2026, 2027)
    with pytest.raises(NotFound):
        copy_year(database, 2030, 2031)


def test_deleting_a_line_takes_its_actuals(database: Database, short_budget: dict[str, int]) -> None:
    add_actual(database, short_budget["GWE"], date(2026, 3, 1), "Energie", 12_000)
    delete_line(database, short_budget["GWE"])
    summary = budget_summary(database, 2026, as_of=date(2026, 3, 1))
    assert summary.expense_actual_cents == 0
    assert summary.expense_budget_cents == 1_100_000
