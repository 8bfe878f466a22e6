"""Migration 0014 takes a file at 0009 to head: rooms get ``indoor``; the garden (by its name) is outdoor."""

from __future__ import annotations

import sqlite3

from buurtzaak_desktop.db.migrate import head_revisions, open_database
from buurtzaak_desktop.paths import DataPaths
from tests.schema_versions import file_at, migrate_file

ROWS = [
    "INSERT INTO room (id, name, capacity, wheelchair_accessible, notes, active) VALUES"
    " (1, 'Aula', 80, 1, '', 1), (2, 'Tuin / moestuin', 40, 0, '', 1), (3, 'Dakterras', 20, 1, '', 1),"
    " (4, 'Binnentuin', 30, 1, '', 1)",
]


def test_a_file_at_0009_gets_indoor_rooms_and_an_outdoor_garden(data_paths: DataPaths) -> None:
    file_at(data_paths, "0009", ROWS)

    open_database(data_paths).close()

    with sqlite3.connect(data_paths.database) as connection:
        assert {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")} == head_revisions()
        rows = connection.execute("SELECT name, indoor FROM room ORDER BY id").fetchall()
        assert rows == [("Aula", 1), ("Tuin / moestuin", 0), ("Dakterras", 0), ("Binnentuin", 1)]
    connection.close()


def test_0014_downgrades_without_the_column(data_paths: DataPaths) -> None:
    file_at(data_paths, "0014", ROWS)
    migrate_file(data_paths, "0009", "downgrade")
    with sqlite3.connect(data_paths.database) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(room)")]
        assert "indoor" not in columns
        assert connection.execute("SELECT count(*) FROM room").fetchone() == (4,)
    connection.close()
