"""Making a back-up: a checked standalone copy, and clean refusals when the stick fails."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from buurtzaak_desktop.backup.crypto import is_encrypted
from buurtzaak_desktop.backup.errors import BackupFailed, WrongPassphrase
from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.backup.restore import prepare_restore
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.paths import DataPaths

from .conftest import fingerprint


def test_backup_is_a_checked_standalone_copy(filled: Database, stick: Path) -> None:
    result = make_backup(filled.path, stick)
    assert [p.name for p in stick.iterdir()] == [result.path.name]
    assert result.path.name.startswith("buurtzaak-") and result.path.suffix == ".sqlite"
    copy = sqlite3.connect(result.path)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM room").fetchone()[0] == 300
    copy.close()
    assert result.contents.counts["room"] == 300


def test_source_database_is_not_changed(filled: Database, stick: Path) -> None:
    filled.close()
    before = fingerprint(filled.path)
    make_backup(filled.path, stick)
    assert fingerprint(filled.path) == before


def test_missing_folder_is_refused_in_dutch(filled: Database, tmp_path: Path) -> None:
    with pytest.raises(BackupFailed, match="bestaat niet"):
        make_backup(filled.path, tmp_path / "weg")


def test_stick_pulled_out_during_the_copy_leaves_no_file(filled: Database, stick: Path) -> None:
    filled.close()
    before = fingerprint(filled.path)

    def pull_out(done: int, total: int) -> None:
        shutil.rmtree(stick)

    with pytest.raises(BackupFailed, match="USB-stick"):
        make_backup(filled.path, stick, progress=pull_out)
    assert not stick.exists()
    assert fingerprint(filled.path) == before


def test_full_stick_leaves_no_half_file(filled: Database, small_mount: Path) -> None:
    filled.close()
    before = fingerprint(filled.path)
    with pytest.raises(BackupFailed, match="niet genoeg ruimte"):
        make_backup(filled.path, small_mount)
    assert list(small_mount.iterdir()) == []
    assert fingerprint(filled.path) == before


def test_full_stick_with_encryption_leaves_no_half_file(filled: Database, small_mount: Path) -> None:
    with pytest.raises(BackupFailed, match="niet genoeg ruimte"):
        make_backup(filled.path, small_mount, passphrase="lang genoeg")
    assert list(small_mount.iterdir()) == []


def test_read_only_stick_is_refused(filled: Database, read_only_mount: Path) -> None:
    with pytest.raises(BackupFailed, match="alleen-lezen"):
        make_backup(filled.path, read_only_mount)
    assert list(read_only_mount.iterdir()) == []


def test_encrypted_backup_round_trip_and_wrong_passphrase(filled: Database, stick: Path, tmp_path: Path) -> None:
    result = make_backup(filled.path, stick, passphrase="correct paard batterij")
    assert is_encrypted(result.path)
    assert b"Zaal 1" not in result.path.read_bytes()
    other = DataPaths(tmp_path / "elders")
    with pytest.raises(WrongPassphrase, match="wachtwoord klopt niet"):
        prepare_restore(other, result.path, "verkeerd")
    prepared = prepare_restore(other, result.path, "correct paard batterij")
    assert prepared.contents.counts["room"] == 300
    prepared.discard()
    assert not any(p.name.startswith(".terugzetten") for p in other.root.iterdir())


def test_missing_database_is_not_created(tmp_path: Path, stick: Path) -> None:
    with pytest.raises(BackupFailed):
        make_backup(tmp_path / "geen" / "buurtzaak.sqlite", stick)
    assert not (tmp_path / "geen").exists()
    assert list(stick.iterdir()) == []


def test_folder_with_odd_characters(filled: Database, tmp_path: Path) -> None:
    odd = tmp_path / "stick #1 ? 50% (ü)"
    odd.mkdir()
    assert make_backup(filled.path, odd).path.exists()
