"""Dagrooster: A4 landscape, rooms × time, readable when printed in black and white. Drawn straight on a canvas
(no platypus: 0.15 s less for ``buurtzaak print dagrooster``), on the page CentreDocument would give it.

Bookings are boxes with a black border and their time, title and group in text; set-up/clean-up are hatched
bands; closed days say "gesloten" with the reason. No meaning is carried by colour alone. The dagrooster shows
08:00-22:00, grown to whole hours to hold out-of-hours bookings, which name their BHV beheerder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from buurtzaak_desktop.domain.dates import format_date
from buurtzaak_desktop.domain.rooster.hours import DayHours, grid_span, minutes, within
from buurtzaak_desktop.domain.rooster.read_models import BookingInfo, RoomInfo
from buurtzaak_desktop.reports.fonts import FONT, FONT_BOLD, register_fonts
from buurtzaak_desktop.reports.page import MARGIN, decorate_page

LABEL_WIDTH = 42 * mm
_PADDING = 6


class DayGrid:
    """One day: a row per room, a column per hour, bookings as bordered boxes; drawn with its lower left corner at
    the canvas' origin."""

    def __init__(
        self,
        rooms: Sequence[RoomInfo],
        hours: DayHours,
        bookings: Sequence[BookingInfo],
        width: float,
        height: float,
        bhv_names: dict[int, str] | None = None,
    ) -> None:
        self.rooms, self.hours, self.bookings = list(rooms), hours, list(bookings)
        self.width, self.height = width, height
        self.bhv_names = bhv_names or {}
        spans = [(minutes(b.start) - b.setup_minutes, minutes(b.end) + b.cleanup_minutes) for b in self.bookings]
        if hours.opens and hours.closes:
            spans.append((minutes(hours.opens), minutes(hours.closes)))
        self.first, self.last = grid_span(spans)

    def _x(self, minute: int) -> float:
        span = self.width - LABEL_WIDTH
        return LABEL_WIDTH + span * (min(max(minute, self.first), self.last) - self.first) / (self.last - self.first)

    def draw(self, canvas: Canvas) -> None:
        header = 6 * mm
        row_height = (self.height - header) / max(1, len(self.rooms))
        canvas.setFont(FONT, 7)
        for hour in range(self.first // 60, self.last // 60 + 1):
            x = self._x(hour * 60)
            canvas.setStrokeColor(colors.grey)
            canvas.setLineWidth(0.3)
            canvas.line(x, 0, x, self.height - header)
            canvas.drawCentredString(x, self.height - header + 1.5 * mm, f"{hour:02d}:00")
        if self.hours.opens and self.hours.closes:
            # closed hours in light grey with a note: also visible as the label in black and white
            canvas.setFillColor(colors.Color(0.9, 0.9, 0.9))
            for start, end in ((self.first, minutes(self.hours.opens)), (minutes(self.hours.closes), self.last)):
                if end > start:
                    canvas.rect(
                        self._x(start), 0, self._x(end) - self._x(start), self.height - header, stroke=0, fill=1
                    )
        canvas.setStrokeColor(colors.black)
        canvas.line(0, self.height - header, self.width, self.height - header)
        by_room: dict[int, list[BookingInfo]] = {}
        for booking in self.bookings:
            by_room.setdefault(booking.room_id, []).append(booking)
        for index, room in enumerate(self.rooms):
            top = self.height - header - index * row_height
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(0.5)
            canvas.line(0, top - row_height, self.width, top - row_height)
            canvas.setFillColor(colors.black)
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawString(1 * mm, top - row_height / 2 - 1 * mm, room.name[:28])
            for booking in by_room.get(room.id or 0, []):
                self._booking(canvas, booking, top - row_height + 1 * mm, row_height - 2 * mm)
        if not self.hours.is_open:
            canvas.setFont(FONT_BOLD, 14)
            canvas.drawCentredString(self.width / 2, self.height / 2, f"Gesloten: {self.hours.reason}")

    def _booking(self, canvas: Canvas, booking: BookingInfo, y: float, height: float) -> None:
        begin, end = minutes(booking.start), minutes(booking.end)
        for band_start, band_end in ((begin - booking.setup_minutes, begin), (end, end + booking.cleanup_minutes)):
            if band_end > band_start:  # set-up / clean-up: hatched, so it shows without colour
                x0, x1 = self._x(band_start), self._x(band_end)
                canvas.setStrokeColor(colors.grey)
                canvas.rect(x0, y, x1 - x0, height, stroke=1, fill=0)
                step = 1.5 * mm
                position = x0
                while position < x1:
                    canvas.line(position, y, min(position + step, x1), y + height)
                    position += step
        x0, x1 = self._x(begin), self._x(end)
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1)
        canvas.rect(x0, y, x1 - x0, height, stroke=1, fill=1)
        canvas.setFillColor(colors.black)
        room_for_text = x1 - x0 - 2 * mm
        lines = [(FONT_BOLD, f"{booking.start:%H:%M}–{booking.end:%H:%M}"), (FONT, booking.title)]
        if not within(self.hours, booking.start, booking.end):  # out of hours: who is the BHV beheerder
            lines.insert(1, (FONT_BOLD, "BHV: " + self.bhv_names.get(booking.bhv_volunteer_id or 0, "—")))
        if booking.group_name and height > 10 * mm + 8.5 * (len(lines) - 2):
            lines.append((FONT, booking.group_name))
        for number, (font, line) in enumerate(lines):
            fitted = _fit(canvas, line, font, 7, room_for_text)
            if fitted:
                canvas.setFont(font, 7)
                canvas.drawString(x0 + 1 * mm, y + height - 3 * mm - number * 8.5, fitted)


