"""Small shared pieces of the Activiteiten views: a named table, a named button, a question."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QPushButton, QTableView, QWidget


def table(name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def button(text: str, parent: QWidget, action: Callable[[], object], shortcut: str | None = None) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setAccessibleName(text.replace("&", "").rstrip("…"))
    widget.clicked.connect(lambda _=False: action())
    if shortcut:
        widget.setShortcut(shortcut)
    return widget


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
