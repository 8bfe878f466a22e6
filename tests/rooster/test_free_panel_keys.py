"""'Wat is vrij?' by keyboard: Enter in any field searches and puts the focus on the best fit (a second Enter books
it); Tab goes through the fields in the order they are shown; an outdoor room says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.ui.rooster.page import RoosterPage
from tests.rooster.conftest import MONDAY, shown_page


@pytest.fixture
def page(qtbot, qsettings_isolated, context, rooms) -> RoosterPage:
    with context.database.transaction() as session:
        session.add(Room(name="Tuin", capacity=12, indoor=False))
    return shown_page(qtbot, context, active=True)


@pytest.mark.parametrize("field", ["day", "start", "end", "people", "wheelchair"])
def test_enter_in_any_field_searches_and_a_second_enter_books_the_best_fit(page, qtbot, field) -> None:
    free = page.free
    free.people.setValue(10)
    widget = getattr(free, field)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    asked: list[tuple] = []
    free.bookRequested.disconnect()
    free.bookRequested.connect(lambda *args: asked.append(args))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    listed = [free.results.item(i).text() for i in range(free.results.count())]
    assert listed[0].startswith("Activiteitenruimte 2") and listed[-1] == "Tuin (12 pers., buiten)"
    assert free.results.hasFocus() and free.results.currentRow() == 0
    qtbot.keyClick(free.results, Qt.Key.Key_Return)
    assert [args[:2] for args in asked] == [(free.results.item(0).data(Qt.ItemDataRole.UserRole), MONDAY)]


def test_tab_follows_the_fields_as_shown(page, qtbot) -> None:
    free = page.free
    free.day.setFocus()
    qtbot.waitUntil(free.day.hasFocus)
    visited = [QApplication.focusWidget()]
    for _ in range(len(free.fields()) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == free.fields()
    places = [(w.mapTo(free, QPoint(0, 0)).y(), w.mapTo(free, QPoint(0, 0)).x()) for w in visited]
    rows = [y for y, _x in places]
    assert rows == sorted(rows)  # top to bottom
    assert places[1][0] == places[2][0] and places[1][1] < places[2][1]  # from, then to, on one line
