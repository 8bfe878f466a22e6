"""The questions the rooster asks before it changes a booking of a series, or cancels one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoosterQuestions", text)


def ask_scope(parent: QWidget, cancelling: bool) -> str | None:
    """'this', 'following' or 'all' for an occurrence of a series; None when the user cancels."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Boeking annuleren") if cancelling else _tr("Reeks wijzigen"))
    box.setText(_tr("Deze boeking hoort bij een reeks. Welke boekingen wilt u annuleren?") if cancelling
                else _tr("Deze boeking hoort bij een reeks. Welke boekingen wilt u wijzigen?"))
    choices = {}
    for scope, text in (("this", _tr("Alleen deze")), ("following", _tr("Deze en volgende")),
                        ("all", _tr("De hele reeks"))):
        button = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        button.setAccessibleName(text)
        choices[button] = scope
    cancel = box.addButton(_tr("Niet doen") if cancelling else _tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    cancel.setAccessibleName(cancel.text())
    box.setDefaultButton(cancel)
    box.exec()
    return choices.get(box.clickedButton())


def confirm_cancel(parent: QWidget, title: str) -> bool:
    answer = QMessageBox.question(
        parent,
        _tr("Boeking annuleren"),
        _tr("De boeking '{title}' annuleren? Ze blijft zichtbaar in de geschiedenis.").format(title=title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
