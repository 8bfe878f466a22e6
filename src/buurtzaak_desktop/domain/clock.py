"""The one clock of the app: every 'today' and 'now' in the code comes from here.

The centre's wall-clock time (Europe/Amsterdam) as a naive datetime. ``BUURTZAAK_NOW`` (``2026-12-03T10:00`` or
``2026-12-03``) pins it, for the tests (so they pass on any date, in the test process and in the command lines it
starts) and for trying the app "as if it were" another day. ``set_now`` pins it inside one process.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")
ENVIRONMENT_VARIABLE = "BUURTZAAK_NOW"

_pinned: datetime | None = None


def now() -> datetime:
    """The wall-clock time at the centre, as a naive datetime (seconds, no microseconds)."""
    if _pinned is not None:
        return _pinned
    text = os.environ.get(ENVIRONMENT_VARIABLE)
    if text:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    return datetime.now(LOCAL_ZONE).replace(tzinfo=None, microsecond=0)


def today() -> date:
    return now().date()


def now_utc() -> datetime:
    """The same moment as ``now()``, as an aware UTC datetime (for time stamps stored or exported in UTC)."""
    return now().replace(tzinfo=LOCAL_ZONE).astimezone(UTC)


def set_now(moment: datetime | None) -> None:
    """Pin the clock in this process (``None`` lets it run again)."""
    global _pinned
    _pinned = moment
