"""The month pack as an A4 PDF: the centre's name and the month on every page, page numbers, readable in black
and white (grey bars with their amounts written beside them)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.reports.pdf import FONT, FONT_BOLD, CentreDocument, TextLine, needs_noto, styles
from buurtzaak_desktop.reports.regiegroep.model import Money, MonthPack, Section, Value
from buurtzaak_desktop.reports.regiegroep.model import Table as PackTable

GRID = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)


def text_of(value: Value) -> str:
    if isinstance(value, Money):
        return format_cents(value.cents)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")  # 1155 -> 1.155, the Dutch way
    if isinstance(value, Decimal):
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")  # 1234.5 -> 1.234,5
    return "" if value is None else str(value)


def write_month_pack_pdf(pack: MonthPack, path: Path) -> None:
    document = CentreDocument(path, pack.centre_name, f"Regiegroep · {pack.month_title}")
    style = styles()
    story: list[Flowable] = [Paragraph(f"Maandoverzicht regiegroep {escape(pack.month_title)}", style["title"])]
    for section in pack.sections:
        story.extend(_section(section, style))
    document.write(story)


def _section(section: Section, style) -> list[Flowable]:
    heading = Paragraph(escape(section.title), style["heading"])
    parts: list[Flowable] = []
    if section.note:
        parts.append(Paragraph(escape(section.note), style["body"]))
    if section.figures:
        rows = [[escape(label), text_of(value)] for label, value in section.figures]
        table = Table(rows, colWidths=[110 * mm, 50 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                ]
            )
        )
        parts.append(table)
    if section.bars:
        parts.append(Spacer(1, 3 * mm))
        parts.append(_bar_chart(section.bars))
    for table in section.tables:
        parts.append(Spacer(1, 3 * mm))
        parts.extend(_table(table, style))
    return [KeepTogether([heading, *parts[:2]]), *parts[2:], Spacer(1, 4 * mm)]


def _table(table: PackTable, style) -> list[Flowable]:
    header = [Paragraph(f"<b>{escape(table.title)}</b>", style["body"])]
    if not table.rows:
        return [*header, Paragraph("Geen.", style["body"])]
    numeric = [_is_numeric(table, index) for index in range(len(table.columns))]
    left, right = style["small"], ParagraphStyle("small_right", parent=style["small"], alignment=TA_RIGHT)
    data = [list(table.columns)] + [
        [_cell(text_of(value), right if numeric[index] else left) for index, value in enumerate(row)]
        for row in table.rows
    ]
    grid = Table(data, repeatRows=1, hAlign="LEFT", colWidths=_column_widths(table))
    grid.setStyle(GRID)
    for index, is_numeric in enumerate(numeric):
        if is_numeric:
            grid.setStyle(TableStyle([("ALIGN", (index, 0), (index, -1), "RIGHT")]))
    return [*header, grid]


def _cell(text: str, cell_style: ParagraphStyle) -> Flowable:
    """A Paragraph (it wraps), or for a name in Arabic or Devanagari one shaped line in the Noto fonts."""
    if needs_noto(text):
        return TextLine(text, cell_style.fontSize)
    return Paragraph(escape(text), cell_style)


def _is_numeric(table: PackTable, index: int) -> bool:
    """Counts and amounts are right-aligned, so that their digits line up."""
    values = [row[index] for row in table.rows if row[index] not in (None, "")]
    return bool(values) and all(_looks_numeric(value) for value in values)


def _looks_numeric(value: Value) -> bool:
    if isinstance(value, int | Decimal | Money):
        return True
    text = str(value)
    return text == "<5" or text.replace(",", "").replace(".", "").rstrip("%").isdigit()  # "<5", "125,5", "12%"


def _column_widths(table: PackTable, total: float = 180 * mm) -> list[float]:
    """Share the page width by how much text each column holds, so that a description gets room to breathe,
    but never narrower than the column's bold title."""
    weights = []
    for index, title in enumerate(table.columns):
        longest = max([len(text_of(row[index])) for row in table.rows] + [len(title)])
        weights.append(min(longest, 45) + 6)
    minimums = [stringWidth(title, FONT_BOLD, 9) + 14 for title in table.columns]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        room = total - sum(fixed.values())
        widths = {i: room * weights[i] / sum(weights[j] for j in free) for i in free}
        too_narrow = {i: minimums[i] for i, width in widths.items() if width < minimums[i]}
        if not too_narrow or len(too_narrow) == len(free):
            return [fixed.get(i, widths.get(i, 0.0)) for i in range(len(weights))]
        fixed.update(too_narrow)


def _bar_chart(bars: list[tuple[str, int]]) -> Drawing:
    width, row_height, label_width = 170 * mm, 7 * mm, 40 * mm
    drawing = Drawing(width, row_height * len(bars) + 2)
    largest = max((abs(cents) for _, cents in bars), default=0) or 1
    bar_room = width - label_width - 35 * mm
    for index, (label, cents) in enumerate(bars):
        y = drawing.height - (index + 1) * row_height
        length = bar_room * abs(cents) / largest
        drawing.add(String(0, y + 2 * mm, label, fontName=FONT, fontSize=8))
        drawing.add(
            Rect(
                label_width,
                y + 1 * mm,
                length,
                row_height - 2 * mm,
                fillColor=colors.Color(0.55, 0.55, 0.55),
                strokeColor=colors.black,
                strokeWidth=0.4,
            )
        )
        drawing.add(String(label_width + length + 2 * mm, y + 2 * mm, format_cents(cents), fontName=FONT, fontSize=8))
    return drawing
