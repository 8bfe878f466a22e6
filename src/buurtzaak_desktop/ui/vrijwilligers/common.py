"""Small pieces the Vrijwilligers panels share: notes and confirmations, dates, named widgets.

Refusals are shown by ui/operations.py, like everywhere else."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolButton,
    QWidget,
)

from buurtzaak_desktop.domain.vrijwilligers.shifts import Unfit
from buurtzaak_desktop.ui.i18n import shown_params
from buurtzaak_desktop.ui.qt_values import to_qdate

T = TypeVar("T")


def unfit_text(reasons: tuple[Unfit, ...]) -> str:
    """Why someone does not fill a place ('VOG verlopen op 01-11-2026', 'pauze'), in the window's language."""
    return ", ".join(
        QCoreApplication.translate("core", reason.template).format(**shown_params(dict(reason.params)))
        for reason in reasons
    )


class Messages(QObject):
    """Keeps the last message box open without blocking, so that the app and tests carry on."""

    last: QMessageBox | None = None

    def refuse_text(self, parent: QWidget, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Let op"), text, parent=parent)
        box.setAccessibleName(self.tr("Let op"))
        Messages.last = box
        box.open()

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes


def date_edit(parent: QWidget, day: date, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setAccessibleName(name)
    return edit


def table(parent: QWidget, name: str, stretch: int | None = None) -> QTableView:
    view = QTableView(parent)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        # a section's resize mode is forgotten when a model brings its columns: set it once they exist
        def stretch_when_there(_old: int, count: int) -> None:
            if count > stretch:
                header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

        header.sectionCountChanged.connect(stretch_when_there)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    return view


class NamedCombo(QComboBox):
    """A combo box whose pop-up list carries the same accessible name (screen readers announce the list).

    It does not grow to its longest item, so that the tab still fits a small window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.view().setAccessibleName(name)


def search_field(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("VolunteerListPanel", "Wissen"))
    return edit
