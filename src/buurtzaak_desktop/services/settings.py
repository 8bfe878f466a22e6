"""Centre settings, kept in the database so that they travel with a back-up.

Per-machine preferences (window size, last tab) are not here: the Qt layer keeps those in QSettings.
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Setting
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
    row = session.get(Setting, key)
    if row is not None:
        return json.loads(row.value)
    return DEFAULTS.get(key, default) if default is None else default


def write_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(Setting(key=key, value=encoded))
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
