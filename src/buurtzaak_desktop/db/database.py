"""One open Buurtzaak database and its unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from buurtzaak_desktop.db import versioning  # noqa: F401 - every write of a versioned row raises its version
from buurtzaak_desktop.db.engine import make_engine
from buurtzaak_desktop.db.watch import FileChangeWatcher
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, StorageError


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose writes are committed together at the end, or not at all."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            with session.begin():
                yield session
        except OperationalError as error:
            raise _storage_error(error) from error
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
        """
        raw = self.engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert connection is not None
            busy, _log, _copied = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            raw.close()
        return busy == 0

    def change_watcher(self) -> FileChangeWatcher:
        """What tells a window that another desk wrote (db/watch.py)."""
        return FileChangeWatcher(self.path)

    def close(self) -> None:
        self.engine.dispose()


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
