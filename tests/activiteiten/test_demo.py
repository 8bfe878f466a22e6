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


def test_small_demo_books_the_programme_in_the_rooster(database) -> None:
    from buurtzaak_desktop.db.models import Booking
    from buurtzaak_desktop.services.rooster.queries import bookings_between

    counts = generate_demo(database, today=TODAY)
    assert counts["activiteitenboekingen"] > 300
    monday = TODAY - timedelta(days=TODAY.weekday())
    with database.reading() as session:
        titles = {b.title for b in bookings_between(session, monday, monday + timedelta(days=6))}
        assert {"Yoga", "Computerles", "Kookgroep 1", "Teamoverleg"} <= titles  # the grid shows both
        future = list(
            session.exec(
                select(ActivitySession).where(ActivitySession.day >= TODAY, ActivitySession.room_id.is_not(None))
            )
        )
        planned = [s for s in future if s.status == "gepland"]
        assert planned and all(s.booking_id is not None for s in planned)
        # refused dates are not dropped: cancelled with the reason a save would give
        assert {s.cancel_reason for s in future if s.status != "gepland"} <= {"Centrum gesloten", "Ruimte bezet"}
        linked = session.exec(select(func.count()).select_from(Booking).where(Booking.activity_id.is_not(None)))
        assert linked.one() == counts["activiteitenboekingen"]
    assert run_check(database) == []  # no overlaps, every planned session's booking matches it


def test_check_finds_a_session_whose_booking_was_cancelled(database) -> None:
    from buurtzaak_desktop.db.models import Booking

    generate_demo(database, today=TODAY)
    with database.transaction() as session:
        row = session.exec(select(ActivitySession).where(ActivitySession.booking_id.is_not(None))).first()
        session.get(Booking, row.booking_id).status = "cancelled"
    assert run_check(database) == [
        f"Bijeenkomst {row.id}: boeking {row.booking_id} is vervallen of staat op een andere ruimte, dag of tijd."
    ]
