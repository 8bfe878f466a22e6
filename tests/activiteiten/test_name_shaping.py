"""Names in mixed scripts print as Qt shows them on screen: the same pieces in the same visual order (bidi), the
same glyphs at the same places (HarfBuzz as Qt uses it). Qt is the reference: it lays out the same string with
the same font files, each piece in the font our PDF uses for it."""

from __future__ import annotations

import unicodedata
from datetime import date, time

import pytest
import uharfbuzz as hb
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtGui import QFont, QFontDatabase, QTextCharFormat, QTextLayout

from buurtzaak_desktop.paths import FONTS_DIR
from buurtzaak_desktop.reports.activiteiten.presentielijst import AttendanceSheet, SheetLine, write_attendance_sheets
from buurtzaak_desktop.reports.bidi import embedding_levels, visual_order
from buurtzaak_desktop.reports.fonts import (
    FONT,
    FONT_ARABIC,
    FONT_ARABIC_BOLD,
    FONT_BOLD,
    FONT_DEVANAGARI,
    FONT_DEVANAGARI_BOLD,
    FONT_FILES,
    register_fonts,
)
from buurtzaak_desktop.reports.textlayout import layout_line

NAMES = (
    "محمد Jansen",
    "रवि",
    "शर्मा",
    "रवि शर्मा",
    "Soufiane शर्मा",
    "Ilse الإدريسي",
    "अनिल शर्मा",
    "कृष्ण क्षत्रिय",
    "محمد العلوي",
    "Jansen محمد 12",
    "لا إله (Noor) محمد",
    "Ayşe شرما-ली",
    "שרה Cohen",  # Hebrew: DejaVu has it; right-to-left text in DejaVu is shaped too
    "שָׂרָה Cohen",  # with vowel points and a shin dot: composed and placed by HarfBuzz
    "Ahmed (محمد)",  # brackets take the direction of the text around them, mirrored when right-to-left
    "(محمد) Ahmed",
)
FAMILIES = {
    FONT: "DejaVu Sans",
    FONT_BOLD: "DejaVu Sans",
    FONT_ARABIC: "Noto Sans Arabic",
    FONT_ARABIC_BOLD: "Noto Sans Arabic",
    FONT_DEVANAGARI: "Noto Sans Devanagari",
    FONT_DEVANAGARI_BOLD: "Noto Sans Devanagari",
}
EM = 1000  # Qt lays out at 1000 px to the em: its positions read as thousandths of the font size, like ours


@pytest.fixture(scope="module")
def qt_fonts(qapp) -> None:
    for _, filename in FONT_FILES:
        assert QFontDatabase.addApplicationFont(str(FONTS_DIR / filename)) >= 0
    register_fonts()


