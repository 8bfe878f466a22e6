"""The grid by keyboard: arrows move as the grid looks, the cursor is drawn, Enter opens, Delete cancels (asks)."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox

from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book
from buurtzaak_desktop.services.rooster.queries import bookings_between
from buurtzaak_desktop.ui.rooster.grid import CURSOR_PEN
from buurtzaak_desktop.ui.rooster.page import DAY, RoosterPage
from tests.rooster.conftest import MONDAY, shown_page

TUESDAY, WEDNESDAY = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)


@pytest.fixture
def page(qtbot, qsettings_isolated, context, rooms) -> RoosterPage:
    made = [
        ("Aula", MONDAY, 10, 12, "Aula ochtend"),
        ("Aula", MONDAY, 14, 15, "Aula middag"),
        ("Aula", TUESDAY, 10, 11, "Aula dinsdag"),
        ("Keuken", MONDAY, 9, 10, "Kookgroep"),
    ]
    for room, day, start, end, title in made:
        book(
            context.database,
            BookingRequest(room_id=rooms[room], day=day, start=time(start), end=time(end), title=title),
        )
    widget = shown_page(qtbot, context, active=True)
    widget.grid.setFocus()
    qtbot.waitUntil(widget.grid.hasFocus)
    return widget


def _title(page: RoosterPage) -> str | None:
    booking = page.grid.booking(page.grid.selected)
    return booking.title if booking is not None else None


def test_arrows_move_a_day_sideways_and_a_block_or_room_up_and_down(page, qtbot) -> None:
    assert page.grid.room_names()[:2] == ["Aula", "Keuken"]
    steps = [
        (Qt.Key.Key_Down, "Aula ochtend"),  # into Monday's Aula cell: its first block
        (Qt.Key.Key_Down, "Aula middag"),  # the next block below in the same cell
        (Qt.Key.Key_Down, "Kookgroep"),  # on to the room below
        (Qt.Key.Key_Up, "Aula middag"),  # back up: the lowest block of the Aula
        (Qt.Key.Key_Right, "Aula dinsdag"),  # a day to the right
        (Qt.Key.Key_Right, None),  # Wednesday's Aula is empty: the cell cursor stands there
        (Qt.Key.Key_Left, "Aula dinsdag"),
        (Qt.Key.Key_Left, "Aula ochtend"),
        (Qt.Key.Key_Left, "Aula ochtend"),  # the edge of the week: stays
    ]
    for key, expected in steps:
        qtbot.keyClick(page.grid, key)
        assert _title(page) == expected, key
    assert "Aula ochtend" in page.details.text()


def test_the_cell_cursor_is_drawn_on_an_empty_cell(page, qtbot) -> None:
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    assert page.grid.key_cell == (0, 2) and page.grid.selected is None
    image = page.grid.grab().toImage()
    rect = page.grid.cell(0, 2).adjusted(1, 1, -1, -1).toRect()
    edge = [image.pixelColor(x, rect.top()) for x in range(rect.left(), rect.right())]
    assert sum(color == QColor(CURSOR_PEN.color()) for color in edge) > rect.width() // 4


def test_enter_opens_or_creates_and_delete_cancels(page, context, rooms, qtbot) -> None:
    grid = page.grid
    grid.editRequested.disconnect()
    grid.cancelRequested.disconnect()
    grid.createRequested.disconnect()
    edited, cancelled, created = [], [], []
    grid.editRequested.connect(edited.append)
    grid.cancelRequested.connect(cancelled.append)
    grid.createRequested.connect(lambda *args: created.append(args))
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Return):
        qtbot.keyClick(grid, key)
    assert created == [(rooms["Aula"], WEDNESDAY, 19 * 60, 21 * 60)]  # an empty cell: a new booking there
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert cancelled == []  # nothing selected, nothing cancelled
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert edited == cancelled == [grid.selected] and _title(page) == "Aula dinsdag"


def test_delete_by_keyboard_asks_before_it_cancels(page, context, qtbot) -> None:
    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "Aula dinsdag" in box.text()
        box.button(button).click()

    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    with context.database.reading() as session:
        assert [b.title for b in bookings_between(session, TUESDAY, TUESDAY)] == ["Aula dinsdag"]
    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    with context.database.reading() as session:
        assert bookings_between(session, TUESDAY, TUESDAY) == []


def test_day_grid_left_right_a_room_up_down_its_bookings(page, qtbot) -> None:
    page.set_mode(DAY)
    page.grid.setFocus()
    steps = [
        (Qt.Key.Key_Down, "Aula ochtend"),
        (Qt.Key.Key_Down, "Aula middag"),
        (Qt.Key.Key_Down, "Aula middag"),  # the last of the day: stays
        (Qt.Key.Key_Right, "Kookgroep"),  # the next room's booking nearest in time
        (Qt.Key.Key_Left, "Aula ochtend"),
    ]
    for key, expected in steps:
        qtbot.keyClick(page.grid, key)
        assert _title(page) == expected, key
