"""Checking a database file without changing it: integrity, that it is ours, its schema and what it holds."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from buurtzaak_desktop.backup.errors import truncated
from buurtzaak_desktop.db.migrate import inspect_file
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, DamagedDatabase

# Tables that say nothing about the centre's data.
BOOKKEEPING_TABLES = frozenset({"alembic_version"})


@dataclass(frozen=True)
class Contents:
    """What a checked database holds."""

    revisions: frozenset[str]
    counts: dict[str, int]  # rows per table

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for name in names
        if name not in BOOKKEEPING_TABLES
    }


def check_complete(path: Path) -> None:
    """A file shorter than its own header says was cut off while copying (a pulled stick, a full disk)."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        raise truncated(str(path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    # the page count is only valid when the "version valid for" number matches the change counter
    if header[24:28] == header[92:96] and path.stat().st_size < page_size * page_count:
        raise truncated(str(path))


def verify_database(path: Path) -> Contents:
    """Refuse (with a Dutch message) a file that is not a healthy Buurtzaak database; else say what it holds."""
    state = inspect_file(path)  # not SQLite, another program's, newer schema, quick_check
    if not state.revisions:
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP("core", "{file} is leeg of geen Buurtzaak-gegevensbestand."), file=str(path)
        )
    check_complete(path)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = connection.execute("PRAGMA integrity_check").fetchall()
            broken_links = connection.execute("PRAGMA foreign_key_check").fetchall()
            if problems != [("ok",)] or broken_links:
                raise sqlite3.DatabaseError("integrity")
            return Contents(state.revisions, table_counts(connection))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP("core", "{file} is beschadigd en kan niet worden geopend."), file=str(path)
        ) from error