def _qt_font(family: str, bold: bool, plain: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(EM)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if plain:  # Latin prints as plain text, as in all our PDFs: no kerning, no ligatures
        for tag in ("kern", "liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
    return font


def qt_glyphs(text: str, bold: bool = False) -> list[tuple[str, int, float, float]]:
    """Qt's glyphs for ``text`` left to right: (family, glyph id, x, y up), each piece in our PDF's font for it."""
    layout = QTextLayout(text, _qt_font("DejaVu Sans", bold))  # its features would pass on to every piece
    ranges = []
    for piece in layout_line(text, bold):
        format_range = QTextLayout.FormatRange()
        format_range.start, format_range.length = piece.start, len(piece.text)
        char_format = QTextCharFormat()
        char_format.setFont(_qt_font(FAMILIES[piece.font], bold, plain=piece.glyphs is None))
        format_range.format = char_format
        ranges.append(format_range)
    layout.setFormats(ranges)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    baseline = line.y() + line.ascent()
    flags = QTextLayout.GlyphRunRetrievalFlag
    runs = layout.glyphRuns(
        -1, -1, flags.RetrieveGlyphIndexes | flags.RetrieveGlyphPositions | flags.RetrieveStringIndexes
    )
    owner = {index: number for number, run in enumerate(runs) for index in run.stringIndexes()}
    items = []
    for number, run in enumerate(runs):
        # one glyph run holds every item in its font, each in logical order: split it where the string goes back
        # or skips characters of another run
        item: list[tuple[str, int, float, float]] = []
        previous = None
        for gid, point, index in zip(run.glyphIndexes(), run.positions(), run.stringIndexes(), strict=True):
            skips = previous is not None and any(owner[i] != number for i in range(previous + 1, index) if i in owner)
            if previous is not None and (index < previous or skips):
                items.append(item[::-1] if run.isRightToLeft() else item)  # Qt lists right-to-left logically
                item = []
            item.append((run.rawFont().familyName(), gid, point.x(), baseline - point.y()))
            previous = index
        items.append(item[::-1] if run.isRightToLeft() else item)
    items.sort(key=lambda item: min(x for _, _, x, _ in item))
    return [glyph for item in items for glyph in item]


def our_glyphs(text: str, bold: bool = False) -> list[tuple[str, int, float, float]]:
    """The glyphs draw_text draws, left to right, in the same terms: shaped pieces as HarfBuzz gave them, plain
    pieces as their characters' glyphs (cmap) one after the other."""
    from reportlab.pdfbase import pdfmetrics

    glyphs = []
    x = 0.0
    for piece in layout_line(text, bold):
        family = FAMILIES[piece.font]
        if piece.glyphs is None:
            face = pdfmetrics.getFont(piece.font).face
            for char in piece.visual_text:
                glyphs.append((family, face.charToGlyph[ord(char)], x, 0.0))
                x += face.charWidths[ord(char)]
            continue
        pen_x = pen_y = 0.0
        for glyph in piece.glyphs:
            glyphs.append((family, glyph.gid, x + pen_x + glyph.x_offset, pen_y + glyph.y_offset))
            pen_x += glyph.x_advance
            pen_y += glyph.y_advance
        x += piece.width
    return glyphs


@pytest.mark.parametrize("name", NAMES)
def test_the_glyphs_we_draw_are_qts(qt_fonts, name: str) -> None:
    ours, qts = our_glyphs(name), qt_glyphs(name)
    assert [(family, gid) for family, gid, _, _ in ours] == [(family, gid) for family, gid, _, _ in qts]
    for (_, gid, x, y), (_, _, qt_x, qt_y) in zip(ours, qts, strict=True):
        assert x == pytest.approx(qt_x, abs=1.5), (gid, x, qt_x)  # Qt keeps positions in 1/64 px
        assert y == pytest.approx(qt_y, abs=1.5), (gid, y, qt_y)


def test_bold_names_too(qt_fonts) -> None:
    for name in ("محمد Jansen", "Soufiane शर्मा"):
        assert [g[:2] for g in our_glyphs(name, bold=True)] == [g[:2] for g in qt_glyphs(name, bold=True)]


def test_an_arabic_name_before_a_latin_one_stands_right_of_it() -> None:
    """The paragraph direction comes from the first strong letter: an Arabic first name makes the line
    right-to-left, so "Jansen" is drawn first (leftmost) and محمد reads from the right edge."""
    pieces = layout_line("محمد Jansen")
    assert [piece.text for piece in pieces] == ["Jansen", "محمد "]
    assert [piece.level for piece in pieces] == [2, 1]


_LETTERS = "abcXYZ" + "محمدلا" + "אבג" + "रविशमा्" + "0123" + "٣٤" + " .,-+%$/:()[]" + "\u064e\u0301"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_LETTERS, max_size=14))
def test_visual_order_agrees_with_python_bidi(text: str) -> None:
    """Our reordering gives the same visual string as python-bidi (the Rust unicode-bidi crate), brackets aside:
    python-bidi mirrors none and we mirror nothing here either."""
    visual = "".join(visual_order(list(text), embedding_levels(text)))
    assert visual == get_display(text), [unicodedata.bidirectional(c) for c in text]


