"""No lost update: an edit names the version of the row it was made on, and the row is taken for it atomically.

``claim`` raises the row's version in one conditional UPDATE ("... WHERE version = the one read"): of two desks that
read version 3 and save at the same moment, the database lets exactly one through (on PostgreSQL the second waits for
the first and then matches no row; on SQLite writers are serialised). Every other write of a versioned row raises its
version too (the flush hook below), so an edit made on an old copy is refused whichever path changed the row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session

from buurtzaak_desktop.db.models.versioned import Versioned
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, ChangedElsewhere, NotFound


def claim(session: Session, model: type[Versioned], row_id: int, seen_version: int | None) -> None:
    """Take the row for this transaction's change; refused when it changed after ``seen_version`` was read.

    ``seen_version`` None: the caller read the row in this same transaction (nothing to compare), the version still
    goes up so that other desks notice.
    """
    table: Any = model
    statement = update(table).where(table.id == row_id)
    if seen_version is not None:
        statement = statement.where(table.version == seen_version)
    result: Any = session.execute(statement.values(version=table.version + 1, changed_at=clock.now_utc()))
    if result.rowcount == 1:
        return
    found = session.execute(select(table.changed_at).where(table.id == row_id)).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Dit is intussen verwijderd; opnieuw geladen."))
    raise ChangedElsewhere(found[0])


@event.listens_for(OrmSession, "before_flush")
def _raise_versions(session: OrmSession, _context: Any, _instances: Any) -> None:
    now = clock.now_utc()
    for row in session.dirty:
        if isinstance(row, Versioned) and session.is_modified(row, include_collections=False):
            row.version = (row.version or 0) + 1
            row.changed_at = now
