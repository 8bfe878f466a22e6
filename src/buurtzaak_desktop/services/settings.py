"""Centre settings, kept in the database so that they travel with a back-up.

Per-machine preferences (window size, last tab) are not here: the Qt layer keeps those in QSettings.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from buurtzaak_desktop.db import models, tables
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.rooster.hours import DEFAULT_WEEK, week_setting

# Defaults for settings more than one area reads. An area's own settings pass their default to get().
DEFAULTS: dict[str, Any] = {
    "centre_name": "Huis van de Wijk De Buurtzaak",
    "centre_place": "Slotervaart, Amsterdam Nieuw-West",
    "opening_hours": week_setting(DEFAULT_WEEK),  # per weekday; a closed weekend day opens by exception
    "room_rate_cents": {"free": 0, "non_commercial": 500, "commercial": 1500},
    "spreekuur_retention_years": 2,
    "volunteer_retention_years": 2,
    "backup_reminder_days": 7,
}


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(models.Setting, key)
    return _decoded(key, row.value if row is not None else None, default)


def stored_setting(session: Session, key: str, default: Any = None) -> Any:
    """``read_setting`` through the plain table, for readers that build no model classes (``buurtzaak check``, the
    opening calendar): it sees what the session has flushed."""
    query = select(tables.setting.c.value).where(tables.setting.c.key == key)
    return _decoded(key, session.execute(query).scalar_one_or_none(), default)


def _decoded(key: str, stored: str | None, default: Any) -> Any:
    if stored is not None:
        return json.loads(stored)
    return DEFAULTS.get(key, default) if default is None else default


def write_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(models.Setting, key)
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(models.Setting(key=key, value=encoded))
    else:
        row.value = encoded


class SettingsService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def get(self, key: str, default: Any = None) -> Any:
        with self.database.reading() as session:
            return read_setting(session, key, default)

    def set(self, key: str, value: Any) -> None:
        with self.database.transaction() as session:
            write_setting(session, key, value)
