"""Fixtures for back-up tests: a database with rooms, a "USB stick" folder, and small real file systems."""

from __future__ import annotations

import hashlib
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Room


def add_rooms(database: Database, count: int, prefix: str = "Zaal") -> None:
    with database.transaction() as session:
        for number in range(count):
            session.add(Room(name=f"{prefix} {number} {uuid.uuid4().hex[:6]}", capacity=number, notes="x" * 200))


def fingerprint(database_file: Path) -> dict[str, str | None]:
    """Hashes of the database and its companion files: 'byte for byte unchanged' means equal fingerprints."""
    result: dict[str, str | None] = {}
    for suffix in ("", "-wal", "-journal"):
        path = database_file.with_name(database_file.name + suffix)
        result[suffix] = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
    return result


@pytest.fixture
def filled(database: Database) -> Database:
    add_rooms(database, 300)
    return database


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _mount(target: Path, options: str) -> None:
    target.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root and mount rights): {done.stderr.strip()}")


@pytest.fixture
def small_mount(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB file system: a USB stick that is nearly full."""
    target = tmp_path / "vol"
    _mount(target, "size=64k")
    yield target
    subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "ro"
    _mount(target, "ro,size=1m")
    yield target
    subprocess.run(["umount", "-l", str(target)], check=False)
