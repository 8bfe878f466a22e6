"""Two desks on one server book the same room at the same time: exactly one gets it, the other the usual clash
message naming the booking (the database's exclusion constraint, migration 0021, then the service's check again)."""

from __future__ import annotations

import threading
import time as time_module
from datetime import time

import pytest
from sqlalchemy import event, func, select, text
from sqlmodel import Session

from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.domain.errors import DoubleBooked, RuleViolation
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book

from .conftest import MONDAY

pytestmark = pytest.mark.postgresql_only


def _both_checked_before_either_commits() -> tuple[threading.Barrier, object]:
    """Each desk's first transaction waits before its commit until the other's has checked too: both passed the
    clash check, neither sees the other's booking. (A retry does not wait.)"""
    barrier = threading.Barrier(2, timeout=20)
    waited: set[int] = set()

    def before_commit(_session: Session) -> None:
        me = threading.get_ident()
        if me not in waited:
            waited.add(me)
            barrier.wait()

    return barrier, before_commit


def test_two_desks_booking_one_slot_at_once_one_wins_the_other_hears_why(database, rooms) -> None:
    desks = [database.reopened(), database.reopened()]
    outcomes: dict[str, object] = {}
    _barrier, before_commit = _both_checked_before_either_commits()

    def desk(name: str, index: int) -> None:
        request = BookingRequest(
            room_id=rooms["Aula"], day=MONDAY, start=time(19, 0), end=time(21, 0), title=f"Overleg {name}"
        )
        try:
            outcomes[name] = book(desks[index], request)
        except Exception as error:
            outcomes[name] = error

    event.listen(Session, "before_commit", before_commit)
    try:
        threads = [threading.Thread(target=desk, args=(name, i)) for i, name in enumerate(("balie", "kantoor"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    finally:
        event.remove(Session, "before_commit", before_commit)
        for desk_database in desks:
            desk_database.close()

    refused = [error for error in outcomes.values() if isinstance(error, BaseException)]
    assert len(outcomes) == 2 and len(refused) == 1, outcomes
    assert isinstance(refused[0], RuleViolation)
    assert "Aula is op" in refused[0].message and "al geboekt voor 'Overleg" in refused[0].message
    with database.reading() as session:
        assert session.execute(select(func.count()).select_from(Booking)).scalar_one() == 1


def test_the_database_itself_refuses_an_overlapping_live_booking(database, rooms) -> None:
    """Without the service: the constraint holds for any writer; a cancelled booking and touching ends are fine."""

    def row(start: time, end: time, status: str = "live") -> Booking:
        return Booking(room_id=rooms["Aula"], day=MONDAY, start=start, end=end, title="x", status=status)

    with database.transaction() as session:
        session.add_all([row(time(19), time(21)), row(time(21), time(22)), row(time(20), time(22), "cancelled")])
    with pytest.raises(DoubleBooked) as refused, database.transaction() as session:  # an import, say: a Dutch refusal
        session.add(row(time(20), time(20, 30)))
    assert refused.value.message == (
        "Deze ruimte is op dit moment net door een andere balie geboekt. Er is niets opgeslagen."
    )


def test_a_booking_the_server_rolled_back_in_a_deadlock_is_checked_once_more(database) -> None:
    """Two desks' commits that wait for each other: the server rolls one back (SQLSTATE 40P01), and that desk's
    booking is checked and written again instead of saying the connection broke. A real deadlock on two locks."""
    from buurtzaak_desktop.services.rooster.bookings import once_more_after_a_race

    other, attempts = database.reopened(), []
    holding = threading.Barrier(2, timeout=20)

    def other_desk() -> None:
        with other.transaction() as session:
            session.execute(text("SELECT pg_advisory_xact_lock(2)"))
            holding.wait()
            time_module.sleep(0.3)  # this desk waits second: the first waiter finds the deadlock and gives way
            session.execute(text("SELECT pg_advisory_xact_lock(1)"))

    def booking() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            with database.transaction() as session:
                session.execute(text("SELECT pg_advisory_xact_lock(1)"))
                holding.wait()
                session.execute(text("SELECT pg_advisory_xact_lock(2)"))
        return "geboekt"

    thread = threading.Thread(target=other_desk)
    thread.start()
    try:
        assert once_more_after_a_race(booking) == "geboekt" and len(attempts) == 2
    finally:
        thread.join(30)
        other.close()
