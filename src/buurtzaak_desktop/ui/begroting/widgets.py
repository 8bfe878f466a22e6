"""Small pieces the Begroting views share: a Dutch amount input, refusals and confirmations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from buurtzaak_desktop.domain.money import format_cents, parse_cents
from buurtzaak_desktop.ui.operations import BEGROTING

AREAS = frozenset({BEGROTING})  # what the Begroting tab's own writes touch


class MoneyEdit(QLineEdit):
    """An amount typed the Dutch way (1.234,56; € 12; 12,5) and read back as cents."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(label)
        self.setPlaceholderText("0,00")

    def cents(self) -> int:
        """The amount in cents; raises InputError (Dutch) for text that is not an amount."""
        return parse_cents(self.text())

    def set_cents(self, cents: int) -> None:
        self.setText(format_cents(cents, symbol=False))


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question; No is the default so that Enter never does the destructive thing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("begroting_confirm")
    box.setAccessibleName(title)
    yes = box.addButton(QCoreApplication.translate("Begroting", "Ja"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("Begroting", "Nee"), QMessageBox.ButtonRole.NoRole)
    yes.setAccessibleName(yes.text())
    no.setAccessibleName(no.text())
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def percent_text(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}%".replace(".", ",")
