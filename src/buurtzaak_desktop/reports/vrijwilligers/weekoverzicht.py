"""A printable overview of the weekly shifts: who is on which shift, and where people are still needed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from buurtzaak_desktop.domain.dates import WEEKDAY_NAMES
from buurtzaak_desktop.domain.vrijwilligers.shifts import ShiftRow
from buurtzaak_desktop.reports.pdf import FONT, FONT_BOLD, CentreDocument, styles

GAP_COLOUR = colors.HexColor("#FDE2E1")


def write_week_overview_pdf(shifts: Sequence[ShiftRow], centre: str, path: Path) -> int:
    """Write the overview of ``shifts`` (read by services/vrijwilligers/printing.py); returns the open places."""
    style = styles()
    rows: list[list[object]] = [["Dag", "Tijd", "Rol", "Nodig", "Ingeroosterd", "Open"]]
    marks = []
    for number, shift in enumerate(shifts, start=1):
        names = shift.names_text  # who does not fill a place on the shift's next day says why
        rows.append(
            [
                WEEKDAY_NAMES[shift.weekday],
                f"{shift.start:%H:%M}–{shift.end:%H:%M}",
                shift.role,
                str(shift.people_needed),
                Paragraph(names, style["body"]),
                str(shift.gap or ""),
            ]
        )
        if shift.gap:
            marks.append(("BACKGROUND", (0, number), (-1, number), GAP_COLOUR))
    grid = Table(rows, colWidths=[25 * mm, 28 * mm, 40 * mm, 15 * mm, 140 * mm, 15 * mm], repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 10),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                ("ALIGN", (5, 0), (5, -1), "RIGHT"),
                *marks,
            ]
        )
    )
    gaps = sum(shift.gap for shift in shifts)
    title = "Diensten van de week"
    story = [
        Paragraph(title, style["title"]),
        Paragraph(f"{len(shifts)} diensten, {gaps} plaatsen open (rood gemarkeerd).", style["body"]),
        Spacer(1, 4 * mm),
        grid,
    ]
    CentreDocument(path, centre, title, landscape_pages=True).write(story)
    return gaps
