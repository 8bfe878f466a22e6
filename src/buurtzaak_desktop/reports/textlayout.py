"""One line of text (a name) laid out as Qt lays it out on screen: in pieces of one font and one direction, in
visual order (the bidi algorithm), Arabic and Devanagari shaped by HarfBuzz.

``layout_line`` returns what the PDF draws: per piece the font and, for shaped pieces, HarfBuzz's glyphs exactly
(glyph ids with their advances and offsets, in visual order, with the cluster each belongs to). Metrics are in
thousandths of the font size, so a layout holds for every size and is cached.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from buurtzaak_desktop.reports.bidi import embedding_levels, visual_order
from buurtzaak_desktop.reports.fonts import FONT, FONT_BOLD, SCRIPT_FONTS, SHAPED_FONTS, script, shaping_available


@dataclass(frozen=True)
class Glyph:
    """One glyph as HarfBuzz places it; lengths in thousandths of the font size."""

    gid: int
    cluster: int  # index in the line of the first character this glyph shows (HarfBuzz's cluster)
    x_advance: float
    y_advance: float
    x_offset: float
    y_offset: float


@dataclass(frozen=True)
class Piece:
    """A stretch of the line in one font and at one bidi level (odd: right-to-left)."""

    text: str  # in logical order
    start: int  # index of its first character in the line
    font: str
    level: int
    glyphs: tuple[Glyph, ...] | None  # HarfBuzz's output, left to right; None: plain text, left to right
    width: float  # thousandths of the font size

    @property
    def visual_text(self) -> str:
        """A plain piece's characters left to right (a right-to-left one, only without HarfBuzz: reversed, with
        brackets mirrored)."""
        if self.level % 2 == 0:
            return self.text
        clusters: list[str] = []
        for char in self.text:  # a combining mark stays after its letter: it is drawn over the glyph before it
            if clusters and unicodedata.combining(char):
                clusters[-1] += char
            else:
                clusters.append(_MIRRORED.get(char, char))
        return "".join(reversed(clusters))


_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def fonts_of(text: str, bold: bool = False) -> list[str]:
    """The font of each character: Noto for Arabic and Devanagari, DejaVu for letters of other scripts. Spaces,
    digits, punctuation and marks stay in the font of the character before them when it has them (so a space
    between two Devanagari words is shaped with them), else DejaVu."""
    fonts: list[str] = []
    for char in text:
        found = script(char)
        if found is not None or char.isalpha() or not fonts:
            fonts.append(SCRIPT_FONTS[found][bold])
        elif unicodedata.category(char) in ("Mn", "Cf") or ord(char) in _cmap(fonts[-1]):
            fonts.append(fonts[-1])  # joiners and marks must stay with what they join or mark
        else:
            fonts.append(FONT_BOLD if bold else FONT)
    return fonts


@functools.lru_cache(maxsize=4096)
def layout_line(text: str, bold: bool = False) -> tuple[Piece, ...]:
    """The pieces of a line in visual order, left to right."""
    levels = embedding_levels(text)
    fonts = fonts_of(text, bold)
    pieces: list[Piece] = []
    start = 0
    for end in range(1, len(text) + 1):
        if end == len(text) or (fonts[end], levels[end]) != (fonts[start], levels[start]):
            pieces.append(_piece(text, start, end, fonts[start], levels[start]))
            start = end
    return tuple(visual_order(pieces, [piece.level for piece in pieces]))


def line_width(text: str, size: float, bold: bool = False) -> float:
    """The width of a line as drawn, in points."""
    return sum(piece.width for piece in layout_line(text, bold)) * size / 1000


def _piece(text: str, start: int, end: int, font: str, level: int) -> Piece:
    # Arabic and Devanagari need shaping; so does right-to-left text in DejaVu (Hebrew marks, mirrored brackets)
    if (font in SHAPED_FONTS or level % 2) and shaping_available():
        glyphs = _shape(text, start, end, font, level % 2 == 1)
        return Piece(text[start:end], start, font, level, glyphs, sum(glyph.x_advance for glyph in glyphs))
    width = pdfmetrics.stringWidth(text[start:end], font, 1000)
    return Piece(text[start:end], start, font, level, None, float(width))


def _shape(text: str, start: int, end: int, font: str, rtl: bool) -> tuple[Glyph, ...]:
    """HarfBuzz's glyphs for text[start:end], with the whole line as context (as Qt shapes an item)."""
    import uharfbuzz as hb  # only needed, and so only imported, when a name holds Arabic or Devanagari

    hb_font = _hb_font(font)
    buffer = hb.Buffer()
    buffer.add_str(text, start, end - start)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"  # the bidi level decides, not the script
    hb.shape(hb_font, buffer)
    scale = 1000 / hb_font.face.upem
    return tuple(
        Glyph(
            info.codepoint,
            info.cluster,
            position.x_advance * scale,
            position.y_advance * scale,
            position.x_offset * scale,
            position.y_offset * scale,
        )
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    )


@functools.cache
def _hb_font(font: str):
    import uharfbuzz as hb

    return hb.Font(pdfmetrics.getFont(font).hbFace)  # the face ReportLab embeds: same glyph ids


@functools.cache
def _cmap(font: str) -> frozenset[int]:
    return frozenset(code for code in pdfmetrics.getFont(font).face.charToGlyph if code < 0xF0000)
