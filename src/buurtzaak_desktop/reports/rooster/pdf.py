"""Weekrooster: A4 landscape, rooms down and days across, each cell the bookings with their times (a platypus
table). The dagrooster is drawn straight on a canvas in day_pdf.py; ``write_day_pdf`` is re-exported here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from buurtzaak_desktop.domain.dates import format_date
from buurtzaak_desktop.domain.rooster.hours import DayHours
from buurtzaak_desktop.domain.rooster.read_models import BookingInfo, RoomInfo
from buurtzaak_desktop.reports.pdf import CentreDocument, styles
from buurtzaak_desktop.reports.rooster.day_pdf import write_day_pdf

__all__ = ["write_day_pdf", "write_week_pdf"]


def _label(booking: BookingInfo) -> str:
    return f"{booking.start:%H:%M}–{booking.end:%H:%M} {booking.title}" + (
        f" ({booking.group_name})" if booking.group_name else ""
    )


def write_week_pdf(
    path: Path,
    centre: str,
    monday: date,
    rooms: Sequence[RoomInfo],
    days: Sequence[DayHours],
    bookings: Sequence[BookingInfo],
) -> None:
    """One page for the week: rooms down, days across, each cell the bookings with their times."""
    document = CentreDocument(path, centre, "Weekrooster", landscape_pages=True)
    style = styles()
    cell = style["small"].clone("cell", fontSize=7, leading=8.5)
    iso = monday.isocalendar()
    header = [Paragraph("<b>Ruimte</b>", cell)] + [
        Paragraph(
            f"<b>{format_date(h.day)}</b><br/>"
            + (f"{h.opens:%H:%M}–{h.closes:%H:%M}" if h.is_open else f"gesloten: {h.reason}"),
            cell,
        )
        for h in days
    ]
    rows: list[list[Flowable]] = [header]
    for room in rooms:
        row: list[Flowable] = [Paragraph(f"<b>{_xml(room.name)}</b>", cell)]
        for hours in days:
            items = [b for b in bookings if b.room_id == room.id and b.day == hours.day]
            row.append(
                Paragraph("<br/>".join(_xml(_label(b)) for b in items) or ("—" if hours.is_open else "gesloten"), cell)
            )
        rows.append(row)
    first_width = 30 * mm
    day_width = (document.width - first_width) / 7
    table = Table(rows, colWidths=[first_width] + [day_width] * 7, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
            ]
        )
    )
    week_end = monday + timedelta(days=6)
    story = [
        Paragraph(f"Weekrooster week {iso.week} ({format_date(monday)} – {format_date(week_end)})", style["title"]),
        Spacer(1, 2 * mm),
        table,
    ]
    document.write(story)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
