"""Shared pieces for printed PDFs: embedded Unicode fonts, A4 pages with the centre's name, page numbers.

Output is deterministic (same data, same bytes): ReportLab's invariant mode fixes dates and document ids.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from buurtzaak_desktop.reports.fonts import (
    FONT,
    FONT_ARABIC,
    FONT_ARABIC_BOLD,
    FONT_BOLD,
    FONT_DEVANAGARI,
    FONT_DEVANAGARI_BOLD,
    ShapedFont,
    font_for,
    needs_noto,
    register_fonts,
    shaping_available,
    text_runs,
)
from buurtzaak_desktop.reports.page import MARGIN, decorate_page
from buurtzaak_desktop.reports.textlayout import Piece, layout_line, line_width

__all__ = [
    "FONT",
    "FONT_ARABIC",
    "FONT_ARABIC_BOLD",
    "FONT_BOLD",
    "FONT_DEVANAGARI",
    "FONT_DEVANAGARI_BOLD",
    "MARGIN",
    "decorate_page",
    "font_for",
    "needs_noto",
    "register_fonts",
    "shaping_available",
    "text_runs",
]

# Text that needs more than one left-to-right run of DejaVu: Noto scripts, right-to-left scripts, bidi controls.
_COMPLEX = re.compile(
    "[\u0590-\u08ff\u0900-\u097f\ua8e0-\ua8ff\ufb1d-\ufdff\ufe70-\ufeff\u200e\u200f\u202a-\u202e"
    "\u2066-\u2069\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
    """Draw one line of text (a name) from ``x`` on: in visual order (the bidi algorithm), each piece in the font
    its script needs, Arabic and Devanagari as the glyphs HarfBuzz gives."""
    if _COMPLEX.search(text) is None:  # most names: one DejaVu run, left to right, no per-letter work
        font = FONT_BOLD if bold else FONT
        if (canvas._fontname, canvas._fontsize) != (font, size):  # each setFont adds an operator to the page
            canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    # q/Q: the fonts and rise set here are text state, which outlives ET; ReportLab expects its own font after
    operators = ["q BT"]
    for piece in layout_line(text, bold):
        operators.append(f"1 0 0 1 {fp_str(x)} {fp_str(y)} Tm")
        if piece.glyphs is None:
            operators += _plain_operators(canvas, piece, size)
        else:
            operators += _glyph_operators(canvas, piece, size)
        x += piece.width * size / 1000
    operators.append("ET Q")
    canvas._code.append(" ".join(operators))


def _plain_operators(canvas: Canvas, piece: Piece, size: float) -> list[str]:
    font = pdfmetrics.getFont(piece.font)
    operators: list[str] = []
    for subset, chunk in font.splitString(piece.visual_text, canvas._doc):
        operators.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {fp_str(size)} Tf")
        operators.append(f"({canvas._escape(chunk)}) Tj")
    return operators


def _glyph_operators(canvas: Canvas, piece: Piece, size: float) -> list[str]:
    """HarfBuzz's glyphs as TJ arrays: each glyph at pen + offset, the pen moved by its advance (the numbers in a
    TJ array move the next glyph left by thousandths of the font size). Vertical offsets are text rise."""
    font = pdfmetrics.getFont(piece.font)
    assert isinstance(font, ShapedFont)
    glyphs = piece.glyphs or ()
    texts = _cluster_texts(piece)
    operators: list[str] = []
    array: list[str] = []

    def flush() -> None:
        if array:
            operators.append(f"[{' '.join(array)}] TJ")
            array.clear()

    subset_now, rise_now = -1, 0.0
    pen_x = pen_y = current = 0.0
    seen: set[int] = set()
    for glyph in glyphs:
        first = glyph.cluster not in seen  # a cluster's text goes with its first glyph, left to right
        seen.add(glyph.cluster)
        char = font.code_for(glyph.gid, texts[glyph.cluster] if first else "", _nominal(piece.font, glyph.gid))
        ((subset, chunk),) = font.splitString(char, canvas._doc)
        rise = (pen_y + glyph.y_offset) * size / 1000
        if subset != subset_now or rise != rise_now:
            flush()
            if subset != subset_now:
                operators.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {fp_str(size)} Tf")
            if rise != rise_now:
                operators.append(f"{fp_str(rise)} Ts")
            subset_now, rise_now = subset, rise
        target = pen_x + glyph.x_offset
        if abs(target - current) > 0.001:
            array.append(fp_str(current - target))
        array.append(f"({canvas._escape(chunk)})")
        current = target + font.face.charWidths[ord(char)]
        pen_x += glyph.x_advance
        pen_y += glyph.y_advance
    flush()
    return operators


def _cluster_texts(piece: Piece) -> dict[int, str]:
    """The characters each HarfBuzz cluster of a piece shows (clusters are indexes in the line)."""
    starts = sorted({glyph.cluster for glyph in piece.glyphs or ()})
    ends = [*starts[1:], piece.start + len(piece.text)]
    line = " " * piece.start + piece.text
    return {start: line[start:end] for start, end in zip(starts, ends, strict=True)}


def _nominal(font: str, gid: int) -> float:
    """A glyph's own advance width (what the PDF viewer moves by after drawing it), thousandths of an em."""
    face = pdfmetrics.getFont(font).face
    return float(face.hmetrics[gid][0] * 1000 / face.unitsPerEm)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width draw_text gives text."""
    if _COMPLEX.search(text) is None:
        return float(pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, size))
    return line_width(text, size, bold)


class TextLine(Flowable):
    """One line of text drawn by draw_text, for table cells that may hold a name in Arabic or Devanagari."""

    def __init__(self, text: str, size: float, bold: bool = False) -> None:
        super().__init__()
        self.text, self.size, self.bold = text, size, bold

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(text_width(self.text, self.size, self.bold), available_width)
        return self.width, self.size * 1.25

    def draw(self) -> None:
        draw_text(self.canv, 0, self.size * 0.3, self.text, self.size, self.bold)


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
        decorate_page(canvas, self.pagesize, self.centre_name, self.header_title)

    def write(self, story: Sequence[Flowable]) -> None:
        self.build(list(story))
