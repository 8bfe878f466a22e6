"""Every PIN of the app (the spreekuur PINs, the coordinator's PIN for POP notes) through one path: set, check, wait.

Wrong tries are counted in the database, beside the hash: after ``MAX_FAILURES`` in a row, every try (the right PIN
too) is refused for a while, and closing and reopening the app does not shorten the wait. Each further run of wrong
tries doubles the wait, until the right PIN is given. Several PINs may share one counter (``throttle``): the
spreekuur's personal PINs do, so that trying the PINs of every person in turn does not give more guesses.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from buurtzaak_desktop.domain.pin import MAX_FAILURES, check_new_pin, hash_pin, pause_seconds, verify_pin
from buurtzaak_desktop.services.settings import read_setting, write_setting

log = logging.getLogger(__name__)


class PinPaused(RuleViolation):
    """Too many wrong tries: no PIN is checked until the wait is over."""

    def __init__(self, seconds: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("core", "Te vaak een verkeerde pincode. Probeer het over {seconds} seconden opnieuw."),
            seconds=seconds,
        )
        self.seconds = seconds


@dataclass(frozen=True)
class PinCheck:
    accepted: bool
    pause_started: int = 0  # seconds of a wait this wrong try started (0: none)


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


def reset_pin_in(session: Session, key: str, new_pin: str) -> None:
    """Set the PIN under ``key`` without the current one (a coordinator's reset; the caller audits it)."""
    write_setting(session, key, hash_pin(new_pin))


def wait_seconds(database: Database, key: str) -> int:
    """How long the PIN (or counter) under ``key`` still refuses every try (0: not waiting)."""
    with database.reading() as session:
        return _remaining(session, key, clock.now())


def _remaining(session: Session, key: str, now: datetime) -> int:
    until = read_setting(session, _tries_key(key), {}).get("until")
    if not until:
        return 0
    return max(0, int((datetime.fromisoformat(until) - now).total_seconds() + 0.999))


def check_pin_in(session: Session, key: str, pin: str, throttle: str | None = None) -> PinCheck:
    """Check ``pin`` against the PIN under ``key`` inside the caller's transaction, counting wrong tries under
    ``throttle`` (default: the key itself). Raises PinPaused while waiting; a PIN not set is a wrong try."""
    counter = _tries_key(throttle or key)
    now = clock.now()
    if seconds := _remaining(session, throttle or key, now):
        raise PinPaused(seconds)
    stored = read_setting(session, key, {})
    tries = read_setting(session, counter, {})
    if stored and verify_pin(pin, stored):
        if tries:
            write_setting(session, counter, {})
        return PinCheck(True)
    failures = int(tries.get("failures", 0)) + 1
    rounds = int(tries.get("rounds", 0))
    if failures < MAX_FAILURES:
        write_setting(session, counter, {"failures": failures, "rounds": rounds})
        return PinCheck(False)
    seconds = pause_seconds(rounds)
    log.info("PIN %s: %d wrong tries, waiting %d s", throttle or key, failures, seconds)
    until = (now + timedelta(seconds=seconds)).isoformat()
    write_setting(session, counter, {"failures": 0, "rounds": rounds + 1, "until": until})
    return PinCheck(False, seconds)


def check_pin(database: Database, key: str, pin: str) -> bool:
    """True for the right PIN, False for a wrong one (or none set); raises PinPaused while the PIN waits."""
    with database.transaction() as session:
        if seconds := _remaining(session, key, clock.now()):
            raise PinPaused(seconds)
        if not read_setting(session, key, {}):
            return False
        return check_pin_in(session, key, pin).accepted
