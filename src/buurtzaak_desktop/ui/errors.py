"""What the user sees when something goes wrong: a Dutch dialog, the error in the log, the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from enum import Enum
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.ui.i18n import error_text

log = logging.getLogger(__name__)


def describe_for_log(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The error's type and where it happened, without its message: messages can hold names or notes."""
    stack = "".join(traceback.format_list(traceback.extract_tb(tb)))
    return f"{exc_type.__module__}.{exc_type.__qualname__}\n{stack}"


class ErrorReporter(QObject):
    """Replaces sys.excepthook: an unexpected error is logged and shown, and the app keeps running."""

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self._previous_hook = sys.excepthook
        self.last_dialog: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook

    def handle(self, exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, error, tb)
            return
        if isinstance(error, BuurtzaakError):
            log.warning("refused action escaped a view: %s", describe_for_log(exc_type, tb))
            self.last_dialog = _message(QMessageBox.Icon.Warning, self.tr("Niet gelukt"), error_text(error))
        else:
            log.error("unexpected error: %s", describe_for_log(exc_type, tb))
            self.last_dialog = self._unexpected_dialog()
        self.last_dialog.open()

    def _unexpected_dialog(self) -> QMessageBox:
        dialog = _message(
            QMessageBox.Icon.Critical,
            self.tr("Er ging iets mis"),
            self.tr("Er is een onverwachte fout opgetreden. Wat al was opgeslagen, blijft bewaard."),
        )
        dialog.setInformativeText(
            self.tr(
                "Probeer het nog eens. Gaat het steeds mis, stuur dan het logbestand naar de beheerder "
                "van het programma. Het logbestand staat in:\n{folder}"
            ).format(folder=self.log_file.parent)
        )
        open_logs = dialog.addButton(self.tr("Logbestanden openen"), QMessageBox.ButtonRole.HelpRole)
        open_logs.setAccessibleName(open_logs.text())
        open_logs.clicked.connect(lambda: open_folder(self.log_file.parent))
        return dialog


def _message(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None) -> QMessageBox:
    dialog = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    dialog.setAccessibleName(title)
    return dialog


def open_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class DatabaseChoice(Enum):
    OTHER_FOLDER = "other_folder"
    RESTORE = "restore"
    QUIT = "quit"


class DatabaseProblemDialog(QMessageBox):
    """The data file cannot be opened: say which file and why, and offer the ways out. Nothing is overwritten."""

    def __init__(self, error: BuurtzaakError, database_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            QMessageBox.Icon.Warning,
            self.tr("Gegevensbestand kan niet worden geopend"),
            error_text(error),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        self.setAccessibleName(self.tr("Gegevensbestand kan niet worden geopend"))
        self.setInformativeText(
            self.tr(
                "Het bestand {file} is niet gewijzigd. Kies een andere gegevensmap, of zet een back-up terug."
            ).format(file=database_file)
        )
        self._choices = {
            self._button(self.tr("Andere map kiezen…"), QMessageBox.ButtonRole.AcceptRole): DatabaseChoice.OTHER_FOLDER,
            self._button(self.tr("Back-up terugzetten…"), QMessageBox.ButtonRole.ActionRole): DatabaseChoice.RESTORE,
            self._button(self.tr("Afsluiten"), QMessageBox.ButtonRole.RejectRole): DatabaseChoice.QUIT,
        }

    def _button(self, label: str, role: QMessageBox.ButtonRole):
        button = self.addButton(label, role)
        button.setAccessibleName(label)
        return button

    def choice(self) -> DatabaseChoice:
        return self._choices.get(self.clickedButton(), DatabaseChoice.QUIT)

    def ask(self) -> DatabaseChoice:
        self.exec()
        return self.choice()
