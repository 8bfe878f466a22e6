"""The encrypted format: a cost fit for files at rest, old files still readable, hostile headers refused cheaply,
passphrases compared as the user typed them, honest messages, and no traceback without a terminal."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from buurtzaak_desktop.backup import crypto
from buurtzaak_desktop.backup.errors import RestoreRefused
from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.backup.restore import prepare_restore
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.paths import DataPaths

from .conftest import fingerprint

MADE = datetime(2026, 12, 3, 10, 0)


def _sealed(tmp_path: Path, passphrase: str, plain: bytes = b"SQLite format 3\x00" + b"x" * 5000) -> Path:
    source = tmp_path / "plain.bin"
    source.write_bytes(plain)
    target = tmp_path / "sealed.versleuteld"
    with target.open("wb") as handle:
        crypto.encrypt_file(source, handle, passphrase, MADE)
    return target


def _header(path: Path) -> crypto.Header:
    with path.open("rb") as handle:
        return crypto.read_header(handle, str(path))[0]


def test_new_files_use_at_least_scrypt_n_2_17(tmp_path: Path) -> None:
    assert _header(_sealed(tmp_path, "een lang wachtwoord")).log2_n >= 17


def test_files_with_the_old_cost_stay_readable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT_LOG2_N", 15)  # as version 0.1 wrote them
    old = _sealed(tmp_path, "een lang wachtwoord")
    monkeypatch.undo()
    assert _header(old).log2_n == 15
    out = io.BytesIO()
    crypto.decrypt_file(old, out, "een lang wachtwoord")
    assert out.getvalue().startswith(b"SQLite format 3")


@pytest.mark.parametrize(("log2_n", "r"), [(22, 32), (21, 8), (18, 16)])
def test_a_header_asking_for_too_much_memory_is_refused_before_any_work(
    log2_n: int, r: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = _sealed(tmp_path, "een lang wachtwoord")
    data = bytearray(sealed.read_bytes())
    data[9], data[10] = log2_n, r  # after the magic (8 bytes) and the version
    sealed.write_bytes(bytes(data))
    asked: list[tuple[int, int]] = []

    class Spy:
        def __init__(self, salt: bytes, length: int, n: int, r: int, p: int) -> None:
            asked.append((n, r))
            raise MemoryError("this test never lets scrypt allocate")

    monkeypatch.setattr(crypto, "Scrypt", Spy)
    with pytest.raises(RestoreRefused):
        crypto.decrypt_file(sealed, io.BytesIO(), "een lang wachtwoord")
    assert asked == []  # refused from the header alone: nothing was derived, nothing allocated


def test_passphrases_are_compared_in_nfc(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "wachtwoord café één")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed  # what a Mac keyboard may send for the same letters
    out = io.BytesIO()
    crypto.decrypt_file(_sealed(tmp_path, decomposed), out, composed)
    crypto.decrypt_file(_sealed(tmp_path, composed), out, decomposed)


def test_a_tampered_file_is_called_changed_or_damaged(
    filled: Database, stick: Path, data_paths: DataPaths, tmp_path: Path
) -> None:
    sealed = make_backup(filled.path, stick, passphrase="een lang wachtwoord").path
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "bad.versleuteld"
    bad.write_bytes(bytes(data))
    filled.close()
    before = fingerprint(data_paths.database)
    with pytest.raises(RestoreRefused, match="gewijzigd of beschadigd"):
        prepare_restore(data_paths, bad, "een lang wachtwoord")
    assert fingerprint(data_paths.database) == before


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_no_passphrase_and_no_terminal_is_a_dutch_message_not_a_traceback(
    command: str, filled: Database, data_paths: DataPaths, stick: Path
) -> None:
    if command == "restore":
        target = str(make_backup(filled.path, stick, passphrase="een lang wachtwoord").path)
        arguments = ["restore", target]
    else:
        arguments = ["backup", str(stick), "--encrypt"]
    filled.close()
    env = {key: value for key, value in os.environ.items() if key != "BUURTZAAK_BACKUP_PASSPHRASE"}
    done = subprocess.run(
        [sys.executable, "-m", "buurtzaak_desktop", "--data-dir", str(data_paths.root), *arguments],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "BUURTZAAK_BACKUP_PASSPHRASE" in done.stderr
    assert "wachtwoord" in done.stderr
