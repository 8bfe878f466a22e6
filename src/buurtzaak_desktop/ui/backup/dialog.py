"""The "Back-up maken" dialog: a folder (removable drives suggested), optional encryption with a passphrase twice."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

MIN_PASSPHRASE = 8
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def removable_drives() -> list[Path]:
    """Mounted, writable volumes that look like USB sticks (not the system disk)."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            if not root.upper().startswith(QStorageInfo.root().rootPath().upper()[:2]):
                found.append(Path(root))
        elif root.startswith(_REMOVABLE_ROOTS):
            found.append(Path(root))
    return found


class BackupDialog(QDialog):
    def __init__(self, personal_data: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back-up maken"))
        self.personal_data = personal_data
        self.folder = QComboBox()
        self.folder.setEditable(True)
        self.folder.setAccessibleName(self.tr("Map voor de back-up"))
        self.folder.view().setAccessibleName(self.tr("Gevonden USB-sticks"))
        for drive in removable_drives():
            self.folder.addItem(str(drive))
        self.browse = QPushButton(self.tr("Kies map…"))
        self.browse.setAccessibleName(self.tr("Kies map…"))
        self.browse.clicked.connect(self._choose_folder)
        self.encrypt = QCheckBox(self.tr("Versleutelen met een wachtwoord"))
        self.encrypt.setAccessibleName(self.tr("Versleutelen met een wachtwoord"))
        self.encrypt.setChecked(personal_data)
        self.passphrase = self._password_field(self.tr("Wachtwoord"))
        self.repeat = self._password_field(self.tr("Herhaal het wachtwoord"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Toelichting"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Back-up maken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Back-up maken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        for signal in (self.encrypt.toggled, self.passphrase.textChanged, self.repeat.textChanged):
            signal.connect(self._update)
        self.folder.editTextChanged.connect(self._update)
        self._update()

    def _password_field(self, label: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(label)
        return field

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("Map (bijvoorbeeld een USB-stick):"), row)
        form.addRow(self.encrypt)
        form.addRow(self.tr("Wachtwoord:"), self.passphrase)
        form.addRow(self.tr("Herhaal het wachtwoord:"), self.repeat)
        form.addRow(self.hint)
        form.addRow(self.buttons)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Kies de map voor de back-up"), self.folder.currentText()
        )
        if chosen:
            self.folder.setEditText(chosen)

    def problem(self) -> str | None:
        """Why the dialog cannot be accepted yet, in Dutch; None when it can."""
        if not self.folder.currentText().strip():
            return self.tr("Kies een map voor de back-up.")
        if self.encrypt.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                return self.tr("Kies een wachtwoord van minstens {count} tekens.").format(count=MIN_PASSPHRASE)
            if self.passphrase.text() != self.repeat.text():
                return self.tr("De wachtwoorden zijn niet gelijk.")
        return None

    def _update(self) -> None:
        encrypted = self.encrypt.isChecked()
        self.passphrase.setEnabled(encrypted)
        self.repeat.setEnabled(encrypted)
        problem = self.problem()
        if problem is None and self.personal_data and not encrypted:
            problem = self.tr(
                "Let op: deze back-up bevat spreekuurgegevens en wordt niet versleuteld. "
                "Als de USB-stick zoek raakt, kan iedereen ze lezen."
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        if encrypted and problem is None:
            problem = self.tr("Onthoud het wachtwoord goed: zonder wachtwoord is de back-up niet terug te zetten.")
        self.hint.setText(problem or "")

    def chosen_folder(self) -> Path:
        return Path(self.folder.currentText().strip()).expanduser()

    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() if self.encrypt.isChecked() else None
