"""Taking a row for the rest of a transaction, so that two desks' check-then-write steps on it run one after another.

On PostgreSQL ``SELECT ... FOR UPDATE``: a second desk that takes the same row waits until the first commits, and its
next query (read committed: a fresh snapshot per statement) sees what the first wrote; so its check counts the place
just given, or names the shift just assigned. On SQLite nothing is needed (one writer at a time, the write transaction
sees every commit) and SQLAlchemy renders no ``FOR UPDATE`` there: the file behaves exactly as before.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session


def take_row(session: Session, model: Any, row_id: int) -> None:
    """Lock ``model``'s row ``row_id`` until this transaction ends (a missing row: nothing to lock, no error)."""
    session.execute(select(model.id).where(model.id == row_id).with_for_update())
