"""Bestand > Verbinden met server…: the dialog on the real test server, where the password is kept (keyring, else the
user's pgpass file), the remembered connection at start, the way back to the file, and the status bar's TLS text."""

from __future__ import annotations

import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt

from buurtzaak_desktop.app import open_context, with_remembered_server
from buurtzaak_desktop.db.connection import ServerAddress, without_password
from buurtzaak_desktop.db.credentials import Login, pgpass_path, save_password
from buurtzaak_desktop.db.migrate import open_server
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.ui.connect_dialog import ConnectDialog
from buurtzaak_desktop.ui.main_window import MainWindow, where_text
from buurtzaak_desktop.ui.remembered_server import SERVER_KEY, remember_server, remembered_server
from tests.pg_server import PostgresServer

PASSWORD_USER = "balie_pw"
PASSWORD = "geheim-wachtwoord"


class MemoryKeyring(KeyringBackend):
    """A keyring of the test's own (the system's is not the test's to touch)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A HOME (and APPDATA) of the test's own, and no usable keyring (as on Linux CI) unless a test sets one."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    monkeypatch.delenv("PGPASSFILE", raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield home
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def password_login(postgres: PostgresServer | None) -> str | None:
    """A role that must give its password (scram-sha-256 over the socket): the test server trusts everyone else."""
    if postgres is None:
        return None
    import psycopg

    with psycopg.connect(f"host={postgres.socket} dbname=postgres user={postgres.admin_user}", autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [PASSWORD_USER]).fetchone():
            c.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
        hba = Path(str(c.execute("SHOW hba_file").fetchone()[0]))  # type: ignore[index]
        rule = f"local all {PASSWORD_USER} scram-sha-256\n"
        if not hba.read_text().startswith(rule):
            hba.write_text(rule + hba.read_text())  # first match wins: before the trust lines
            c.execute("SELECT pg_reload_conf()")
    return PASSWORD_USER


def dialog_on(qtbot, postgres: PostgresServer, database: str, user: str, password: str = "") -> ConnectDialog:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText(str(postgres.socket))
    dialog.port.setValue(5432)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password_field.setText(password)
    return dialog


def database_name(database) -> str:
    return ServerAddress.of(database.url).database


@pytest.mark.postgresql_only
def test_the_test_says_what_it_found_in_dutch(qtbot, qsettings_isolated, postgres, database, password_login) -> None:
    dialog = dialog_on(qtbot, postgres, database_name(database), password_login, PASSWORD)
    with qtbot.waitSignal(dialog.probeFinished, timeout=20000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    text = dialog.outcome.text()
    assert text.startswith("Verbonden met PostgreSQL 1")
    assert "De database is bij met deze versie van Buurtzaak." in text
    assert "De verbinding is niet versleuteld (geen TLS)." in text  # a socket: the test server has no TLS
    assert "U mag gegevens wijzigen." in text
    assert remembered_server() is None  # a test connects, it does not remember


@pytest.mark.postgresql_only
def test_a_wrong_password_or_a_missing_database_is_said_in_dutch(
    qtbot, qsettings_isolated, postgres, database, password_login
) -> None:
    dialog = dialog_on(qtbot, postgres, database_name(database), password_login, "fout")
    with qtbot.waitSignal(dialog.probeFinished, timeout=20000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text().startswith(f"Het wachtwoord klopt niet (of de gebruiker {password_login} bestaat")
    dialog.password_field.setText(PASSWORD)
    dialog.database.setText("bestaat_niet")
    with qtbot.waitSignal(dialog.probeFinished, timeout=20000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text().startswith("De database bestaat_niet bestaat niet op")
    assert "Traceback" not in dialog.outcome.text() and "FATAL" not in dialog.outcome.text()
    assert dialog.result() != ConnectDialog.DialogCode.Accepted and remembered_server() is None


def test_an_unreachable_host_is_said_in_dutch(qtbot, qsettings_isolated) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.user.setText("balie")
    with qtbot.waitSignal(dialog.probeFinished, timeout=20000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == (
        "De server 127.0.0.1/buurtzaak is niet bereikbaar. Controleer het adres en de poort, en of de server aan staat."
    )


def test_a_silent_server_leaves_the_window_usable_while_it_is_tested(qtbot, qsettings_isolated) -> None:
    # a server that takes the connection and never answers: the test waits up to the 10-second connect timeout
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(silent.getsockname()[1])
    dialog.user.setText("balie")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    # the click has returned while the server is still silent: the test runs on its own thread
    assert dialog.outcome.text() == "Verbinden met 127.0.0.1/buurtzaak…"
    assert not dialog.test_button.isEnabled() and not dialog.connect_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.probeFinished, timeout=20000):
        silent.close()  # the server goes away: the test ends, in Dutch
    assert dialog.test_button.isEnabled() and dialog.outcome.text().startswith("De server 127.0.0.1/buurtzaak")


@pytest.mark.postgresql_only
def test_connect_remembers_the_url_and_keeps_the_password_in_pgpass(
    qtbot, qsettings_isolated, postgres, database, password_login, own_home, context
) -> None:
    dialog = dialog_on(qtbot, postgres, database_name(database), password_login, "eerst-een-ander")
    save_password(dialog.address().url, "eerst-een-ander")  # an earlier password's line: replaced, not doubled
    dialog.password_field.setText(PASSWORD)
    with qtbot.waitSignal(dialog.probeFinished, timeout=20000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConnectDialog.DialogCode.Accepted
    url = dialog.address().url
    assert dialog.chosen_url == url and remembered_server() == url
    assert PASSWORD not in str(QSettings().value(SERVER_KEY))
    assert PASSWORD not in (qsettings_isolated / "SWSL" / "Buurtzaak.ini").read_text(encoding="utf-8")
    pgpass = own_home / ".pgpass"
    assert pgpass_path() == pgpass
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    assert pgpass.read_text().splitlines() == [
        f"{postgres.socket}:5432:{database_name(database)}:{password_login}:{PASSWORD}"
    ]
    # the window opens the server with no password of ours: libpq reads it from the pgpass file
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.switch_to(url, None)
    assert window.context.database.url == url and not window.context.database.read_only
    assert window.data_file_label.text() == f"Server: {postgres.socket}/{database_name(database)}"
    # the next start opens the remembered server, unless the command line names one
    assert with_remembered_server(DataPaths(context.paths.root)).database_url == url
    assert with_remembered_server(DataPaths(context.paths.root, "postgresql+psycopg://x@y/z")).database_url == (
        "postgresql+psycopg://x@y/z"
    )


@pytest.mark.postgresql_only
def test_with_a_keyring_the_password_goes_there_and_not_into_a_file(
    qtbot, qsettings_isolated, postgres, database, password_login, own_home
) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    dialog = dialog_on(qtbot, postgres, database_name(database), password_login, PASSWORD)
    with qtbot.waitSignal(dialog.probeFinished, timeout=20000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConnectDialog.DialogCode.Accepted
    assert list(memory.items.values()) == [PASSWORD]
    assert not (own_home / ".pgpass").exists()
    opened = open_server(dialog.address().url)  # the password from the keyring, beside the URL
    try:
        assert not opened.read_only
    finally:
        opened.close()
    again = ConnectDialog()  # opens on the remembered server, the password shown as kept
    qtbot.addWidget(again)
    assert again.user.text() == password_login and again.password_field.placeholderText() == "(bewaard)"


def test_the_local_file_button_forgets_the_server(qtbot, qsettings_isolated) -> None:
    remember_server("postgresql+psycopg://balie:geheim@db.example:5433/buurtzaak")
    assert remembered_server() == "postgresql+psycopg://balie@db.example:5433/buurtzaak"  # never the password
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == ("db.example", 5433, "balie")
    qtbot.mouseClick(dialog.local_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConnectDialog.DialogCode.Accepted and dialog.chosen_url is None
    assert remembered_server() is None
    assert with_remembered_server(DataPaths(Path("data"))).database_url is None


@pytest.mark.postgresql_only
def test_back_to_the_file_on_this_pc_from_a_server(qtbot, qsettings_isolated, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.switch_to(None)
    assert not window.context.database.on_server and window.context.database.path.exists()
    assert window.data_file_label.text().startswith("Gegevens: ")
    assert window.file_lock is not None


@pytest.mark.postgresql_only
def test_a_window_started_on_the_file_goes_to_a_server_and_back(qtbot, qsettings_isolated, database, tmp_path) -> None:
    """As run_app starts it: the data folder's lock taken at start belongs to the window, which lets go of it on the
    server and takes it again coming back (before, the start's own lock refused the way back)."""
    from buurtzaak_desktop.app import acquire_lock
    from buurtzaak_desktop.db.migrate import open_database
    from buurtzaak_desktop.services.context import AppContext

    paths = DataPaths(tmp_path / "data").ensure()
    lock = acquire_lock(paths)
    assert lock is not None
    window = MainWindow(AppContext(paths=paths, database=open_database(paths)))
    qtbot.addWidget(window)
    window.file_lock = lock
    assert window.switch_to(database.url)
    assert window.context.database.on_server and window.file_lock is None
    assert window.switch_to(None)
    assert not window.context.database.on_server and window.file_lock is not None
    window.context.database.close()
    window.file_lock.unlock()


@pytest.mark.postgresql_only
def test_a_password_for_this_session_only_makes_the_back_up_too(
    qtbot, qsettings_isolated, postgres, database, password_login, own_home, tmp_path
) -> None:
    """Not remembered (no keyring, no pgpass line): the window's back-up connects with the window's login."""
    from buurtzaak_desktop.ui.backup import actions

    dialog = dialog_on(qtbot, postgres, database_name(database), password_login, PASSWORD)
    dialog.remember.setChecked(False)
    with qtbot.waitSignal(dialog.probeFinished, timeout=20000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert not (own_home / ".pgpass").exists()
    window = MainWindow(paths=DataPaths(tmp_path / "data"))
    qtbot.addWidget(window)
    assert window.switch_to(dialog.chosen_url, dialog.password)
    stick = tmp_path / "usb"
    stick.mkdir()
    operation = actions.backup_to(window, stick, None)
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass
    assert operation.result is not None and operation.result.path.parent == stick
    window.context.database.close()


def test_pgpass_lines_are_replaced_escaped_and_private(own_home) -> None:
    (own_home / ".pgpass").write_text("other:5432:*:someone:x\n")
    url = ServerAddress("db.example", 5432, "buurtzaak", "balie").url
    assert save_password(url, "a:b\\c") == "pgpass"
    assert save_password(url, "nieuw") == "pgpass"
    assert (own_home / ".pgpass").read_text().splitlines() == [
        "other:5432:*:someone:x",
        "db.example:5432:buurtzaak:balie:nieuw",
    ]
    assert stat.S_IMODE((own_home / ".pgpass").stat().st_mode) == 0o600
    assert Login.of(url).account == "balie@db.example:5432/buurtzaak"
    assert without_password("postgresql+psycopg://balie:geheim@db.example/buurtzaak") == (
        "postgresql+psycopg://balie@db.example/buurtzaak"
    )
    assert without_password("postgresql+psycopg://balie@db.example/buurtzaak?password=geheim&sslmode=require") == (
        "postgresql+psycopg://balie@db.example/buurtzaak?sslmode=require"
    )


def test_windows_keeps_pgpass_in_appdata(own_home, monkeypatch) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    assert pgpass_path() == own_home / "AppData" / "postgresql" / "pgpass.conf"


def test_the_status_bar_says_whether_the_connection_is_encrypted(qapp, tmp_path: Path) -> None:
    network = DataPaths(tmp_path, "postgresql+psycopg://balie@db.example:5432/buurtzaak")
    local = DataPaths(tmp_path, "postgresql+psycopg://balie@/buurtzaak?host=/run/postgresql")
    assert where_text(network, True) == "Server: db.example/buurtzaak (versleuteld)"
    assert where_text(network, False) == "Server: db.example/buurtzaak (niet versleuteld)"
    assert where_text(network, None) == "Server: db.example/buurtzaak"  # not connected yet
    assert where_text(local, False) == "Server: /run/postgresql/buurtzaak"  # a socket on this pc: no network


@pytest.mark.postgresql_only
def test_the_test_server_connection_is_not_encrypted(qtbot, qsettings_isolated, context) -> None:
    assert context.database.encrypted is False
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.set_context(context)
    assert window.data_file_label.text() == f"Server: {context.paths.location}"
    assert "versleuteld" not in window.data_file_label.text()


def test_sslmode_prefer_unless_the_url_or_the_administrator_says_otherwise(monkeypatch) -> None:
    from buurtzaak_desktop.db.engine import server_connect_args

    monkeypatch.delenv("PGSSLMODE", raising=False)
    assert server_connect_args("postgresql+psycopg://u@h/db")["sslmode"] == "prefer"
    assert "sslmode" not in server_connect_args("postgresql+psycopg://u@h/db?sslmode=require")
    monkeypatch.setenv("PGSSLMODE", "verify-full")
    assert "sslmode" not in server_connect_args("postgresql+psycopg://u@h/db")
    assert server_connect_args("postgresql+psycopg://u@h/db", "pw")["password"] == "pw"


def test_a_remembered_server_failing_at_start_offers_the_file_on_this_pc(qtbot, qsettings_isolated, tmp_path) -> None:
    from tests.test_first_start import click_when_shown

    remember_server("postgresql+psycopg://balie@127.0.0.1:1/buurtzaak")
    paths = with_remembered_server(DataPaths(tmp_path / "data"))
    seen = click_when_shown(qtbot, "Gegevensbestand op deze pc gebruiken")
    context = open_context(paths, ask_first_start=False)
    assert context is not None
    try:
        assert "Server kan niet worden geopend" in seen and "Opnieuw proberen" in seen
        assert any(text.startswith("De server 127.0.0.1/buurtzaak is niet bereikbaar") for text in seen)
        assert not context.database.on_server and context.paths.database.exists()
        assert remembered_server() is None  # the next start does not stumble over it again
    finally:
        context.database.close()


def in_connect_dialog_when_shown(qtbot, act) -> None:
    """Calls ``act(dialog)`` on the connect dialog once it is the modal window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConnectDialog):
            QTimer.singleShot(20, look)
            return
        act(dialog)

    QTimer.singleShot(0, look)


def test_a_server_failing_at_start_can_be_corrected_in_the_connect_dialog(qtbot, qsettings_isolated, tmp_path) -> None:
    from tests.test_first_start import click_when_shown

    remember_server("postgresql+psycopg://balie@127.0.0.1:1/buurtzaak")
    paths = with_remembered_server(DataPaths(tmp_path / "data"))
    seen = click_when_shown(qtbot, "Verbinden met server…")
    shown: list[str] = []

    def choose_the_file(dialog: ConnectDialog) -> None:
        shown.extend([dialog.host.text(), str(dialog.port.value()), dialog.user.text()])  # the failing address
        dialog.local_button.click()

    in_connect_dialog_when_shown(qtbot, choose_the_file)
    context = open_context(paths, ask_first_start=False)
    assert context is not None
    try:
        assert "Server kan niet worden geopend" in seen and "Opnieuw proberen" in seen
        assert shown == ["127.0.0.1", "1", "balie"]
        assert not context.database.on_server and remembered_server() is None
    finally:
        context.database.close()


@pytest.mark.postgresql_only
def test_a_password_typed_at_start_for_this_session_opens_the_server(
    qtbot, qsettings_isolated, postgres, database, password_login, tmp_path
) -> None:
    from tests.test_first_start import click_when_shown

    url = f"postgresql+psycopg://{password_login}@/{database_name(database)}?host={postgres.socket}"
    remember_server(url)  # and no password kept anywhere: the start fails on the password
    paths = with_remembered_server(DataPaths(tmp_path / "data"))
    seen = click_when_shown(qtbot, "Verbinden met server…")

    def type_the_password(dialog: ConnectDialog) -> None:
        dialog.password_field.setText(PASSWORD)
        dialog.remember.setChecked(False)
        dialog.connect_button.click()

    in_connect_dialog_when_shown(qtbot, type_the_password)
    context = open_context(paths, ask_first_start=False)
    assert context is not None
    try:
        assert any(text.startswith("Het wachtwoord klopt niet") for text in seen)
        assert context.database.on_server and context.paths.database_url is not None
        assert not pgpass_path().exists()  # for this session only
    finally:
        context.database.close()


@pytest.mark.postgresql_only
def test_cancelling_while_connecting_remembers_nothing(
    qtbot, qsettings_isolated, postgres, database, password_login, monkeypatch
) -> None:
    import threading

    from buurtzaak_desktop.ui import connect_dialog

    released = threading.Event()
    real_probe = connect_dialog.probe

    def held_probe(address, password):  # the real test of the real server, answering only when the test says so
        released.wait(20)
        return real_probe(address, password)

    monkeypatch.setattr(connect_dialog, "probe", held_probe)
    dialog = dialog_on(qtbot, postgres, database_name(database), password_login, PASSWORD)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # while the server has not answered yet
    assert dialog.result() == ConnectDialog.DialogCode.Rejected
    released.set()
    qtbot.wait(1500)  # the answer comes (a good one) and is dropped
    assert remembered_server() is None and dialog.chosen_url is None
    assert not pgpass_path().exists()  # the password was not kept either


def test_an_unexpected_fault_while_testing_is_reported_and_the_buttons_come_back(
    qtbot, qsettings_isolated, monkeypatch
) -> None:
    from buurtzaak_desktop.ui import connect_dialog

    def broken_probe(address, password):
        raise UnicodeError("encoding with 'idna' codec failed")  # psycopg's name lookup on a host like "a..b"

    monkeypatch.setattr(connect_dialog, "probe", broken_probe)
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("a..b")
    with qtbot.capture_exceptions() as faults, qtbot.waitSignal(dialog.probeFinished, timeout=5000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert [type(fault[1]) for fault in faults] == [UnicodeError]  # to the error reporter, as any fault
    assert dialog.outcome.text() == "De verbinding kon niet worden getest. Controleer het adres van de server."
    assert dialog.test_button.isEnabled() and dialog.connect_button.isEnabled()


def test_cancelling_the_connect_dialog_at_start_shows_the_problem_box_again(
    qtbot, qsettings_isolated, tmp_path, caplog
) -> None:
    from tests.test_first_start import click_when_shown

    remember_server("postgresql+psycopg://balie@127.0.0.1:1/buurtzaak")
    paths = with_remembered_server(DataPaths(tmp_path / "data"))
    first = click_when_shown(qtbot, "Verbinden met server…")
    second: list[list[str]] = []

    def cancel(dialog: ConnectDialog) -> None:
        second.append(click_when_shown(qtbot, "Gegevensbestand op deze pc gebruiken"))  # the next box, no new try
        dialog.cancel_button.click()

    in_connect_dialog_when_shown(qtbot, cancel)
    context = open_context(paths, ask_first_start=False)
    assert context is not None
    try:
        assert "Server kan niet worden geopend" in first
        assert "Server kan niet worden geopend" in second[0]
        tries = [r for r in caplog.records if r.getMessage() == "server connection failed: OperationalError"]
        assert len(tries) == 1  # the box came back without trying the server once more
        assert not context.database.on_server
    finally:
        context.database.close()
