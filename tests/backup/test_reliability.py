"""Kill during writes, and back-ups taken while another process writes."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths

WRITER = Path(__file__).with_name("writer.py")
KILLS = 50


def start_writer(database: Path, log: Path, run: int) -> subprocess.Popen:
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(database), str(log), str(run)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    return writer


def check_database(paths: DataPaths, log: Path) -> int:
    reopened = open_database(paths)  # refuses a damaged file
    reopened.close()
    connection = sqlite3.connect(paths.database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {row[0] for row in connection.execute("SELECT name FROM room")}
    finally:
        connection.close()
    committed = log.read_text(encoding="utf-8").split()
    missing = [name for name in committed if name not in names]
    assert missing == [], f"{len(missing)} committed writes lost"
    pairs_broken = [n for n in names if n.endswith("-b") and n[:-2] not in names]
    assert pairs_broken == []  # a transaction is all or nothing
    return len(committed)


def test_sigkill_during_writes_loses_no_committed_write(
    database: Database, data_paths: DataPaths, tmp_path: Path
) -> None:
    database.close()
    log = tmp_path / "committed.log"
    log.touch()
    rng = random.Random(10)
    survived = 0
    for run in range(KILLS):
        writer = start_writer(data_paths.database, log, run)
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        committed = check_database(data_paths, log)
        survived += 1
    print(f"\nkills survived: {survived}, committed writes checked: {committed}")
    assert survived == KILLS and committed > KILLS


@pytest.mark.parametrize("encrypted", [False, True])
def test_backup_while_another_process_writes_is_consistent(
    encrypted: bool, database: Database, data_paths: DataPaths, tmp_path: Path
) -> None:
    log = tmp_path / "committed.log"
    writer = start_writer(data_paths.database, log, 0)
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        copies = []
        for number in range(4):
            folder = stick / str(number)
            folder.mkdir()
            copies.append(make_backup(data_paths.database, folder, "wachtwoord123" if encrypted else None))
            time.sleep(0.05)
    finally:
        writer.kill()
        writer.wait()
    counts = [copy.contents.counts["room"] for copy in copies]
    assert counts == sorted(counts) and counts[-1] > counts[0]  # the writer really wrote during the back-ups
    for copy in copies:
        if encrypted:
            continue  # make_backup proved the sealed file decrypts to the checked copy
        connection = sqlite3.connect(copy.path)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        names = {row[0] for row in connection.execute("SELECT name FROM room")}
        connection.close()
        assert all(n[:-2] in names for n in names if n.endswith("-b"))
