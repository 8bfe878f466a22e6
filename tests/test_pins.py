"""One PIN module for the spreekuur PIN and the coordinator's (POP) PIN: a length and hash cost that make an offline
search of every PIN take hours, and a wait after wrong tries that a restart does not undo."""

from __future__ import annotations

from datetime import timedelta

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain import clock, pin
from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.services import pins
from buurtzaak_desktop.services.spreekuur import privacy
from buurtzaak_desktop.services.vrijwilligers import pop

GOOD, WRONG = "482916", "000000"
# The measurement: every 4-digit PIN tried in 14 minutes at scrypt n=2^14, r=8.
MEASURED_MINUTES, MEASURED_WORK = 14, 2**14 * 8 * 10**4


def test_an_offline_search_of_every_pin_takes_hours() -> None:
    stored = pin.hash_pin(GOOD)
    work = int(str(stored["n"])) * int(str(stored["r"])) * 10**pin.MIN_LENGTH  # digits only: the weakest choice
    assert MEASURED_MINUTES * work / MEASURED_WORK >= 2 * 60


def test_short_pins_are_refused(database: Database) -> None:
    with pytest.raises(InputError, match="minstens 6"):
        privacy.set_pin(database, "4711")
    with pytest.raises(InputError, match="minstens 6"):
        pop.set_coordinator_pin(database, "4711")


def test_pins_made_before_stay_valid(database: Database) -> None:
    """A 4-digit PIN set by an earlier version still opens (its stored hash names its own cost)."""
    import base64
    import hashlib
    import os

    from buurtzaak_desktop.services.settings import write_setting

    salt = os.urandom(16)
    digest = hashlib.scrypt(b"4711", salt=salt, n=2**14, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=32)
    encoded = {"salt": base64.b64encode(salt).decode(), "hash": base64.b64encode(digest).decode()}
    with database.transaction() as session:
        write_setting(session, privacy.PIN_KEY, {"kdf": "scrypt", "n": 2**14, "r": 8, "p": 1, **encoded})
    assert privacy.check_pin(database, "4711")


def _after_a_restart(database: Database) -> Database:
    database.close()
    return database.reopened()


def test_the_coordinator_pin_waits_after_wrong_tries_and_the_wait_survives_a_restart(database: Database) -> None:
    pop.set_coordinator_pin(database, GOOD)
    for _ in range(pin.MAX_FAILURES):
        with pytest.raises(RuleViolation):
            pop.read_notes(database, WRONG, [])
    with pytest.raises(RuleViolation, match="Te vaak"):
        pop.read_notes(database, GOOD, [])  # even the right PIN waits
    restarted = _after_a_restart(database)
    try:
        with pytest.raises(RuleViolation, match="Te vaak"):
            pop.read_notes(restarted, GOOD, [])
        clock.set_now(clock.now() + timedelta(seconds=31))
        assert pop.read_notes(restarted, GOOD, []) == {}
    finally:
        clock.set_now(None)
        restarted.close()


def test_the_spreekuur_pin_wait_survives_a_restart(database: Database) -> None:
    privacy.set_pin(database, GOOD)
    for _ in range(pin.MAX_FAILURES):
        assert not privacy.check_pin(database, WRONG)
    restarted = _after_a_restart(database)
    try:
        assert privacy.pin_wait_seconds(restarted) > 0
        with pytest.raises(RuleViolation, match="Te vaak"):
            privacy.check_pin(restarted, GOOD)
        clock.set_now(clock.now() + timedelta(seconds=31))
        assert privacy.check_pin(restarted, GOOD)
        assert privacy.pin_wait_seconds(restarted) == 0
    finally:
        clock.set_now(None)
        restarted.close()


def test_each_further_run_of_wrong_tries_doubles_the_wait_until_the_right_pin(database: Database) -> None:
    """The POP PIN too: 30 s, then 60 s, then 120 s; the right PIN starts again at 30 s."""
    pop.set_coordinator_pin(database, GOOD)
    try:
        for seconds in (30, 60, 120):
            for _ in range(pin.MAX_FAILURES):
                with pytest.raises(RuleViolation):
                    pop.read_notes(database, WRONG, [])
            assert pins.wait_seconds(database, pop.COORDINATOR_PIN_KEY) == seconds
            clock.set_now(clock.now() + timedelta(seconds=seconds))
        assert pop.read_notes(database, GOOD, []) == {}
        for _ in range(pin.MAX_FAILURES):
            with pytest.raises(RuleViolation):
                pop.read_notes(database, WRONG, [])
        assert pins.wait_seconds(database, pop.COORDINATOR_PIN_KEY) == 30
    finally:
        clock.set_now(None)
    assert pin.pause_seconds(40) == pin.MAX_PAUSE_SECONDS  # a day at most, however many runs
