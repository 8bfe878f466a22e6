"""Start-up task: remove work files a killed back-up or restore left, the rolling local back-up, and the reminder to
make a real one."""

from __future__ import annotations

from buurtzaak_desktop.backup.files import remove_stale_work_files
from buurtzaak_desktop.backup.rolling import make_rolling_copy
from buurtzaak_desktop.backup.status import DEFAULT_REMINDER_DAYS, reminder
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.demo import is_empty


def run(context: AppContext) -> list[str]:
    remove_stale_work_files(context.paths.root)
    make_rolling_copy(context.paths)
    return [text] if (text := due_reminder(context)) else []


def due_reminder(context: AppContext) -> str | None:
    """The reminder, unless the folder holds no centre data yet (nothing to lose)."""
    with context.database.reading() as session:
        if is_empty(session):
            return None
    days = int(context.settings.get("backup_reminder_days", DEFAULT_REMINDER_DAYS))
    return reminder(context.paths, days)
