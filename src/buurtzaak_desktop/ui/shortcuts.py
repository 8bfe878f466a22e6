"""Keys that act on one widget only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def widget_shortcut(
    widget: QWidget, key: QKeySequence | QKeySequence.StandardKey | Qt.Key, slot: Callable[[], object]
) -> QShortcut:
    """A key that acts only while ``widget`` has focus (Enter or Delete on a table), so that a field elsewhere on
    the page keeps its Enter and two tables do not compete.

    The context is set after construction: passed to the constructor together with a slot it is not applied.
    """
    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut
