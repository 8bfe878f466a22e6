"""Bulk inserts for imports: one executemany instead of an ORM flush per row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session, SQLModel

CHUNK = 10_000  # rows per executemany: SQLAlchemy's copy of the parameters stays small
# rows an import checks before it writes them (while no row failed): what a pass holds at most; a bigger chunk
# makes the import no faster
WRITE_CHUNK = 2_000


def insert_chunks(session: Session, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    """``INSERT`` of ``rows`` into ``table`` (a model or a Table), a chunk at a time."""
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), list(rows[start : start + CHUNK]))


def insert_rows(session: Session, model: type[SQLModel], rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (column values; defaults fill the rest) and return their new ids, in the order of ``rows``."""
    if not rows:
        return []
    table: Any = model.__table__  # type: ignore[attr-defined]
    if session.get_bind().dialect.name == "postgresql":
        return _insert_returning(session, table, rows)
    return _insert_sqlite(session, table, rows)


def _insert_returning(session: Session, table: Any, rows: Sequence[dict[str, Any]]) -> list[int]:
    """On a server other desks insert at the same time: each id comes from the table's sequence, handed back by
    ``INSERT … RETURNING``. SQLAlchemy sends a thousand rows per statement and keeps the order of ``rows``."""
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        ids += session.execute(statement, list(rows[start : start + CHUNK])).scalars()
    return ids


def _insert_sqlite(session: Session, table: Any, rows: Sequence[dict[str, Any]]) -> list[int]:
    """SQLite's executemany is one statement; with RETURNING, SQLAlchemy would send one statement per row to keep the
    order. From its first INSERT the transaction holds the file's only write lock, so nobody else inserts, and
    SQLite gives each new row the next higher id: the new ids are the last ``len(rows)`` up to the last one.

    Nothing is read before the first INSERT: a read would pin the transaction to a snapshot, and another desk's
    commit in between would make the INSERT fail ("database is locked") instead of wait."""
    insert_chunks(session, table, rows)
    last = session.execute(select(func.last_insert_rowid())).scalar_one()
    first = last - len(rows) + 1
    count = session.execute(select(func.count()).where(table.c.id.between(first, last))).scalar_one()
    if count != len(rows):  # cannot happen while the transaction holds the write lock; never hand out wrong ids
        raise RuntimeError(f"bulk insert into {table.name}: {len(rows)} rows, {count} new ids")
    return list(range(first, last + 1))
