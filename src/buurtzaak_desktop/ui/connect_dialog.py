"""Bestand > Verbinden met server…: the server's address, a test connection that says what it found, and the way
back to the file on this pc. The work is db/connection.py's and db/credentials.py's; this is its window."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.db.connection import DEFAULT_DATABASE, ServerAddress, ServerReport, probe
from buurtzaak_desktop.db.credentials import DEFAULT_PORT, forget_password, save_password, stored_password
from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.ui.i18n import error_text
from buurtzaak_desktop.ui.remembered_server import remember_server, remembered_server


class _ProbeRelay(QObject):
    """Carries a probe's outcome from its thread to the dialog. Not the dialog's child: a dialog closed while a server
    is still silent is gone when the answer comes, and Qt then delivers it to no one."""

    finished = Signal(object)  # a ServerReport, or the BuurtzaakError that says why not


class ConnectDialog(QDialog):
    """Accepted with ``chosen_url`` set to the server (and ``password`` for this session), or to None: the file.

    A test connection runs on a thread of its own: an unreachable server takes up to the connect timeout (10 s) to
    fail, and the window stays usable meanwhile (Annuleren works). ``probeFinished`` says it is done."""

    probeFinished = Signal()
    _then: Callable[[ServerReport], None] | None = None
    _relay: _ProbeRelay | None = None

    def __init__(self, current_url: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verbinden met server"))
        self.setAccessibleName(self.tr("Verbinden met server"))
        self.chosen_url: str | None = None
        self.password: str | None = None
        self.report: ServerReport | None = None
        self.host = self._line(self.tr("Server"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Poort"))
        self.database = self._line(self.tr("Database"), DEFAULT_DATABASE)
        self.user = self._line(self.tr("Gebruiker"))
        self.password_field = self._line(self.tr("Wachtwoord"))
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Wachtwoord onthouden"), self)
        self.remember.setAccessibleName(self.remember.text())
        self.remember.setChecked(True)
        self.remember.setToolTip(
            self.tr("In de sleutelbos van het systeem, of anders in uw eigen pgpass-bestand; nooit als platte tekst.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Poort"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Gebruiker"), self.user)
        form.addRow(self.tr("Wachtwoord"), self.password_field)
        form.addRow("", self.remember)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setMinimumHeight(80)
        self.outcome.setAccessibleName(self.tr("Uitkomst"))
        self.test_button = self._button(self.tr("Verbinding testen"), self.test_connection)
        self.connect_button = self._button(self.tr("Verbinden"), self.connect_to_server)
        self.connect_button.setDefault(True)
        self.local_button = self._button(self.tr("Gegevensbestand op deze pc gebruiken"), self.use_local_file)
        self.cancel_button = self._button(self.tr("Annuleren"), self.reject)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.local_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.connect_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self._fill(current_url or remembered_server())

    def _line(self, name: str, text: str = "") -> QLineEdit:
        line = QLineEdit(text, self)
        line.setAccessibleName(name)
        return line

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _fill(self, url: str | None) -> None:
        if not url:
            return
        address = ServerAddress.of(url)
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        if stored_password(address.url):
            self.password_field.setPlaceholderText(self.tr("(bewaard)"))

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip() or "localhost",
            self.port.value(),
            self.database.text().strip() or DEFAULT_DATABASE,
            self.user.text().strip(),
        )

    def _typed_or_kept_password(self, address: ServerAddress) -> str | None:
        """What was typed; else the keyring's; else None, and libpq reads the pgpass file."""
        return self.password_field.text() or stored_password(address.url)

    def _probe(self, then: Callable[[ServerReport], None] | None = None) -> None:
        """Test the connection; on success, ``then(report)``."""
        address = self.address()
        password = self._typed_or_kept_password(address)  # the keyring is read here, in the window's thread
        self.outcome.setText(self.tr("Verbinden met {server}…").format(server=f"{address.host}/{address.database}"))
        for button in (self.test_button, self.connect_button, self.local_button):
            button.setEnabled(False)
        relay = _ProbeRelay()
        # a method of the dialog, so Qt queues the call to the dialog's thread and drops it if the dialog is gone
        relay.finished.connect(self._probed)
        self._relay, self._then = relay, then  # kept until the answer comes

        def run() -> None:
            try:
                outcome: object = probe(address, password)
            except Exception as error:  # every outcome goes back to the window, which says it (and reports a fault)
                outcome = error
            relay.finished.emit(outcome)

        threading.Thread(target=run, name="probe", daemon=True).start()

    def _probed(self, outcome: object) -> None:
        if self._relay is None:  # the dialog was closed meanwhile: the answer is for no one, and must not connect
            return
        then, self._then, self._relay = self._then, None, None
        for button in (self.test_button, self.connect_button, self.local_button):
            button.setEnabled(True)
        if isinstance(outcome, BuurtzaakError):
            self.report = None
            self.outcome.setText(error_text(outcome))
        elif isinstance(outcome, BaseException):
            self.report = None
            self.outcome.setText(self.tr("De verbinding kon niet worden getest. Controleer het adres van de server."))
            sys.excepthook(type(outcome), outcome, outcome.__traceback__)  # logged and reported like any other fault
        else:
            assert isinstance(outcome, ServerReport)
            self.report = outcome
            self.outcome.setText(
                "\n".join(QCoreApplication.translate("core", line).format(**outcome.params) for line in outcome.lines())
            )
            if then is not None:
                then(outcome)
        self.probeFinished.emit()

    def done(self, result: int) -> None:
        """Closed (Verbinden, Annuleren, Escape): a test still under way is forgotten, so that an answer coming later
        neither connects nor remembers the server the user walked away from."""
        self._relay, self._then = None, None
        super().done(result)

    def test_connection(self) -> None:
        self._probe()

    def connect_to_server(self) -> None:
        self._probe(then=self._connect)

    def _connect(self, report: ServerReport) -> None:
        if not report.can_open:
            return
        address = self.address()
        typed = self.password_field.text()
        if not self.remember.isChecked():
            forget_password(address.url)
        elif typed:
            save_password(address.url, typed)
        remember_server(address.url)
        self.chosen_url = address.url
        self.password = self._typed_or_kept_password(address)
        self.accept()

    def use_local_file(self) -> None:
        """Forget the server: the next start, and this window now, open the data file on this pc."""
        remember_server(None)
        self.chosen_url = None
        self.password = None
        self.accept()
