"""Buttons that act on the chosen row are off until a row is chosen, so that they never do nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView


def enable_with_selection(view: QAbstractItemView, *buttons: QAbstractButton) -> None:
    """Call after ``view.setModel``: the buttons follow the selection, also after the list reloads."""
    selection = view.selectionModel()
    model = view.model()

    def update() -> None:
        chosen = selection.hasSelection()
        for button in buttons:
            button.setEnabled(chosen)

    selection.selectionChanged.connect(lambda *_: update())
    model.modelReset.connect(update)  # a reload clears the selection without a selectionChanged
    update()
