"""The spreekuur PIN: stored as a salted scrypt hash, never in clear."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError

# scrypt with n=2**14, r=8: about 16 MB and tens of milliseconds per try, which slows guessing a short PIN.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
MIN_LENGTH = 4


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
