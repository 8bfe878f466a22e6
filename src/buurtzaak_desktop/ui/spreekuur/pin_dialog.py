"""Change your own spreekuur PIN (the current one, then the new one twice); the coordinator also sets or resets
anyone's PIN, without theirs. Every change is written in the audit log (services/spreekuur/people.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.services.spreekuur import people
from buurtzaak_desktop.services.spreekuur.people import Person
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named


class ChangePinDialog(QDialog):
    def __init__(self, database, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.person = person
        self.setWindowTitle(self.tr("Pincode wijzigen"))
        self.whom = named(QComboBox(), self.tr("Pincode van"))
        self.current = named(QLineEdit(), self.tr("Huidige pincode"))
        self.new = named(QLineEdit(), self.tr("Nieuwe pincode"))
        self.repeat = named(QLineEdit(), self.tr("Nieuwe pincode herhalen"))
        form = QFormLayout()
        if person.is_coordinator:  # the coordinator chooses whose PIN; others change only their own
            for someone in people.people(database):
                label = self.tr("Coördinator") if someone.is_coordinator else someone.name
                if not someone.has_pin:
                    label = self.tr("{name} (nog geen pincode)").format(name=label)
                self.whom.addItem(label, someone.volunteer_id)
            form.addRow(self.whom.accessibleName(), self.whom)
            self.whom.currentIndexChanged.connect(self._whom_changed)
        else:
            self.whom.setVisible(False)
        self.current_label = QLabel(self.current.accessibleName())
        form.addRow(self.current_label, self.current)
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.new, self.repeat):
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

    def _own(self) -> bool:
        return not self.person.is_coordinator or self.whom.currentData() is None

    def _whom_changed(self, *_args) -> None:
        """Someone else's PIN is reset without theirs: the current-PIN field is only for your own."""
        for widget in (self.current, self.current_label):
            widget.setVisible(self._own())

    def submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("De twee nieuwe pincodes zijn niet gelijk."))
            return
        new = self.new.text()
        if self._own():
            current = self.current.text()
            done = self._run(lambda: people.change_own_pin(self.database, self.person, current, new))
        else:
            whom = int(self.whom.currentData())
            done = self._run(lambda: people.reset_pin(self.database, self.person, whom, new))
        for field in (self.current, self.new, self.repeat):
            field.clear()
        if done:
            self.accept()

    def _run(self, action: Callable[[], object]) -> bool:
        """A refusal is said in the dialog, which stays open for the correction."""
        return operations().ok(self, action, AREAS, inline=self.message)
