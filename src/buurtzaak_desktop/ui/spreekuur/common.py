"""Small helpers for the spreekuur views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.ui.i18n import error_text


def named(widget: Any, name: str) -> Any:
    widget.setAccessibleName(name)
    if isinstance(widget, QComboBox):
        widget.view().setAccessibleName(name)  # its pop-up list lives outside the combo box
    return widget


def attempt(parent: QWidget, action: Callable[[], Any]) -> Any:
    """Run a service call; a refusal is shown in plain Dutch and None returned."""
    try:
        return action()
    except BuurtzaakError as error:
        QMessageBox.warning(parent, parent.tr("Spreekuur"), error_text(error))
        return None


def succeeded(parent: QWidget, action: Callable[[], Any]) -> bool:
    """Like ``attempt`` for actions that return nothing: True when the action went through."""
    try:
        action()
    except BuurtzaakError as error:
        QMessageBox.warning(parent, parent.tr("Spreekuur"), error_text(error))
        return False
    return True
