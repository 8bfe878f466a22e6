"""Before a named walk-in is added as someone new: is it a participant we already know?

The list offers the known participants with a similar name (most alike first) and, last, "a new participant". It is
used by keyboard: the first known name is selected, arrow keys choose, Enter takes it, Escape goes back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from buurtzaak_desktop.services.activiteiten.read_models import ParticipantInfo
from buurtzaak_desktop.ui.dates import format_date

NEW = 0  # chosen(): a new participant (participant ids start at 1)


class WalkInChoiceDialog(QDialog):
    def __init__(self, name: str, candidates: Sequence[ParticipantInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inloper al bekend?"))
        self.setAccessibleName(self.tr("Inloper al bekend?"))
        text = QLabel(
            self.tr("Er zijn deelnemers met een naam als '{name}'. Is het een van hen?").format(name=name), self
        )
        text.setWordWrap(True)
        self.choices = QListWidget(self)
        self.choices.setAccessibleName(self.tr("Bekende deelnemers"))
        for person in candidates:
            item = QListWidgetItem(self._describe(person), self.choices)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        new = QListWidgetItem(self.tr("Nee, nieuwe deelnemer: {name}").format(name=name), self.choices)
        new.setData(Qt.ItemDataRole.UserRole, NEW)
        self.choices.setCurrentRow(0)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        label_buddy = QLabel(self.tr("&Kies"), self)
        label_buddy.setBuddy(self.choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        for standard, label in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("Kiezen")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Terug")),
        ):
            button = buttons.button(standard)
            button.setText(label)
            button.setAccessibleName(label)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label_buddy)
        layout.addWidget(self.choices)
        layout.addWidget(buttons)
        self.choices.setFocus()

    def _describe(self, person: ParticipantInfo) -> str:
        """The name, and what tells two people with one name apart without showing contact details."""
        details = [self.tr("sinds {day}").format(day=format_date(person.created_on))]
        if person.postcode_area:
            details.insert(0, person.postcode_area)
        return f"{person.name} ({', '.join(details)})"

    def chosen(self) -> int:
        """The chosen participant's id, or ``NEW``."""
        item = self.choices.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else NEW


def choose_walk_in(parent: QWidget, name: str, candidates: Sequence[ParticipantInfo]) -> int | None:
    """A known participant's id, ``NEW`` for someone new, or None when the user goes back."""
    dialog = WalkInChoiceDialog(name, candidates, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
