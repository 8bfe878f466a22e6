"""One open Buurtzaak database and its unit of work."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from buurtzaak_desktop.db import versioning  # noqa: F401 - every write of a versioned row raises its version
from buurtzaak_desktop.db.engine import make_engine, make_server_engine
from buurtzaak_desktop.db.watch import FileChangeWatcher, ServerChangeWatcher, notify_desks
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, DoubleBooked, NotOnServer, RuleViolation, StorageError
from buurtzaak_desktop.paths import server_label

log = logging.getLogger(__name__)
DOUBLE_BOOKING_CONSTRAINT = "booking_no_overlap"  # migration 0021: live bookings of a room never overlap (a server)
SERVER_RULES = {  # migration 0024 (a server): what the database itself refuses, said as the desk would hear it
    "shift_assignment_no_overlap": QT_TRANSLATE_NOOP(
        "core", "Deze vrijwilliger staat al op een dienst die hiermee overlapt. Er is niets opgeslagen."
    ),
    "registration_within_capacity": QT_TRANSLATE_NOOP(
        "core", "Deze activiteit heeft geen vrije plaats meer. Er is niets opgeslagen."
    ),
}


class Database:
    """A SQLite file (``Database(path)``) or a PostgreSQL server (``Database.server(url)``)."""

    def __init__(self, path: Path | None = None, *, url: str | None = None, password: str | None = None) -> None:
        if (path is None) == (url is None):
            raise ValueError("a Database is a file or a server URL")
        self._path = path
        self.url = url
        self._password = password
        self.desk = os.urandom(4).hex()  # this window's name in the server's change notices
        self.engine = make_server_engine(url, password) if url else make_engine(path)  # type: ignore[arg-type]
        # a server's: set by look_around() when it is opened (db/migrate.py open_server)
        self.read_only = False  # this user may not write here: every write is refused before it starts
        self.encrypted = False  # the connection uses TLS

    @classmethod
    def server(cls, url: str, password: str | None = None) -> Database:
        """The server's database; the password, when the URL has none, from the keyring (else libpq's pgpass)."""
        from buurtzaak_desktop.db.credentials import stored_password

        if password is None and make_url(url).password is None:
            password = stored_password(url)
        return cls(url=url, password=password)

    def reopened(self) -> Database:
        """A new Database on the same file or server (what a restart of the app opens)."""
        database = Database(self._path, url=self.url, password=self._password)
        database.read_only, database.encrypted = self.read_only, self.encrypted
        return database

    def look_around(self, connection: Connection) -> None:
        """On a server: may this user write (and is it a writable primary), and is the connection encrypted?"""
        self.read_only = not may_write(connection)
        self.encrypted = uses_tls(connection)

    @property
    def on_server(self) -> bool:
        return self.url is not None

    @property
    def path(self) -> Path:
        """The SQLite file. On a server there is none: what works on the file itself is refused, in Dutch."""
        if self._path is None:
            raise NotOnServer(
                QT_TRANSLATE_NOOP("core", "Dit werkt alleen met een gegevensbestand, niet op een server ({server})."),
                server=self.location,
            )
        return self._path

    @property
    def location(self) -> str:
        """Where the data is, for messages: the file's path, or "host/database" on a server."""
        return server_label(self.url) if self.url else str(self._path)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose writes are committed together at the end, or not at all."""
        if self.read_only:  # refused before anything is read or written: the server would refuse it half-way
            raise ReadOnlyServer(
                QT_TRANSLATE_NOOP("core", "Alleen lezen: u mag op deze server niets wijzigen."), server=self.location
            )
        session = Session(self.engine, expire_on_commit=False)
        try:
            with session.begin():
                yield session
                if self.on_server and session.in_transaction():  # not after a dry run's own rollback
                    notify_desks(session, self.desk)  # live views at the other desks (db/watch.py)
        except OperationalError as error:
            raise (_server_error(error) if self.on_server else _storage_error(error)) from error
        except IntegrityError as error:
            rule = _constraint_of(error)
            if rule == DOUBLE_BOOKING_CONSTRAINT:  # any writer: a booking, an import, a session
                raise DoubleBooked(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Deze ruimte is op dit moment net door een andere balie geboekt. Er is niets opgeslagen.",
                    )
                ) from error
            if rule in SERVER_RULES:  # migration 0024: the services take turns first, so only another writer
                raise RuleViolation(SERVER_RULES[rule]) from error
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries; it never commits."""
        with Session(self.engine) as session:
            yield session

    def checkpoint(self) -> bool:
        """Copy the write-ahead log into the file and empty it (waiting up to the busy timeout for readers).

        False when another connection still reads an older snapshot: until it is done, the file keeps old pages.
        A server has no such file: nothing to do there.
        """
        if self.on_server:
            return True
        raw = self.engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert connection is not None
            busy, _log, _copied = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            raw.close()
        return busy == 0

    def change_watcher(self) -> FileChangeWatcher | ServerChangeWatcher:
        """What tells a window that another desk wrote (db/watch.py)."""
        return ServerChangeWatcher(self.engine, self.desk) if self.on_server else FileChangeWatcher(self.path)

    def vacuum(self) -> None:
        """On a server: let PostgreSQL reclaim the rows just deleted or overwritten (outside a transaction, as it
        must). It marks their space for reuse; the server's administrator decides about VACUUM FULL and its back-ups."""
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM")

    def close(self) -> None:
        self.engine.dispose()


