"""The log rotates at start-up once it is over its limit, keeping five older files."""

from __future__ import annotations

import logging
from pathlib import Path

from buurtzaak_desktop.logging_setup import BACKUP_COUNT, LOG_FILENAME, MAX_BYTES, setup_logging


def test_a_full_log_is_rotated_at_start(tmp_path: Path) -> None:
    log_file = tmp_path / LOG_FILENAME
    log_file.write_text("x" * (MAX_BYTES + 1))
    for number in range(1, BACKUP_COUNT + 1):
        (tmp_path / f"{LOG_FILENAME}.{number}").write_text(f"old {number}")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert setup_logging(tmp_path) == log_file
        logging.getLogger("test").warning("started")
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
    assert (tmp_path / f"{LOG_FILENAME}.1").stat().st_size == MAX_BYTES + 1
    assert [(tmp_path / f"{LOG_FILENAME}.{n}").read_text() for n in range(2, BACKUP_COUNT + 1)] == [
        f"old {n}" for n in range(1, BACKUP_COUNT)
    ]
    assert not (tmp_path / f"{LOG_FILENAME}.{BACKUP_COUNT + 1}").exists()
    assert log_file.read_text().endswith("WARNING test: started\n")


def test_a_small_log_is_kept(tmp_path: Path) -> None:
    log_file = tmp_path / LOG_FILENAME
    log_file.write_text("earlier\n")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(tmp_path)
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
    assert log_file.read_text() == "earlier\n" and not (tmp_path / f"{LOG_FILENAME}.1").exists()
