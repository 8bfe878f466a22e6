"""What other areas use: bookings for an activity's sessions, and `buurtzaak check` on overlapping bookings."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import insert, text

from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.db.models.activiteiten import Activity
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.rooster.activity import book_sessions, cancel_sessions
from buurtzaak_desktop.services.rooster.queries import bookings_between
from tests.rooster.conftest import MONDAY


def _activity(database, name: str) -> int:
    with database.transaction() as session:
        activity = Activity(
            name=name, start_time=time(10), end_time=time(11), season_start=MONDAY, season_end=date(2027, 6, 30)
        )
        session.add(activity)
        session.flush()
        return activity.id or 0


def test_activity_sessions_are_booked_together_or_not_at_all(database, rooms, booker) -> None:
    yoga, zumba = _activity(database, "Yoga"), _activity(database, "Zumba")
    sessions = [(MONDAY, time(10), time(11)), (date(2026, 12, 14), time(10), time(11))]
    result = book_sessions(database, activity_id=yoga, room_id=rooms["Aula"], title="Yoga", sessions=sessions)
    assert len(result.booking_ids) == 2
    booker("Aula", "10:00", "11:00", day=date(2026, 12, 21), title="Buurtpanel")
    clashing = [(date(2026, 12, 28), time(10), time(11)), (date(2026, 12, 21), time(10), time(11))]
    with pytest.raises(RuleViolation, match="Buurtpanel"):
        book_sessions(database, activity_id=zumba, room_id=rooms["Aula"], title="Zumba", sessions=clashing)
    with database.reading() as session:
        assert [b.title for b in bookings_between(session, MONDAY, date(2026, 12, 31))] == [
            "Yoga",
            "Yoga",
            "Buurtpanel",
        ]
    assert cancel_sessions(database, activity_id=yoga, from_day=date(2026, 12, 10)) == 1


def test_check_reports_overlapping_live_bookings(database, rooms) -> None:
    assert run_check(database) == []
    row = {
        "room_id": rooms["Activiteitenruimte 1"],
        "day": MONDAY,
        "start": time(10),
        "end": time(12),
        "title": "A",
        "status": "live",
    }
    with database.transaction() as session:  # written around the service, as a damaged import could
        if database.on_server:  # a server refuses it itself (migration 0023): lifted to test the check
            session.execute(text("ALTER TABLE booking_block DROP CONSTRAINT booking_no_overlap"))
        session.execute(
            insert(Booking),
            [row, {**row, "room_id": rooms["Activiteitenruimte 1+2"], "title": "B", "start": time(11, 45)}],
        )
    findings = run_check(database)
    assert len(findings) == 1 and "overlappen op 2026-12-07" in findings[0]
