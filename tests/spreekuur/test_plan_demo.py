"""The demo holds plans van aanpak (some agreements overdue on its today) and toeleidingen, so a newcomer sees them."""

from __future__ import annotations

from datetime import date

from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.spreekuur.plan import agreements_this_week


def test_small_demo_has_plans_with_overdue_agreements_and_toeleidingen(database):
    today = date(2026, 11, 25)
    counts = generate_demo(database, scale="small", seed=7, today=today)
    assert counts["plannen van aanpak"] >= 3 and counts["afspraken"] >= 6 and counts["toeleidingen"] >= 3
    due = agreements_this_week(database, today)
    assert any(a.overdue(today) for a in due) and any(not a.overdue(today) for a in due)
    figures = year_figures(database, 2026)
    assert figures.to_activity >= 1 and figures.to_volunteering >= 1
    assert figures.to_activity + figures.to_volunteering == counts["toeleidingen"]
    found = run_checks(database, ["spreekuur-toeleiding", "verwijzingen", "activiteiten", "vrijwilligers"])
    assert all(not findings for findings in found.values()), found
