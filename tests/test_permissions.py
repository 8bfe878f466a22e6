"""The database, its back-ups and work files are owner-only on Linux/macOS (files 0600, folders 0700)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.backup.restore import prepare_restore, swap_in
from buurtzaak_desktop.backup.rolling import make_rolling_copy
from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions; Windows uses the user's ACL")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common default: files 0644 and folders 0755 unless the app asks for less."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_data_folder_and_database_are_owner_only(data_paths: DataPaths) -> None:
    database = open_database(data_paths)
    try:
        with database.transaction() as session:
            session.connection().exec_driver_sql("CREATE TEMP TABLE t (x)")  # opens the -wal and -shm
            assert mode(data_paths.root) == 0o700
            assert mode(data_paths.database) == 0o600
            for companion in data_paths.root.glob("buurtzaak.sqlite-*"):
                assert mode(companion) == 0o600, companion.name
    finally:
        database.close()


def test_an_existing_readable_database_is_made_owner_only_at_open(data_paths: DataPaths) -> None:
    open_database(data_paths).close()
    data_paths.database.chmod(0o644)
    open_database(data_paths).close()
    assert mode(data_paths.database) == 0o600


def test_backups_rolling_copies_and_restored_file_are_owner_only(data_paths: DataPaths, tmp_path: Path) -> None:
    open_database(data_paths).close()
    rolling = make_rolling_copy(data_paths)
    assert rolling is not None and mode(rolling) == 0o600 and mode(data_paths.backups) == 0o700
    stick = tmp_path / "usb"
    stick.mkdir()
    plain = make_backup(data_paths.database, stick)
    sealed = make_backup(data_paths.database, stick / "..", "een lang wachtwoord")
    assert mode(plain.path) == 0o600 and mode(sealed.path) == 0o600
    data_paths.database.chmod(0o644)
    swap_in(data_paths, prepare_restore(data_paths, plain.path)).close()
    assert mode(data_paths.database) == 0o600
    assert all(mode(saved) == 0o600 for saved in data_paths.backups.iterdir())
