"""Demo data: the programme with participants and past attendance; the large scale for benchmarks."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import select

from buurtzaak_desktop.db.models.activiteiten import Activity, ActivitySession
from buurtzaak_desktop.services.activiteiten.figures import period_figures
from buurtzaak_desktop.services.activiteiten.followup import follow_up_list
from buurtzaak_desktop.services.activiteiten.sessions import week_sessions
from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.demo import generate_demo

TODAY = date(2026, 11, 25)


def test_small_demo(database) -> None:
    counts = generate_demo(database, today=TODAY)
    assert counts["activiteiten"] == 20 and 250 <= counts["deelnemers"] <= 400
    assert run_check(database) == []
    with database.reading() as session:
        names = set(session.exec(select(Activity.name)))
        assert {"Yoga", "Hindilessen", "Kookgroep 5 (lotgenoten)", "Open Mic"} <= names
        first, last = session.exec(select(func.min(ActivitySession.day), func.max(ActivitySession.day))).one()
        assert first >= TODAY - timedelta(weeks=8) and last <= TODAY + timedelta(weeks=26)
        past = period_figures(session, TODAY - timedelta(weeks=8), TODAY)
        assert past.sessions_held > 100 and past.unique_participants > 200
        assert 15 <= len(week_sessions(session, TODAY - timedelta(days=TODAY.weekday()))) <= 30
        assert follow_up_list(session)  # some regulars stopped coming: people to call
        for activity in session.exec(select(Activity)):  # inside opening hours
            assert activity.start_time.hour >= 8 and activity.end_time.hour <= 21


def test_large_demo(database) -> None:
    counts = generate_demo(database, scale="large", today=TODAY)
    assert counts["deelnemers"] >= 2000 and counts["aanwezigheden"] >= 300_000
    with database.reading() as session:
        assert len(week_sessions(session, date(2026, 11, 30))) >= 150
