"""Room rent of paid bookings flows into the begroting's linked line, without typing it twice."""

from __future__ import annotations

from datetime import date

from buurtzaak_desktop.services.begroting.budget import LineDraft, add_line, budget_summary
from buurtzaak_desktop.services.begroting.sources import ROOM_RENT
from buurtzaak_desktop.services.rooster.budget import budget_actual_cents


def test_paid_bookings_that_took_place_count(database, booker) -> None:
    booker("Aula", "10:00", "12:00", day=date(2026, 12, 7), tariff="non_commercial")  # 2 h x € 5
    booker("Aula", "13:00", "16:00", day=date(2026, 12, 7), tariff="free")
    booker("Aula", "10:00", "11:00", day=date(2026, 12, 14), tariff="non_commercial")  # after 'today'
    with database.reading() as session:
        assert budget_actual_cents(session, 2026, until=date(2026, 12, 10)) == 1000
        assert budget_actual_cents(session, 2026, until=date(2026, 12, 31)) == 1500


def test_linked_line_shows_the_rent(database, booker) -> None:
    booker("Aula", "10:00", "12:00", day=date(2025, 3, 3), tariff="non_commercial")
    add_line(database, 2025, LineDraft("baten", "Eigen inkomsten", "Zaalhuur", 50_000, source=ROOM_RENT))
    summary = budget_summary(database, 2025, as_of=date(2025, 12, 31))
    assert summary.income_actual_cents == 1000
