"""The fonts the PDFs embed and which of them a piece of text needs: DejaVu Sans for Latin (all accents),
Turkish, Cyrillic, Hebrew...; Noto Sans Arabic and Devanagari, shaped with HarfBuzz, for those scripts."""

from __future__ import annotations

import functools
import importlib.util
import logging
import re
import threading

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from buurtzaak_desktop.paths import FONTS_DIR

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
# Scripts DejaVu Sans lacks or cannot join: names in them are drawn in a Noto font, shaped with HarfBuzz.
FONT_ARABIC = "NotoSansArabic"
FONT_ARABIC_BOLD = "NotoSansArabic-Bold"
FONT_DEVANAGARI = "NotoSansDevanagari"
FONT_DEVANAGARI_BOLD = "NotoSansDevanagari-Bold"
FONT_FILES = (
    (FONT, "DejaVuSans.ttf"),
    (FONT_BOLD, "DejaVuSans-Bold.ttf"),
    (FONT_ARABIC, "NotoSansArabic-Regular.ttf"),
    (FONT_ARABIC_BOLD, "NotoSansArabic-Bold.ttf"),
    (FONT_DEVANAGARI, "NotoSansDevanagari-Regular.ttf"),
    (FONT_DEVANAGARI_BOLD, "NotoSansDevanagari-Bold.ttf"),
)
# Fonts whose text is always shaped (in DejaVu only right-to-left text is).
SHAPED_FONTS = frozenset((FONT_ARABIC, FONT_ARABIC_BOLD, FONT_DEVANAGARI, FONT_DEVANAGARI_BOLD))
log = logging.getLogger(__name__)


# Private code points (planes 15 and 16) that stand for a shaped glyph, each with the text it shows; unique over
# all fonts, so that one ToUnicode writer serves them all.
_FIRST_CODE = 0xF0000
_glyph_texts: dict[int, str] = {}
_lock = threading.Lock()  # PDFs may be written on worker threads
_plain_to_unicode = ttfonts.makeToUnicodeCMap


class ShapedFont(TTFont):
    """A TrueType font whose text is drawn as HarfBuzz's glyphs rather than as characters.

    ReportLab embeds a font in subsets of 256 codes that each stand for a character and so, through the font's
    cmap, for a glyph. A shaped glyph (a conjunct, a joined Arabic form) often has no character: each pair of
    (glyph, text it shows) gets a private code of its own, mapped to the glyph. The ToUnicode map then gives a
    cluster's text to its first glyph and nothing to the others, so copying or searching the PDF gives the name
    as typed ("रवि", not the drawn order र ि व).
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._codes: dict[tuple[int, str], str] = {}

    def code_for(self, gid: int, text: str, advance: float) -> str:
        """The character that draws glyph ``gid`` (``advance``: its width in thousandths of the font size) and
        reads as ``text``."""
        char = self._codes.get((gid, text))
        if char is None:
            with _lock:
                code = _FIRST_CODE + len(_glyph_texts)
                _glyph_texts[code] = text
                self.face.charToGlyph[code] = gid
                self.face.charWidths[code] = advance
                char = self._codes[gid, text] = chr(code)
        return char


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map of a font subset, which also knows the text of the private glyph codes."""
    if all(code < _FIRST_CODE for code in subset):
        return str(_plain_to_unicode(fontname, subset))
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            f"1 begincodespacerange <00> <{len(subset) - 1:02X}> endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{index:02X}> <{_hex(_glyph_texts.get(code, chr(code)))}>" for index, code in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def register_fonts(*names: str) -> None:
    """Embed DejaVu Sans (Latin with all accents, Turkish, ...) and Noto Sans Arabic and Devanagari from the app's
    own resources (only the glyphs used end up in a PDF); or only the fonts ``names``, for a page drawn in those
    alone (reading a font file costs a few milliseconds, DejaVu Sans ten)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # ReportLab writes every subset's ToUnicode map with it
    registered = pdfmetrics.getRegisteredFontNames()
    for name, filename in FONT_FILES:
        if name not in registered and (not names or name in names):
            pdfmetrics.registerFont(ShapedFont(name, str(FONTS_DIR / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@functools.cache
def shaping_available() -> bool:
    """HarfBuzz (the uharfbuzz package) joins Arabic letters and orders Devanagari vowel signs. Without it such
    names still print in the right font, letter by letter unjoined (the fallback), and a warning is logged."""
    if importlib.util.find_spec("uharfbuzz") is None:
        log.warning("uharfbuzz is not installed: Arabic and Devanagari names print unshaped")
        return False
    return True


def script(char: str) -> str | None:
    """'arabic' or 'devanagari' for a character that needs a Noto font, else None."""
    code = ord(char)
    if 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF:
        return "devanagari"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    return None


_NEEDS_NOTO = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff\u0900-\u097f\ua8e0-\ua8ff]")
SCRIPT_FONTS = {
    None: (FONT, FONT_BOLD),
    "arabic": (FONT_ARABIC, FONT_ARABIC_BOLD),
    "devanagari": (FONT_DEVANAGARI, FONT_DEVANAGARI_BOLD),
}


def font_for(text: str, bold: bool = False) -> tuple[str, bool]:
    """The font for text in one script and whether it needs shaping: DejaVu for Latin, Turkish, Cyrillic...;
    Noto Sans Arabic or Devanagari (shaped) when the text holds those scripts."""
    found = next((found for found in map(script, text) if found), None)
    regular, heavy = SCRIPT_FONTS[found]
    return (heavy if bold else regular), found is not None and shaping_available()


def needs_noto(text: str) -> bool:
    """Whether text holds Arabic or Devanagari, which DejaVu (and so a Paragraph in it) cannot show."""
    return _NEEDS_NOTO.search(text) is not None


def text_runs(text: str) -> list[str]:
    """Split a name into runs of one script ('Ilse الإدريسي' -> 'Ilse ', 'الإدريسي'): the Noto fonts for Arabic
    and Devanagari have no Latin letters. Spaces and punctuation stay with the run they follow."""
    runs: list[str] = []
    current: str | None = None
    for char in text:
        found = script(char)
        neutral = not char.isalpha() and found is None
        if runs and (neutral or found == current):
            runs[-1] += char
        else:
            runs.append(char)
            current = found
    return runs
