"""Dutch amounts: every way the desk writes them parses back to the same cents (property tests)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

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
