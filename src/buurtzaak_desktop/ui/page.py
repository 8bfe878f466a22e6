"""The base of every tab page: it loads its data when it is first shown and after each change it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from buurtzaak_desktop.ui.operations import ALL_AREAS, Areas, operations

if TYPE_CHECKING:  # the window's frame is painted before the data layer (SQLAlchemy) is imported
    from buurtzaak_desktop.services.context import AppContext


class TabPage(QWidget):
    areas: Areas = ALL_AREAS  # what the page shows: a write to one of these makes it reload

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        operations().changed.connect(self._areas_written)

    def _areas_written(self, areas: Areas) -> None:
        if areas & self.areas:
            self.mark_stale()

    def mark_stale(self) -> None:
        """Data changed: reload now if the page is visible, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        """Read the page's data from the services and show it."""

    def focus_main(self) -> None:
        """Put the cursor in the page's main view (Ctrl+1..5 go to a tab this way); pages without one keep Qt's."""

    def print_current(self) -> bool:
        """Print what the page shows (Bestand > Afdrukken…); False if the page has nothing to print."""
        return False

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)
