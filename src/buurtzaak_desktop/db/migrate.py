"""Opening a data folder's database: refuse what is not ours, copy aside, then migrate to head.

A file is only changed after it has been checked: a damaged file, another program's database or a
file from a newer version of the app is refused with a Dutch message, and left as it was.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.revisions import head_revisions, known_revisions
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    DamagedDatabase,
    DatabaseOpenError,
    NewerDatabaseError,
    NotABuurtzaakDatabase,
    ReadOnlyDataFolder,
)
from buurtzaak_desktop.paths import (
    MIGRATIONS_DIR,
    DataPaths,
    create_private_file,
    make_private_folder,
    restrict_to_owner,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

log = logging.getLogger(__name__)

# PRAGMA application_id marks a file as a Buurtzaak database ("BUZK").
APPLICATION_ID = 0x42555A4B
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What a database file holds, read without changing it."""

    exists: bool
    revisions: frozenset[str]  # empty for a new, empty file

    @property
    def is_new(self) -> bool:
        return not self.revisions


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is imported only when a migration has to run

    # stdout given at each call: Alembic's default is whatever sys.stdout was when it was first imported
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def inspect_file(path: Path) -> FileState:
    """Check that ``path`` is a healthy Buurtzaak database (or empty), without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), revisions=frozenset())
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotABuurtzaakDatabase(
            QT_TRANSLATE_NOOP("core", "{file} is geen Buurtzaak-gegevensbestand."), file=str(path)
        )
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)  # as_uri: "#", "?" in names
        try:
            return _inspect_connection(connection, path)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        log.warning("database check failed: %s", type(error).__name__)
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP("core", "{file} is beschadigd en kan niet worden geopend."), file=str(path)
        ) from error


def _inspect_connection(connection: sqlite3.Connection, path: Path) -> FileState:
    if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP("core", "{file} is beschadigd en kan niet worden geopend."), file=str(path)
        )
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if not tables:
        return FileState(exists=True, revisions=frozenset())
    if application_id != APPLICATION_ID or "alembic_version" not in tables:
        raise NotABuurtzaakDatabase(
            QT_TRANSLATE_NOOP("core", "{file} is geen Buurtzaak-gegevensbestand."), file=str(path)
        )
    revisions = frozenset(row[0] for row in connection.execute("SELECT version_num FROM alembic_version"))
    if not revisions:  # tables without a schema version: a half-written or tampered file
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP("core", "{file} is beschadigd en kan niet worden geopend."), file=str(path)
        )
    _refuse_newer(revisions, str(path))
    return FileState(exists=True, revisions=revisions)


def _refuse_newer(revisions: frozenset[str], where: str) -> None:
    if not revisions <= known_revisions():
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} is gemaakt met een nieuwere versie van Buurtzaak. "
                "Installeer de nieuwste versie om het te openen.",
            ),
            file=where,
        )


Schema = frozenset[tuple[object, ...]]


def schema_of(connection: sqlite3.Connection) -> Schema:
    """The shape of a database: its tables with their columns, its indexes, triggers and views (not SQLite's own)."""
    shape: set[tuple[object, ...]] = set()
    rows = connection.execute("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    for kind, name, table in rows.fetchall():
        if kind == "table":
            info = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
            shape.add((kind, name, tuple((c[1], str(c[2]).upper(), c[3], c[5]) for c in info)))
        elif kind == "index":
            columns = connection.execute(f'PRAGMA index_info("{name}")').fetchall()
            shape.add((kind, name, table, tuple(c[2] for c in columns)))
        else:
            shape.add((kind, name, table))
    return frozenset(shape)


@lru_cache(maxsize=4)
def expected_schema(revisions: frozenset[str]) -> Schema:
    """The shape the migrations build for ``revisions``, in an empty database in memory."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            for revision in sorted(revisions):
                command.upgrade(config, revision)
            raw = connection.connection.driver_connection
            assert raw is not None
            return schema_of(raw)
    finally:
        engine.dispose()


def copy_aside(source: Path, backups_dir: Path, reason: str, moment: datetime | None = None) -> Path:
    """A consistent copy of ``source`` via SQLite's backup API (a file copy of a WAL database can be torn).

    Named after ``moment`` (default: the clock's now), so a caller that decided "today" names the copy by that day.
    """
    make_private_folder(backups_dir)
    target = backups_dir / f"{source.stem}-{reason}-{moment or clock.now():%Y%m%d-%H%M%S}.sqlite"
    # Written under a temporary name and kept only after it checks out: a full disk must not leave an empty or
    # half copy under a name that counts as today's.
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        create_private_file(temporary)  # a copy of the whole database: owner-only, like the database itself
        with sqlite3.connect(source) as src, sqlite3.connect(temporary) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the copy does not check out")
        src.close()
        dst.close()
        temporary.replace(target)
    except BaseException:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise
    return target


def migrate(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        _upgrade(connection)


def _upgrade(connection: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "heads")


def is_read_only(paths: DataPaths) -> bool:
    """Can the data folder (and the database, if there is one) not be written? SQLite needs the folder for its -wal."""
    return not os.access(paths.root, os.W_OK) or (paths.database.exists() and not os.access(paths.database, os.W_OK))


def refuse_read_only(paths: DataPaths) -> None:
    """Say "alleen-lezen" instead of letting SQLite's failure to create its -wal read as a damaged file."""
    if is_read_only(paths):
        raise ReadOnlyDataFolder(
            QT_TRANSLATE_NOOP(
                "core",
                "De gegevensmap {folder} is alleen-lezen: Buurtzaak kan er niets in opslaan. Kies een andere map, of "
                "zorg dat er weer in geschreven mag worden (staat de USB-stick of de schijf op alleen-lezen?).",
            ),
            folder=str(paths.root),
        )


def open_database(paths: DataPaths) -> Database:
    """Open (and if needed create or migrate) the data folder's database, or the server's."""
    paths.ensure()
    if paths.database_url:
        return open_server(paths.database_url)
    refuse_read_only(paths)
    if not paths.database.exists():
        create_private_file(paths.database)  # SQLite gives its -wal and -shm the same owner-only mode
    restrict_to_owner(paths.database)
    state = inspect_file(paths.database)
    if state.revisions and state.revisions != head_revisions():
        saved = copy_aside(paths.database, paths.backups, "voor-migratie")
        log.info("copied database aside before migrating: %s", saved.name)
    database = Database(paths.database)
    if state.revisions != head_revisions():
        migrate(database)
    return database


def open_server(url: str, password: str | None = None) -> Database:
    """Open a PostgreSQL server's database, migrating its schema to head as a file's is.

    What is not ours, or is newer, is refused as a file is. Two desks starting at once: the first migrates under an
    advisory lock, the second waits for it and then finds nothing to do. (No copy aside before migrating: a server's
    back-ups are its administrator's; PostgreSQL migrates in one transaction, all or nothing.) A user who may only
    read gets the database read-only, and no migration is tried for them: an older schema is refused in Dutch.
    ``password``: one typed for this session only; else the keyring's, else libpq's pgpass file (db/credentials.py).
    """
    from sqlalchemy.exc import DBAPIError, OperationalError

    from buurtzaak_desktop.db.connection import connection_problem

    database = Database.server(url, password)
    try:
        with database.engine.begin() as connection:
            database.look_around(connection)
            if server_revisions(connection, database.location) != head_revisions():
                if database.read_only:
                    raise ServerNeedsUpdate(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "De database {server} moet worden bijgewerkt voor deze versie van Buurtzaak, maar u mag "
                            "op deze server niets wijzigen. Vraag de beheerder Buurtzaak één keer te openen met een "
                            "gebruiker die dat wel mag.",
                        ),
                        server=database.location,
                    )
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({APPLICATION_ID})")
                if server_revisions(connection, database.location) != head_revisions():  # another desk was first
                    _upgrade(connection)
    except OperationalError as error:
        database.close()
        raise connection_problem(error, url) from error
    except DBAPIError as error:  # e.g. a user who may write rows but not change tables, at a migration
        database.close()
        log.warning("server refused the migration: %s", type(error.orig).__name__)
        raise ServerNeedsUpdate(
            QT_TRANSLATE_NOOP(
                "core",
                "De database {server} kon niet worden bijgewerkt voor deze versie van Buurtzaak: de server weigerde "
                "het. Vraag de beheerder Buurtzaak één keer te openen met de eigenaar van de database.",
            ),
            server=database.location,
        ) from error
    except BaseException:
        database.close()
        raise
    return database


class ServerNeedsUpdate(DatabaseOpenError):
    """The server's schema is older than the app, and this user may not bring it up to date."""


def server_revisions(connection: Connection, where: str) -> frozenset[str]:
    """The schema revisions of a server's database; empty for an empty database. Refuses another program's."""
    from sqlalchemy import inspect, text

    tables = set(inspect(connection).get_table_names())
    if not tables:
        return frozenset()
    if "alembic_version" not in tables:
        raise NotABuurtzaakDatabase(
            QT_TRANSLATE_NOOP("core", "De database {server} is geen Buurtzaak-database."), server=where
        )
    revisions = frozenset(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    _refuse_newer(revisions, where)
    return revisions
