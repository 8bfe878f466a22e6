"""Encrypted back-ups: a passphrase through scrypt, the file in AES-GCM chunks.

Layout: a header (magic, version, scrypt cost, salt, nonce prefix, creation time, a passphrase check), then chunks of
at most ``CHUNK`` bytes, each sealed with AES-GCM. A chunk's nonce is the prefix, its number and a "last chunk" flag,
and the header is authenticated with every chunk, so a reordered, cut-off or altered file fails to decrypt rather
than restoring half a database. The passphrase check tells a wrong passphrase from a damaged file.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from buurtzaak_desktop.backup.errors import RestoreRefused, WrongPassphrase, truncated
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

MAGIC = b"BUZKENC\x00"
VERSION = 1
CHUNK = 1 << 20
TAG = 16
# For files at rest (a lost USB stick can be attacked for years): N=2^17, r=8 takes 128 MiB and about half a second
# per try. Files made with a lower cost stay readable: the cost is in each file's header.
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 17, 8, 1
# A header may not ask for more than this (scrypt needs 128 * r * N bytes): a damaged or hostile file must not make
# the program allocate gigabytes before the passphrase is even checked.
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MAX_SCRYPT_P = 4
_FIXED = struct.Struct(">8sBBBB16s7sq")  # magic, version, log2 n, r, p, salt, nonce prefix, created (unix s)
HEADER_SIZE = _FIXED.size + TAG
_CHECK_COUNTER = 0xFFFFFFFF


@dataclass(frozen=True)
class Header:
    log2_n: int
    r: int
    p: int
    salt: bytes
    prefix: bytes
    created: datetime

    def fixed(self) -> bytes:
        return _FIXED.pack(
            MAGIC, VERSION, self.log2_n, self.r, self.p, self.salt, self.prefix, int(self.created.timestamp())
        )


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _key(secret: bytes, header: Header) -> AESGCM:
    kdf = Scrypt(salt=header.salt, length=32, n=1 << header.log2_n, r=header.r, p=header.p)
    return AESGCM(kdf.derive(secret))


def _secrets(passphrase: str) -> list[bytes]:
    """The passphrase in NFC (an "é" typed on one keyboard equals the same "é" typed on another); then as typed,
    for files made before passphrases were normalised."""
    normal = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    raw = passphrase.encode("utf-8")
    return [normal] if raw == normal else [normal, raw]


def _cost_acceptable(log2_n: int, r: int, p: int) -> bool:
    memory = 128 * r * (1 << log2_n)
    return 10 <= log2_n <= 30 and 1 <= r <= 32 and 1 <= p <= MAX_SCRYPT_P and memory <= MAX_SCRYPT_MEMORY


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def encrypt_file(source: Path, target: BinaryIO, passphrase: str, created: datetime) -> None:
    """Write ``source`` encrypted to the open ``target``."""
    header = Header(SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, os.urandom(16), os.urandom(7), created)
    aead = _key(_secrets(passphrase)[0], header)
    fixed = header.fixed()
    target.write(fixed + aead.encrypt(_nonce(header.prefix, _CHECK_COUNTER, True), b"", fixed))
    with source.open("rb") as plain:
        for counter, (chunk, last) in enumerate(_with_last(lambda: plain.read(CHUNK))):
            target.write(aead.encrypt(_nonce(header.prefix, counter, last), chunk, fixed))


def read_header(handle: BinaryIO, name: str) -> tuple[Header, bytes, bytes]:
    raw = handle.read(HEADER_SIZE)
    if len(raw) < HEADER_SIZE:
        raise truncated(name)
    magic, version, log2_n, r, p, salt, prefix, created = _FIXED.unpack(raw[: _FIXED.size])
    if magic != MAGIC or version != VERSION or not _cost_acceptable(log2_n, r, p):
        raise RestoreRefused(
            QT_TRANSLATE_NOOP("core", "{file} is gemaakt met een nieuwere versie van Buurtzaak of is beschadigd."),
            file=name,
        )
    header = Header(log2_n, r, p, salt, prefix, datetime.fromtimestamp(created))
    return header, raw[: _FIXED.size], raw[_FIXED.size :]


def decrypt_file(source: Path, target: BinaryIO, passphrase: str) -> datetime:
    """Decrypt ``source`` into the open ``target``; returns when the back-up was made."""
    name = str(source)
    with source.open("rb") as sealed:
        header, fixed, check = read_header(sealed, name)
        aead = _opened(passphrase, header, fixed, check, name)
        seen_last = False
        for counter, (chunk, last) in enumerate(_with_last(lambda: sealed.read(CHUNK + TAG))):
            try:
                target.write(aead.decrypt(_nonce(header.prefix, counter, last), chunk, fixed))
            except InvalidTag:
                raise (truncated(name) if _looks_cut_off(source) else _altered(name)) from None
            seen_last = last
        if not seen_last:
            raise truncated(name)
    return header.created


def _opened(passphrase: str, header: Header, fixed: bytes, check: bytes, name: str) -> AESGCM:
    """The key for this file, proven by the header's passphrase check."""
    for secret in _secrets(passphrase):
        aead = _key(secret, header)
        try:
            aead.decrypt(_nonce(header.prefix, _CHECK_COUNTER, True), check, fixed)
        except InvalidTag:
            continue
        return aead
    raise WrongPassphrase(name)


def _looks_cut_off(source: Path) -> bool:
    """Does the size say the copy stopped early? A database is whole pages (multiples of 512 bytes), so a sealed
    file of the right passphrase whose chunks cannot hold whole pages was cut off; otherwise it was altered."""
    body = source.stat().st_size - HEADER_SIZE
    chunks = max(1, -(-body // (CHUNK + TAG)))
    plain = body - chunks * TAG
    return plain < 0 or plain % 512 != 0


def _altered(file: str) -> RestoreRefused:
    return RestoreRefused(
        QT_TRANSLATE_NOOP(
            "core", "{file} is gewijzigd of beschadigd sinds de back-up werd gemaakt en kan niet worden teruggezet."
        ),
        file=file,
    )


def _with_last(read: Callable[[], bytes]) -> Iterator[tuple[bytes, bool]]:
    """Chunks from ``read`` with a flag on the final one (an empty source yields one empty final chunk)."""
    current = read()
    while True:
        following = read()
        yield current, not following
        if not following:
            return
        current = following
