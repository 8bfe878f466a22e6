"""Start-up task: remove work files a killed back-up or restore left, the rolling local back-up, and the reminder to
make a real one."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any, Protocol

from buurtzaak_desktop.backup.files import remove_stale_work_files
from buurtzaak_desktop.backup.rolling import make_rolling_copy
from buurtzaak_desktop.backup.status import DEFAULT_REMINDER_DAYS, reminder
from buurtzaak_desktop.db.content import is_empty
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP
from buurtzaak_desktop.paths import DataPaths

log = logging.getLogger(__name__)


class Settings(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...


class StartupContext(Protocol):
    """What the start-up task needs of services.context.AppContext (backup/ sits below services/: no import)."""

    @property
    def paths(self) -> DataPaths: ...

    @property
    def database(self) -> Database: ...

    @property
    def settings(self) -> Settings: ...


def run(context: StartupContext) -> list[str]:
    messages = []
    try:
        remove_stale_work_files(context.paths.root)
        make_rolling_copy(context.paths)
    except (OSError, sqlite3.Error) as error:  # best effort: a full or read-only disk never blocks the start
        log.warning("rolling back-up failed: %s %s", type(error).__name__, getattr(error, "errno", ""))
        messages.append(
            QT_TRANSLATE_NOOP(
                "core",
                "De automatische kopie van vandaag kon niet worden gemaakt (is de schijf vol?). U kunt gewoon verder "
                "werken; maak ruimte vrij en maak een back-up via Bestand › Back-up maken.",
            )
        )
    if text := due_reminder(context):
        messages.append(text)
    return messages


def due_reminder(context: StartupContext) -> str | None:
    """The reminder, unless the folder holds no centre data yet (nothing to lose), or the data is on a server (whose
    back-ups are its administrator's)."""
    if context.paths.on_server:
        return None
    with context.database.reading() as session:
        if is_empty(session):
            return None
    days = int(context.settings.get("backup_reminder_days", DEFAULT_REMINDER_DAYS))
    return reminder(context.paths, days)