def _fit(canvas, text: str, font: str, size: float, width: float) -> str:
    """The text, shortened so that it stays inside its box (the next booking may start right after it)."""
    while text and canvas.stringWidth(text, font, size) > width:
        text = text[:-1]
    return text


def write_day_pdf(
    path: Path,
    centre: str,
    rooms: Sequence[RoomInfo],
    days: Sequence[DayHours],
    bookings: Sequence[BookingInfo],
    bhv_names: dict[int, str] | None = None,
) -> None:
    """One page per day (``days``): the dagrooster. ``bhv_names``: the BHV beheerders' names by volunteer id."""
    register_fonts(FONT, FONT_BOLD)  # the dagrooster draws in DejaVu Sans only
    pagesize = landscape(A4)
    canvas = Canvas(str(path), pagesize=pagesize, invariant=1)
    canvas.setTitle("Dagrooster")
    canvas.setAuthor(centre)
    canvas.setCreator("Buurtzaak Desktop")
    # where CentreDocument's frame (with ReportLab's default 6 pt padding) put the title, the line and the grid
    width, height = pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN - 8 * mm
    left, top = MARGIN + _PADDING, pagesize[1] - MARGIN - 8 * mm - _PADDING
    for hours in days:
        decorate_page(canvas, pagesize, centre, "Dagrooster")
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, 16)
        canvas.drawString(left, top - 16, f"Dagrooster {format_date(hours.day)}")
        canvas.setFont(FONT, 8)
        canvas.drawString(left, top - 34, _opening_text(hours))
        grid_height = height - 22 * mm
        canvas.saveState()
        canvas.translate(left, top - 36 - 3 * mm - grid_height)
        todays = [b for b in bookings if b.day == hours.day]
        DayGrid(rooms, hours, todays, width, grid_height, bhv_names).draw(canvas)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()


def _opening_text(hours: DayHours) -> str:
    if not hours.is_open:
        return f"Gesloten ({hours.reason}). Gearceerd: opbouw en afbouw."
    return (
        f"Open {hours.opens:%H:%M}–{hours.closes:%H:%M}. Grijs: buiten openingstijd (alleen met BHV). "
        "Gearceerd: opbouw en afbouw."
    )
