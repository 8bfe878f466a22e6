"""Instellingen: the centre's name (in the database, travels with a back-up) and this machine's language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.i18n import DEFAULT_LANGUAGE
from buurtzaak_desktop.ui.operations import SETTINGS, operations


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Instellingen"))
        self.centre_name = QLineEdit(context.settings.get("centre_name"), self)
        self.centre_name.setAccessibleName(self.tr("Naam van het buurthuis"))
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Taal"))
        current = QSettings().value("language", DEFAULT_LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form = QFormLayout()
        form.addRow(self.tr("Naam van het buurthuis"), self.centre_name)
        form.addRow(self.tr("Taal"), self.language)
        note = QLabel(self.tr("De naam staat boven elke afdruk. Een andere taal geldt vanaf de volgende start."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        name = self.centre_name.text().strip()
        if not name:
            QMessageBox.warning(self, self.tr("Instellingen"), self.tr("Vul de naam van het buurthuis in."))
            self.centre_name.setFocus()
            return
        if not operations().ok(
            self, lambda: self.context.settings.set("centre_name", name), {SETTINGS}, self.tr("Instellingen opgeslagen")
        ):
            return
        QSettings().setValue("language", self.language.currentData())
        super().accept()
