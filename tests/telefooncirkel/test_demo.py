from __future__ import annotations

from datetime import date

from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.telefooncirkel import circles, rounds


def test_demo_holds_two_circles_with_months_of_rounds(database):
    today = date(2026, 12, 3)
    counts = generate_demo(database, scale="small", seed=7, today=today)
    assert counts["telefooncirkels"] == 2 and counts["belrondes"] == 240
    rows = circles.list_circles(database)
    assert len(rows) == 2 and all(r.members >= 6 and r.coordinators.count(",") == 1 for r in rows)
    for month in (date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)):
        assert rounds.month_figures(database, month).rounds > 0
    assert 0 < counts["gestokte belrondes"] < 40
    assert rounds.actions(database, include_closed=True)
    assert run_check(database) == []  # and the retention at the end of the demo kept every participant
    assert sum(len(circles.members(database, r.id)) for r in rows) == sum(r.members for r in rows)
