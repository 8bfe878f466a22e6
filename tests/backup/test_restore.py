"""Restoring: every refused kind leaves the current database byte for byte unchanged; good files swap in atomically."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from buurtzaak_desktop.backup.errors import RestoreRefused
from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.backup.restore import prepare_restore, swap_in
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import head_revisions, open_database
from buurtzaak_desktop.paths import DataPaths

from .conftest import add_rooms, fingerprint

FIXTURES = Path(__file__).parents[1] / "fixtures"
PASSPHRASE = "een lang wachtwoord"


def _not_sqlite(good: Path, out: Path) -> Path:
    out.write_text("naam;capaciteit\nZaal;10\n")
    return out


def _other_app(good: Path, out: Path) -> Path:
    with sqlite3.connect(out) as other:
        other.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        other.execute("INSERT INTO contacts (name) VALUES ('x')")
    other.close()
    return out


def _damaged(good: Path, out: Path) -> Path:
    data = bytearray(good.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page):  # wreck the b-tree pages but keep the header
        data[offset : offset + 64] = b"\xff" * 64
    out.write_bytes(bytes(data))
    return out


def _newer(good: Path, out: Path) -> Path:
    shutil.copyfile(good, out)
    with sqlite3.connect(out) as newer:
        newer.execute("UPDATE alembic_version SET version_num = '9999'")
    newer.close()
    return out


def _truncated(good: Path, out: Path) -> Path:
    out.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return out


def _empty(good: Path, out: Path) -> Path:
    out.write_bytes(b"")
    return out


def _altered(statement: str) -> Callable[[Path, Path], Path]:
    """A healthy file changed by hand: the schema differs from what the migrations build for its version."""

    def make(good: Path, out: Path) -> Path:
        shutil.copyfile(good, out)
        with sqlite3.connect(out) as altered:
            altered.execute(statement)
        altered.close()
        return out

    return make


REFUSED: dict[str, Callable[[Path, Path], Path]] = {
    "column dropped": _altered("ALTER TABLE room DROP COLUMN notes"),
    "trigger added": _altered("CREATE TRIGGER spy AFTER INSERT ON room BEGIN SELECT 1; END"),
    "view added": _altered("CREATE VIEW everyone AS SELECT name FROM room"),
    "not SQLite": _not_sqlite,
    "another app's database": _other_app,
    "damaged": _damaged,
    "newer version": _newer,
    "truncated copy": _truncated,
    "empty file": _empty,
}


@pytest.fixture
def good_backup(filled: Database, stick: Path) -> Path:
    return make_backup(filled.path, stick).path


@pytest.mark.parametrize("kind", list(REFUSED))
def test_refused_file_leaves_database_unchanged(
    kind: str, good_backup: Path, filled: Database, data_paths: DataPaths, tmp_path: Path
) -> None:
    bad = REFUSED[kind](good_backup, tmp_path / "bad.sqlite")
    filled.close()
    before = fingerprint(data_paths.database)
    listing = sorted(p.name for p in data_paths.root.iterdir())
    with pytest.raises(RestoreRefused) as refused:
        prepare_restore(data_paths, bad)
    assert str(bad) in refused.value.message
    assert fingerprint(data_paths.database) == before
    assert sorted(p.name for p in data_paths.root.iterdir()) == listing


@pytest.mark.parametrize("cut", ["wrong passphrase", "truncated", "tampered"])
def test_refused_encrypted_file_leaves_database_unchanged(
    cut: str, filled: Database, stick: Path, data_paths: DataPaths, tmp_path: Path
) -> None:
    sealed = make_backup(filled.path, stick, passphrase=PASSPHRASE).path
    data = bytearray(sealed.read_bytes())
    if cut == "truncated":
        data = data[: len(data) - 100]
    elif cut == "tampered":
        data[len(data) // 2] ^= 0x01
    bad = tmp_path / "bad.versleuteld"
    bad.write_bytes(bytes(data))
    filled.close()
    before = fingerprint(data_paths.database)
    expected = {"wrong passphrase": "wachtwoord klopt niet", "truncated": "onvolledig", "tampered": "gewijzigd"}[cut]
    with pytest.raises(RestoreRefused, match=expected):
        prepare_restore(data_paths, bad, "verkeerd wachtwoord" if cut == "wrong passphrase" else PASSPHRASE)
    assert fingerprint(data_paths.database) == before


def test_restore_swaps_in_the_backup_and_keeps_the_current_file(
    good_backup: Path, filled: Database, data_paths: DataPaths
) -> None:
    add_rooms(filled, 5, prefix="Na de back-up")
    filled.close()
    prepared = prepare_restore(data_paths, good_backup)
    assert prepared.contents.counts["room"] == 300
    restored = swap_in(data_paths, prepared)
    with restored.reading() as session:
        assert session.execute(sqlite_count("room")).scalar_one() == 300
    restored.close()
    kept = list(data_paths.backups.glob("buurtzaak-voor-terugzetten-*.sqlite"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as old:
        assert old.execute("SELECT count(*) FROM room").fetchone()[0] == 305
    old.close()
    assert not any(p.name.startswith(".terugzetten") for p in data_paths.root.iterdir())


def test_stale_wal_is_removed_before_the_swap(good_backup: Path, filled: Database, data_paths: DataPaths) -> None:
    filled.close()
    stale = data_paths.database.with_name(data_paths.database.name + "-wal")
    stale.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 1000)  # a leftover log from another file
    restored = swap_in(data_paths, prepare_restore(data_paths, good_backup))
    check = sqlite3.connect(data_paths.database)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    restored.close()


def test_older_schema_fixture_restores_and_migrates(database: Database, data_paths: DataPaths) -> None:
    database.close()
    fixture = FIXTURES / "buurtzaak-schema-0001.sqlite"
    prepared = prepare_restore(data_paths, fixture)
    assert prepared.contents.revisions == frozenset({"0001"})
    swap_in(data_paths, prepared).close()
    reopened = open_database(data_paths)
    with reopened.engine.connect() as connection:
        revisions = {row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")}
        rooms = connection.exec_driver_sql("SELECT count(*) FROM room").scalar_one()
    reopened.close()
    assert revisions == head_revisions()
    assert rooms == 3


def test_restore_into_a_folder_without_database(good_backup: Path, tmp_path: Path) -> None:
    fresh = DataPaths(tmp_path / "nieuw")
    swap_in(fresh, prepare_restore(fresh, good_backup)).close()
    assert not fresh.backups.exists()


def sqlite_count(table: str):
    from sqlalchemy import text

    return text(f"SELECT count(*) FROM {table}")


# What the 0004 fixture (the demo of the version before sessions got room bookings, seed 7) holds per table.
FIXTURE_0004_ROWS = {
    "booking": 1429,
    "activity_session": 675,
    "attendance": 1665,
    "spreekuur_visit": 120,
    "budget_actual": 359,
    "volunteer_hours": 669,
}


def test_demo_at_schema_0004_restores_migrates_and_keeps_every_row(database: Database, data_paths: DataPaths) -> None:
    database.close()
    prepared = prepare_restore(data_paths, FIXTURES / "buurtzaak-schema-0004.sqlite")
    assert prepared.contents.revisions == frozenset({"0004"})
    assert {table: prepared.contents.counts[table] for table in FIXTURE_0004_ROWS} == FIXTURE_0004_ROWS
    swap_in(data_paths, prepared).close()
    reopened = open_database(data_paths)
    with reopened.engine.connect() as connection:
        revisions = {row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")}
        counts = {t: connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one() for t in FIXTURE_0004_ROWS}
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar_one()
    reopened.close()
    assert revisions == head_revisions()
    assert counts == FIXTURE_0004_ROWS and problems == [] and integrity == "ok"


def test_a_hand_copied_file_with_its_wal_beside_it_is_refused_not_dropped(
    filled: Database, data_paths: DataPaths, tmp_path: Path
) -> None:
    """Copied from a pc where Buurtzaak was still open: the newest changes are only in the -wal beside it."""
    holder = sqlite3.connect(filled.path)  # keeps the log from being folded into the file at close
    holder.execute("SELECT count(*) FROM room").fetchone()  # an open reader: the log outlives the writer
    add_rooms(filled, 5, prefix="Alleen in de wal")
    copied = tmp_path / "van-de-andere-pc"
    copied.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(filled.path.with_name(filled.path.name + suffix), copied / f"buurtzaak.sqlite{suffix}")
    holder.close()
    filled.close()
    before = fingerprint(data_paths.database)
    with pytest.raises(RestoreRefused, match="andere pc") as refused:
        prepare_restore(data_paths, copied / "buurtzaak.sqlite")
    assert "buurtzaak.sqlite-wal" in refused.value.message
    assert fingerprint(data_paths.database) == before
