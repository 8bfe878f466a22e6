"""A second start on the same data folder does not open the file twice; a crashed run's lock is taken over."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from buurtzaak_desktop.app import acquire_lock
from buurtzaak_desktop.backup.lock import folder_in_use
from buurtzaak_desktop.cli import main
from buurtzaak_desktop.paths import DataPaths


def test_second_lock_on_same_folder_is_refused(qapp, data_paths: DataPaths) -> None:
    first = acquire_lock(data_paths)
    assert first is not None
    holder = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            from buurtzaak_desktop.app import acquire_lock
            from buurtzaak_desktop.paths import DataPaths
            from pathlib import Path
            print(acquire_lock(DataPaths(Path({str(data_paths.root)!r}))) is None)
        """),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert holder.stdout.strip() == "True"
    first.unlock()
    again = acquire_lock(data_paths)
    assert again is not None
    again.unlock()


def test_stale_lock_of_a_killed_process_is_taken_over(qapp, data_paths: DataPaths) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from buurtzaak_desktop.app import acquire_lock
            from buurtzaak_desktop.paths import DataPaths
            lock = acquire_lock(DataPaths(Path({str(data_paths.root)!r})))
            print("locked", flush=True)
            time.sleep(60)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    assert acquire_lock(data_paths) is None
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert data_paths.lock.exists()  # the crash left its lock behind
    lock = acquire_lock(data_paths)
    assert lock is not None
    lock.unlock()


# --- The command line takes the same lock when it writes ---------------------------------------------------------


def _rooms_file(folder: Path) -> Path:
    file = folder / "ruimtes.csv"
    file.write_text("naam;capaciteit;rolstoeltoegankelijk;tarief\nZaal Noord;20;ja;\n", encoding="utf-8")
    return file


def _room_names(paths: DataPaths) -> list[str]:
    connection = sqlite3.connect(paths.database)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM room")]
    finally:
        connection.close()


def _hold_app_lock(paths: DataPaths) -> subprocess.Popen:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import time
            from pathlib import Path
            from buurtzaak_desktop.app import acquire_lock
            from buurtzaak_desktop.paths import DataPaths
            lock = acquire_lock(DataPaths(Path({str(paths.root)!r})))
            print("locked" if lock else "busy", flush=True)
            time.sleep(60)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


@pytest.mark.sqlite_only("the data folder's lock, which keeps writers off the file; a server has none")
def test_cli_import_is_refused_while_the_app_holds_the_folder(
    data_paths: DataPaths, database, tmp_path: Path, capsys
) -> None:
    database.close()
    holder = _hold_app_lock(data_paths)
    try:
        assert main(["--data-dir", str(data_paths.root), "import", "ruimtes", str(_rooms_file(tmp_path))]) == 1
        assert "in gebruik" in capsys.readouterr().err
        assert _room_names(data_paths) == []
    finally:
        holder.kill()
        holder.wait()
    assert main(["--data-dir", str(data_paths.root), "import", "ruimtes", str(_rooms_file(tmp_path))]) == 0
    assert _room_names(data_paths) == ["Zaal Noord"]
    assert not data_paths.lock.exists()  # released when the command ends


@pytest.mark.sqlite_only("the data folder's lock, which keeps writers off the file; a server has none")
def test_restore_is_refused_while_a_cli_import_runs_and_the_app_waits_for_it(
    qapp, data_paths: DataPaths, database, tmp_path: Path, capsys
) -> None:
    from buurtzaak_desktop.backup.make import make_backup

    database.close()
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = make_backup(data_paths.database, stick).path
    importer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import time
            from buurtzaak_desktop.services.rooster import importing
            def stalled(*args, **kwargs):
                print("busy", flush=True)  # the import runs: it holds the data folder
                time.sleep(60)
            importing.import_rooms = stalled
            from buurtzaak_desktop.cli import main
            main(["--data-dir", {str(data_paths.root)!r}, "import", "ruimtes", {str(_rooms_file(tmp_path))!r}])
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert importer.stdout is not None and importer.stdout.readline().strip() == "busy"
        assert main(["--data-dir", str(data_paths.root), "restore", str(copy)]) == 1
        assert "in gebruik" in capsys.readouterr().err
        assert acquire_lock(data_paths) is None  # the app, too, sees the command's lock
    finally:
        importer.kill()
        importer.wait()
    assert main(["--data-dir", str(data_paths.root), "restore", str(copy)]) == 0  # the killed command's lock is stale


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process names from /proc")
@pytest.mark.sqlite_only("the data folder's lock, which keeps writers off the file; a server has none")
def test_a_lock_whose_pid_now_belongs_to_another_program_is_taken_over(
    qapp, data_paths: DataPaths, database, tmp_path: Path
) -> None:
    database.close()
    other = subprocess.Popen(["sleep", "60"])  # after a reboot the old PID may belong to any program
    try:
        qt_lock = acquire_lock(data_paths)
        assert qt_lock is not None
        written = data_paths.lock.read_text().splitlines()
        qt_lock.unlock()
        data_paths.lock.write_text("\n".join([str(other.pid), *written[1:]]) + "\n")  # as the app left it
        assert not folder_in_use(data_paths)
        assert main(["--data-dir", str(data_paths.root), "import", "ruimtes", str(_rooms_file(tmp_path))]) == 0
        assert _room_names(data_paths) == ["Zaal Noord"]
    finally:
        other.kill()
        other.wait()
