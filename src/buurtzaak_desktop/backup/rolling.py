"""Rolling local back-ups in the data folder's ``backups/``: 7 daily, 4 weekly and 12 monthly copies.

A copy is made at the first start of a day, so it holds the data as the previous day of use left it.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from pathlib import Path

from buurtzaak_desktop.backup.files import remove_quietly
from buurtzaak_desktop.db.migrate import copy_aside
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.paths import DataPaths

log = logging.getLogger(__name__)

REASON = "dagelijks"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_ROLLING = re.compile(rf"-{REASON}-(\d{{8}})-\d{{6}}\.sqlite$")


def rolling_copies(paths: DataPaths) -> dict[Path, date]:
    if not paths.backups.is_dir():
        return {}
    found = {}
    for path in paths.backups.iterdir():
        match = _ROLLING.search(path.name)
        if match:
            found[path] = datetime.strptime(match.group(1), "%Y%m%d").date()
    return found


def make_rolling_copy(paths: DataPaths, today: date | None = None) -> Path | None:
    """Copy the database aside unless today's copy exists; then thin out old copies. Returns the new copy."""
    now = clock.now()
    today = today or now.date()
    # a server's back-ups are its administrator's: the folder's file (if any) is not the data in use
    if paths.on_server or not paths.database.exists() or today in rolling_copies(paths).values():
        return None
    # The copy is named by the day it was checked for: naming it from another clock made a second copy that day.
    copy = copy_aside(paths.database, paths.backups, REASON, datetime.combine(today, now.time()))
    removed = prune(paths)
    log.info("rolling back-up made; %d old copies removed", removed)
    return copy


def to_keep(days: list[date]) -> set[date]:
    """Newest copy of each of the last 7 days, 4 ISO weeks and 12 months that have a copy."""
    newest_first = sorted(set(days), reverse=True)
    keep: set[date] = set()
    for period, count in (
        (lambda d: d, KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for day in newest_first:
            key = period(day)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(day)
    return keep


def prune(paths: DataPaths) -> int:
    copies = rolling_copies(paths)
    keep = to_keep(list(copies.values()))
    newest_per_day: dict[date, Path] = {}
    for path, day in sorted(copies.items(), key=lambda item: item[0].name):
        newest_per_day[day] = path  # names sort by time within a day
    doomed = [path for path, day in copies.items() if day not in keep or newest_per_day[day] != path]
    remove_quietly(*doomed)
    return len(doomed)
