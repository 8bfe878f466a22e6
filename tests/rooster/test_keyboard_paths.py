"""The rooster's short keyboard paths: Enter on the scope question changes only this occurrence (and cancels
nothing); Ctrl+1 (focus_main) puts the cursor in the grid or the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from buurtzaak_desktop.ui.rooster.page import LIST, RoosterPage
from buurtzaak_desktop.ui.rooster.questions import ask_scope
from tests.rooster.conftest import MONDAY


@pytest.fixture
def page(qtbot, qsettings_isolated, context, rooms) -> RoosterPage:
    widget = RoosterPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.set_day(MONDAY)
    return widget


def _answer_with_enter() -> None:
    box = QApplication.activeModalWidget()
    assert box is not None
    QTest.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Return)


@pytest.mark.parametrize(("cancelling", "answer"), [(False, "this"), (True, None)])
def test_enter_on_the_scope_question(page, qtbot, cancelling, answer) -> None:
    QTimer.singleShot(50, _answer_with_enter)
    assert ask_scope(page, cancelling=cancelling) == answer


def test_focus_main_puts_the_cursor_in_the_grid_or_the_list(page) -> None:
    page.free.people.setFocus()
    page.focus_main()
    assert page.grid.hasFocus()
    page.set_mode(LIST)
    page.focus_main()
    assert page.table.hasFocus()
