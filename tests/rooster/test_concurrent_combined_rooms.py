"""Two desks on one server book a combined room and one of its parts at the same moment: exactly one gets it, the
other the usual clash message naming the booking (the blocked rows per physical room of migration 0023)."""

from __future__ import annotations

from datetime import time

import pytest
from alembic import command
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import ProgrammingError

from buurtzaak_desktop.db.connection import ServerAddress
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import alembic_config
from buurtzaak_desktop.db.models import Booking, RoomPart
from buurtzaak_desktop.domain.errors import DoubleBooked, RuleViolation
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book
from tests.test_read_only_server import as_admin, role, url_for
from tests.two_desks import at_two_desks

from .conftest import MONDAY

pytestmark = pytest.mark.postgresql_only


def _booking(room_id: int, title: str):
    request = BookingRequest(room_id=room_id, day=MONDAY, start=time(19), end=time(21), title=title)
    return lambda desk: book(desk, request)


@pytest.mark.parametrize("first", ["Activiteitenruimte 1+2", "Activiteitenruimte 2"])
def test_a_combined_room_and_its_part_at_once_one_wins_the_other_hears_why(database, rooms, first) -> None:
    other = "Activiteitenruimte 2" if first == "Activiteitenruimte 1+2" else "Activiteitenruimte 1+2"
    outcomes = at_two_desks(
        database, [_booking(rooms[first], "Overleg balie"), _booking(rooms[other], "Overleg kantoor")]
    )
    refused = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
    assert len(refused) == 1, outcomes
    assert isinstance(refused[0], RuleViolation)
    assert " is op " in refused[0].message and "al geboekt voor 'Overleg" in refused[0].message
    with database.reading() as session:
        assert session.execute(select(func.count()).select_from(Booking)).scalar_one() == 1


def _row(room_id: int, start: time, end: time, status: str = "live") -> dict:
    return {"room_id": room_id, "day": MONDAY, "start": start, "end": end, "title": "x", "status": status}


def test_the_database_itself_refuses_a_part_under_a_combined_booking(database, rooms) -> None:
    """Without the service: any writer; the two parts side by side, a cancelled one and touching ends are fine."""
    one, two, both = rooms["Activiteitenruimte 1"], rooms["Activiteitenruimte 2"], rooms["Activiteitenruimte 1+2"]
    with database.transaction() as session:
        for row in (_row(one, time(9), time(10)), _row(two, time(9), time(10)), _row(both, time(10), time(12))):
            session.execute(insert(Booking).values(**row))
        session.execute(insert(Booking).values(**_row(one, time(11), time(12), "cancelled")))
    for room in (one, two):
        with pytest.raises(DoubleBooked), database.transaction() as session:
            session.execute(insert(Booking).values(**_row(room, time(11, 30), time(13))))
    with pytest.raises(DoubleBooked), database.transaction() as session:  # moving a part's booking under it
        session.execute(text("UPDATE booking SET start = '08:00', \"end\" = '10:30' WHERE room_id = :r"), {"r": two})
    with pytest.raises(DoubleBooked), database.transaction() as session:  # bringing a cancelled one back
        session.execute(text("UPDATE booking SET status = 'live' WHERE status = 'cancelled'"))


def test_a_room_that_becomes_combined_blocks_its_new_part(database, rooms) -> None:
    aula, keuken = rooms["Aula"], rooms["Keuken"]
    with database.transaction() as session:
        session.execute(insert(Booking).values(**_row(aula, time(10), time(12))))
        session.add(RoomPart(combined_id=aula, part_id=keuken))
    with pytest.raises(DoubleBooked), database.transaction() as session:
        session.execute(
            insert(Booking).values(
                **_row(
                    keuken,
                    time(11),
                    time(13),
                )
            )
        )


def _migrate(database, direction: str, revision: str) -> None:
    with database.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        getattr(command, direction)(config, revision)


