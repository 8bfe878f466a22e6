"""Dutch amounts parse back to the same cents, and budget totals add up, whatever the input (property tests)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from buurtzaak_desktop.domain.begroting.budget import LineInput, summarise
from buurtzaak_desktop.domain.money import format_cents, parse_cents

CENTS = st.integers(min_value=-(10**12), max_value=10**12)


@given(CENTS)
def test_dutch_format_round_trips_with_and_without_symbol(cents: int) -> None:
    assert parse_cents(format_cents(cents)) == cents
    assert parse_cents(format_cents(cents, symbol=False)) == cents


@given(CENTS)
def test_plain_decimal_point_and_comma(cents: int) -> None:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    assert parse_cents(f"{sign}{euros}.{rest:02d}") == cents
    assert parse_cents(f"{sign}{euros},{rest:02d}") == cents


@given(st.integers(min_value=0, max_value=10**9))
def test_whole_euros_with_dutch_thousands(euros: int) -> None:
    grouped = f"{euros:,}".replace(",", ".")
    assert parse_cents(grouped) == euros * 100
    assert parse_cents(f"€ {grouped}") == euros * 100


LINES = st.lists(
    st.tuples(
        st.sampled_from(["baten", "lasten"]),
        st.sampled_from(["Gemeente", "Fondsen", "Personeel", "Huisvesting"]),
        st.integers(min_value=0, max_value=10**9),
        st.integers(min_value=-(10**7), max_value=10**9),
    ),
    max_size=30,
)


@given(LINES, st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)))
def test_totals_add_up_whatever_the_lines(lines: list[tuple[str, str, int, int]], as_of: date) -> None:
    inputs = [
        LineInput(n, kind, category, f"post {n}", budget, actual)
        for n, (kind, category, budget, actual) in enumerate(lines)
    ]
    summary = summarise(2026, inputs, as_of)
    assert summary.income_budget_cents == sum(b for k, _, b, _ in lines if k == "baten")
    assert summary.expense_actual_cents == sum(a for k, _, _, a in lines if k == "lasten")
    assert summary.saldo_budget_cents == summary.income_budget_cents - summary.expense_budget_cents
    assert sum(c.budget_cents for c in summary.categories) == sum(b for _, _, b, _ in lines)
    assert summary.shortfall_cents == max(0, -summary.saldo_budget_cents)
    if as_of.year > 2026:  # a year gone by: the expectation is what happened
        assert all(line.expected_cents == line.actual_cents for c in summary.categories for line in c.lines)
