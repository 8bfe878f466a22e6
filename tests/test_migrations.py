"""Migrations take an empty file to head, agree with the models, and refuse files that are not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import buurtzaak_desktop.db.models  # noqa: F401
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import (
    APPLICATION_ID,
    alembic_config,
    head_revisions,
    known_revisions,
    open_database,
)
from buurtzaak_desktop.domain.errors import DamagedDatabase, NewerDatabaseError, NotABuurtzaakDatabase
from buurtzaak_desktop.paths import DataPaths


def revisions_in(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}


def test_empty_folder_is_migrated_to_head(data_paths: DataPaths) -> None:
    database = open_database(data_paths)
    database.close()
    assert revisions_in(data_paths.database) == set(head_revisions())
    with sqlite3.connect(data_paths.database) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_models_and_migrations_agree(database: Database) -> None:
    """What `alembic check` does: autogenerate finds nothing to add after upgrading to head."""
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []


def test_every_connection_enforces_foreign_keys_and_waits_when_busy(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_older_file_is_copied_aside_then_migrated(data_paths: DataPaths) -> None:
    all_revisions = sorted(known_revisions())
    if len(all_revisions) < 2:
        pytest.skip("there is only one migration so far: nothing to migrate from")
    data_paths.ensure()
    database = Database(data_paths.database)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    database.close()

    open_database(data_paths).close()

    copies = list(data_paths.backups.glob("*voor-migratie*.sqlite"))
    assert len(copies) == 1
    assert revisions_in(copies[0]) == {"0001"}
    assert revisions_in(data_paths.database) == set(head_revisions())


def test_file_at_head_is_not_copied_again(data_paths: DataPaths) -> None:
    open_database(data_paths).close()
    open_database(data_paths).close()
    assert not data_paths.backups.exists() or not list(data_paths.backups.iterdir())


def test_newer_file_is_refused_untouched(data_paths: DataPaths) -> None:
    open_database(data_paths).close()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = data_paths.database.read_bytes()
    with pytest.raises(NewerDatabaseError) as refused:
        open_database(data_paths)
    assert "nieuwere versie" in refused.value.message
    assert str(data_paths.database) in refused.value.message
    assert data_paths.database.read_bytes() == before


def test_damaged_file_is_refused_untouched(data_paths: DataPaths) -> None:
    open_database(data_paths).close()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    content = bytearray(data_paths.database.read_bytes())
    page_size = int.from_bytes(content[16:18], "big")
    content[page_size + 10 : 2 * page_size] = b"\xff" * (page_size - 10)  # scribble over page 2
    data_paths.database.write_bytes(bytes(content))
    with pytest.raises(DamagedDatabase) as refused:
        open_database(data_paths)
    assert "beschadigd" in refused.value.message
    assert data_paths.database.read_bytes() == bytes(content)


def test_text_file_is_refused_untouched(data_paths: DataPaths) -> None:
    data_paths.ensure()
    data_paths.database.write_text("boodschappenlijst: melk, brood\n")
    with pytest.raises(NotABuurtzaakDatabase) as refused:
        open_database(data_paths)
    assert "geen Buurtzaak-gegevensbestand" in refused.value.message
    assert data_paths.database.read_text() == "boodschappenlijst: melk, brood\n"


def test_other_programs_database_is_refused_untouched(data_paths: DataPaths) -> None:
    data_paths.ensure()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO recipes (name) VALUES ('soep')")
    connection.close()
    before = data_paths.database.read_bytes()
    with pytest.raises(NotABuurtzaakDatabase):
        open_database(data_paths)
    assert data_paths.database.read_bytes() == before


def test_start_up_revision_reading_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revisions() == frozenset(script.get_heads())
    assert known_revisions() == frozenset(rev.revision for rev in script.walk_revisions())
