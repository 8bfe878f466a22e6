"""An interrupted encrypted back-up or restore leaves no plaintext behind: its work files sit in the data folder,
owner-only, and the next start removes them."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from buurtzaak_desktop.backup import startup as backup_startup
from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.context import AppContext

PASSPHRASE = "een lang wachtwoord"


def _killed_in_the_middle(script: str, data_paths: DataPaths, system_temp: Path) -> None:
    """Run ``script`` (which prints "busy" at the moment to interrupt) and SIGKILL it there."""
    system_temp.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(system_temp), "TEMP": str(system_temp), "TMP": str(system_temp)}
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "busy"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def _work_files(data_paths: DataPaths) -> list[Path]:
    known = {data_paths.database.name, "backups", data_paths.lock.name, "laatste-backup.json"}
    return [
        path
        for path in data_paths.root.iterdir()
        if path.name not in known and not path.name.startswith("buurtzaak.sqlite-")
    ]


def _next_start(data_paths: DataPaths) -> None:
    database = open_database(data_paths)
    try:
        backup_startup.run(AppContext(paths=data_paths, database=database))
    finally:
        database.close()


def test_killed_encrypted_backup_leaves_no_plaintext_in_the_system_temp_folder(
    filled: Database, data_paths: DataPaths, stick: Path, tmp_path: Path
) -> None:
    filled.close()
    system_temp = tmp_path / "systemtemp"
    _killed_in_the_middle(
        f"""
        import time
        from pathlib import Path
        from buurtzaak_desktop.backup import crypto, make
        def stalled(*args, **kwargs):
            print("busy", flush=True)  # the plaintext copy is complete; encryption has not finished
            time.sleep(60)
        crypto.encrypt_file = stalled
        make.make_backup(Path({str(data_paths.database)!r}), Path({str(stick)!r}), {PASSPHRASE!r})
        """,
        data_paths,
        system_temp,
    )
    assert list(system_temp.rglob("*")) == []  # no plaintext copy in a shared folder
    left = _work_files(data_paths)
    assert left, "the interrupted back-up's work file is expected in the data folder"
    if sys.platform != "win32":
        assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in left)
    _next_start(data_paths)
    assert _work_files(data_paths) == []


def test_killed_restore_leaves_no_decrypted_copy_after_the_next_start(
    filled: Database, data_paths: DataPaths, stick: Path, tmp_path: Path
) -> None:
    sealed = make_backup(data_paths.database, stick, PASSPHRASE).path
    filled.close()
    _killed_in_the_middle(
        f"""
        import time
        from pathlib import Path
        from buurtzaak_desktop.backup import restore
        from buurtzaak_desktop.paths import DataPaths
        def stalled(staged, original):
            print("busy", flush=True)  # decrypted, not yet checked or swapped in
            time.sleep(60)
        restore._verify_staged = stalled
        restore.prepare_restore(DataPaths(Path({str(data_paths.root)!r})), Path({str(sealed)!r}), {PASSPHRASE!r})
        """,
        data_paths,
        tmp_path / "systemtemp",
    )
    left = _work_files(data_paths)
    assert left, "the interrupted restore's decrypted copy is expected in the data folder"
    if sys.platform != "win32":
        assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in left)
    _next_start(data_paths)
    assert _work_files(data_paths) == []


def test_work_files_of_a_running_process_are_left_alone(data_paths: DataPaths, database: Database) -> None:
    from buurtzaak_desktop.backup.files import create_work_file, remove_stale_work_files

    mine = create_work_file(data_paths.root, "test")
    remove_stale_work_files(data_paths.root)
    assert mine.exists()  # this process is alive: its work file is in use
    mine.unlink()


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["backup", "restore"])
def test_random_kills_during_encrypted_backup_and_restore_leave_nothing(
    kind: str, filled: Database, data_paths: DataPaths, stick: Path, tmp_path: Path
) -> None:
    import random
    import time

    sealed = make_backup(data_paths.database, stick, PASSPHRASE).path
    filled.close()
    system_temp = tmp_path / "systemtemp"
    system_temp.mkdir()
    env = {**os.environ, "TMPDIR": str(system_temp), "BUURTZAAK_BACKUP_PASSPHRASE": PASSPHRASE}
    rng = random.Random(20)
    for run in range(6):
        target = stick / f"run{run}"
        target.mkdir()
        command = ["backup", str(target), "--encrypt"] if kind == "backup" else ["restore", str(sealed)]
        process = subprocess.Popen(
            [sys.executable, "-m", "buurtzaak_desktop", "--data-dir", str(data_paths.root), *command], env=env
        )
        time.sleep(rng.uniform(0.3, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert list(system_temp.rglob("*")) == []
        _next_start(data_paths)
        assert _work_files(data_paths) == []
        assert not [p for p in target.iterdir() if p.read_bytes().startswith(b"SQLite format 3")]
