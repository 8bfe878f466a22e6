"""A server the user may only read: opened read-only with a banner, every write refused in Dutch before it starts,
and no migration tried for them. Real roles on the test server: one with only SELECT, one on a read-only default."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from buurtzaak_desktop.db.connection import ServerAddress, probe
from buurtzaak_desktop.db.database import ReadOnlyServer
from buurtzaak_desktop.db.migrate import ServerNeedsUpdate, open_server
from buurtzaak_desktop.db.revisions import head_revisions, known_revisions
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.settings import SettingsService
from buurtzaak_desktop.ui.main_window import MainWindow
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.postgresql_only

READER = "lezer"
STANDBY_LIKE = "lezer_standby"


def as_admin(postgres: PostgresServer, database: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(f"host={postgres.socket} dbname={database} user={postgres.admin_user}", autocommit=True) as c:
        for statement in statements:
            c.execute(statement)


def role(postgres: PostgresServer, name: str, *settings: str) -> None:
    as_admin(postgres, "postgres", f"DROP ROLE IF EXISTS {name}", f"CREATE ROLE {name} LOGIN", *settings)


def url_for(database, user: str) -> str:
    address = ServerAddress.of(database.url)
    return ServerAddress(address.host, address.port, address.database, user).url


@pytest.fixture
def reader_url(postgres: PostgresServer, database) -> str:
    """A role that may read every table of this test's database, and write none."""
    name = ServerAddress.of(database.url).database
    as_admin(postgres, "postgres", f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
    role(postgres, READER)
    as_admin(
        postgres,
        name,
        f'GRANT CONNECT ON DATABASE "{name}" TO {READER}',
        f"GRANT USAGE ON SCHEMA public TO {READER}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}",
    )
    yield url_for(database, READER)
    as_admin(postgres, name, f"DROP OWNED BY {READER}")


def test_a_select_only_user_opens_read_only_with_a_banner(qtbot, qsettings_isolated, database, reader_url) -> None:
    SettingsService(database).set("centre_name", "Huis van de Wijk Oost")
    report = probe(ServerAddress.of(reader_url), None)
    assert report.can_open and "Alleen lezen: u mag op deze server niets wijzigen." in report.lines()
    reader = open_server(reader_url)
    try:
        assert reader.read_only and not database.read_only
        context = AppContext(paths=DataPaths(qsettings_isolated, reader_url), database=reader)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        assert window.read_only_banner.isVisible()
        assert window.read_only_banner.text() == "Alleen lezen: u mag op deze server niets wijzigen."
        assert context.settings.get("centre_name") == "Huis van de Wijk Oost"  # reading works
        with pytest.raises(ReadOnlyServer) as refused:
            context.settings.set("centre_name", "Anders")
        assert refused.value.message == "Alleen lezen: u mag op deze server niets wijzigen."
        assert SettingsService(database).get("centre_name") == "Huis van de Wijk Oost"  # nothing changed
    finally:
        reader.close()


def test_a_writing_user_gets_no_banner(qtbot, qsettings_isolated, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.set_context(context)
    assert not context.database.read_only and not window.read_only_banner.isVisible()


def test_a_read_only_default_counts_as_read_only(postgres, database) -> None:
    """A role (or a standby) whose transactions are read-only by default, though its grants would allow writing."""
    role(postgres, STANDBY_LIKE, f"ALTER ROLE {STANDBY_LIKE} SUPERUSER")
    as_admin(postgres, "postgres", f"ALTER ROLE {STANDBY_LIKE} SET default_transaction_read_only = on")
    opened = open_server(url_for(database, STANDBY_LIKE))
    try:
        assert opened.read_only
        with pytest.raises(ReadOnlyServer):
            SettingsService(opened).set("centre_name", "Anders")
    finally:
        opened.close()


def test_an_older_schema_is_not_migrated_for_a_reader(postgres, database, reader_url) -> None:
    older = sorted(known_revisions() - head_revisions())[0]
    name = ServerAddress.of(database.url).database
    as_admin(postgres, name, f"UPDATE alembic_version SET version_num = '{older}'")
    report = probe(ServerAddress.of(reader_url), None)  # the dialog's test says so, and Verbinden is refused
    assert not report.can_open and not report.may_write
    assert report.lines()[1].startswith("De database is van een oudere versie en moet worden bijgewerkt, maar deze")
    with pytest.raises(ServerNeedsUpdate) as refused:
        open_server(reader_url)
    assert "moet worden bijgewerkt voor deze versie van Buurtzaak, maar u mag op deze server niets wijzigen" in (
        refused.value.message
    )
    with database.reading() as session:  # left as it was
        assert set(session.execute(text("SELECT version_num FROM alembic_version")).scalars()) == {older}


def test_a_role_granted_the_app_tables_one_by_one_may_write(postgres, database) -> None:
    """An administrator who grants a centre's role each table of the app, but not booking_block (0023: written only
    by its triggers, as their owner), gives a desk that may write, not a read-only one."""
    name = ServerAddress.of(database.url).database
    role(postgres, "balie_oost")
    with database.reading() as session:
        tables = session.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'booking_block'")
        ).scalars()
        grants = [f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table}" TO balie_oost' for table in tables]
    as_admin(
        postgres,
        name,
        f'GRANT CONNECT ON DATABASE "{name}" TO balie_oost',
        "GRANT USAGE ON SCHEMA public TO balie_oost",
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO balie_oost",
        *grants,
    )
    desk = open_server(url_for(database, "balie_oost"))
    try:
        assert not desk.read_only
        SettingsService(desk).set("centre_name", "Huis van de Wijk Oost")
        assert SettingsService(database).get("centre_name") == "Huis van de Wijk Oost"
    finally:
        desk.close()
        as_admin(postgres, name, "DROP OWNED BY balie_oost")
