"""Make a fixture database at a released schema revision, for the restore-and-migrate tests.

    .venv/bin/python tools/make_fixture_database.py 0001 tests/fixtures/buurtzaak-schema-0001.sqlite

It runs the app's own migrations up to REVISION (not to head), marks the file as a Buurtzaak database, adds a few
rooms and a setting, and leaves a standalone file (journal mode DELETE). Make one file per released schema and keep
it: later migrations are then tested against what real users have on disk.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import APPLICATION_ID, alembic_config

ROOMS = [("Grote zaal", 80, 1), ("Keuken", 12, 1), ("Zolder", 10, 0)]


def make(revision: str, target: Path) -> None:
    target.unlink(missing_ok=True)
    database = Database(target)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        for name, capacity, wheelchair in ROOMS:
            connection.exec_driver_sql(
                "INSERT INTO room (name, capacity, wheelchair_accessible, notes, active) VALUES (?, ?, ?, '', 1)",
                (name, capacity, wheelchair),
            )
        connection.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('backup_reminder_days', '7')")
    database.close()
    plain = sqlite3.connect(target, isolation_level=None)  # outside SQLAlchemy's BEGIN: a standalone file
    plain.execute("PRAGMA journal_mode=DELETE")
    plain.execute("VACUUM")
    plain.close()


if __name__ == "__main__":
    make(sys.argv[1], Path(sys.argv[2]))
    print(f"{sys.argv[2]}: schema {sys.argv[1]}")