def test_0023_upgrades_a_server_that_already_has_a_combined_overlap_and_downgrades(database, rooms) -> None:
    """0021 did not see combined rooms, so a server may hold such a pair: the upgrade still runs, `check` keeps
    naming the pair, and new clashes are refused. Down again, 0021's constraint is back on ``booking``."""
    one, both, aula = rooms["Activiteitenruimte 1"], rooms["Activiteitenruimte 1+2"], rooms["Aula"]
    _migrate(database, "downgrade", "0021")
    with database.transaction() as session:
        for row in (_row(both, time(10), time(12)), _row(one, time(11), time(13)), _row(aula, time(10), time(12))):
            session.execute(insert(Booking).values(**row))
    _migrate(database, "upgrade", "head")
    assert len(run_checks(database, ["rooster-geen-overlap"])["rooster-geen-overlap"]) == 1
    for room in (rooms["Activiteitenruimte 2"], aula):
        with pytest.raises(DoubleBooked), database.transaction() as session:
            session.execute(insert(Booking).values(**_row(room, time(11), time(11, 30))))
    _migrate(database, "downgrade", "0021")
    with database.reading() as session:
        assert session.execute(text("SELECT to_regclass('booking_block')")).scalar_one() is None
    with pytest.raises(DoubleBooked), database.transaction() as session:
        session.execute(insert(Booking).values(**_row(aula, time(11), time(11, 30))))
    _migrate(database, "upgrade", "head")


def test_a_desk_role_without_rights_on_the_blocked_rows_books_and_is_refused_as_ever(postgres, database, rooms) -> None:
    """The triggers write ``booking_block`` as its owner: a centre's role granted the app's tables but not that one
    books as ever, is refused a clash with a part by the database, and cannot write the blocked rows itself."""
    name, desk = ServerAddress.of(database.url).database, "balie_oost"
    role(postgres, desk)
    as_admin(
        postgres,
        name,
        f'GRANT CONNECT ON DATABASE "{name}" TO {desk}',
        f"GRANT USAGE ON SCHEMA public TO {desk}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {desk}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {desk}",
        f"REVOKE ALL ON booking_block FROM {desk}",
    )
    balie = Database.server(url_for(database, desk))
    try:
        book(
            balie,
            BookingRequest(
                room_id=rooms["Activiteitenruimte 1+2"], day=MONDAY, start=time(19), end=time(21), title="Yoga"
            ),
        )
        with pytest.raises(DoubleBooked), balie.transaction() as session:  # around the service: the database refuses
            session.execute(insert(Booking).values(**_row(rooms["Activiteitenruimte 1"], time(20), time(22))))
        with pytest.raises(ProgrammingError, match="permission denied"), balie.transaction() as session:
            session.execute(text("DELETE FROM booking_block"))
    finally:
        balie.close()
        as_admin(postgres, name, f"DROP OWNED BY {desk}")


def test_a_deleted_or_truncated_booking_blocks_nothing_any_more(database, rooms) -> None:
    """Rows deleted (an erasure) or a table emptied (a restore's TRUNCATE) take their blocked rows along."""
    both, one = rooms["Activiteitenruimte 1+2"], rooms["Activiteitenruimte 1"]
    for empty in ("DELETE FROM booking", "TRUNCATE booking CASCADE"):
        with database.transaction() as session:
            session.execute(insert(Booking).values(**_row(both, time(10), time(12))))
        with database.transaction() as session:
            session.execute(text(empty))
        with database.transaction() as session:
            session.execute(insert(Booking).values(**_row(one, time(10), time(12))))
        with database.reading() as session:
            assert session.execute(text("SELECT count(*) FROM booking_block")).scalar_one() == 1
        with database.transaction() as session:
            session.execute(text("DELETE FROM booking"))


def test_a_part_moved_to_another_combined_room_frees_it_under_the_old_one(database, rooms) -> None:
    """room_part's combined room changes: the old combined room's bookings stop blocking the part."""
    one, both, aula = rooms["Activiteitenruimte 1"], rooms["Activiteitenruimte 1+2"], rooms["Aula"]
    with database.transaction() as session:
        session.execute(insert(Booking).values(**_row(both, time(19), time(21))))
        session.execute(
            text("UPDATE room_part SET combined_id = :aula WHERE combined_id = :both AND part_id = :one"),
            {"aula": aula, "both": both, "one": one},
        )
    with database.transaction() as session:  # 1+2 no longer holds room 1: the database lets it be booked
        session.execute(insert(Booking).values(**_row(one, time(19), time(21))))
    with pytest.raises(DoubleBooked), database.transaction() as session:  # and the Aula now blocks it
        session.execute(insert(Booking).values(**_row(aula, time(20), time(22))))
