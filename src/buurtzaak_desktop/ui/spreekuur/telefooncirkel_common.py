"""Shared bits of the Telefooncirkel views: the one call through which they write, and core translations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.spreekuur.common import AREAS


def core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def attempt(parent: QWidget, action: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a service call through the app's operations runner (a refusal is shown there, in plain Dutch); whether it
    went through, and what it gave back."""
    result: list[Any] = []
    went_through = operations().ok(parent, lambda: result.append(action()), AREAS)
    return went_through, result[0] if result else None
