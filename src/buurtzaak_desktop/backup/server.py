"""A back-up of a PostgreSQL server's database: the same checked SQLite file a desk's back-up is.

The file is made by our own migrations (so its schema is exactly a desk's at this version) and filled with the
server's rows, read table by table in foreign-key order and in chunks, all in ONE snapshot transaction (REPEATABLE
READ, READ ONLY): desks keep working, and the file holds the data of one moment. Naming, checking, encrypting and
making it durable are the file back-up's own (``make.write_backup``).
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Table, create_engine, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from buurtzaak_desktop.backup.files import create_work_file, remove_quietly, sidecars
from buurtzaak_desktop.backup.make import BackupResult, Progress, write_backup
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import head_revisions, migrate, server_revisions
from buurtzaak_desktop.db.models import load_all
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, ServerUnavailable

log = logging.getLogger(__name__)

CHUNK_ROWS = 2000  # rows held in memory per step: a big table streams through, it is never read whole


def tables() -> list[Table]:
    """Every table of the schema, parents before the rows that point at them."""
    load_all()
    return list(SQLModel.metadata.sorted_tables)


def backup_server(
    url: str,
    work_folder: Path,
    folder: Path,
    passphrase: str | None = None,
    moment: datetime | None = None,
    progress: Progress | None = None,
    *,
    opened: Database | None = None,
) -> BackupResult:
    """Write a checked back-up of the server's database ``url`` into ``folder`` (encrypted with ``passphrase``).

    ``opened``: the window's database, whose login (a password given for this session only, in no keyring or
    pgpass file) the back-up's own connection uses."""
    database = opened.reopened() if opened is not None else Database.server(url)
    try:
        with server_errors(database.location), database.engine.connect() as connection:
            check_at_head(connection, database.location)
        return write_backup(
            partial(_copy_server, database, work_folder), work_folder, folder, passphrase, moment, progress
        )
    finally:
        database.close()


def check_at_head(connection: Connection, where: str) -> None:
    """A back-up is of this version's schema: an empty, older or newer (refused there) server is not backed up."""
    revisions = server_revisions(connection, where)
    if not revisions:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De database {server} is nog leeg: er is niets om te back-uppen."), server=where
        )
    if revisions != head_revisions():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "core",
                "De database {server} heeft een oudere versie dan dit programma. Open hem eerst één keer met deze "
                "versie van Buurtzaak (hij wordt dan bijgewerkt) en maak dan de back-up.",
            ),
            server=where,
        )


@contextmanager
def server_errors(where: str) -> Iterator[None]:
    """A dropped or refused connection, said in Dutch."""
    try:
        yield
    except OperationalError as error:
        log.warning("server back-up or restore failed: %s", type(error.orig).__name__)
        raise ServerUnavailable(
            QT_TRANSLATE_NOOP(
                "core",
                "De verbinding met de server {server} is verbroken of geweigerd. Er is niets veranderd; probeer het "
                "zo opnieuw.",
            ),
            server=where,
        ) from error


def sqlite_engine(path: Path) -> Any:
    """A plain engine on a work file: SQLAlchemy's own SQLite types, so values are stored as a desk stores them."""
    return create_engine(URL.create("sqlite", database=str(path)), poolclass=NullPool)


def _copy_server(database: Database, work_folder: Path, target: Path, progress: Progress | None) -> dict[str, int]:
    """Fill the new file ``target`` with the server's rows; returns the counts read in the same snapshot."""
    _create_at_head(work_folder, target)
    file = sqlite_engine(target)
    try:
        with server_errors(database.location), database.engine.connect() as server:
            snapshot = server.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with snapshot.begin(), file.begin() as destination:
                return _copy_tables(snapshot, destination, progress)
    finally:
        file.dispose()


def _create_at_head(work_folder: Path, target: Path) -> None:
    """This version's empty schema in ``target``, made by the same migrations as a desk's file.

    Made in the data folder and then copied: the app's engine migrates in WAL mode, whose -shm file a network folder
    or a stick's file system may not support; the copy is a standalone file (journal mode DELETE)."""
    schema = create_work_file(work_folder, "schema")
    try:
        created = Database(schema)
        try:
            migrate(created)
        finally:
            created.close()
        plain = sqlite3.connect(schema)
        try:
            plain.execute("PRAGMA journal_mode=DELETE")
        finally:
            plain.close()
        shutil.copyfile(schema, target)
    finally:
        remove_quietly(schema, *sidecars(schema))


def _copy_tables(source: Connection, destination: Connection, progress: Progress | None) -> dict[str, int]:
    """Copy every table from ``source`` to ``destination`` in chunks; the counts come first, in the same snapshot."""
    schema = tables()
    counts = {table.name: int(source.execute(select(func.count()).select_from(table)).scalar_one()) for table in schema}
    total, done = sum(counts.values()), 0
    for table in schema:
        for chunk in read_chunks(source, table):
            destination.execute(table.insert(), chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return counts


def read_chunks(source: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The rows of ``table`` in primary-key order, CHUNK_ROWS at a time (a server-side cursor on PostgreSQL)."""
    ordered = select(table).order_by(*table.primary_key.columns)
    result = source.execution_options(yield_per=CHUNK_ROWS).execute(ordered)
    for rows in result.partitions():
        yield [dict(row._mapping) for row in rows]
