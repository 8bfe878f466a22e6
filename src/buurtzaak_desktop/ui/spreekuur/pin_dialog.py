"""The coordinator changes the spreekuur PIN: the current one, then the new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from buurtzaak_desktop.services.spreekuur import privacy
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named


class ChangePinDialog(QDialog):
    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Pincode wijzigen"))
        self.current = named(QLineEdit(), self.tr("Huidige pincode"))
        self.new = named(QLineEdit(), self.tr("Nieuwe pincode"))
        self.repeat = named(QLineEdit(), self.tr("Nieuwe pincode herhalen"))
        form = QFormLayout()
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(field.accessibleName(), field)
        self.repeat.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.ok_button = named(QPushButton(self.tr("Wijzigen")), self.tr("Wijzigen"))
        cancel = named(QPushButton(self.tr("Annuleren")), self.tr("Annuleren"))
        for button in (self.ok_button, cancel):
            button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("De twee nieuwe pincodes zijn niet gelijk."))
            return
        if operations().ok(self, lambda: privacy.set_pin(self.database, self.new.text(), self.current.text()), AREAS):
            self.accept()
        for field in (self.current, self.new, self.repeat):
            field.clear()
