"""The Rooster's week at start-up, before the data layer has loaded: the page's own grid, read-only.

``first_view`` reads the current week with sqlite3 (0.6 s before SQLAlchemy and the models are ready); the window
shows it in place of "Laden…" until the real page replaces it with the same week (and its buttons). Nothing here
imports the data layer: tests/test_first_paint.py checks that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.rooster.first_view import first_view
from buurtzaak_desktop.ui.rooster.grid import RoosterGrid, scrolling, week_of

PREVIEW_NAME = "first_week_preview"


def week_preview(paths: DataPaths, parent: QWidget) -> QWidget | None:
    """The current week's grid as the Rooster page opens on it, or None when the file must be migrated (or cannot
    be read so): then "Laden…" stays until the page is ready."""
    now = now_local()
    first, last = week_of(now.date())
    view = first_view(paths.database, first, last)
    if view is None:
        return None
    grid = RoosterGrid(parent)
    grid.setObjectName(PREVIEW_NAME)
    grid.setAccessibleName(QCoreApplication.translate("RoosterPage", "Roostergrid"))  # as the page's grid
    grid.set_view(view, week_mode=True, now=now)
    return scrolling(grid)


class _AfterFirstPaint(QObject):
    """Runs ``work`` once: on the event loop's turn after the grid's first paint (on the screen by then), or after
    ``wait_ms`` should it not be painted that soon (a minimised window)."""

    def __init__(self, grid: QWidget, work: Callable[[], None], wait_ms: int) -> None:
        super().__init__(grid)
        self.work: Callable[[], None] | None = work
        grid.installEventFilter(self)
        QTimer.singleShot(wait_ms, self.run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.run)
        return False

    def run(self) -> None:
        work, self.work = self.work, None
        if work is not None:
            work()


def after_first_paint(preview: QWidget, work: Callable[[], None], wait_ms: int) -> None:
    """``work`` (loading the data layer, which blocks for a while) once the preview's week is on the screen."""
    _AfterFirstPaint(preview.findChild(RoosterGrid, PREVIEW_NAME) or preview, work, wait_ms)
