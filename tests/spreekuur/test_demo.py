from __future__ import annotations

from datetime import date

from sqlalchemy import text

from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.spreekuur.visits import follow_ups_this_week


def test_small_demo_has_weeks_of_visits_with_consent(database):
    today = date(2026, 11, 25)
    counts = generate_demo(database, scale="small", seed=7, today=today)
    assert counts["spreekuurbezoeken"] == 120 and counts["spreekuren"] >= 20
    with database.reading() as session:
        without = session.execute(
            text(
                "SELECT COUNT(*) FROM spreekuur_resident r WHERE NOT EXISTS "
                "(SELECT 1 FROM spreekuur_consent c WHERE c.resident_id = r.id)"
            )
        ).scalar_one()
        first, last = session.execute(text("SELECT MIN(visited_on), MAX(visited_on) FROM spreekuur_visit")).one()
        future = session.execute(  # a traject reaches no phase and opens on no day after the demo's today
            text("SELECT COUNT(*) FROM spreekuur_traject WHERE phase_since > :today OR opened_on > :today"),
            {"today": today.isoformat()},
        ).scalar_one()
    assert future == 0
    assert without == 0
    assert str(first) >= "2026-09-30" and str(last) <= "2026-11-25"  # text in SQLite, dates on a server
    figures = year_figures(database, 2026)
    assert figures.visits == 120 and 0 < figures.unique_residents <= 60 and figures.per_theme
    assert follow_ups_this_week(database, today)
    assert run_check(database) == []
