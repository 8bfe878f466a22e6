"""When the last back-up was made: a small file beside the database, so that recording it never changes the data.

Only back-ups to a chosen folder (a USB stick) count; the rolling copies in ``backups/`` sit on the same disk and do
not protect against losing it.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP
from buurtzaak_desktop.paths import DataPaths

log = logging.getLogger(__name__)

STATUS_FILENAME = "laatste-backup.json"
DEFAULT_REMINDER_DAYS = 7


def status_file(paths: DataPaths) -> Path:
    """One per place the data is: the folder's file, or each server this desk backs up (a desk that switches between
    its file and a server must not take the one's back-up for the other's)."""
    if not paths.on_server:
        return paths.root / STATUS_FILENAME
    server = "".join(c if c.isalnum() else "-" for c in paths.location)
    return paths.root / f"laatste-backup-server-{server}.json"


def record_backup(paths: DataPaths, moment: datetime, encrypted: bool) -> None:
    from buurtzaak_desktop.backup.files import fsync_file  # secrets and hashlib: not for the window's status line

    target = status_file(paths.ensure())  # on a server the data folder may hold nothing yet
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(json.dumps({"at": moment.isoformat(timespec="seconds"), "encrypted": encrypted}))
    fsync_file(temporary)
    os.replace(temporary, target)


def last_backup(paths: DataPaths) -> datetime | None:
    try:
        return datetime.fromisoformat(json.loads(status_file(paths).read_text())["at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # never made, or an unreadable status file: both mean "remind"


def reminder(paths: DataPaths, days: int, now: datetime | None = None) -> str | None:
    """A gentle Dutch reminder when the last back-up is ``days`` or more days old (or there was none)."""
    last = last_backup(paths)
    now = now or clock.now()
    if last is None:
        return QT_TRANSLATE_NOOP(
            "core", "Er is nog nooit een back-up gemaakt. Maak er een via Bestand › Back-up maken."
        )
    age = (now.date() - last.date()).days
    if age < max(days, 1):
        return None
    return QT_TRANSLATE_NOOP(
        "core", "De laatste back-up is {days} dagen oud. Maak een nieuwe via Bestand › Back-up maken."
    ).format(days=age)
