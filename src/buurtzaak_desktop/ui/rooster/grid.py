"""The rooster grid: rooms × time for a day (rooms across, time down) or a week (rooms down, days across).

Painted in one widget. Day: bookings as blocks at their time, set-up/clean-up as a lighter band, closed hours
hatched, a red line at "now"; the hours shown (08:00-22:00) grow to include out-of-hours bookings. Week: per
room and day the bookings in time order as blocks with time, title and group (readable at a glance, like the
printed weekrooster); closed days hatched, today marked. No booking is ever hidden: a week row is as tall as its
busiest cell needs (the grid then scrolls, see ``scrolling``), and titles wrap at words. Drag on an empty place of
the day grid to create a booking (15-minute steps), drag a booking to move it, drag its lower edge to resize it;
double-click an empty cell of the week to create one there; double-click a booking to edit it.

Keyboard: the arrow keys move a cell cursor across the grid as it looks (week: left/right a day, up/down through
the bookings of a cell and on to the room above or below; day: left/right a room, up/down through its bookings).
Enter opens the selected booking (or creates one in an empty cell), Delete cancels it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QToolTip, QWidget

from buurtzaak_desktop.domain.rooster.hours import GRID_FIRST, GRID_LAST, DayHours, grid_span, minutes
from buurtzaak_desktop.services.rooster.read_models import BookingInfo, RoomInfo, RoosterView
from buurtzaak_desktop.ui.dates import weekday_short

STEP = 15
HEADER, LABEL = 36, 130
BOOKING_FILL = QColor("#cfe2f3")
BAND_FILL = QColor("#eef4fa")
SELECTED_PEN = QPen(QColor("#000000"), 3)
CLOSED_BRUSH = QBrush(QColor("#bbbbbb"), Qt.BrushStyle.BDiagPattern)
NOW_PEN = QPen(QColor("#c00000"), 2)
TODAY_FILL = QColor("#fff8d6")
CURSOR_PEN = QPen(QColor("#1a5fb4"), 2, Qt.PenStyle.DashLine)
MIN_ROW = 44  # an empty week row: room for one booking's time and title
GAP, PAD = 2, 3  # between the blocks of a cell; inside a block


def wrap_words(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` in lines no wider than ``width``, broken at spaces. A single word wider than the line is split
    with a hyphen, so every letter stays visible (nothing is cut off or elided)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while len(word) > 1 and measure(word) > width:
            cut = max(1, max((n for n in range(1, len(word)) if measure(word[:n] + "-") <= width), default=1))
            lines.append(word[:cut] + "-")
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class WeekLayout:
    """Week mode: where every row and every booking's block is, and the lines of text each block shows."""

    rows: list[tuple[float, float]]  # per room: top and height
    blocks: dict[int, QRectF]
    lines: dict[int, list[str]]
    height: float  # what the whole grid needs


@dataclass(frozen=True)
class GridPoint:
    room: RoomInfo
    day: date
    minute: int


