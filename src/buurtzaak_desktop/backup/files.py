"""Small file-system steps that make a write durable: fsync a file and its folder, remove quietly."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


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
