"""Log files, rotated at start-up. Log messages never carry personal data: log ids and counts, not names or notes."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from buurtzaak_desktop.paths import log_dir

LOG_FILENAME = "buurtzaak.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    log_file = directory / LOG_FILENAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(log_file) for h in root.handlers):
        rotate(log_file)
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return log_file


def rotate(log_file: Path) -> None:
    """A log over MAX_BYTES becomes .1 (.1 becomes .2 ... the oldest of BACKUP_COUNT goes), as logging.handlers'
    RotatingFileHandler does, but once per start: the few lines a session writes (ids and counts) never come near
    the limit, and importing logging.handlers (sockets, pickle, queues) cost every start and command ~7 ms."""
    with contextlib.suppress(OSError):
        if log_file.stat().st_size <= MAX_BYTES:
            return
        for number in range(BACKUP_COUNT - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{number}")
            if older.exists():
                os.replace(older, log_file.with_name(f"{log_file.name}.{number + 1}"))
        os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))
