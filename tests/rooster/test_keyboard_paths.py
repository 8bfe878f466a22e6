"""The rooster's short keyboard paths: Enter on the scope question changes only this occurrence (and cancels
nothing); Ctrl+1 (focus_main) puts the cursor in the grid or the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from buurtzaak_desktop.ui.rooster.page import LIST, RoosterPage
from buurtzaak_desktop.ui.rooster.questions import ask_scope
from tests.rooster.conftest import MONDAY, shown_page


@pytest.fixture
def page(qtbot, qsettings_isolated, context, rooms) -> RoosterPage:
    return shown_page(qtbot, context, active=True)


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


def test_typing_in_the_grid_jumps_to_a_booking_by_its_first_letters(page, booker, qtbot) -> None:
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication

    booker("Aula", "10:00", "11:00", title="Yoga", group_name="Zoë's groep")
    booker("Keuken", "19:00", "21:00", title="Vergadering regiegroep")
    booker("Keuken", "19:00", "21:00", day=MONDAY + timedelta(days=1), title="Vergadering regiegroep")
    page.refresh()
    page.focus_main()
    titles = lambda: page.grid.booking(page.grid.selected).title  # noqa: E731

    def pause() -> None:
        qtbot.wait(QApplication.keyboardInputInterval() + 50)

    qtbot.keyClicks(page.grid, "verg r")  # letters typed quickly add up; a space goes on to the next word
    assert titles() == "Vergadering regiegroep" and page.grid.booking(page.grid.selected).day == MONDAY
    pause()
    qtbot.keyClicks(page.grid, "verg")  # after a pause the same letters find the next one
    assert page.grid.booking(page.grid.selected).day == MONDAY + timedelta(days=1)
    pause()
    qtbot.keyClicks(page.grid, "zoe")  # the group counts too, accents do not
    assert titles() == "Yoga" and "Yoga" in page.details.text()
    qtbot.keyClick(page.grid, Qt.Key.Key_Down)  # the grid's own keys still work: on to the Keuken below
    assert titles() == "Vergadering regiegroep"
