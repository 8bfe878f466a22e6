"""Ctrl+4 puts the cursor in the week's sessions, on today's first one: Enter opens its attendance."""

from __future__ import annotations

from datetime import time

from buurtzaak_desktop.services.activiteiten.programme import create_activity
from buurtzaak_desktop.ui.activiteiten.page import ActiviteitenPage
from tests.activiteiten.conftest import TODAY, yoga_input


def test_focus_main_chooses_todays_first_session(qtbot, qsettings_isolated, context, database, room_id, yoga) -> None:
    with database.transaction() as session:  # Thursdays, today included (the tests' clock: Thu 2026-12-03)
        create_activity(
            session, yoga_input(room_id, name="Koor", weekdays=(3,), start_time=time(19), end_time=time(20)), TODAY
        )
    page = ActiviteitenPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    model = page.week.model
    rows = [model.row_at(model.index(row, 0)).activity for row in range(model.rowCount())]
    assert rows == ["Yoga", "Koor"]  # Monday's Yoga has passed
    page.focus_main()
    assert page.week.table.hasFocus()
    assert page.week.selected().activity == "Koor"
    page.week.table.selectRow(0)  # a session chosen by the user stays chosen
    page.focus_main()
    assert page.week.selected().activity == "Yoga"
