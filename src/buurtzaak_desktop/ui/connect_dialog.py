"""Bestand > Verbinden met server…: the server's address, a test connection that says what it found, and the way
back to the file on this pc. The work is db/connection.py's and db/credentials.py's; this is its window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
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


class ConnectDialog(QDialog):
    """Accepted with ``chosen_url`` set to the server (and ``password`` for this session), or to None: the file."""

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

    def _probe(self) -> ServerReport | None:
        address = self.address()
        self.outcome.setText(self.tr("Verbinden met {server}…").format(server=f"{address.host}/{address.database}"))
        self.outcome.repaint()  # the test can take up to the connect timeout
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            report = probe(address, self._typed_or_kept_password(address))
        except BuurtzaakError as error:
            self.report = None
            self.outcome.setText(error_text(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.report = report
        self.outcome.setText(
            "\n".join(QCoreApplication.translate("core", line).format(**report.params) for line in report.lines())
        )
        return report

    def test_connection(self) -> None:
        self._probe()

    def connect_to_server(self) -> None:
        report = self._probe()
        if report is None or not report.can_open:
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
