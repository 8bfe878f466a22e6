"""The base of every tab page: it loads its data when it is first shown and after each change."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from buurtzaak_desktop.services.context import AppContext


class TabPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True

    def mark_stale(self) -> None:
        """Data changed elsewhere: reload when the page is next shown (now, if it is visible)."""
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

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)
