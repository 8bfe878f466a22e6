"""Rotating log files. Log messages never carry personal data: log ids and counts, not names or notes."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from buurtzaak_desktop.paths import log_dir

LOG_FILENAME = "buurtzaak.log"


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    log_file = directory / LOG_FILENAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(log_file) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return log_file
