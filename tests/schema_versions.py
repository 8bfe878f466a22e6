"""Data folders as an older version of the app left them: for the tests of one migration with data."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Literal

from alembic import command

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import APPLICATION_ID, alembic_config
from buurtzaak_desktop.paths import DataPaths


def migrate_file(data_paths: DataPaths, revision: str, direction: Literal["upgrade", "downgrade"]) -> None:
    """Run Alembic on the folder's database up or down to ``revision`` (the app itself only ever goes to head)."""
    data_paths.ensure()
    database = Database(data_paths.database)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        config = alembic_config()
        config.attributes["connection"] = connection
        getattr(command, direction)(config, revision)
    database.close()


def write_rows(data_paths: DataPaths, statements: Iterable[str]) -> None:
    """Plain SQL, as the version that wrote the file did: no model of today's schema in between."""
    with sqlite3.connect(data_paths.database) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def file_at(data_paths: DataPaths, revision: str, statements: Iterable[str] = ()) -> None:
    """A database at ``revision`` holding the rows ``statements`` insert."""
    migrate_file(data_paths, revision, "upgrade")
    write_rows(data_paths, statements)
