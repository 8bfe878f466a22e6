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
    """Insert ``rows`` (column values; defaults fill the rest) and return their new ids, in the order of ``rows``.

    SQLite's executemany is one statement; with RETURNING, SQLAlchemy would send one statement per row to keep the
    order. In the caller's write transaction nobody else inserts, and SQLite gives each new row the next higher id,
    so the new ids are those above the highest id before, in order."""
    if not rows:
        return []
    table: Any = model.__table__  # type: ignore[attr-defined]
    before = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    insert_chunks(session, table, rows)
    ids = list(session.execute(select(table.c.id).where(table.c.id > before).order_by(table.c.id)).scalars())
    if len(ids) != len(rows):  # cannot happen in one transaction; never hand out wrong ids
        raise RuntimeError(f"bulk insert into {table.name}: {len(rows)} rows, {len(ids)} new ids")
    return ids
