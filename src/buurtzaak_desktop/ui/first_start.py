"""The first start on an empty data folder: explore the demo, or begin empty."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


class StartChoice(Enum):
    DEMO = "demo"
    EMPTY = "empty"
    QUIT = "quit"


class FirstStartDialog(QMessageBox):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            QMessageBox.Icon.Question,
            self.tr("Welkom bij Buurtzaak"),
            self.tr("Dit is de eerste start met de gegevensmap {folder}.").format(folder=data_folder),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        self.setAccessibleName(self.tr("Welkom bij Buurtzaak"))
        self.setInformativeText(
            self.tr(
                "Met demogegevens kunt u het programma rustig verkennen. Kies 'Begin leeg' om met de echte gegevens "
                "van het buurthuis te beginnen."
            )
        )
        self.demo_button = self.addButton(self.tr("Begin met demogegevens"), QMessageBox.ButtonRole.AcceptRole)
        self.empty_button = self.addButton(self.tr("Begin leeg"), QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(self.tr("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
        for button in (self.demo_button, self.empty_button, self.quit_button):
            button.setAccessibleName(button.text())
        self.setDefaultButton(self.demo_button)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> StartChoice:
        clicked = self.clickedButton()
        if clicked is self.demo_button:
            return StartChoice.DEMO
        if clicked is self.empty_button:
            return StartChoice.EMPTY
        return StartChoice.QUIT

    def ask(self) -> StartChoice:
        self.exec()
        return self.choice()
