"""`buurtzaak check` keeps its promise "the file is not damaged": a damaged index is found (PRAGMA quick_check, which
is faster, would call this file ok), and then only that is reported."""

from __future__ import annotations

import sqlite3
from datetime import date, time

import pytest

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book


@pytest.mark.sqlite_only("damages an index in the file and runs PRAGMA integrity_check")
def test_a_damaged_index_is_found_and_reported_alone(database, data_paths: DataPaths) -> None:
    with database.transaction() as session:
        room = Room(name="Aula", capacity=80)
        session.add(room)
        session.flush()
        room_id = room.id or 0
    for day in (date(2026, 12, 7), date(2026, 12, 8)):
        book(database, BookingRequest(room_id=room_id, day=day, start=time(10), end=time(11), title="Overleg"))
    assert run_checks(database) == {name: [] for name in run_checks(database)}
    database.close()
    with sqlite3.connect(data_paths.database) as raw:  # the index now claims another column than it holds
        raw.execute("PRAGMA writable_schema=ON")
        raw.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_booking_day ON booking (title)' "
            "WHERE name = 'ix_booking_day'"
        )
    with sqlite3.connect(data_paths.database) as raw:
        assert raw.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # why check uses integrity_check
    damaged = open_database(data_paths)
    try:
        assert run_checks(damaged) == {
            "integriteit": [
                "Het bestand is beschadigd: row 1 missing from index ix_booking_day",
                "Het bestand is beschadigd: row 2 missing from index ix_booking_day",
            ]
        }
    finally:
        damaged.close()
