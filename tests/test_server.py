"""The same app on a PostgreSQL server (--database-url): where the data is, what is refused there, the schema check.

The tests marked ``postgresql_only`` need the session's server: they run in CI's PostgreSQL pass
(BUURTZAAK_TEST_ENGINE=postgresql); the others run on both passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.migrate import head_revisions, open_server
from buurtzaak_desktop.domain.errors import NewerDatabaseError, NotABuurtzaakDatabase, NotOnServer, ServerUnavailable
from buurtzaak_desktop.paths import DataPaths, data_paths, server_label
from tests.pg_server import PostgresServer

URL = "postgresql+psycopg://balie:geheim@db.buurtzaak.example:5432/buurtzaak"


def test_the_server_is_named_by_host_and_database_never_by_user_or_password() -> None:
    assert server_label(URL) == "db.buurtzaak.example/buurtzaak"
    assert server_label("postgresql+psycopg://balie@/buurtzaak?host=/run/postgresql") == "/run/postgresql/buurtzaak"


def test_the_url_comes_from_the_option_or_else_the_environment(tmp_path: Path, monkeypatch) -> None:
    assert data_paths(tmp_path).database_url is None
    monkeypatch.setenv("BUURTZAAK_DATABASE_URL", URL)
    assert data_paths(tmp_path).database_url == URL
    assert data_paths(tmp_path, "postgresql+psycopg://x@y/z").database_url == "postgresql+psycopg://x@y/z"


def test_the_status_bar_says_server_host_and_database(qtbot, qsettings_isolated, tmp_path: Path) -> None:
    from buurtzaak_desktop.ui.main_window import MainWindow

    window = MainWindow(paths=DataPaths(tmp_path / "data", URL))
    qtbot.addWidget(window)
    assert window.data_file_label.text() == "Server: db.buurtzaak.example/buurtzaak"
    assert "geheim" not in window.data_file_label.text()


def test_an_unreachable_server_is_refused_in_dutch() -> None:
    with pytest.raises(ServerUnavailable) as refused:
        open_server("postgresql+psycopg://balie@127.0.0.1:1/buurtzaak")
    assert refused.value.message.startswith("De server 127.0.0.1/buurtzaak is niet bereikbaar")


def test_without_the_driver_the_command_says_what_to_install(monkeypatch, capsys) -> None:
    """A desk installed without the [server] extra, asked for a server: a Dutch line and status 1, no traceback."""
    import importlib.util

    find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else find_spec(name, *a)
    )
    assert main(["check", "--database-url", "postgresql+psycopg://balie@127.0.0.1:1/buurtzaak"]) == 1
    said = capsys.readouterr().err
    assert "stuurprogramma psycopg nodig" in said and 'pip install -e ".[server]"' in said and "Traceback" not in said


@pytest.mark.postgresql_only
def test_the_server_is_migrated_and_file_only_work_is_refused(database) -> None:
    assert database.on_server
    with database.reading() as session:
        assert set(session.execute(text("SELECT version_num FROM alembic_version")).scalars()) == head_revisions()
    with pytest.raises(NotOnServer):
        _ = database.path
    assert database.checkpoint()  # nothing to do: no write-ahead log on a server


@pytest.mark.postgresql_only
def test_a_server_with_a_newer_schema_is_refused_with_the_files_message(database) -> None:
    with database.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(NewerDatabaseError) as refused:
        open_server(str(database.url))
    assert "is gemaakt met een nieuwere versie van Buurtzaak" in refused.value.message


@pytest.mark.postgresql_only
def test_another_programs_database_is_refused(postgres: PostgresServer) -> None:
    postgres.admin('DROP DATABASE IF EXISTS "other"')
    postgres.admin('CREATE DATABASE "other"')
    import psycopg

    with psycopg.connect(f"host={postgres.socket} dbname=other user={postgres.admin_user}") as connection:
        connection.execute("CREATE TABLE klant (id integer)")
    with pytest.raises(NotABuurtzaakDatabase):
        open_server(postgres.url("other"))


@pytest.mark.postgresql_only
def test_commands_work_on_the_server(database, tmp_path: Path, capsys) -> None:
    assert main(["check", "--database-url", str(database.url)]) == 0
    assert "is in orde" in capsys.readouterr().out
    assert not (tmp_path / "data" / "buurtzaak.sqlite").exists()  # the folder holds no file: the data is on the server
