"""Migration 0020 takes a file at 0016 to head: trajecten keep every row and get an empty vertrouwenspersoon; the
appointments table starts empty. Down again, the column and the table go and the trajecten stay."""

from __future__ import annotations

import sqlite3

from buurtzaak_desktop.db.migrate import head_revisions, open_database
from buurtzaak_desktop.paths import DataPaths
from tests.schema_versions import file_at, migrate_file

ROWS = [
    "INSERT INTO spreekuur_resident (id, name, search_key, phone, email, notes, token, created_on) VALUES"
    " (1, 'Zoë Şahin', 'zoe sahin', '', '', '', 'a1', '2026-01-05')",
    "INSERT INTO spreekuur_traject (id, resident_id, person_token, opened_on, phase, phase_since, notes, anonymised)"
    " VALUES (1, 1, 'a1', '2026-01-05', 'contract', '2026-02-01', 'Plan gemaakt', 0),"
    " (2, NULL, NULL, '2024-03-01', 'nazorg', '2024-05-01', '', 1)",
]


def test_a_file_at_0016_keeps_its_trajecten_and_gets_appointments(data_paths: DataPaths) -> None:
    file_at(data_paths, "0016", ROWS)

    open_database(data_paths).close()

    with sqlite3.connect(data_paths.database) as connection:
        assert {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")} == head_revisions()
        rows = connection.execute(
            "SELECT id, resident_id, phase, notes, vertrouwenspersoon_id FROM spreekuur_traject ORDER BY id"
        ).fetchall()
        assert rows == [(1, 1, "contract", "Plan gemaakt", None), (2, None, "nazorg", "", None)]
        assert connection.execute("SELECT count(*) FROM spreekuur_appointment").fetchone() == (0,)
    connection.close()


def test_0020_downgrades_without_the_column_and_the_table(data_paths: DataPaths) -> None:
    file_at(data_paths, "0020", ROWS)
    migrate_file(data_paths, "0016", "downgrade")
    with sqlite3.connect(data_paths.database) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(spreekuur_traject)")]
        assert "vertrouwenspersoon_id" not in columns
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert "spreekuur_appointment" not in tables
        assert connection.execute("SELECT count(*) FROM spreekuur_traject").fetchone() == (2,)
    connection.close()
