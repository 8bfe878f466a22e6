"""The rooster grid: rooms × time for a day (rooms across, time down) or a week (rooms down, days across).

Painted in one widget. Day: bookings as blocks at their time, set-up/clean-up as a lighter band, closed hours
hatched, a red line at "now"; the hours shown (08:00-22:00) grow to include out-of-hours bookings. Week: per
room and day the bookings in time order as blocks with time, title and group (readable at a glance, like the
printed weekrooster); closed days hatched, today marked. Drag on an empty place of the day grid to create a
booking (15-minute steps), drag a booking to move it, drag its lower edge to resize it; double-click an empty cell
of the week to create one there; double-click a booking to edit it, Delete to cancel it, arrow keys to move
between bookings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.domain.rooster.hours import GRID_FIRST, GRID_LAST, DayHours, grid_span, minutes
from buurtzaak_desktop.services.rooster.queries import RoosterView
from buurtzaak_desktop.ui.dates import weekday_short

STEP = 15
HEADER, LABEL = 36, 130
BOOKING_FILL = QColor("#cfe2f3")
BAND_FILL = QColor("#eef4fa")
SELECTED_PEN = QPen(QColor("#000000"), 3)
CLOSED_BRUSH = QBrush(QColor("#bbbbbb"), Qt.BrushStyle.BDiagPattern)
NOW_PEN = QPen(QColor("#c00000"), 2)
TODAY_FILL = QColor("#fff8d6")


@dataclass(frozen=True)
class GridPoint:
    room: Room
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
        self.hidden: dict[tuple[int, int], int] = {}
        # day view: dragging a booking moves it (to another time or room), dragging its lower edge resizes it
        self._moving: tuple[Booking, GridPoint, bool] | None = None
        self._move_to: tuple[Room, int, int] | None = None
        self.first_minute, self.last_minute = GRID_FIRST, GRID_LAST  # the day view's time axis

    # --- data ---------------------------------------------------------------------------------------------------
    def set_view(self, view: RoosterView, week_mode: bool, now: datetime | None) -> None:
        self.view, self.week_mode, self.now = view, week_mode, now
        spans = [(minutes(b.start) - b.setup_minutes, minutes(b.end) + b.cleanup_minutes) for b in view.bookings]
        spans += [(minutes(h.opens), minutes(h.closes)) for h in view.days if h.opens and h.closes]
        self.first_minute, self.last_minute = grid_span(spans)
        if self.selected not in {b.id for b in view.bookings}:
            self.selected = None
        self.update()

    def room_names(self) -> list[str]:
        return [room.name for room in self.view.rooms]

    def booking(self, booking_id: int | None) -> Booking | None:
        return next((b for b in self.view.bookings if b.id == booking_id), None)

    # --- geometry -----------------------------------------------------------------------------------------------
    def _lanes(self) -> tuple[int, int]:
        return len(self.view.rooms) or 1, len(self.view.days) or 1

    def _span(self) -> int:
        return self.last_minute - self.first_minute

    def cell(self, room_index: int, day_index: int) -> QRectF:
        """Week mode: the cell of a room on a day."""
        rooms, days = self._lanes()
        row, day_width = (self.height() - HEADER) / rooms, (self.width() - LABEL) / days
        return QRectF(LABEL + day_index * day_width, HEADER + room_index * row, day_width, row)

    def _week_blocks(self) -> dict[int, QRectF]:
        """Week mode: each booking's block, stacked in time order inside its cell."""
        line = self.fontMetrics().height()
        self.hidden = {}
        blocks: dict[int, QRectF] = {}
        stacked: dict[tuple[int, int], float] = {}
        ordered = [(b, self._indexes(b)) for b in sorted(self.view.bookings, key=lambda b: (b.day, b.start))]
        left = Counter(indexes for booking, indexes in ordered if indexes is not None)
        for booking, indexes in ordered:
            if indexes is None or booking.id is None:
                continue
            left[indexes] -= 1
            cell = self.cell(*indexes)
            # keep a line free for "+N meer" while more bookings follow in this cell
            bottom = cell.bottom() - (line if left[indexes] else 0)
            height: float = line * (3 if booking.group_name else 2) + 4
            top = stacked.get(indexes, cell.top() + 2)
            if top + line + 4 > bottom:
                self.hidden[indexes] = self.hidden.get(indexes, 0) + 1  # no room left: counted, in the list view
                stacked[indexes] = cell.bottom()
                continue
            height = min(height, bottom - top - 1)  # squeeze the last one that fits to its time only
            stacked[indexes] = top + height + 2
            blocks[booking.id] = QRectF(cell.left() + 3, top, cell.width() - 6, height)
        return blocks

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
        x, y = position.x() - LABEL, position.y() - HEADER
        if x < 0 or y < 0 or not self.view.rooms or not self.view.days:
            return None
        if self.week_mode:
            room_index, day_width = int(y / (height / rooms)), width / days
            day_index = int(x / day_width)
            fraction = (x - day_index * day_width) / day_width
        else:
            room_index, day_index = int(x / (width / rooms)), 0
            fraction = y / height
        if not (0 <= room_index < len(self.view.rooms) and 0 <= day_index < len(self.view.days)):
            return None
        minute = self.first_minute + round(fraction * self._span() / STEP) * STEP
        return GridPoint(self.view.rooms[room_index], self.view.days[day_index].day, minute)

    def _indexes(self, booking: Booking) -> tuple[int, int] | None:
        room_index = next((i for i, room in enumerate(self.view.rooms) if room.id == booking.room_id), None)
        day_index = next((i for i, hours in enumerate(self.view.days) if hours.day == booking.day), None)
        return None if room_index is None or day_index is None else (room_index, day_index)

    def booking_rect(self, booking: Booking) -> QRectF | None:
        indexes = self._indexes(booking)
        if indexes is None:
            return None
        if self.week_mode:
            return self._week_blocks().get(booking.id or 0)
        return self.rect_for(*indexes, minutes(booking.start), minutes(booking.end))

    def booking_at(self, position: QPoint) -> Booking | None:
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
        if self.week_mode:
            painter.setPen(QPen(QColor("#000000")))
            for (room_index, day_index), count in self.hidden.items():
                painter.drawText(
                    self.cell(room_index, day_index).adjusted(0, 0, -4, -1),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                    self.tr("+{count} meer").format(count=count),
                )
        self._paint_drag(painter)
        self._paint_now(painter)

    def _paint_lanes(self, painter: QPainter) -> None:
        rooms, days = self._lanes()
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
            day_width = (self.width() - LABEL) / days
            row = (self.height() - HEADER) / rooms
            for day_index, hours in enumerate(self.view.days):
                x = LABEL + day_index * day_width
                painter.setPen(grid_pen)
                painter.drawLine(int(x), 0, int(x), self.height())
                painter.setPen(text_pen)
                painter.setFont(bold if hours.day == today else self.font())
                label = f"{weekday_short(hours.day.weekday())} {hours.day.day}-{hours.day.month}"
                if hours.day == today:
                    label += " " + self.tr("(vandaag)")
                painter.drawText(QRectF(x + 2, 2, day_width - 4, HEADER - 4), Qt.AlignmentFlag.AlignCenter, label)
            for room_index, room in enumerate(self.view.rooms):
                y = HEADER + room_index * row
                painter.setPen(grid_pen)
                painter.drawLine(0, int(y), self.width(), int(y))
                painter.setPen(text_pen)
                painter.setFont(self.font())
                painter.drawText(
                    QRectF(4, y, LABEL - 8, row), Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, room.name
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

    def _paint_booking(self, painter: QPainter, booking: Booking) -> None:
        indexes = self._indexes(booking)
        if indexes is None:
            return
        begin, end = minutes(booking.start), minutes(booking.end)
        for band in ((begin - booking.setup_minutes, begin), (end, end + booking.cleanup_minutes)):
            if band[1] > band[0]:
                painter.fillRect(self.rect_for(*indexes, *band), BAND_FILL)
        self._paint_block(painter, booking, self.rect_for(*indexes, begin, end))

    def _paint_block(self, painter: QPainter, booking: Booking, rect: QRectF) -> None:
        painter.fillRect(rect, BOOKING_FILL)
        painter.setPen(SELECTED_PEN if booking.id == self.selected else QPen(QColor("#3d6f99")))
        painter.drawRect(rect)
        painter.setPen(QPen(QColor("#000000")))
        lines = [f"{booking.start:%H:%M}–{booking.end:%H:%M}", booking.title, booking.group_name]
        metrics = painter.fontMetrics()
        inner = rect.adjusted(3, 1, -2, -1)
        y = inner.top()
        for line in (line for line in lines if line):
            if y + metrics.height() > inner.bottom() + 1:
                break
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(QRectF(inner.left(), y, inner.width(), metrics.height()), Qt.AlignmentFlag.AlignLeft, text)
            y += metrics.height()

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
        self.selectionChanged.emit(booking_id)
        self.update()

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

    def _room(self, room_id: int) -> Room:
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
                text = f"{booking.start:%H:%M}–{booking.end:%H:%M} {booking.title}"
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Delete and self.selected is not None:
            self.cancelRequested.emit(self.selected)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.editRequested.emit(self.selected)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._step_selection(1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1)
        else:
            super().keyPressEvent(event)

    def _step_selection(self, step: int) -> None:
        ordered = [b.id for b in sorted(self.view.bookings, key=lambda b: (b.day, b.start, b.room_id))]
        if not ordered:
            return
        index = ordered.index(self.selected) + step if self.selected in ordered else 0
        self.select(ordered[max(0, min(index, len(ordered) - 1))])


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)
