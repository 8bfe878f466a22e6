"""The intake's search field: Down and Up move through the residents found, while typing goes on in the field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from buurtzaak_desktop.services.spreekuur.privacy import set_pin
from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage

PIN = "246810"


def test_arrows_in_the_search_field_move_through_the_hits(qtbot, qsettings_isolated, context, database, zoe) -> None:
    set_pin(database, PIN)
    page = SpreekuurPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.lock_view.pin.setFocus()
    qtbot.keyClicks(page.lock_view.pin, PIN)
    qtbot.keyClick(page.lock_view.pin, Qt.Key.Key_Return)
    intake = page.intake
    intake.search.setFocus()
    qtbot.keyClicks(intake.search, "zoe")
    assert intake.hits.count() >= 2 and intake.hits.currentRow() == 0
    qtbot.keyClick(intake.search, Qt.Key.Key_Down)
    assert intake.hits.currentRow() == 1
    qtbot.keyClick(intake.search, Qt.Key.Key_Up)
    qtbot.keyClick(intake.search, Qt.Key.Key_Up)  # stays on the first
    assert intake.hits.currentRow() == 0
    assert intake.search.text() == "zoe"
