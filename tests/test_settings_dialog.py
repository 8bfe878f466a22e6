"""Instellingen: the centre's name goes into the database, the language into this machine's settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from buurtzaak_desktop.services.settings import SettingsService
from buurtzaak_desktop.ui.settings_dialog import SettingsDialog
from tests.helpers import unnamed_widgets


def test_saves_centre_name_and_language(qtbot, qsettings_isolated, context) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.centre_name.text() == "Huis van de Wijk De Buurtzaak"
    assert unnamed_widgets(dialog) == []
    dialog.centre_name.setText("Buurthuis Test")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert SettingsService(context.database).get("centre_name") == "Buurthuis Test"
    assert QSettings().value("language") == "en"


def test_empty_name_is_refused_and_nothing_saved(qtbot, qsettings_isolated, context) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.centre_name.setText("  ")

    def close_warning() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            assert "naam van het buurthuis" in box.text()
            box.accept()
        else:
            QTimer.singleShot(20, close_warning)

    QTimer.singleShot(0, close_warning)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert SettingsService(context.database).get("centre_name") == "Huis van de Wijk De Buurtzaak"
