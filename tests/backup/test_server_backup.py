"""Back-up and restore of a PostgreSQL server: the same back-up file as a desk's, in both directions.

A server's back-up is the desk's checked SQLite file, read in one snapshot; a back-up (a desk's or a server's) loads
into an empty server database, or replaces one's data with --vervang, all or nothing. They need the session's server
(BUURTZAAK_TEST_ENGINE=postgresql): CI's PostgreSQL pass runs them.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, text

from buurtzaak_desktop.backup import crypto
from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.backup.server import backup_server, tables
from buurtzaak_desktop.backup.verify import verify_database
from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import APPLICATION_ID, alembic_config, head_revisions, open_database, open_server
from buurtzaak_desktop.db.models import Room, Setting
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.ui.backup import actions
from buurtzaak_desktop.ui.main_window import MainWindow
from buurtzaak_desktop.ui.operations import operations
from tests.pg_server import PostgresServer

from .conftest import add_rooms
from .test_ui import answer_boxes

pytestmark = pytest.mark.postgresql_only

_names = itertools.count(1)
PASSPHRASE = "een lang wachtwoord"


def counts_of(database: Database) -> dict[str, int]:
    with database.reading() as session:
        return {t.name: session.execute(select(func.count()).select_from(t)).scalar_one() for t in tables()}


def rows_of(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in key order: "the same data" means equal, value for value."""
    with database.reading() as session:
        return {
            t.name: [tuple(row) for row in session.execute(select(t).order_by(*t.primary_key.columns))]
            for t in tables()
        }


def new_server_database(postgres: PostgresServer, empty: bool = True) -> str:
    """A new database on the session's server: really empty (the restore migrates it), or from the migrated
    template."""
    name = f"herstel{next(_names)}"
    if empty:
        postgres.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        postgres.admin(f'CREATE DATABASE "{name}"')
        return postgres.url(name)
    return postgres.fresh_database(name)


@pytest.fixture(scope="module")
def demo_server(postgres: PostgresServer) -> Iterator[str]:
    """The small demo on a server database, made once for the module (the tests only read it)."""
    url = postgres.fresh_database("demo_bron")
    database = open_server(url)
    generate_demo(database, scale="small", today=date(2026, 12, 3))
    database.close()
    yield url


@pytest.fixture
def demo_backup(demo_server: str, data_paths: DataPaths, tmp_path: Path, capsys) -> Path:
    stick = tmp_path / "usb"
    stick.mkdir()
    assert main(["backup", str(stick), "--database-url", demo_server, "--data-dir", str(data_paths.root)]) == 0
    said = capsys.readouterr()
    assert "Back-up gemaakt en gecontroleerd" in said.out and "boekingen: " in said.out
    assert "spreekuurgegevens en wordt niet versleuteld" in said.err  # as on a desk: the warning before plain copies
    (file,) = stick.iterdir()
    return file


def test_a_servers_demo_backs_up_and_restores_onto_a_new_server_the_same(
    demo_server: str, demo_backup: Path, postgres: PostgresServer, data_paths: DataPaths, capsys
) -> None:
    source = Database.server(demo_server)
    expected = counts_of(source)
    source.close()
    assert expected["booking"] > 1000 and expected["attendance"] > 1000
    # the back-up is a desk's back-up: a checked SQLite file of this version, named as a desk names it
    assert demo_backup.name.startswith("buurtzaak-") and demo_backup.suffix == ".sqlite"
    contents = verify_database(demo_backup)
    assert contents.revisions == head_revisions() and contents.counts == expected

    target_url = new_server_database(postgres)  # no tables at all: the restore migrates it first
    assert main(["restore", str(demo_backup), "--database-url", target_url, "--data-dir", str(data_paths.root)]) == 0
    said = capsys.readouterr().out
    assert f"{sum(expected.values())} rijen in" in said and "op de server" in said and "tabellen" in said

    target, source = open_server(target_url), Database.server(demo_server)
    try:
        assert counts_of(target) == expected
        assert rows_of(target) == rows_of(source)  # every value, times with their zone included
        assert run_check(target) == []
        add_rooms(target, 2)  # the id counters were moved past the restored ids
    finally:
        target.close()
        source.close()


def test_restoring_onto_a_server_that_holds_data_is_refused_unless_replacing(
    demo_backup: Path, database: Database, data_paths: DataPaths, capsys
) -> None:
    add_rooms(database, 5)
    before = counts_of(database)
    url = str(database.url)
    assert main(["restore", str(demo_backup), "--database-url", url, "--data-dir", str(data_paths.root)]) == 1
    refusal = capsys.readouterr().err
    assert "bevat al gegevens (5 rijen)" in refusal and "niets veranderd" in refusal and "--vervang" in refusal
    assert counts_of(database) == before

    assert main(["restore", str(demo_backup), "--vervang", "--database-url", url]) == 0
    assert "de 5 rijen die er stonden zijn vervangen" in capsys.readouterr().out
    assert counts_of(database) == verify_database(demo_backup).counts
    assert run_check(database) == []


