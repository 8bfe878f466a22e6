"""Every test gets its own data folder, log folder and Qt settings; real SQLite files, real Qt widgets."""

from __future__ import annotations

import collections
import itertools
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import open_database, open_server
from buurtzaak_desktop.paths import DATABASE_URL_ENV, DataPaths
from buurtzaak_desktop.services.context import AppContext
from tests import pg_server
from tests.pg_server import PostgresServer

_database_numbers = itertools.count(1)
_finished_databases: collections.deque[str] = collections.deque()
KEPT_DATABASES = 5

# The app's clock for every test (and every command line a test starts): the suite passes on any date. CI runs it
# once more with the machine's clock moved (BUURTZAAK_TEST_WALL_CLOCK, through time-machine), so code in this
# process that reads the wall clock around domain/clock.py fails there.
TEST_NOW = "2026-12-03T10:00"
WALL_CLOCK_VARIABLE = "BUURTZAAK_TEST_WALL_CLOCK"


def pytest_configure(config: pytest.Config) -> None:
    moment = os.environ.get(WALL_CLOCK_VARIABLE)
    if moment:
        import time_machine

        local = datetime.fromisoformat(moment).replace(tzinfo=ZoneInfo("Europe/Amsterdam"))
        time_machine.travel(local, tick=True).start()  # stays for the whole run


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """On the server, a test about the SQLite file itself (its bytes, its copy, its lock) is skipped, with a reason."""
    if not pg_server.wanted():
        for item in items:
            if item.get_closest_marker("postgresql_only"):
                item.add_marker(pytest.mark.skip(reason=f"needs the server: {pg_server.ENGINE_VARIABLE}=postgresql"))
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.args[0] if marker.args else "about the SQLite file"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the user's real data, logs or settings, or reads the real date."""
    monkeypatch.setenv("BUURTZAAK_NOW", TEST_NOW)
    monkeypatch.setenv("BUURTZAAK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BUURTZAAK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def qsettings_isolated(qapp, tmp_path: Path):
    """QSettings in an ini file under the test's folder, with the app's names set as app.py sets them."""
    from PySide6.QtCore import QSettings

    from buurtzaak_desktop.app import make_application

    make_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    return tmp_path / "qsettings"


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer | None]:
    """With BUURTZAAK_TEST_ENGINE=postgresql: one real server for the session, and a migrated template database.

    A server that cannot start fails every test that wants it (an error, not a skip: skipping is not passing)."""
    if not pg_server.wanted():
        yield None
        return
    server = PostgresServer().start()
    try:
        server.admin(f'CREATE DATABASE "{pg_server.TEMPLATE}"')
        open_server(server.url(pg_server.TEMPLATE)).close()  # migrated once; each test copies it
        yield server
    finally:
        server.stop()


@pytest.fixture
def database(
    data_paths: DataPaths, postgres: PostgresServer | None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    """The test's database: a new SQLite file in its data folder, or (BUURTZAAK_TEST_ENGINE=postgresql) a new database
    on the session's server, copied from the migrated template."""
    if postgres is None:
        db = open_database(data_paths)
        yield db
        db.close()
        return
    name = f"t{next(_database_numbers)}"
    url = postgres.fresh_database(name)
    monkeypatch.setenv(DATABASE_URL_ENV, url)  # a command line the test runs works on the same database
    db = open_database(DataPaths(data_paths.root, url))
    yield db
    db.close()
    # Dropped a few tests later, not now: a widget of this test that writes once more while Qt deletes it (as a
    # SQLite test's widget writes to its old file) must not fail the next test with "verbinding verbroken".
    _finished_databases.append(name)
    while len(_finished_databases) > KEPT_DATABASES:
        postgres.admin(f'DROP DATABASE IF EXISTS "{_finished_databases.popleft()}" WITH (FORCE)')


@pytest.fixture
def context(data_paths: DataPaths, database: Database) -> AppContext:
    return AppContext(paths=DataPaths(data_paths.root, database.url), database=database)


@pytest.fixture
def refusals(qapp) -> Iterator[list[str]]:
    """The texts of the refusals the UI shows (through ui/operations.py) during the test."""
    from shiboken6 import isValid

    from buurtzaak_desktop.ui.operations import operations

    shown: list[str] = []
    slot = shown.append
    operations().refused.connect(slot)
    yield shown
    operations().refused.disconnect(slot)
    box = operations().last_refusal
    if box is not None and isValid(box):  # a box on a dialog goes with the dialog
        box.close()
