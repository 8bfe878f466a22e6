"""Live views: a change made at another desk (or in another window on the same file) shows here within about a
second, without a click. Each second the window asks the database's change watcher (db/watch.py) whether someone
else wrote; if so, every page hears "changed" as it does after its own writes (a visible page reloads, a hidden one
reloads when shown). The window's own writes are marked seen as they are announced, so they do not reload twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from buurtzaak_desktop.ui.operations import ALL_AREAS, Areas, operations

if TYPE_CHECKING:
    from buurtzaak_desktop.db.database import Database

POLL_MS = 1000  # the promise is 2 s; one second leaves room for a slow reload


class LiveViews(QObject):
    def __init__(self, database: Database, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.watcher = database.change_watcher()
        operations().changed.connect(self._written_here)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        if operations().busy():  # a back-up or restore is writing: its own end says what changed
            return
        if self.watcher.poll():
            operations().announce(ALL_AREAS)

    def _written_here(self, _areas: Areas) -> None:
        self.watcher.mark_seen()

    def stop(self) -> None:
        self.timer.stop()
        operations().changed.disconnect(self._written_here)
        self.watcher.close()
