"""Every PIN of the app (the spreekuur PIN, the coordinator's PIN for POP notes) through one path: set, check, wait.

Wrong tries are counted in the database, beside the hash: after ``MAX_FAILURES`` in a row, every try (the right PIN
too) is refused for ``PAUSE_SECONDS``, and closing and reopening the app does not shorten the wait.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlmodel import Session

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from buurtzaak_desktop.domain.pin import MAX_FAILURES, PAUSE_SECONDS, check_new_pin, hash_pin, verify_pin
from buurtzaak_desktop.services.settings import read_setting, write_setting

log = logging.getLogger(__name__)


class PinPaused(RuleViolation):
    """Too many wrong tries: no PIN is checked until the wait is over."""

    def __init__(self, seconds: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("core", "Te vaak een verkeerde pincode. Probeer het over {seconds} seconden opnieuw."),
            seconds=seconds,
        )


def _tries_key(key: str) -> str:
    return f"{key}_failures"


def has_pin(database: Database, key: str) -> bool:
    with database.reading() as session:
        return bool(read_setting(session, key, {}))


def set_pin(database: Database, key: str, new_pin: str, current_pin: str | None = None) -> None:
    """Set the PIN stored under ``key``; changing it needs the current one."""
    check_new_pin(new_pin)
    with database.transaction() as session:
        stored = read_setting(session, key, {})
        if stored and (current_pin is None or not verify_pin(current_pin, stored)):
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "De huidige pincode klopt niet; de pincode is niet gewijzigd.")
            )
        write_setting(session, key, hash_pin(new_pin))
        write_setting(session, _tries_key(key), {})


def wait_seconds(database: Database, key: str) -> int:
    """How long the PIN under ``key`` still refuses every try (0: not waiting)."""
    with database.reading() as session:
        return _remaining(session, key, clock.now())


def _remaining(session: Session, key: str, now: datetime) -> int:
    until = read_setting(session, _tries_key(key), {}).get("until")
    if not until:
        return 0
    return max(0, int((datetime.fromisoformat(until) - now).total_seconds() + 0.999))


def check_pin(database: Database, key: str, pin: str) -> bool:
    """True for the right PIN, False for a wrong one (or none set); raises PinPaused while the PIN waits."""
    now = clock.now()
    with database.transaction() as session:
        if seconds := _remaining(session, key, now):
            raise PinPaused(seconds)
        stored = read_setting(session, key, {})
        if not stored:
            return False
        tries = read_setting(session, _tries_key(key), {})
        if verify_pin(pin, stored):
            if tries:
                write_setting(session, _tries_key(key), {})
            return True
        failures = int(tries.get("failures", 0)) + 1
        if failures >= MAX_FAILURES:
            log.info("PIN %s: %d wrong tries, waiting %d s", key, failures, PAUSE_SECONDS)
            tries = {"failures": 0, "until": (now + timedelta(seconds=PAUSE_SECONDS)).isoformat()}
        else:
            tries = {"failures": failures}
        write_setting(session, _tries_key(key), tries)
        return False
