"""Ctrl+3 puts the cursor where the spreekuur starts: the PIN field when locked, the resident search when open."""

from __future__ import annotations

from buurtzaak_desktop.services.spreekuur.privacy import set_pin
from tests.spreekuur.test_ui import PIN, page, unlock  # noqa: F401 - the page fixture


def test_focus_main_locked_and_open(qtbot, page, database) -> None:  # noqa: F811 - the fixture
    set_pin(database, PIN)
    page.reload()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.focus_main()
    assert page.lock_view.pin.hasFocus()
    unlock(qtbot, page)
    page.lock_view.pin.setFocus()  # wherever the cursor was
    page.focus_main()
    assert page.intake.search.hasFocus()
