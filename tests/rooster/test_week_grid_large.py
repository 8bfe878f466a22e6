"""The week grid on the large demo's busiest week in a 1366×768 window: every live booking has a visible block.

The demo (ten years, ~30 s) is built once for this module, in a session-scoped temporary folder; the tests only
read it. Until the grid grew its rows, a cell cut to "+N meer" and 12 cells hid bookings at this size.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.rooster.queries import bookings_between
from buurtzaak_desktop.ui.main_window import MainWindow
from buurtzaak_desktop.ui.rooster.grid import HEADER, PAD
from buurtzaak_desktop.ui.rooster.page import WEEK, RoosterPage
from tests.conftest import TEST_NOW

DEMO_TODAY = date.fromisoformat(TEST_NOW[:10])


@pytest.fixture(scope="session")
def large_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("large_demo") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BUURTZAAK_NOW", TEST_NOW)
        database = open_database(DataPaths(folder))
        try:
            generate_demo(database, scale="large", today=DEMO_TODAY)
        finally:
            database.close()
    return folder


@pytest.fixture(scope="session")
def busiest_monday(large_demo: Path) -> date:
    database = open_database(DataPaths(large_demo))
    with database.reading() as session:
        live = bookings_between(session, date(2000, 1, 1), date(2100, 1, 1))
    database.close()
    weeks = Counter(b.day - timedelta(days=b.day.weekday()) for b in live)
    return weeks.most_common(1)[0][0]


@pytest.fixture
def busy_week(qtbot, qsettings_isolated, large_demo: Path, busiest_monday: date) -> Iterator[tuple[RoosterPage, list]]:
    """The rooster tab of the real window at 1366×768, on the week with the most live bookings."""
    monday = busiest_monday
    database = open_database(DataPaths(large_demo))
    with database.reading() as session:
        live = bookings_between(session, monday, monday + timedelta(days=6))
    window = MainWindow(AppContext(paths=DataPaths(large_demo), database=database))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["rooster"]
    assert isinstance(page, RoosterPage)
    page.set_mode(WEEK)
    page.set_day(monday)
    qtbot.wait(20)  # the scroll area lays the grid out
    yield page, live
    window.close()
    database.close()


def test_every_live_booking_of_the_busiest_week_has_a_block(busy_week) -> None:
    page, bookings = busy_week
    grid = page.grid
    assert len(bookings) >= 150  # the busiest week of ten years
    cells = Counter((b.room_id, b.day) for b in bookings)
    assert max(cells.values()) >= 6  # more than a 768-pixel-high window could show in even rows
    assert {b.id for b in grid.view.bookings} == {b.id for b in bookings}
    line = grid.fontMetrics().height()
    blocks: dict[int, QRectF] = {}
    for booking in bookings:
        rect = grid.booking_rect(booking)
        assert rect is not None, booking.title
        assert rect.width() > 0 and rect.height() >= 2 * line, booking.title  # its time and at least a title line
        assert grid.rect().toRectF().contains(rect), booking.title
        room_index = [r.id for r in grid.view.rooms].index(booking.room_id)
        day_index = [d.day for d in grid.view.days].index(booking.day)
        assert grid.cell(room_index, day_index).contains(rect), booking.title
        assert grid.booking_at(rect.center().toPoint()).id == booking.id
        blocks[booking.id] = rect
    rects = list(blocks.values())
    overlapping = [(a, b) for i, a in enumerate(rects) for b in rects[i + 1 :] if a.intersects(b)]
    assert overlapping == []


def test_titles_wrap_at_words_and_every_block_holds_its_text(busy_week) -> None:
    page, bookings = busy_week
    grid = page.grid
    layout = grid.week_layout()
    line = grid.fontMetrics().height()
    width = layout.blocks[bookings[0].id].width() - 2 * PAD
    for booking in bookings:
        lines = layout.lines[booking.id]
        assert layout.blocks[booking.id].height() >= len(lines) * line  # every line is drawn
        text = " ".join(lines[1:]).replace("- ", "")  # a word too long for a line goes on with a hyphen
        assert text.split() == f"{booking.title} {booking.group_name}".split(), lines
        fitting = [w for w in booking.title.split() if grid.fontMetrics().horizontalAdvance(w) <= width]
        assert set(fitting) <= set(" ".join(lines[1:]).split()), lines  # a word that fits a line is never cut


def test_the_grid_scrolls_to_every_block(busy_week, qtbot) -> None:
    page, bookings = busy_week
    grid = page.grid
    area = grid.parentWidget().parentWidget()
    viewport = area.viewport()
    assert grid.height() > viewport.height()  # the busy week is taller than the window: it scrolls
    assert grid.width() <= viewport.width()  # and never sideways
    for booking in bookings:
        grid.select(booking.id)
        rect = grid.booking_rect(booking)
        seen = QRect(grid.mapTo(viewport, rect.topLeft().toPoint()), rect.size().toSize())
        assert viewport.rect().adjusted(0, HEADER, 0, 0).contains(seen), booking.title  # not under the day header


def test_the_printed_week_holds_every_booking(busy_week, tmp_path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from buurtzaak_desktop.ui.rooster.print_grid import new_printer, paint_rooster

    page, bookings = busy_week
    printer = new_printer("weekrooster")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "week.pdf"))
    paint_rooster(printer, page.view, True, "De Buurtzaak")
    reader = PdfReader(tmp_path / "week.pdf")
    assert len(reader.pages) == 1
    heights: list[float] = []

    def place(text, cm, tm, _font, _size) -> None:  # where each piece of text lands on the page
        if text.strip():
            heights.append(tm[5] * cm[3] + tm[4] * cm[1] + cm[5])

    text = "".join(reader.pages[0].extract_text(visitor_text=place).split())  # a glyph run per line: joined
    paper = reader.pages[0].mediabox
    assert heights and min(heights) >= 0 and max(heights) <= float(paper.height)  # nothing runs off the page
    times = Counter(f"{b.start:%H:%M}–{b.end:%H:%M}" for b in bookings)
    assert {span: text.count(span) for span in times} == dict(times)  # each block's time line is on the page


def test_the_arrow_keys_reach_every_block(busy_week, qtbot) -> None:
    from PySide6.QtCore import Qt

    page, bookings = busy_week
    grid = page.grid
    grid.setFocus()
    visited: set[int | None] = set()
    for day_index in range(len(grid.view.days)):
        grid.select(None)
        grid.key_cell = (0, day_index)
        for _ in range(len(bookings) + len(grid.view.rooms)):  # down through the column, block by block
            qtbot.keyClick(grid, Qt.Key.Key_Down)
            visited.add(grid.selected)
    assert visited - {None} == {b.id for b in bookings}
