"""Presentielijsten: one A4 page per session with the names, a box to tick and a signature column.

The page drawing is reusable (the Vrijwilligers tab prints training lists with it): build ``AttendanceSheet``
values and pass them to ``write_attendance_sheets``. Drawn straight on the canvas inside ``CentreDocument`` (header
with the centre's name, page numbers), which keeps a week of 150+ lists fast and the output deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from buurtzaak_desktop.domain.dates import format_date
from buurtzaak_desktop.reports.pdf import (
    FONT,
    FONT_BOLD,
    MARGIN,
    decorate_page,
    draw_text,
    font_for,
    register_fonts,
)

ROW_HEIGHT = 7.5 * mm
MIN_ROW_HEIGHT = 5.5 * mm
HEADER_HEIGHT = 30 * mm
BOX = 4 * mm


@dataclass(frozen=True)
class SheetLine:
    name: str
    phone: str = ""  # empty unless the person consented to it being printed


@dataclass(frozen=True)
class AttendanceSheet:
    title: str
    day: date
    start: time
    end: time
    room: str = ""
    leader: str = ""
    lines: Sequence[SheetLine] = field(default_factory=tuple)
    blank_rows: int = 5
    cancelled: bool = False
    cancel_reason: str = ""
    leader_label: str = "Leiding"


# The body of a CentreDocument page (its frame with ReportLab's default 6 pt padding): the same page either way.
_PADDING = 6
BODY_X = MARGIN + _PADDING
BODY_Y = MARGIN + _PADDING
BODY_WIDTH = A4[0] - 2 * MARGIN - 2 * _PADDING
BODY_HEIGHT = A4[1] - (MARGIN + 8 * mm) - MARGIN - 2 * _PADDING


def write_attendance_sheets(path: Path, centre_name: str, title: str, sheets: Sequence[AttendanceSheet]) -> int:
    """Write the sheets to ``path``, each starting on a new page; returns the number of pages.

    Drawn straight on a canvas with CentreDocument's page decoration: no layout engine is needed for fixed pages,
    and a week of 150+ lists stays fast. ``SheetPage`` draws the same page as a flowable for a CentreDocument story.
    """
    register_fonts()
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setTitle(title)
    canvas.setAuthor(centre_name)
    canvas.setCreator("Buurtzaak Desktop")
    pages = 0
    for sheet in sheets:
        parts = _split(sheet, BODY_HEIGHT)
        for number, (lines, blanks) in enumerate(parts, start=1):
            decorate_page(canvas, A4, centre_name, title)
            canvas.saveState()
            canvas.translate(BODY_X, BODY_Y)
            draw_sheet(canvas, BODY_WIDTH, BODY_HEIGHT, sheet, lines, blanks, number, len(parts))
            canvas.restoreState()
            canvas.showPage()
            pages += 1
    if not pages:
        decorate_page(canvas, A4, centre_name, title)
        canvas.setFont(FONT, 12)
        canvas.drawString(BODY_X, BODY_Y + BODY_HEIGHT - 10 * mm, "Geen bijeenkomsten in deze periode.")
        canvas.showPage()
        pages = 1
    canvas.save()
    return pages


def _rows_that_fit(height: float) -> int:
    return int((height - HEADER_HEIGHT - ROW_HEIGHT) // MIN_ROW_HEIGHT)


def _split(sheet: AttendanceSheet, height: float) -> list[tuple[Sequence[SheetLine], int]]:
    """One page per session; a very long list continues on a next page (blank rows on the last)."""
    if sheet.cancelled:
        return [(sheet.lines, 0)]
    per_page = _rows_that_fit(height)
    total = len(sheet.lines) + sheet.blank_rows
    if total <= per_page:
        return [(sheet.lines, sheet.blank_rows)]
    pages: list[tuple[Sequence[SheetLine], int]] = []
    lines = list(sheet.lines)
    while len(lines) > per_page:
        pages.append((lines[:per_page], 0))
        lines = lines[per_page:]
    pages.append((lines, min(sheet.blank_rows, per_page - len(lines))))
    return pages


class SheetPage(Flowable):
    """One page of one session's list."""

    def __init__(self, sheet: AttendanceSheet, lines: Sequence[SheetLine], blanks: int, number: int, of: int) -> None:
        super().__init__()
        self.sheet, self.lines, self.blanks, self.number, self.of = sheet, lines, blanks, number, of

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height
        return self.width, self.height

    def draw(self) -> None:
        draw_sheet(self.canv, self.width, self.height, self.sheet, self.lines, self.blanks, self.number, self.of)


