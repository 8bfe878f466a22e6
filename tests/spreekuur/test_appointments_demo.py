"""The demo holds the werkplan's 15-25 appointments a week, booked in the Spreekkamer without a clash."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import text

from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.spreekuur.appointments import list_appointments
from buurtzaak_desktop.services.spreekuur.figures import year_figures


def test_small_demo_has_appointments_each_week_mostly_held(database):
    today = date(2026, 11, 25)
    counts = generate_demo(database, scale="small", seed=7, today=today)
    rows = list_appointments(database, include_cancelled=True)
    assert counts["spreekuurafspraken"] == len(rows)
    per_week = Counter(row.day - timedelta(days=row.day.weekday()) for row in rows)
    assert len(per_week) == 8 and all(15 <= n <= 25 for n in per_week.values()), per_week
    past = [row for row in rows if row.day < today]
    statuses = Counter(row.status for row in past)
    assert statuses["gehouden"] > 0.7 * len(past) and 0 < statuses["niet_verschenen"] < 0.2 * len(past)
    assert statuses["gepland"] == 2  # two to record on the list "Nog niet vastgelegd"
    assert all(row.status == "gepland" for row in rows if row.day > today)
    assert all(row.room_name == "Spreekkamer" for row in rows)
    with database.reading() as session:
        titles = (
            session.execute(
                text("SELECT DISTINCT b.title FROM booking b JOIN spreekuur_appointment a ON a.booking_id = b.id")
            )
            .scalars()
            .all()
        )
    assert titles == ["Spreekuur-afspraak"]
    figures = year_figures(database, 2026)
    assert figures.appointments_held == statuses["gehouden"] and figures.visits == 120  # counted apart
    assert run_check(database) == []  # no clash with the activities in the Spreekkamer, every promise kept
    with database.reading() as session:
        on_closed = session.execute(
            text(
                "SELECT COUNT(*) FROM spreekuur_appointment a JOIN spreekuur_traject t ON t.id = a.traject_id "
                "WHERE a.status = 'gepland' AND t.closed_on IS NOT NULL"
            )
        ).scalar_one()
    assert on_closed == 0  # a closed traject has no appointment still planned
