"""Migration 0009 takes a file at 0008 with free-text groups to head: every spelling of one name becomes one group
(named as first written), bookings, strikes and suspensions refer to it, and no row is lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import head_revisions, open_database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.check import run_checks
from tests.schema_versions import file_at, migrate_file

BOOKING = (
    'INSERT INTO booking (id, room_id, day, start, "end", setup_minutes, cleanup_minutes, title, group_name,'
    " contact, people, tariff, status, bhv_name, activity_id, created_at) VALUES"
    " ({id}, 1, '2026-12-0{day}', '10:00:00.000000', '11:00:00.000000', 0, 0, 'Koken', '{group}', '', 10, 'free',"
    " 'live', '', NULL, '2026-11-01 10:00:00')"
)
ROWS = [
    "INSERT INTO room (id, name, capacity, wheelchair_accessible, notes, active) VALUES (1, 'Keuken', 20, 1, '', 1)",
    BOOKING.format(id=3, day=7, group=" Kookgroep 1"),
    BOOKING.format(id=4, day=8, group="kookgroep 1 "),
    BOOKING.format(id=5, day=9, group="KOOKGROEP  1"),
    BOOKING.format(id=6, day=1, group=""),
    BOOKING.format(id=7, day=2, group="Schaakclub"),
    "INSERT INTO hygiene_strike (id, group_name, day, room_id, note) VALUES"
    " (1, 'KOOKGROEP 1', '2026-11-01', 1, 'vet'), (2, 'Moestuinclub', '2026-11-02', NULL, '')",
    "INSERT INTO suspension (id, group_name, since, until, reason) VALUES"
    " (1, 'kookgroep 1', '2025-01-01', '2025-02-01', 'hygiëne')",
]


def test_free_text_groups_become_one_group_per_name(data_paths: DataPaths) -> None:
    file_at(data_paths, "0008", ROWS)

    open_database(data_paths).close()

    with sqlite3.connect(data_paths.database) as connection:
        assert {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")} == head_revisions()
        groups = dict(connection.execute("SELECT name, id FROM groep").fetchall())
        assert sorted(groups) == ["Kookgroep 1", "Moestuinclub", "Schaakclub"]  # the first spelling, trimmed
        kook = groups["Kookgroep 1"]
        bookings = connection.execute("SELECT id, group_id, title, people FROM booking ORDER BY id").fetchall()
        assert bookings == [
            (3, kook, "Koken", 10),
            (4, kook, "Koken", 10),
            (5, kook, "Koken", 10),
            (6, None, "Koken", 10),
            (7, groups["Schaakclub"], "Koken", 10),
        ]
        strikes = connection.execute("SELECT id, group_id, day, room_id, note FROM hygiene_strike ORDER BY id")
        assert strikes.fetchall() == [
            (1, kook, "2026-11-01", 1, "vet"),
            (2, groups["Moestuinclub"], "2026-11-02", None, ""),
        ]
        assert connection.execute("SELECT id, group_id, reason FROM suspension").fetchall() == [(1, kook, "hygiëne")]
        keys = {(k[2], k[3]) for k in connection.execute("PRAGMA foreign_key_list(hygiene_strike)")}
        assert ("groep", "group_id") in keys
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    database = Database(data_paths.database)
    try:
        assert all(not found for found in run_checks(database).values())
    finally:
        database.close()


def test_0009_goes_down_again_with_the_names(data_paths: DataPaths) -> None:
    file_at(data_paths, "0008", ROWS)
    open_database(data_paths).close()
    migrate_file(data_paths, "0008", "downgrade")
    with sqlite3.connect(data_paths.database) as connection:
        names = connection.execute("SELECT id, group_name FROM booking ORDER BY id").fetchall()
        assert names == [(3, "Kookgroep 1"), (4, "Kookgroep 1"), (5, "Kookgroep 1"), (6, ""), (7, "Schaakclub")]
        assert connection.execute("SELECT count(*) FROM hygiene_strike").fetchone() == (2,)
        assert connection.execute("SELECT group_name FROM suspension").fetchall() == [("Kookgroep 1",)]
    connection.close()


def test_the_old_schema_fixture_keeps_every_booking_and_its_group(data_paths: DataPaths) -> None:
    fixture = Path(__file__).parent.parent / "fixtures" / "buurtzaak-schema-0004.sqlite"
    with sqlite3.connect(fixture) as old:
        before = old.execute("SELECT id, group_name FROM booking ORDER BY id").fetchall()
        strikes = old.execute("SELECT id, group_name FROM hygiene_strike ORDER BY id").fetchall()
    old.close()
    data_paths.ensure()
    shutil.copyfile(fixture, data_paths.database)

    open_database(data_paths).close()

    with sqlite3.connect(data_paths.database) as connection:
        names = dict(connection.execute("SELECT id, name FROM groep").fetchall())
        after = connection.execute("SELECT id, group_id FROM booking ORDER BY id").fetchall()
        assert [(i, names.get(g, "")) for i, g in after] == [(i, " ".join(n.split())) for i, n in before]
        assert len(names) == len({" ".join(n.split()).casefold() for _, n in before + strikes if n.strip()})
        moved = connection.execute("SELECT id, group_id FROM hygiene_strike ORDER BY id").fetchall()
        assert [(i, names[g]) for i, g in moved] == strikes
    connection.close()
