"""Whether a database holds the centre's data, or only configuration (a fresh or just-cleared folder)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session, SQLModel

from buurtzaak_desktop.db.models import load_all

load_all()  # every table on the metadata: is_empty goes through all of them

# Tables that hold configuration rather than the centre's data: they do not make a folder "non-empty".
CONFIG_TABLES = frozenset({"setting", "alembic_version"})


def is_empty(session: Session) -> bool:
    for table in SQLModel.metadata.sorted_tables:
        if table.name in CONFIG_TABLES:
            continue
        if session.execute(select(func.count()).select_from(table)).scalar_one():
            return False
    return True