class ReadOnlyServer(StorageError):
    """This user may only read the server's database (only SELECT granted, or a read-only standby)."""


def may_write(connection: Connection) -> bool:
    """A writable primary where this user may insert into and update every table of ours (a user who may write
    some tables but not others could not finish many a write: read-only too). An empty database: may create.
    Not counted: Alembic's own table, and ``booking_block`` (0023), which only its triggers write, as its owner."""
    standby = "SELECT pg_is_in_recovery() OR current_setting('default_transaction_read_only')::bool"
    if connection.exec_driver_sql(standby).scalar():
        return False
    tables = connection.exec_driver_sql(
        "SELECT count(*), count(*) FILTER (WHERE has_table_privilege(c.oid, 'INSERT')"
        " AND has_table_privilege(c.oid, 'UPDATE')) FROM pg_class c"
        " WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace"
        " AND c.relname NOT IN ('alembic_version', 'booking_block')"
    ).one()
    if tables[0] == 0:
        return bool(connection.exec_driver_sql("SELECT has_schema_privilege(current_schema(), 'CREATE')").scalar())
    return bool(tables[0] == tables[1])


def uses_tls(connection: Connection) -> bool:
    raw = connection.connection.driver_connection
    return bool(getattr(getattr(raw, "pgconn", None), "ssl_in_use", False))


def _constraint_of(error: IntegrityError) -> str | None:
    return getattr(getattr(error.orig, "diag", None), "constraint_name", None)


def _server_error(error: OperationalError) -> StorageError:
    log.warning("server write failed: %s", type(error.orig).__name__)
    return StorageError(
        QT_TRANSLATE_NOOP(
            "core", "De verbinding met de server is verbroken. Er is niets opgeslagen; probeer het zo opnieuw."
        )
    )


def _storage_error(error: OperationalError) -> StorageError:
    text = str(error.orig).lower()
    if "full" in text:
        template = QT_TRANSLATE_NOOP(
            "core", "De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw."
        )
    elif "readonly" in text or "read-only" in text:
        template = QT_TRANSLATE_NOOP("core", "Het gegevensbestand is alleen-lezen. Er is niets opgeslagen.")
    elif "locked" in text or "busy" in text:
        template = QT_TRANSLATE_NOOP(
            "core",
            "Het gegevensbestand is bezet door een ander programma. Er is niets opgeslagen; probeer het zo opnieuw.",
        )
    else:
        template = QT_TRANSLATE_NOOP("core", "Het gegevensbestand kon niet worden geschreven. Er is niets opgeslagen.")
    return StorageError(template)
