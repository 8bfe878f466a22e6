"""Shared pieces for printed PDFs: embedded Unicode fonts, A4 pages with the centre's name, page numbers.

Output is deterministic (same data, same bytes): ReportLab's invariant mode fixes dates and document ids.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import re
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
# Scripts DejaVu Sans lacks or cannot join: names in them are drawn in a Noto font, shaped with HarfBuzz.
FONT_ARABIC = "NotoSansArabic"
FONT_ARABIC_BOLD = "NotoSansArabic-Bold"
FONT_DEVANAGARI = "NotoSansDevanagari"
FONT_DEVANAGARI_BOLD = "NotoSansDevanagari-Bold"
_FONT_FILES = (
    (FONT, "DejaVuSans.ttf"),
    (FONT_BOLD, "DejaVuSans-Bold.ttf"),
    (FONT_ARABIC, "NotoSansArabic-Regular.ttf"),
    (FONT_ARABIC_BOLD, "NotoSansArabic-Bold.ttf"),
    (FONT_DEVANAGARI, "NotoSansDevanagari-Regular.ttf"),
    (FONT_DEVANAGARI_BOLD, "NotoSansDevanagari-Bold.ttf"),
)
MARGIN = 15 * mm
log = logging.getLogger(__name__)
rl_config.invariant = 1  # no creation date or random id in the file: same data, same bytes


def register_fonts() -> None:
    """Embed DejaVu Sans (Latin with all accents, Turkish, ...) and Noto Sans Arabic and Devanagari from the app's
    own resources (only the glyphs used end up in a PDF)."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, filename in _FONT_FILES:
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@functools.cache
def shaping_available() -> bool:
    """HarfBuzz (the uharfbuzz package) joins Arabic letters and orders Devanagari vowel signs. Without it such
    names still print in the right font, letter by letter unjoined (the fallback), and a warning is logged."""
    if importlib.util.find_spec("uharfbuzz") is None:
        log.warning("uharfbuzz is not installed: Arabic and Devanagari names print unshaped")
        return False
    return True


def _script(char: str) -> str | None:
    code = ord(char)
    if 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF:
        return "devanagari"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    return None


_NEEDS_NOTO = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff\u0900-\u097f\ua8e0-\ua8ff]")
_SCRIPT_FONTS = {
    None: (FONT, FONT_BOLD),
    "arabic": (FONT_ARABIC, FONT_ARABIC_BOLD),
    "devanagari": (FONT_DEVANAGARI, FONT_DEVANAGARI_BOLD),
}


def font_for(text: str, bold: bool = False) -> tuple[str, bool]:
    """The font for text in one script and whether it needs shaping: DejaVu for Latin, Turkish, Cyrillic...;
    Noto Sans Arabic or Devanagari (shaped) when the text holds those scripts."""
    script = next((found for found in map(_script, text) if found), None)
    regular, heavy = _SCRIPT_FONTS[script]
    return (heavy if bold else regular), script is not None and shaping_available()


def text_runs(text: str) -> list[str]:
    """Split a name into runs of one script ('Ilse الإدريسي' -> 'Ilse ', 'الإدريسي'): the Noto fonts for Arabic
    and Devanagari have no Latin letters. Spaces and punctuation stay with the run they follow."""
    runs: list[str] = []
    current: str | None = None
    for char in text:
        script = _script(char)
        neutral = not char.isalpha() and script is None
        if runs and (neutral or script == current):
            runs[-1] += char
        else:
            runs.append(char)
            current = script
    return runs


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
    """Draw one line of text (a name) in the fonts its scripts need, shaped where they must be."""
    if _NEEDS_NOTO.search(text) is None:  # most names: one DejaVu run, no per-letter work
        _draw_run(canvas, x, y, text, FONT_BOLD if bold else FONT, size, False)
        return
    runs = text_runs(text)
    for number, run in enumerate(runs, start=1):
        core = run.rstrip()  # a shaped run loses its trailing space: measure spaces in DejaVu
        font, shaping = font_for(core, bold)
        x += _draw_run(canvas, x, y, core, font, size, shaping, measure=number < len(runs))
        x += pdfmetrics.stringWidth(run[len(core) :], FONT, size)


def needs_noto(text: str) -> bool:
    """Whether text holds Arabic or Devanagari, which DejaVu (and so a Paragraph in it) cannot show."""
    return _NEEDS_NOTO.search(text) is not None


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width draw_text gives text: each script run measured in its own font."""
    return float(sum(pdfmetrics.stringWidth(run, font_for(run, bold)[0], size) for run in text_runs(text)))


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


def _draw_run(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, shaping: bool, measure: bool = False
) -> float:
    """Draw ``text``; return its width when ``measure`` (another run follows), else 0."""
    if (canvas._fontname, canvas._fontsize) != (font, size):  # each setFont adds an operator to the page
        canvas.setFont(font, size)
    if shaping:
        canvas.drawString(x, y, text, shaping=True)
    else:
        canvas.drawString(x, y, text)
    # the font's advance widths: what the canvas moves by for these runs, also when shaped (checked by eye)
    return float(pdfmetrics.stringWidth(text, font, size)) if measure else 0.0


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
