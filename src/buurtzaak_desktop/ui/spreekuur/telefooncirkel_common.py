"""Shared bits of the Telefooncirkel views: the one place a refusal becomes a message, and core translations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.ui.i18n import error_text


def core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def attempt(parent: QWidget, action: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a service call; a refusal is shown in plain Dutch. The only ``except`` of these views, so that it is one
    change to move them to the shared operations runner."""
    try:
        return True, action()
    except BuurtzaakError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("TelefooncirkelView", "Telefooncirkel"), error_text(error)
        )
        return False, None
