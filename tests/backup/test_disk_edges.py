"""Starting whatever the disk does: a full disk, a read-only data folder, odd characters in the path, two back-ups in
one minute."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from buurtzaak_desktop.backup import startup as backup_startup
from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.backup.rolling import rolling_copies
from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.errors import DatabaseOpenError
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.context import AppContext

from .conftest import _mount, add_rooms


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MiB file system for the data folder."""
    target = tmp_path / "schijf"
    _mount(target, "size=4m")
    yield target
    subprocess.run(["umount", "-l", str(target)], check=False)


def _fill_disk(folder: Path) -> Path:
    """Take the free space, so that the database still works but a copy of it does not fit."""
    ballast = folder / "ballast"
    with ballast.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    os.truncate(ballast, max(0, ballast.stat().st_size - 128 * 1024))  # room to read and write a little, not to copy
    return ballast


def test_a_full_disk_does_not_block_the_start_nor_leave_an_empty_daily_copy(mounted: Path) -> None:
    paths = DataPaths(mounted / "data")
    database = open_database(paths)
    add_rooms(database, 300)
    assert paths.database.stat().st_size > 256 * 1024
    ballast = _fill_disk(mounted)
    try:
        messages = backup_startup.run(AppContext(paths=paths, database=database))  # must not raise
        assert any("automatische kopie" in message for message in messages)
        assert rolling_copies(paths) == {}  # no 0-byte copy that would count as today's
        assert not [p for p in paths.backups.glob("*") if p.stat().st_size == 0] if paths.backups.exists() else True
        ballast.unlink()
        backup_startup.run(AppContext(paths=paths, database=database))
        (copy,) = rolling_copies(paths)
        with sqlite3.connect(copy) as check:
            assert check.execute("SELECT count(*) FROM room").fetchone()[0] == 300
        check.close()
    finally:
        database.close()


def test_a_read_only_data_folder_says_so(mounted: Path, capsys) -> None:
    paths = DataPaths(mounted / "data")
    database = open_database(paths)
    add_rooms(database, 3)
    database.close()
    done = subprocess.run(["mount", "-o", "remount,ro", str(mounted)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot remount read-only: {done.stderr.strip()}")
    with pytest.raises(DatabaseOpenError, match="alleen-lezen"):
        open_database(paths)
    assert main(["--data-dir", str(paths.root), "check"]) == 1
    error = capsys.readouterr().err
    assert "alleen-lezen" in error and "beschadigd" not in error


def test_a_read_only_data_folder_is_not_reported_as_already_open(qapp, mounted: Path) -> None:
    from buurtzaak_desktop.app import acquire_lock, lock_refusal

    paths = DataPaths(mounted / "data")
    open_database(paths).close()
    subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)
    assert acquire_lock(paths) is None
    text = lock_refusal(paths)
    assert "alleen-lezen" in text and "al geopend" not in text


@pytest.mark.parametrize("name", ["data?mode=ro", "data%20x", "data#1", "data?x=1&y=%2F#z"])
def test_a_data_path_with_url_characters_opens_the_right_file(name: str, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / name)
    database = open_database(paths)
    add_rooms(database, 2)
    database.close()
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no stray file beside the folder
    with sqlite3.connect(paths.database) as check:
        assert check.execute("SELECT count(*) FROM room").fetchone()[0] == 2
    check.close()


def test_two_backups_in_the_same_minute_both_survive(filled: Database, stick: Path) -> None:
    first = make_backup(filled.path, stick)
    add_rooms(filled, 1, prefix="Daarna")
    second = make_backup(filled.path, stick)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert len(list(stick.iterdir())) == 2
