"""Actuals that flow in from another tab are counted once, on the line linked to them."""

from __future__ import annotations

from datetime import date

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import InputError
from buurtzaak_desktop.services.begroting import sources
from buurtzaak_desktop.services.begroting.budget import (
    LineDraft,
    add_actual,
    add_line,
    budget_summary,
    copy_year,
    set_budget,
)
from buurtzaak_desktop.services.rooster import budget as room_rent
from tests.begroting import linked_rent
from tests.begroting.linked_rent import RENT_2026_CENTS


@pytest.fixture
def rooster_offers_rent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(room_rent, "budget_actual_cents", linked_rent.budget_actual_cents)  # a fixed rent


def test_room_rent_flows_in_on_its_line(database: Database, rooster_offers_rent: None) -> None:
    rent = add_line(database, 2026, LineDraft("baten", "Eigen inkomsten", "Zaalhuur", 1_800_000, sources.ROOM_RENT))
    other = add_line(database, 2026, LineDraft("baten", "Eigen inkomsten", "Bijdragen", 650_000))
    add_actual(database, rent, date(2026, 3, 1), "Verhuur buiten het rooster", 10_000)
    add_actual(database, other, date(2026, 3, 1), "Bijdragen maart", 5_000)
    set_budget(database, rent, 1_900_000)  # the link survives a change of amount
    summary = budget_summary(database, 2026, as_of=date(2026, 12, 31))
    line = next(line for c in summary.categories for line in c.lines if line.line_id == rent)
    assert (line.actual_cents, line.linked_cents, line.budget_cents) == (
        RENT_2026_CENTS + 10_000,
        RENT_2026_CENTS,
        1_900_000,
    )
    assert summary.income_actual_cents == RENT_2026_CENTS + 15_000
    copy_year(database, 2026, 2027)
    assert budget_summary(database, 2027, as_of=date(2027, 12, 31)).income_actual_cents == 0


def test_without_the_other_tab_only_typed_actuals_count(database: Database) -> None:
    rent = add_line(database, 2026, LineDraft("baten", "Eigen inkomsten", "Zaalhuur", 1_800_000, sources.ROOM_RENT))
    add_actual(database, rent, date(2026, 3, 1), "Verhuur", 10_000)
    assert budget_summary(database, 2026).income_actual_cents == 10_000


def test_unknown_source_is_refused(database: Database) -> None:
    with pytest.raises(InputError, match="bron"):
        add_line(database, 2026, LineDraft("baten", "Eigen inkomsten", "Zaalhuur", 1, "parkeergeld"))