class RoosterGrid(QWidget):
    createRequested = Signal(int, object, int, int)  # room id, day, start minute, end minute
    editRequested = Signal(int)  # booking id
    cancelRequested = Signal(int)  # booking id
    selectionChanged = Signal(object)  # booking id or None
    moveRequested = Signal(int, int, int, int)  # booking id, room id, start minute, end minute (day view)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view = RoosterView([], [], [])
        self.week_mode = False
        self.now: datetime | None = None
        self.selected: int | None = None
        self._drag_from: GridPoint | None = None
        self._drag_to: GridPoint | None = None
        self.key_cell: tuple[int, int] = (0, 0)  # the keyboard's cell: room index, day index
        self._layout: tuple[tuple[int, int, int], WeekLayout] | None = None
        # day view: dragging a booking moves it (to another time or room), dragging its lower edge resizes it
        self._moving: tuple[BookingInfo, GridPoint, bool] | None = None
        self._move_to: tuple[RoomInfo, int, int] | None = None
        self.first_minute, self.last_minute = GRID_FIRST, GRID_LAST  # the day view's time axis

    # --- data ---------------------------------------------------------------------------------------------------
    def set_view(self, view: RoosterView, week_mode: bool, now: datetime | None) -> None:
        self.view, self.week_mode, self.now = view, week_mode, now
        spans = [(minutes(b.start) - b.setup_minutes, minutes(b.end) + b.cleanup_minutes) for b in view.bookings]
        spans += [(minutes(h.opens), minutes(h.closes)) for h in view.days if h.opens and h.closes]
        self.first_minute, self.last_minute = grid_span(spans)
        if self.selected not in {b.id for b in view.bookings}:
            self.selected = None
        rooms, days = self._lanes()
        self.key_cell = (min(self.key_cell[0], rooms - 1), min(self.key_cell[1], days - 1))
        self._layout = None
        self._fit_height()
        self.update()

    def _fit_height(self) -> None:
        """Week mode: the grid is at least as tall as its rows need, so a scroll area around it scrolls."""
        needed = int(self.week_layout().height) + 1 if self.week_mode else 240
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.week_mode:
            self._fit_height()  # narrower days wrap titles onto more lines

    def room_names(self) -> list[str]:
        return [room.name for room in self.view.rooms]

    def booking(self, booking_id: int | None) -> BookingInfo | None:
        return next((b for b in self.view.bookings if b.id == booking_id), None)

    # --- geometry -----------------------------------------------------------------------------------------------
    def _lanes(self) -> tuple[int, int]:
        return len(self.view.rooms) or 1, len(self.view.days) or 1

    def _span(self) -> int:
        return self.last_minute - self.first_minute

    def _day_width(self) -> float:
        return (self.width() - LABEL) / self._lanes()[1]

    def cell(self, room_index: int, day_index: int) -> QRectF:
        """Week mode: the cell of a room on a day."""
        rows = self.week_layout().rows
        top, height = rows[room_index] if room_index < len(rows) else (HEADER, float(MIN_ROW))
        return QRectF(LABEL + day_index * self._day_width(), top, self._day_width(), height)

    def _block_lines(self, booking: BookingInfo, width: float) -> list[str]:
        """The text of a booking's block: its time, then its title and group wrapped at words."""
        metrics = self.fontMetrics()
        lines = [f"{booking.start:%H:%M}–{booking.end:%H:%M}"]
        for text in (booking.title, booking.group_name):
            if text:
                lines += wrap_words(text, width, metrics.horizontalAdvance)
        return lines

    def week_layout(self) -> WeekLayout:
        """Each booking's block, stacked in time order in its cell; each row as tall as its busiest cell needs and
        the rows together at least as tall as the widget (the spare height shared out)."""
        key = (self.width(), self.height(), self.fontMetrics().height())
        if self._layout is not None and self._layout[0] == key:
            return self._layout[1]
        line = self.fontMetrics().height()
        rooms, _days = self._lanes()
        day_width = self._day_width()
        text_width = max(8.0, day_width - 6 - 2 * PAD)
        lines: dict[int, list[str]] = {}
        offsets: dict[int, float] = {}  # a block's top within its cell
        heights: dict[int, float] = {}
        needed = [float(MIN_ROW)] * rooms
        filled: dict[tuple[int, int], float] = {}
        placed: dict[int, tuple[int, int]] = {}
        for booking in sorted(self.view.bookings, key=lambda b: (b.day, b.start, b.end, b.id or 0)):
            indexes = self._indexes(booking)
            if indexes is None or booking.id is None:
                continue
            lines[booking.id] = self._block_lines(booking, text_width)
            top = filled.get(indexes, float(GAP))
            offsets[booking.id], heights[booking.id] = top, len(lines[booking.id]) * line + 2 * PAD
            filled[indexes] = top + heights[booking.id] + GAP
            needed[indexes[0]] = max(needed[indexes[0]], filled[indexes] + GAP)
            placed[booking.id] = indexes
        spare = max(0.0, self.height() - HEADER - sum(needed)) / rooms
        rows, top = [], float(HEADER)
        for height in needed:
            rows.append((top, height + spare))
            top += height + spare
        blocks = {
            booking_id: QRectF(
                LABEL + day_index * day_width + 3,
                rows[room_index][0] + offsets[booking_id],
                day_width - 6,
                heights[booking_id],
            )
            for booking_id, (room_index, day_index) in placed.items()
        }
        layout = WeekLayout(rows, blocks, lines, HEADER + sum(needed))
        self._layout = (key, layout)
        return layout

    def _week_blocks(self) -> dict[int, QRectF]:
        return self.week_layout().blocks

    def rect_for(self, room_index: int, day_index: int, start: int, end: int) -> QRectF:
        """Day mode: the place of a time span of a room."""
        start, end = max(start, self.first_minute), min(end, self.last_minute)
        rooms, _days = self._lanes()
        width, height = self.width() - LABEL, self.height() - HEADER
        if self.week_mode:
            return self.cell(room_index, day_index)
        column = width / rooms
        y0 = HEADER + height * (start - self.first_minute) / self._span()
        y1 = HEADER + height * (end - self.first_minute) / self._span()
        return QRectF(LABEL + room_index * column + 2, y0, column - 4, max(1.0, y1 - y0))

    def point_at(self, position: QPoint) -> GridPoint | None:
        """The room, day and minute (snapped to 15 minutes) under a mouse position."""
        rooms, days = self._lanes()
        width, height = self.width() - LABEL, self.height() - HEADER
        x, y = position.x() - LABEL, position.y() - HEADER - self._header_top()
        if x < 0 or y < 0 or not self.view.rooms or not self.view.days:
            return None
        if self.week_mode:
            rows = self.week_layout().rows
            room_index = next((i for i, (top, tall) in enumerate(rows) if top <= position.y() < top + tall), rooms)
            day_width = width / days
            day_index = int(x / day_width)
            fraction = (x - day_index * day_width) / day_width
        else:
            room_index, day_index = int(x / (width / rooms)), 0
            fraction = y / height
        if not (0 <= room_index < len(self.view.rooms) and 0 <= day_index < len(self.view.days)):
            return None
        minute = self.first_minute + round(fraction * self._span() / STEP) * STEP
        return GridPoint(self.view.rooms[room_index], self.view.days[day_index].day, minute)

    def _indexes(self, booking: BookingInfo) -> tuple[int, int] | None:
        room_index = next((i for i, room in enumerate(self.view.rooms) if room.id == booking.room_id), None)
        day_index = next((i for i, hours in enumerate(self.view.days) if hours.day == booking.day), None)
        return None if room_index is None or day_index is None else (room_index, day_index)

    def booking_rect(self, booking: BookingInfo) -> QRectF | None:
        indexes = self._indexes(booking)
        if indexes is None:
            return None
        if self.week_mode:
            return self._week_blocks().get(booking.id or 0)
        return self.rect_for(*indexes, minutes(booking.start), minutes(booking.end))

    def booking_at(self, position: QPoint) -> BookingInfo | None:
        if self.week_mode and position.y() < self._header_top() + HEADER:
            return None  # the day header lies over the blocks scrolled under it
        blocks = self._week_blocks() if self.week_mode else {}
        for booking in self.view.bookings:
            rect = blocks.get(booking.id or 0) if self.week_mode else self.booking_rect(booking)
            if rect is not None and rect.contains(position.toPointF()) and rect.height() > 1:
                return booking
        return None

    # --- painting -----------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw the grid with ``painter`` (on the widget, or on a printer's page at the widget's size)."""
        painter.setFont(self.font())
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_lanes(painter)
        blocks = self._week_blocks() if self.week_mode else {}
        for booking in self.view.bookings:
            if self.week_mode:
                if booking.id in blocks:
                    self._paint_block(painter, booking, blocks[booking.id])
            else:
                self._paint_booking(painter, booking)
        self._paint_cursor(painter)
        self._paint_drag(painter)
        self._paint_now(painter)
        if self.week_mode:
            self._paint_week_header(painter)

    def _header_top(self) -> int:
        """Where the week's day header is drawn: the top of the part in sight, so it stays while the grid scrolls
        (0 on paper, and for a grid not on the screen)."""
        if not self.week_mode or not self.isVisible():
            return 0
        return max(0, self.visibleRegion().boundingRect().top())

    def _paint_week_header(self, painter: QPainter) -> None:
        top = self._header_top()
        bold = QFont(self.font())
        bold.setBold(True)
        today = self.now.date() if self.now else None
        painter.fillRect(QRectF(0, top, self.width(), HEADER), self.palette().base())
        for day_index, hours in enumerate(self.view.days):
            x = LABEL + day_index * self._day_width()
            if hours.day == today:
                painter.fillRect(QRectF(x, top, self._day_width(), HEADER), TODAY_FILL)
            painter.setPen(QPen(QColor("#9a9a9a")))
            painter.drawLine(int(x), top, int(x), top + HEADER)
            painter.setPen(QPen(self.palette().text().color()))
            painter.setFont(bold if hours.day == today else self.font())
            label = f"{weekday_short(hours.day.weekday())} {hours.day.day}-{hours.day.month}"
            if hours.day == today:
                label += " " + self.tr("(vandaag)")
            painter.drawText(
                QRectF(x + 2, top + 2, self._day_width() - 4, HEADER - 4), Qt.AlignmentFlag.AlignCenter, label
            )
        painter.setPen(QPen(QColor("#9a9a9a")))
        painter.drawLine(0, top + HEADER, self.width(), top + HEADER)
        painter.setFont(self.font())

    def _paint_lanes(self, painter: QPainter) -> None:
        rooms, _days = self._lanes()
        text_pen = QPen(self.palette().text().color())
        grid_pen = QPen(QColor("#9a9a9a"))
        bold = QFont(self.font())
        bold.setBold(True)
        today = self.now.date() if self.now else None
        for day_index, hours in enumerate(self.view.days):
            if self.week_mode and hours.day == today:
                painter.fillRect(
                    QRectF(self.cell(0, day_index).left(), 0, self.cell(0, day_index).width(), self.height()),
                    TODAY_FILL,
                )
            for room_index in range(rooms):
                self._paint_closed(painter, room_index, day_index, hours)
        painter.setPen(grid_pen)
        if self.week_mode:
            for day_index in range(len(self.view.days)):
                left = int(LABEL + day_index * self._day_width())
                painter.drawLine(left, 0, left, self.height())
            shown_from = self._header_top() + HEADER  # a tall row keeps its room's name in sight while it scrolls
            for room_index, room in enumerate(self.view.rooms):
                y, row = self.week_layout().rows[room_index]
                painter.setPen(grid_pen)
                painter.drawLine(0, int(y), self.width(), int(y))
                painter.setPen(text_pen)
                painter.setFont(self.font())
                top = min(max(y, shown_from), y + row - MIN_ROW)
                painter.drawText(
                    QRectF(4, top + 4, LABEL - 8, MIN_ROW),
                    Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                    room.name,
                )
        else:
            column = (self.width() - LABEL) / rooms
            for room_index, room in enumerate(self.view.rooms):
                x = LABEL + room_index * column
                painter.setPen(grid_pen)
                painter.drawLine(int(x), 0, int(x), self.height())
                painter.setPen(text_pen)
                painter.drawText(
                    QRectF(x + 2, 2, column - 4, HEADER - 4),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    room.name,
                )
            height = self.height() - HEADER
            for hour in range(self.first_minute // 60, self.last_minute // 60):
                y = HEADER + height * (hour * 60 - self.first_minute) / self._span()
                painter.setPen(grid_pen)
                painter.drawLine(LABEL - 10, int(y), self.width(), int(y))
                painter.setPen(text_pen)
                painter.drawText(QRectF(4, y, LABEL - 16, 18), Qt.AlignmentFlag.AlignLeft, f"{hour:02d}:00")
            if self.view.days:
                hours = self.view.days[0]
                painter.setFont(bold)
                status = (
                    self.tr("open {opens}–{closes}").format(
                        opens=f"{hours.opens:%H:%M}", closes=f"{hours.closes:%H:%M}"
                    )
                    if hours.is_open
                    else self.tr("gesloten: {reason}").format(reason=hours.reason)
                )
                painter.drawText(QRectF(4, 2, LABEL - 8, HEADER - 4), Qt.TextFlag.TextWordWrap, status)
        painter.setFont(self.font())

    def _paint_closed(self, painter: QPainter, room_index: int, day_index: int, hours: DayHours) -> None:
        if self.week_mode:
            if not hours.is_open:
                painter.fillRect(self.cell(room_index, day_index), CLOSED_BRUSH)
            return
        spans = [(self.first_minute, self.last_minute)]
        if hours.opens is not None and hours.closes is not None:
            spans = [(self.first_minute, minutes(hours.opens)), (minutes(hours.closes), self.last_minute)]
        for start, end in spans:
            if end > start:
                painter.fillRect(self.rect_for(room_index, day_index, start, end), CLOSED_BRUSH)

    def _paint_booking(self, painter: QPainter, booking: BookingInfo) -> None:
        indexes = self._indexes(booking)
        if indexes is None:
            return
        begin, end = minutes(booking.start), minutes(booking.end)
        for band in ((begin - booking.setup_minutes, begin), (end, end + booking.cleanup_minutes)):
            if band[1] > band[0]:
                painter.fillRect(self.rect_for(*indexes, *band), BAND_FILL)
        self._paint_block(painter, booking, self.rect_for(*indexes, begin, end))

    def _paint_block(self, painter: QPainter, booking: BookingInfo, rect: QRectF) -> None:
        painter.fillRect(rect, BOOKING_FILL)
        painter.setPen(SELECTED_PEN if booking.id == self.selected else QPen(QColor("#3d6f99")))
        painter.drawRect(rect)
        painter.setPen(QPen(QColor("#000000")))
        metrics = painter.fontMetrics()
        inner = rect.adjusted(PAD, PAD - 1, -PAD, -1)
        if self.week_mode:
            lines = self.week_layout().lines.get(booking.id or 0, [])
        else:
            lines = self._block_lines(booking, inner.width())
        fits = max(1, int((inner.height() + 1) // metrics.height()))
        if len(lines) > fits:  # a short day block: the last line that fits ends at a word, with "…"
            lines = [*lines[: fits - 1], lines[fits - 1].rstrip("-") + " …"]
        y = inner.top()
        for text in lines:
            painter.drawText(QRectF(inner.left(), y, inner.width(), metrics.height()), Qt.AlignmentFlag.AlignLeft, text)
            y += metrics.height()

    def _paint_cursor(self, painter: QPainter) -> None:
        """The keyboard's cell, dashed, while the grid has the focus (also on an empty cell)."""
        if not self.hasFocus() or not self.view.rooms or not self.view.days:
            return
        painter.setPen(CURSOR_PEN)
        painter.drawRect(self._cursor_rect().adjusted(1, 1, -1, -1))

    def _cursor_rect(self) -> QRectF:
        room_index, day_index = self.key_cell
        if self.week_mode:
            return self.cell(room_index, day_index)
        return self.rect_for(room_index, 0, self.first_minute, self.last_minute)

    def _paint_drag(self, painter: QPainter) -> None:
        if self._move_to is not None:
            room, start, end = self._move_to
            painter.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect_for(self.view.rooms.index(room), 0, start, end))
            painter.drawText(
                self.rect_for(self.view.rooms.index(room), 0, start, end).adjusted(4, 2, 0, 0),
                f"{start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}",
            )
        if self._drag_from is None or self._drag_to is None:
            return
        room_index = self.view.rooms.index(self._drag_from.room)
        day_index = [h.day for h in self.view.days].index(self._drag_from.day)
        start, end = sorted((self._drag_from.minute, self._drag_to.minute))
        painter.setPen(QPen(QColor("#000000"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(self.rect_for(room_index, day_index, start, max(end, start + STEP)))

    def _paint_now(self, painter: QPainter) -> None:
        if self.now is None or self.week_mode:
            return
        days = [hours.day for hours in self.view.days]
        if self.now.date() not in days:
            return
        minute = self.now.hour * 60 + self.now.minute
        if not self.first_minute <= minute <= self.last_minute:
            return
        painter.setPen(NOW_PEN)
        day_index = days.index(self.now.date())
        for room_index in range(len(self.view.rooms)):
            rect = self.rect_for(room_index, day_index, minute, minute + 1)
            if self.week_mode:
                painter.drawLine(rect.topLeft(), rect.bottomLeft())
            else:
                painter.drawLine(rect.topLeft(), rect.topRight())

    # --- interaction --------------------------------------------------------------------------------------------
    def select(self, booking_id: int | None) -> None:
        self.selected = booking_id
        booking = self.booking(booking_id)
        indexes = self._indexes(booking) if booking is not None else None
        if indexes is not None:
            self.key_cell = indexes if self.week_mode else (indexes[0], 0)
        self.selectionChanged.emit(booking_id)
        self._show_cursor()
        self.update()

    def _show_cursor(self) -> None:
        """Scroll the selected block (or the cursor's cell) into view when the grid sits in a scroll area."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if not isinstance(area, QScrollArea) or not self.view.rooms or not self.view.days:
            return
        booking = self.booking(self.selected)
        rect = self.booking_rect(booking) if booking is not None else None
        rect = rect if rect is not None else self._cursor_rect()
        bar, top, seen = area.verticalScrollBar(), area.verticalScrollBar().value(), area.viewport().height()
        header = HEADER if self.week_mode else 0  # the week's day header stays on top, over the rows
        if rect.top() - header < top:
            bar.setValue(int(rect.top() - header - GAP))
        elif rect.bottom() > top + seen:
            bar.setValue(int(min(rect.bottom() + GAP - seen, rect.top() - header - GAP)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        booking = self.booking_at(event.position().toPoint())
        if booking is not None:
            self.select(booking.id)
            point = self.point_at(event.position().toPoint())
            rect = self.booking_rect(booking)
            if not self.week_mode and point is not None and rect is not None:
                resizing = rect.bottom() - event.position().y() <= 6
                self._moving = (booking, point, resizing)
            return
        point = self.point_at(event.position().toPoint())
        if point is not None:
            room_index = self.view.rooms.index(point.room)
            self.key_cell = (
                (room_index, [h.day for h in self.view.days].index(point.day)) if self.week_mode else (room_index, 0)
            )
        self.select(None)
        if self.week_mode:
            return  # a week cell has no time axis: double-click creates there
        self._drag_from = self.point_at(event.position().toPoint())
        self._drag_to = self._drag_from

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._moving is not None:
            self._track_move(event.position().toPoint())
            return
        if self._drag_from is None:
            return
        point = self.point_at(event.position().toPoint())
        if point is not None and point.room == self._drag_from.room and point.day == self._drag_from.day:
            self._drag_to = point
            self.update()

    def _track_move(self, position: QPoint) -> None:
        assert self._moving is not None
        booking, grabbed, resizing = self._moving
        point = self.point_at(position)
        if point is None:
            return
        start, end = minutes(booking.start), minutes(booking.end)
        shift = point.minute - grabbed.minute
        if resizing:
            self._move_to = (self._room(booking.room_id), start, max(start + STEP, end + shift))
        else:
            self._move_to = (point.room, start + shift, end + shift)
        self.update()

    def _room(self, room_id: int) -> RoomInfo:
        return next(room for room in self.view.rooms if room.id == room_id)

    def _finish_move(self) -> None:
        assert self._moving is not None
        booking, _grabbed, _resizing = self._moving
        target = self._move_to
        self._moving = self._move_to = None
        self.update()
        if target is None or booking.id is None or target[0].id is None:
            return
        room, start, end = target
        if (room.id, start, end) != (booking.room_id, minutes(booking.start), minutes(booking.end)):
            self.moveRequested.emit(booking.id, room.id, start, end)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._moving is not None:
            self._finish_move()
            return
        begin, last = self._drag_from, self._drag_to
        self._drag_from = self._drag_to = None
        self.update()
        if begin is None or last is None or begin.room.id is None:
            return
        start, end = sorted((begin.minute, last.minute))
        if end - start >= STEP:
            self.createRequested.emit(begin.room.id, begin.day, start, end)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            booking = self.booking_at(event.pos())
            if booking is None:
                QToolTip.hideText()
            else:
                text = f"{booking.start:%H:%M}–{booking.end:%H:%M} {booking.title}"  # the whole title, unwrapped
                QToolTip.showText(
                    event.globalPos(), text + (f"\n{booking.group_name}" if booking.group_name else ""), self
                )
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        booking = self.booking_at(event.position().toPoint())
        if booking is not None and booking.id is not None:
            self.select(booking.id)
            self.editRequested.emit(booking.id)
        elif self.week_mode:
            point = self.point_at(event.position().toPoint())
            if point is not None and point.room.id is not None:
                self.createRequested.emit(point.room.id, point.day, 19 * 60, 21 * 60)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()  # the cursor shows while the grid has the focus

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if key == Qt.Key.Key_Delete and self.selected is not None:
            self.cancelRequested.emit(self.selected)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
        elif key in moves and self.view.rooms and self.view.days:
            self._move_cursor(*moves[Qt.Key(key)])
        else:
            super().keyPressEvent(event)

    def _enter(self) -> None:
        """Enter opens the selected booking; on an empty cell of the week it creates one there (as a double-click)."""
        if self.selected is not None:
            self.editRequested.emit(self.selected)
        elif self.week_mode and self.view.rooms and self.view.days:
            room = self.view.rooms[self.key_cell[0]]
            if room.id is not None:
                self.createRequested.emit(room.id, self.view.days[self.key_cell[1]].day, 19 * 60, 21 * 60)

    def cell_bookings(self, room_index: int, day_index: int) -> list[BookingInfo]:
        """The bookings of a cell (week) or of a room's column (day), top to bottom as they are drawn."""
        found = [b for b in self.view.bookings if (i := self._indexes(b)) is not None and i[0] == room_index]
        if self.week_mode:
            found = [b for b in found if b.day == self.view.days[day_index].day]
        return sorted(found, key=lambda b: (b.day, b.start, b.end, b.id or 0))

    def _move_cursor(self, down: int, right: int) -> None:
        """One step as the grid looks. Week: left/right a day (to the block at the same place in the stack, or the
        empty cell), up/down through the cell's blocks and then on to the room above/below. Day: left/right a room,
        up/down through that room's bookings."""
        room_index, day_index = self.key_cell
        here = self.cell_bookings(room_index, day_index)
        ids = [b.id for b in here]
        position = ids.index(self.selected) if self.selected in ids else None
        if down:
            step = (position + down) if position is not None else (0 if down > 0 else len(here) - 1)
            if 0 <= step < len(here):
                self._select_at(room_index, day_index, here[step])
                return
            if not self.week_mode:
                return  # the top or the bottom of the room's day
            room_index += down
        elif self.week_mode:
            day_index += right
        else:
            room_index += right
        rooms, days = self._lanes()
        if not (0 <= room_index < rooms and 0 <= day_index < days):
            return
        target = self.cell_bookings(room_index, day_index)
        choice = None
        if target and down:
            choice = target[0] if down > 0 else target[-1]
        elif target and self.week_mode:
            choice = target[min(position or 0, len(target) - 1)]
        elif target:  # day: the booking of the next room nearest in time
            start = minutes(here[position].start) if position is not None else self.first_minute
            choice = min(target, key=lambda b: abs(minutes(b.start) - start))
        self._select_at(room_index, day_index, choice)

    def _select_at(self, room_index: int, day_index: int, booking: BookingInfo | None) -> None:
        self.key_cell = (room_index, day_index)
        self.select(booking.id if booking is not None else None)


def scrolling(grid: RoosterGrid) -> QScrollArea:
    """The grid in a scroll area: a busy week grows taller than the window and scrolls, its width follows the window."""
    area = QScrollArea(grid.parentWidget())
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusProxy(grid)
    area.setWidget(grid)
    area.verticalScrollBar().valueChanged.connect(grid.update)  # the day header and room names follow the view
    return area


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)
