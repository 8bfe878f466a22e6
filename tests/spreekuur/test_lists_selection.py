"""The spreekuur lists' buttons act on the chosen row: off until a row is chosen, off again after a reload."""

from __future__ import annotations

from datetime import date

from buurtzaak_desktop.services.spreekuur.trajecten import open_traject
from buurtzaak_desktop.ui.spreekuur.lists import TrajectView


def test_next_phase_and_close_wait_for_a_chosen_traject(qtbot, database, zoe) -> None:
    open_traject(database, zoe, date(2026, 11, 2), "Henk")
    view = TrajectView(database, lambda: "Henk")
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.rowCount() == 1
    assert not view.next_button.isEnabled() and not view.close_button.isEnabled()
    view.view.selectRow(0)
    assert view.next_button.isEnabled() and view.close_button.isEnabled()
    view.refresh()
    assert not view.next_button.isEnabled()
