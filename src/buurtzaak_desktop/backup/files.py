"""Small file-system steps: make a write durable (fsync a file and its folder), remove quietly, and the work files of
back-up and restore.

A work file may hold the whole database in plain text (the copy that is about to be encrypted, a decrypted back-up
being checked). It therefore lives in the data folder, never in a shared temporary folder, is created owner-only, and
carries its process's id in its name so that the next start can remove what a killed process left behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from pathlib import Path

from buurtzaak_desktop.backup.lock import process_alive
from buurtzaak_desktop.paths import create_private_file

WORK_PREFIX = ".werkbestand-"


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable. Windows cannot open a folder for fsync; NTFS journals the rename itself."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def sidecars(database: Path) -> tuple[Path, Path, Path]:
    """SQLite's companion files of ``database``: write-ahead log, shared memory, rollback journal."""
    return tuple(database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal"))  # type: ignore[return-value]


def create_work_file(folder: Path, purpose: str) -> Path:
    """A new owner-only work file in ``folder`` (the data folder), named so a later start can tell whose it is."""
    return create_private_file(folder / f"{WORK_PREFIX}{os.getpid()}-{purpose}-{secrets.token_hex(4)}.sqlite")


def remove_stale_work_files(folder: Path) -> int:
    """Remove the work files (and their SQLite companions) of processes that are gone; returns how many."""
    removed = 0
    for path in folder.glob(f"{WORK_PREFIX}*"):
        pid_text = path.name[len(WORK_PREFIX) :].split("-", 1)[0]
        pid = int(pid_text) if pid_text.isdigit() else 0
        if pid == os.getpid() or (pid and process_alive(pid)):
            continue  # still being written or read by a running back-up or restore
        remove_quietly(path)
        removed += 1
    return removed
