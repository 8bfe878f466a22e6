"""Small helpers shared by the tests."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

NAMED_KINDS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def unnamed_widgets(root: QWidget) -> list[str]:
    """Inputs, buttons and tables under ``root`` without an accessible name (screen readers and GUI tests need it)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, NAMED_KINDS):
            continue
        if isinstance(widget.parent(), QTabBar) or widget.objectName().startswith("qt_"):
            continue  # Qt's own tab scroll buttons and internals
        if _inside(widget, (QAbstractSpinBox, QComboBox, QAbstractItemView), root):
            continue  # parts of a spin box, combo box or table (line edit, popup list, header, corner button)
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}")
    return missing


def _inside(widget: QWidget, kinds: tuple[type, ...], root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False
