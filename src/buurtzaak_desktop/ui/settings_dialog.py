"""Instellingen: the window's language on this machine. Later issues add the centre's settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.i18n import DEFAULT_LANGUAGE


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Instellingen"))
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Taal"))
        current = QSettings().value("language", DEFAULT_LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form = QFormLayout()
        form.addRow(self.tr("Taal"), self.language)
        note = QLabel(self.tr("Een andere taal geldt vanaf de volgende start."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        QSettings().setValue("language", self.language.currentData())
        super().accept()
