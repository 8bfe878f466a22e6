"""The demo holds a year of Welzijn op Recept: about 50 participants, realistic outcomes, a few bondgenoten."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.welzijn import followup, participants, reference
from buurtzaak_desktop.services.welzijn.figures import year_figures

TODAY = date(2026, 12, 3)


def test_demo_holds_a_year_of_wor(database):
    counts = generate_demo(database, scale="small", seed=7, today=TODAY)
    figures = year_figures(database, 2026)
    assert counts["wor-deelnemers"] == figures.participants and 45 <= figures.participants <= 50
    assert 34 <= figures.structural <= 44 and figures.volunteers >= 1 and figures.stopped >= 1 and figures.running >= 3
    assert len(figures.per_arrangement) >= 5 and len(figures.per_referrer_kind) == 4
    assert 4 <= len(reference.list_referrers(database)) <= 8
    bondgenoten = participants.bondgenoot_choices(database, TODAY)
    assert 3 <= len(bondgenoten) <= 4 and all(b.participants <= b.maximum for b in bondgenoten)
    assert all(reference.arrangement_activities(database).values())  # every arrangement has activities
    assert followup.follow_ups(database, TODAY)  # something to do for the coach
    assert run_check(database) == []
    with database.reading() as session:
        statuses = session.execute(
            text(
                "SELECT r.status, w.outcome, COUNT(*) FROM wor_participant w "
                "JOIN registration r ON r.id = w.registration_id GROUP BY 1, 2"
            )
        ).all()
    waiting = {outcome: count for status, outcome, count in statuses if status == "wachtlijst"}
    assert "structureel" not in waiting and sum(waiting.values()) <= 5  # most found a place; none waits structurally