def test_a_failing_replacement_leaves_the_server_as_it_was(
    demo_backup: Path, database: Database, data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    """Two live bookings of one room at the same time: the desk's file let them in, the server's exclusion
    constraint does not. The load fails halfway, after the tables were emptied: all of it is rolled back."""
    broken = tmp_path / "dubbel.sqlite"
    broken.write_bytes(demo_backup.read_bytes())
    with sqlite3.connect(broken) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(booking)") if row[1] != "id"]
        listed = ", ".join(f'"{column}"' for column in columns)
        copied = f"INSERT INTO booking ({listed}) SELECT {listed} FROM booking WHERE status = 'live' LIMIT 1"
        assert connection.execute(copied).rowcount == 1
    connection.close()
    add_rooms(database, 5)
    before = counts_of(database)
    url = str(database.url)
    assert main(["restore", str(broken), "--vervang", "--database-url", url, "--data-dir", str(data_paths.root)]) == 1
    refusal = capsys.readouterr().err
    assert "past niet op de server" in refusal and "er is niets veranderd" in refusal
    assert "twee boekingen in die dezelfde ruimte" in refusal and "buurtzaak check" in refusal
    assert counts_of(database) == before


def test_a_value_the_server_refuses_is_named_by_its_table_never_by_its_content(
    demo_backup: Path, database: Database, data_paths: DataPaths, tmp_path: Path, capsys, caplog
) -> None:
    """A NUL character in a name (a desk's file takes it, PostgreSQL's text does not): a Dutch refusal naming the
    table, no traceback quoting the value, nothing changed."""
    odd = tmp_path / "vreemd.sqlite"
    odd.write_bytes(demo_backup.read_bytes())
    with sqlite3.connect(odd) as connection:
        connection.execute(
            "UPDATE participant SET name = 'Geheime Naam' || char(0) WHERE id = (SELECT min(id) FROM participant)"
        )
    connection.close()
    url = str(database.url)
    assert main(["restore", str(odd), "--database-url", url, "--data-dir", str(data_paths.root)]) == 1
    refusal = capsys.readouterr().err
    assert "een waarde in tabel participant past niet" in refusal and "er is niets veranderd" in refusal
    assert "Geheime Naam" not in refusal + caplog.text and "Traceback" not in refusal
    assert counts_of(database)["participant"] == 0


def test_an_older_server_holding_data_is_refused_before_it_is_migrated(
    demo_backup: Path, database: Database, data_paths: DataPaths, capsys
) -> None:
    from buurtzaak_desktop.db.migrate import known_revisions

    add_rooms(database, 3)
    older = sorted(known_revisions() - head_revisions())[0]
    with database.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = :older"), {"older": older})
    url = str(database.url)
    assert main(["restore", str(demo_backup), "--database-url", url, "--data-dir", str(data_paths.root)]) == 1
    assert "bevat al gegevens (3 rijen)" in capsys.readouterr().err
    with database.reading() as session:  # not brought to this version by a restore that was refused
        assert set(session.execute(text("SELECT version_num FROM alembic_version")).scalars()) == {older}


def test_a_backup_while_another_desk_writes_holds_one_moment(
    database: Database, data_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between two chunks of the rooms another desk commits a room and a setting (a table copied later): the file
    holds neither, and its counts are those of the moment the back-up began."""
    add_rooms(database, 300)
    before = counts_of(database)
    monkeypatch.setattr("buurtzaak_desktop.backup.server.CHUNK_ROWS", 50)
    other = Database.server(str(database.url))
    writes: list[int] = []

    def another_desk_writes(done: int, _total: int) -> None:
        if not writes:
            with other.transaction() as session:
                session.add(Room(name="Nieuwe zaal", capacity=10))
                session.add(Setting(key="tijdens-backup", value="1"))
        writes.append(done)

    stick = tmp_path / "usb"
    stick.mkdir()
    result = backup_server(str(database.url), data_paths.ensure().root, stick, progress=another_desk_writes)
    other.close()
    assert len(writes) > 2  # the desk wrote before most of the rows were copied
    assert result.contents.counts == before
    after = counts_of(database)
    assert after["room"] == before["room"] + 1 and after["setting"] == before["setting"] + 1
    with sqlite3.connect(result.path) as copy:
        assert copy.execute("SELECT count(*) FROM setting WHERE key = 'tijdens-backup'").fetchone() == (0,)
    copy.close()


def test_an_encrypted_server_backup_restores_onto_a_server(
    demo_server: str, postgres: PostgresServer, data_paths: DataPaths, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("BUURTZAAK_BACKUP_PASSPHRASE", PASSPHRASE)
    stick = tmp_path / "usb"
    stick.mkdir()
    root = str(data_paths.root)
    assert main(["backup", str(stick), "--encrypt", "--database-url", demo_server, "--data-dir", root]) == 0
    (sealed,) = stick.iterdir()
    assert sealed.name.endswith(".sqlite.versleuteld") and crypto.is_encrypted(sealed)
    assert b"SQLite format 3" not in sealed.read_bytes()[:4096]
    assert not any(p.name.startswith(".werkbestand-") for p in data_paths.root.iterdir())  # no plain copy left

    target_url = new_server_database(postgres, empty=False)
    monkeypatch.setenv("BUURTZAAK_BACKUP_PASSPHRASE", "een ander wachtwoord")
    assert main(["restore", str(sealed), "--database-url", target_url, "--data-dir", root]) == 1
    assert "wachtwoord klopt niet" in capsys.readouterr().err
    monkeypatch.setenv("BUURTZAAK_BACKUP_PASSPHRASE", PASSPHRASE)
    assert main(["restore", str(sealed), "--database-url", target_url, "--data-dir", root]) == 0

    source, target = Database.server(demo_server), Database.server(target_url)
    try:
        assert counts_of(target) == counts_of(source)
    finally:
        source.close()
        target.close()


def test_a_servers_backup_restores_onto_a_desks_file(
    demo_server: str, demo_backup: Path, tmp_path: Path, capsys
) -> None:
    """The way back: the normal restore of a file, as on any desk."""
    desk = tmp_path / "balie"
    assert main(["restore", str(demo_backup), "--data-dir", str(desk)]) == 0
    assert "Back-up teruggezet uit" in capsys.readouterr().out
    database = open_database(DataPaths(desk))
    source = Database.server(demo_server)
    try:
        assert rows_of(database) == rows_of(source)
        assert run_check(database) == []
        with database.reading() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"  # the desk's own file now
    finally:
        database.close()
        source.close()


def test_a_desks_file_moves_to_a_server_and_back(postgres: PostgresServer, tmp_path: Path) -> None:
    """The README's move: backup on the desk, restore --database-url onto the server; backup there, restore on a
    desk. Timed, for the closing note."""
    desk, stick = tmp_path / "balie", tmp_path / "usb"
    stick.mkdir()
    assert main(["demo", "--data-dir", str(desk)]) == 0
    assert main(["backup", str(stick), "--data-dir", str(desk)]) == 0
    (from_desk,) = stick.iterdir()
    url = new_server_database(postgres)
    started = time.perf_counter()
    assert main(["restore", str(from_desk), "--database-url", url, "--data-dir", str(desk)]) == 0
    restored = time.perf_counter() - started
    back = tmp_path / "terug"
    back.mkdir()
    started = time.perf_counter()
    assert main(["backup", str(back), "--database-url", url, "--data-dir", str(desk)]) == 0
    backed_up = time.perf_counter() - started
    (from_server,) = back.iterdir()
    assert verify_database(from_server).counts == verify_database(from_desk).counts
    print(f"small demo: restore onto the server {restored:.2f} s, back-up of the server {backed_up:.2f} s")


def test_an_empty_server_is_not_backed_up(postgres: PostgresServer, tmp_path: Path, capsys) -> None:
    url = new_server_database(postgres)
    assert main(["backup", str(tmp_path), "--database-url", url]) == 1
    assert "is nog leeg: er is niets om te back-uppen" in capsys.readouterr().err
    assert list(tmp_path.glob("buurtzaak-*")) == []


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_an_unreachable_server_is_said_in_dutch_and_nothing_is_written(command: str, tmp_path: Path, capsys) -> None:
    desk = open_database(DataPaths(tmp_path / "balie"))
    add_rooms(desk, 3)
    stick = tmp_path / "usb"
    stick.mkdir()
    kept = make_backup(desk.path, stick).path
    desk.close()
    target = str(stick) if command == "backup" else str(kept)
    assert main([command, target, "--database-url", "postgresql+psycopg://balie@127.0.0.1:1/buurtzaak"]) == 1
    assert "server 127.0.0.1/buurtzaak" in capsys.readouterr().err  # "niet bereikbaar" or "verbroken", in Dutch
    assert list(stick.iterdir()) == [kept]


def test_the_windows_backup_on_a_server_writes_the_file_and_restore_points_to_the_command(
    qtbot, qsettings_isolated, context: AppContext, tmp_path: Path
) -> None:
    add_rooms(context.database, 12)
    window = MainWindow(context)
    qtbot.addWidget(window)
    stick = tmp_path / "usb"
    stick.mkdir()
    operation = actions.backup_to(window, stick, PASSPHRASE)
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass
    result = operation.result
    assert result is not None and result.encrypted and result.contents.counts["room"] == 12
    assert str(result.path) in operations().last_message
    seen = answer_boxes([""])
    assert actions.restore_backup(window) is None
    assert "buurtzaak restore BESTAND --database-url ADRES --vervang" in seen[0]
    assert counts_of(context.database)["room"] == 12


def test_a_backup_from_a_newer_version_is_refused_and_the_server_stays_empty(
    demo_backup: Path, postgres: PostgresServer, data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    newer = tmp_path / "nieuwer.sqlite"
    newer.write_bytes(demo_backup.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_uit_de_toekomst'")
    connection.close()
    url = new_server_database(postgres)
    assert main(["restore", str(newer), "--database-url", url, "--data-dir", str(data_paths.root)]) == 1
    assert "nieuwere versie van Buurtzaak" in capsys.readouterr().err
    server = Database.server(url)
    try:
        with server.reading() as session:  # not even migrated: nothing was done on the server
            assert session.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
    finally:
        server.close()


def test_a_backup_from_an_older_version_is_brought_up_to_date_on_the_way(
    postgres: PostgresServer, data_paths: DataPaths, tmp_path: Path
) -> None:
    old = tmp_path / "buurtzaak-2025-01-06-0900.sqlite"
    database = Database(old)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO room (name, capacity, wheelchair_accessible, notes, active) "
            "VALUES ('Grote zaal', 80, 1, '', 1)"
        )
    database.close()
    url = new_server_database(postgres)
    assert main(["restore", str(old), "--database-url", url, "--data-dir", str(data_paths.root)]) == 0
    assert sqlite3.connect(old).execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    server = open_server(url)
    try:
        with server.reading() as session:
            assert session.execute(select(Room.name, Room.indoor)).all() == [("Grote zaal", True)]
        add_rooms(server, 1)
    finally:
        server.close()


def test_a_user_who_may_only_read_makes_a_backup_but_may_not_restore(
    postgres: PostgresServer, database: Database, data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    from tests.test_read_only_server import READER, as_admin, role, url_for

    add_rooms(database, 4)
    name = str(database.engine.url.database)
    role(postgres, READER)
    as_admin(
        postgres,
        name,
        f"GRANT USAGE ON SCHEMA public TO {READER}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}",
    )
    reader = url_for(database, READER)
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        assert main(["backup", str(stick), "--database-url", reader, "--data-dir", str(data_paths.root)]) == 0
        (made,) = stick.iterdir()
        assert verify_database(made).counts["room"] == 4
        assert main(["restore", str(made), "--vervang", "--database-url", reader]) == 1
        assert "Alleen lezen: u mag op deze server niets wijzigen." in capsys.readouterr().err
        assert counts_of(database)["room"] == 4
    finally:
        as_admin(postgres, name, f"DROP OWNED BY {READER}")


def test_a_user_who_may_not_empty_the_tables_is_refused_in_dutch_and_nothing_changes(
    postgres: PostgresServer, database: Database, demo_backup: Path, capsys
) -> None:
    from tests.test_read_only_server import as_admin, role, url_for

    add_rooms(database, 4)
    before = counts_of(database)
    name, writer = str(database.engine.url.database), "schrijver"
    role(postgres, writer)
    as_admin(
        postgres,
        name,
        f"GRANT USAGE ON SCHEMA public TO {writer}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {writer}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {writer}",
    )
    try:
        assert main(["restore", str(demo_backup), "--vervang", "--database-url", url_for(database, writer)]) == 1
        refusal = capsys.readouterr().err
        assert "weigerde het terugzetten: deze gebruiker mag dat niet" in refusal and "niets veranderd" in refusal
        assert counts_of(database) == before
    finally:
        as_admin(postgres, name, f"DROP OWNED BY {writer}")


def test_a_server_that_drops_the_connection_halfway_is_named_not_the_usb_stick(
    demo_server: str, postgres: PostgresServer, data_paths: DataPaths, tmp_path: Path
) -> None:
    """The server's connection ends in the middle of the copy: the message is about the server, the stick holds no
    half-made file."""
    from buurtzaak_desktop.domain.errors import ServerUnavailable

    stick = tmp_path / "usb"
    stick.mkdir()
    from sqlalchemy.engine import make_url

    name = make_url(demo_server).database
    dropped: list[bool] = []

    def drop_the_connection(done: int, _total: int) -> None:
        if done and not dropped:
            dropped.append(True)
            postgres.admin(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' "
                "AND pid <> pg_backend_pid()"
            )

    with pytest.raises(ServerUnavailable) as refused:
        backup_server(demo_server, data_paths.ensure().root, stick, progress=drop_the_connection)
    assert "De verbinding met de server" in refused.value.message and "USB-stick" not in refused.value.message
    assert list(stick.iterdir()) == []
