"""PINs (the spreekuur PIN, the coordinator's PIN for POP notes): stored as a salted scrypt hash, never in clear.

A PIN guards the screen, not the file: whoever copies the database can try every PIN offline. So a new PIN has at
least ``MIN_LENGTH`` characters, and each try costs an scrypt derivation: with the issue's measurement (every 4-digit
PIN in 14 minutes at this cost) all 6-digit PINs take about a day. Hashes made earlier keep working: each names its
own cost. Encryption of back-ups guards the USB stick.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError

# scrypt with n=2**14, r=8: 16 MB and under a tenth of a second per try at the desk.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
MIN_LENGTH = 6
# After this many wrong tries in a row the PIN waits PAUSE_SECONDS before it accepts another one; each further run of
# wrong tries doubles the wait (up to MAX_PAUSE_SECONDS) until the right PIN is given.
MAX_FAILURES = 5
PAUSE_SECONDS = 30
MAX_PAUSE_SECONDS = 24 * 60 * 60


def pause_seconds(rounds: int) -> int:
    """The wait after the ``rounds``-th run of wrong tries (0: the first): 30 s, 60 s, 120 s..."""
    return min(MAX_PAUSE_SECONDS, PAUSE_SECONDS * 2 ** min(rounds, 20))


def check_new_pin(pin: str) -> None:
    if len(pin) < MIN_LENGTH:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De pincode moet minstens {length} tekens hebben."), length=MIN_LENGTH
        )


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


def hash_pin(pin: str) -> dict[str, object]:
    check_new_pin(pin)
    salt = os.urandom(16)
    digest = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode("ascii"),
        "hash": base64.b64encode(digest).decode("ascii"),
    }


def verify_pin(pin: str, stored: dict[str, object]) -> bool:
    salt = base64.b64decode(str(stored["salt"]))
    expected = base64.b64decode(str(stored["hash"]))
    n, r, p = int(str(stored["n"])), int(str(stored["r"])), int(str(stored["p"]))
    return hmac.compare_digest(_derive(pin, salt, n, r, p), expected)