def _pdf_glyph_signatures(path) -> list[list[tuple[str, tuple[int, ...]]]]:
    """Per text object that draws with a Noto font: its glyphs in drawing order as (font, metrics), read back
    from the embedded subset fonts (advance and extents, which tell the glyphs apart)."""
    reader = PdfReader(path)
    page = reader.pages[0]
    resources = page["/Resources"]["/Font"]
    subsets = {}
    for key, font in resources.items():
        font = font.get_object()
        if "/FontDescriptor" in font:
            data = font["/FontDescriptor"]["/FontFile2"].get_data()
            subsets[key] = (str(font["/BaseFont"]).split("+")[1], hb.Font(hb.Face(data)))
    lines, current, font_key = [], [], None
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"BT":
            current = []
        elif operator == b"Tf":
            font_key = operands[0]
        elif operator in (b"Tj", b"TJ"):
            strings = operands[0] if operator == b"TJ" else [operands[0]]
            for string in strings:
                if isinstance(string, (int, float)) or not hasattr(string, "get_original_bytes"):
                    continue
                name, subset = subsets[font_key]
                for code in string.get_original_bytes():
                    gid = subset.get_nominal_glyph(code)
                    current.append((name, _signature(subset, gid)))
        elif operator == b"ET" and any(name.startswith("Noto") for name, _ in current):
            lines.append(current)
    return lines


def _signature(font: hb.Font, gid: int) -> tuple[int, ...]:
    extents = font.get_glyph_extents(gid)
    return (font.get_glyph_h_advance(gid), extents.x_bearing, extents.y_bearing, extents.width, extents.height)


def test_a_presentielijst_draws_qts_glyphs(qt_fonts, tmp_path) -> None:
    """End to end: the glyphs in the PDF's content stream are Qt's, in Qt's visual order, and the text reads
    back as typed (each cluster's text goes with its first glyph)."""
    names = ("محمد Jansen", "रवि शर्मा", "Soufiane शर्मा")
    sheet = AttendanceSheet("Taalcafé", date(2026, 12, 2), time(19), time(21), lines=tuple(map(SheetLine, names)))
    out = tmp_path / "scripts.pdf"
    write_attendance_sheets(out, "De Buurtzaak", "Presentielijsten", [sheet])
    families = {
        "DejaVu Sans": "DejaVuSans",
        "Noto Sans Arabic": "NotoSansArabic-Regular",
        "Noto Sans Devanagari": "NotoSansDevanagari-Regular",
    }
    originals = {name: hb.Font(hb.Face((FONTS_DIR / f"{name}.ttf").read_bytes())) for name in families.values()}
    drawn = _pdf_glyph_signatures(out)
    assert len(drawn) == len(names)
    for name, line in zip(names, drawn, strict=True):
        expected = [
            (families[family], _signature(originals[families[family]], gid)) for family, gid, _, _ in qt_glyphs(name)
        ]
        assert line == expected, name
    text = PdfReader(out).pages[0].extract_text()
    assert all(name in text for name in ("रवि शर्मा", "Soufiane शर्मा")), text
    assert "Jansen محمد" in text  # drawn with Jansen leftmost; pypdf reads right-to-left words back as typed


def test_without_harfbuzz_names_still_print_in_visual_order(monkeypatch, tmp_path) -> None:
    """The fallback when uharfbuzz is missing: letters unjoined, but right-to-left text still reversed (marks
    kept after their letter) and the pieces in bidi order."""
    from buurtzaak_desktop.reports import textlayout

    monkeypatch.setattr(textlayout, "shaping_available", lambda: False)
    layout_line.cache_clear()
    try:
        pieces = layout_line("مُحمد Jansen")
        assert [piece.visual_text for piece in pieces] == ["Jansen", " دمحمُ"]
        sheet = AttendanceSheet("Taalcafé", date(2026, 12, 2), time(19), time(21), lines=(SheetLine("مُحمد Jansen"),))
        write_attendance_sheets(tmp_path / "plain.pdf", "De Buurtzaak", "Presentielijsten", [sheet])
        assert "Jansen" in PdfReader(tmp_path / "plain.pdf").pages[0].extract_text()
    finally:
        layout_line.cache_clear()
