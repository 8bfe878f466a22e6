"""The page every printed PDF shares: A4 margins, the centre's name and a title at the top, 'pagina N' at the bottom.

Canvas only (no platypus, ~0.15 s to import): reports drawn straight on a canvas, like the dagrooster and the
presentielijsten, use this; reports/pdf.py's CentreDocument decorates its pages with it too.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from buurtzaak_desktop.reports.fonts import FONT, FONT_BOLD

MARGIN = 15 * mm
rl_config.invariant = 1  # no creation date or random id in the file: same data, same bytes


def decorate_page(canvas: Canvas, pagesize: tuple[float, float], centre_name: str, title: str) -> None:
    """The centre's name and a title at the top and 'pagina N' at the bottom (every CentreDocument page; also
    for reports drawn straight on a canvas)."""
    width, height = pagesize
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawString(MARGIN, height - MARGIN, centre_name)
    canvas.setFont(FONT, 9)
    canvas.drawRightString(width - MARGIN, height - MARGIN, title)
    canvas.line(MARGIN, height - MARGIN - 2 * mm, width - MARGIN, height - MARGIN - 2 * mm)
    canvas.drawRightString(width - MARGIN, MARGIN / 2, f"pagina {canvas.getPageNumber()}")
    canvas.restoreState()
