"""Small helpers for the spreekuur views."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from buurtzaak_desktop.ui.operations import SPREEKUUR

AREAS = frozenset({SPREEKUUR})  # what the spreekuur's writes touch: no other tab shows them


def named(widget: Any, name: str) -> Any:
    widget.setAccessibleName(name)
    if isinstance(widget, QComboBox):
        widget.view().setAccessibleName(name)  # its pop-up list lives outside the combo box
    return widget
