"""The demo's bulk insert (one executemany per table) stores exactly what the ORM's bulk insert stored."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.db.portable import resync_sequences
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.demo import insert_rows

ROOMS = [
    {"name": "Zaal", "capacity": 40},
    {"name": "Keuken", "capacity": 12, "wheelchair_accessible": False, "notes": None, "rate_cents": 1500},
]
ROOMS_WITH_SERVER_DEFAULT_LEFT_OPEN = [{"name": "Tuin", "capacity": 30, "setup_minutes": None}]
CREATED = datetime(2026, 12, 1, 12, tzinfo=UTC)  # the model's default reads the clock
BOOKINGS = [  # some values missing, some None, dates, times and instants: what the demo's rows hold
    {"room_id": 1, "day": date(2026, 12, 3), "start": time(9), "end": time(10, 30), "title": "Koffie"},
    {
        "id": 7,
        "room_id": 2,
        "day": date(2026, 12, 4),
        "start": time(18),
        "end": time(21),
        "title": "Kookgroep",
        "group_id": None,
        "tariff": None,
        "bhv_valid_until": date(2027, 1, 1),
        "created_at": datetime(2026, 11, 1, 8, 15, 30, 250, tzinfo=UTC),
    },
    {"room_id": 1, "day": date(2026, 12, 5), "start": time(10), "end": time(12), "title": "Repair café", "people": 9},
]


def stored(folder: Path, bulk) -> list[tuple[object, ...]]:
    database = open_database(DataPaths(folder))
    try:
        with database.transaction() as session:
            bulk(session, Room, ROOMS)
            bulk(session, Room, ROOMS_WITH_SERVER_DEFAULT_LEFT_OPEN)
            bulk(session, Booking, [{"created_at": CREATED} | row for row in BOOKINGS])
        with database.reading() as session:
            rooms = session.execute(text("SELECT *, typeof(setup_minutes) FROM room ORDER BY id")).all()
            bookings = session.execute(text("SELECT * FROM booking ORDER BY id")).all()
            return [tuple(row) for row in [*rooms, *bookings]]
    finally:
        database.close()


def test_insert_rows_stores_what_the_orm_bulk_insert_stores(tmp_path: Path) -> None:
    def orm(session, model, rows) -> None:
        session.execute(insert(model), rows)

    expected = stored(tmp_path / "orm", orm)
    assert stored(tmp_path / "rows", insert_rows) == expected
    assert len(expected) == 6


@pytest.mark.postgresql_only
def test_rows_loaded_with_their_ids_get_sequence_and_planner_statistics_on_a_server(database) -> None:
    """After the demo's bulk load the server hands out the next free id, and plans its queries with statistics of
    the loaded rows (without them the week's bookings were read through the whole exclusion constraint's index)."""
    with database.transaction() as session:
        insert_rows(session, Room, [{"id": n, "name": f"Zaal {n}", "capacity": 20} for n in range(1, 4)])
        bookings = [{"id": n, "room_id": 1 + n % 3, "created_at": CREATED} | BOOKINGS[0] for n in range(1, 301)]
        insert_rows(session, Booking, [row | {"day": date(2026, 1, 1) + timedelta(days=row["id"])} for row in bookings])
        resync_sequences(session)
    with database.transaction() as session:
        session.add(Room(name="Nieuw", capacity=5))
        session.flush()
        counted = dict(
            session.execute(text("SELECT relname, reltuples FROM pg_class WHERE relname IN ('room', 'booking')")).all()
        )
        assert session.execute(text("SELECT max(id) FROM room")).scalar_one() == 4
    assert counted == {"room": 3, "booking": 300}