def draw_sheet(
    canvas: Canvas,
    width: float,
    height: float,
    sheet: AttendanceSheet,
    lines: Sequence[SheetLine],
    blanks: int,
    number: int = 1,
    of: int = 1,
) -> None:
    """One page of one session's list in the area (0, 0)-(width, height) of the canvas."""
    _draw_header(canvas, width, height, sheet, number, of)
    if sheet.cancelled:
        _draw_cancelled(canvas, width, height - HEADER_HEIGHT, sheet)
        return
    rows = len(lines) + blanks
    row_height = max(MIN_ROW_HEIGHT, min(ROW_HEIGHT, (height - HEADER_HEIGHT - ROW_HEIGHT) / max(rows, 1)))
    draw_table(canvas, width, height - HEADER_HEIGHT, lines, blanks, row_height)


def _draw_header(canvas: Canvas, width: float, top: float, sheet: AttendanceSheet, number: int, of: int) -> None:
    title = sheet.title if of == 1 else f"{sheet.title} (blad {number} van {of})"
    draw_text(canvas, 0, top - 7 * mm, title, 16, bold=True)
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawRightString(width, top - 7 * mm, "PRESENTIELIJST")
    canvas.setFont(FONT, 11)
    canvas.drawString(0, top - 14 * mm, f"{format_date(sheet.day)}, {sheet.start:%H:%M}–{sheet.end:%H:%M}")
    details = f"Ruimte: {sheet.room or '—'}    {sheet.leader_label}: {sheet.leader or '—'}"
    draw_text(canvas, 0, top - 20 * mm, details, 10)
    if not sheet.cancelled:
        canvas.setFont(FONT, 8)
        hint = "Zet een vinkje bij wie er is; nieuwe deelnemers schrijven hun naam op een lege regel."
        canvas.drawString(0, top - 25 * mm, hint)


def _draw_cancelled(canvas: Canvas, width: float, top: float, sheet: AttendanceSheet) -> None:
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 48)
    canvas.drawCentredString(width / 2, top - 40 * mm, "VERVALLEN")
    canvas.setFont(FONT, 12)
    reason = sheet.cancel_reason or "geen reden opgegeven"
    canvas.drawCentredString(width / 2, top - 52 * mm, f"Deze bijeenkomst gaat niet door: {reason}")
    canvas.restoreState()


# Column layout as fractions of the page width: tick box, name, phone, signature.
COLUMNS = (("", 0.07), ("Naam", 0.43), ("Telefoon", 0.18), ("Handtekening", 0.32))


def draw_table(
    canvas: Canvas, width: float, top: float, lines: Sequence[SheetLine], blanks: int, row_height: float
) -> None:
    """The grid: a header row, one row per name, then ``blanks`` empty rows for walk-ins."""
    xs = [0.0]
    for _, fraction in COLUMNS:
        xs.append(xs[-1] + fraction * width)
    rows = len(lines) + blanks
    bottom = top - ROW_HEIGHT - rows * row_height
    canvas.setFillGray(0.88)
    canvas.rect(0, top - ROW_HEIGHT, width, ROW_HEIGHT, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setFont(FONT_BOLD, 9)
    for (title, _), x in zip(COLUMNS, xs, strict=False):
        canvas.drawString(x + 2 * mm, top - ROW_HEIGHT + 2.3 * mm, title)
    canvas.setLineWidth(0.5)
    ys = [top] + [top - ROW_HEIGHT - i * row_height for i in range(rows + 1)]
    for y in ys:
        canvas.line(0, y, width, y)
    for x in xs:
        canvas.line(x, top, x, bottom)
    text_size = 10 if row_height >= 6.5 * mm else 8.5
    canvas.setFont(FONT, text_size)
    name_width = COLUMNS[1][1] * width - 4 * mm
    for index, line in enumerate(lines):
        baseline = ys[index + 1] - row_height + (row_height - text_size * 0.7) / 2
        box_y = ys[index + 1] - row_height + (row_height - BOX) / 2
        canvas.rect(xs[0] + (xs[1] - xs[0] - BOX) / 2, box_y, BOX, BOX, stroke=1, fill=0)
        draw_text(canvas, xs[1] + 2 * mm, baseline, _fit(line.name, name_width, text_size), text_size)
        if line.phone:
            if canvas._fontname != FONT:
                canvas.setFont(FONT, text_size)
            canvas.drawString(xs[2] + 2 * mm, baseline, line.phone)
    for index in range(len(lines), rows):
        box_y = ys[index + 1] - row_height + (row_height - BOX) / 2
        canvas.rect(xs[0] + (xs[1] - xs[0] - BOX) / 2, box_y, BOX, BOX, stroke=1, fill=0)


def _fit(text: str, width: float, size: float) -> str:
    """Shorten a very long name with an ellipsis so that it stays in its column."""
    if len(text) * size * 0.8 <= width:  # no glyph is wider than 0.8 em: surely fits, no need to measure
        return text
    font, _ = font_for(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
