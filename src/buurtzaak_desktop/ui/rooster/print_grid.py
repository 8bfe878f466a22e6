"""Printing the day or week grid from the app, through the print dialog or a print preview.

The page shows the grid as on the screen (A4 landscape, rooms × time, bookings with their time, title and group),
under a heading with the centre's name and the period. The PDF for the notice board (``buurtzaak print``, and
"Opslaan als pdf" in the app) is drawn by ``reports.rooster.pdf`` and stays the path the tests read.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from buurtzaak_desktop.services.rooster.read_models import RoosterView
from buurtzaak_desktop.ui.rooster.grid import RoosterGrid

LOGICAL_WIDTH = 1400  # the grid is laid out at this width, then scaled to the page
HEADING_HEIGHT = 40


def new_printer(document_name: str) -> QPrinter:
    """A4 landscape with 10 mm margins. Screen resolution: the grid is laid out as on the screen, then scaled."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(document_name)
    return printer


def paint_rooster(printer: QPrinter, view: RoosterView, week_mode: bool, heading: str) -> None:
    """Draw one page: the heading, then the day or week grid filling the rest of the printable area."""
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = page.width() / LOGICAL_WIDTH
    height = int(page.height() / scale)
    grid = RoosterGrid()
    grid.set_view(view, week_mode=week_mode, now=None)
    grid.resize(LOGICAL_WIDTH, height - HEADING_HEIGHT)
    painter = QPainter(printer)
    painter.scale(scale, scale)
    font = QFont(grid.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    painter.setFont(font)
    painter.drawText(
        QRectF(0, 0, LOGICAL_WIDTH, HEADING_HEIGHT - 8),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        heading,
    )
    painter.translate(0, HEADING_HEIGHT)
    fit = (height - HEADING_HEIGHT) / max(1, grid.height())  # a busy week's rows grow taller than the page: shrink
    if fit < 1:
        painter.scale(fit, fit)
    grid.paint(painter)
    painter.end()
    grid.deleteLater()
