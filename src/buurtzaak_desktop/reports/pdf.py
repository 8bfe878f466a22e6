"""Shared pieces for printed PDFs: embedded Unicode fonts, A4 pages with the centre's name, page numbers.

Output is deterministic (same data, same bytes): ReportLab's invariant mode fixes dates and document ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from buurtzaak_desktop.paths import FONTS_DIR

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MARGIN = 15 * mm
rl_config.invariant = 1  # no creation date or random id in the file: same data, same bytes


def register_fonts() -> None:
    """Embed DejaVu Sans (Latin with all accents, Turkish, Arabic, ...) from the app's own resources."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName=FONT, fontSize=10, leading=13)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
        ),
    }


class CentreDocument(BaseDocTemplate):
    """A4 (portrait or landscape) with the centre's name and a title at the top and 'pagina N' at the bottom."""

    def __init__(self, path: Path, centre_name: str, title: str, landscape_pages: bool = False, **kwargs: Any):
        pagesize = landscape(A4) if landscape_pages else A4
        super().__init__(
            str(path),
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 8 * mm,
            bottomMargin=MARGIN,
            title=title,
            author=centre_name,
            creator="Buurtzaak Desktop",
            **kwargs,
        )
        register_fonts()
        self.centre_name = centre_name
        self.header_title = title
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(MARGIN, height - MARGIN, self.centre_name)
        canvas.setFont(FONT, 9)
        canvas.drawRightString(width - MARGIN, height - MARGIN, self.header_title)
        canvas.line(MARGIN, height - MARGIN - 2 * mm, width - MARGIN, height - MARGIN - 2 * mm)
        canvas.drawRightString(width - MARGIN, MARGIN / 2, f"pagina {canvas.getPageNumber()}")
        canvas.restoreState()

    def write(self, story: Sequence[Flowable]) -> None:
        self.build(list(story))
