"""The Telefooncirkel sub-view of the Spreekuur tab through real widgets and keys."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from buurtzaak_desktop.services.telefooncirkel import circles, rounds
from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage
from tests.helpers import unnamed_widgets
from tests.spreekuur.test_ui import unlock

from .conftest import CIRCLE, TODAY


@pytest.fixture
def view(qtbot, qsettings_isolated, context, circle):
    page = SpreekuurPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    unlock(qtbot, page)  # the first use sets the coordinator's PIN
    assert not page.is_locked
    page.views.setCurrentWidget(page.telefoon)
    yield page.telefoon  # the page stays referenced while the test runs


def stored_rounds(database):
    with database.reading() as session:
        rows = session.execute(text("SELECT held_on, stalled, stalled_member_id FROM telefooncirkel_round")).all()
    return [(str(day), int(stalled), member) for day, stalled, member in rows]  # as SQLite stores them, on any engine


def test_every_model_passes_the_model_tester(view, qtmodeltester):
    view.order.away_model.set_rows(circles.away_periods(view.database, view.choose.currentData(), TODAY))
    for model in (view.round.model, view.round.history_model, view.order.model, view.order.away_model):
        qtmodeltester.check(model)
    view.pages.setCurrentWidget(view.action_list)
    qtmodeltester.check(view.action_list.model)
    assert unnamed_widgets(view) == []


def test_enter_on_the_chosen_circle_records_a_completed_round(qtbot, view, database, circle):
    assert view.choose.currentText() == CIRCLE and view.round.model.rowCount() == 5
    view.choose.setFocus()
    qtbot.keyClick(view.choose, Qt.Key.Key_Return)  # one key
    assert [(str(d), s) for d, s, _ in stored_rounds(database)] == [(str(TODAY), False)]
    assert "rond gekomen" in view.round.status.text()
    assert view.round.history_model.rowCount() == 1


def test_a_stall_is_picked_by_name_and_closed_from_the_action_list(qtbot, view, database, circle, refusals):
    view.round.stalled_button.click()  # no name picked yet: nothing recorded, the cursor goes to the names
    assert stored_rounds(database) == [] and view.round.view.hasFocus()
    qtbot.keyClick(view.round.view, Qt.Key.Key_Down)  # from the first name, two down
    qtbot.keyClick(view.round.view, Qt.Key.Key_Down)
    assert view.round.view.selectionModel().selectedRows()[0].row() == 2  # Hendrika Mol, third in the order
    view.round.stalled_button.click()
    assert stored_rounds(database) == [(str(TODAY), 1, circle.participants[2])]
    view.pages.setCurrentWidget(view.action_list)
    actions = view.action_list
    assert actions.model.rowCount() == 1
    assert actions.month.text() == "Deze maand: 1 belrondes, 0 rond gekomen, 1 gestokt (1 nog open)."
    assert actions.model.index(0, 2).data() == "Niemand neemt op bij Hendrika Mol"
    actions.view.selectRow(0)
    actions.close_button.click()  # who checked is missing
    assert refusals == ["Vul in wie het heeft nagegaan."]
    qtbot.keyClicks(actions.checked_by, "Lies de Boer")
    actions.found.setCurrentIndex(actions.found.findData("niet_thuis"))
    actions.close_button.click()
    assert actions.model.rowCount() == 0
    actions.show_closed.setChecked(True)
    assert actions.model.index(0, 5).data() == "Was niet thuis"
    view.pages.setCurrentWidget(view.round)
    qtbot.keyClick(view.choose, Qt.Key.Key_Return)  # the day's round is already there
    assert "al vastgelegd" in refusals[-1] and len(stored_rounds(database)) == 1


def test_order_moves_up_and_down_and_an_away_member_is_marked(qtbot, view, database, circle):
    view.pages.setCurrentWidget(view.order)
    order = view.order
    assert order.name.text() == CIRCLE
    assert [order.coordinators[i].currentData() for i in (0, 1)] == circle.volunteer_ids
    order.view.selectRow(2)
    order.up_button.click()
    assert [m.name for m in circles.members(database, circle.id)][:3] == [
        "Geertruida Bakker",
        "Hendrika Mol",
        "Ömer Yıldız",
    ]
    assert order.view.selectionModel().selectedRows()[0].row() == 1  # the moved name stays chosen
    order.down_button.click()
    order.down_button.click()
    assert [m.name for m in circles.members(database, circle.id)][:4] == [
        "Geertruida Bakker",
        "Ömer Yıldız",
        "Wim Jansen",
        "Hendrika Mol",
    ]
    order.view.selectRow(0)
    order.away_to.setDate(order.away_to.date().addDays(4))
    order.reason.setCurrentIndex(order.reason.findData("ziekenhuis"))
    order.away_button.click()
    assert order.away_model.rowCount() == 1 and order.away_model.index(0, 3).data() == "weg (ziekenhuis)"
    view.pages.setCurrentWidget(view.round)
    assert view.round.model.index(0, 3).data() == "weg (ziekenhuis)"
    assert view.round.model.index(1, 3).data() == "bellen"
    assert circles.members(database, circle.id, TODAY + timedelta(days=5))[0].away is None


def test_adding_a_participant_needs_consent_and_a_new_circle_gets_coordinators(qtbot, view, database, circle, refusals):
    view.pages.setCurrentWidget(view.order)
    order = view.order
    qtbot.keyClicks(order.participant_name, "Maria Lodewijks")
    qtbot.keyClicks(order.participant_phone, "020-6179999")
    order.add_participant_button.click()
    assert "toestemming" in refusals[-1].lower() and len(circles.members(database, circle.id)) == 5
    order.consent.setChecked(True)
    order.add_participant_button.click()
    assert [m.name for m in circles.members(database, circle.id)][-1] == "Maria Lodewijks"
    order.name.setText("Telefooncirkel Osdorp")
    order.coordinators[0].setCurrentIndex(order.coordinators[0].findData(circle.volunteer_ids[1]))
    order.coordinators[1].setCurrentIndex(0)
    order.new_button.click()
    assert view.choose.currentText() == "Telefooncirkel Osdorp" and order.name.text() == "Telefooncirkel Osdorp"
    assert [view.choose.itemText(i) for i in range(view.choose.count())] == ["Telefooncirkel Osdorp", CIRCLE]
    [osdorp] = [c for c in circles.list_circles(database) if c.name == "Telefooncirkel Osdorp"]
    assert osdorp.coordinators == "Lies de Boer"
    order.volunteer.setCurrentIndex(order.volunteer.findData(circle.volunteer_ids[0]))
    order.add_volunteer_button.click()
    assert [m.name for m in circles.members(database, osdorp.id)] == ["Wim Jansen"]


def test_locking_empties_every_name(qtbot, view, database, circle):
    rounds.record_round(database, circle.id, TODAY - timedelta(days=1), "Wim", stalled_at=circle.participants[0])
    view.pages.setCurrentWidget(view.action_list)
    assert view.action_list.model.rowCount() == 1
    page = view.window()
    page.lock()
    for model in (view.round.model, view.order.model, view.order.away_model, view.action_list.model):
        assert model.rowCount() == 0
    assert view.choose.count() == 0 and view.order.name.text() == "" and view.action_list.month.text() == ""


def test_keys_only_from_opening_the_view_to_a_stall(qtbot, view, database, circle):
    """The cursor starts on the circle: Enter records; or Tab to the names, an arrow to the name, Enter (or Alt+G)."""
    view.pages.setCurrentWidget(view.order)
    view.pages.setCurrentWidget(view.round)
    assert view.choose.hasFocus()
    view.round.view.setFocus()
    qtbot.keyClick(view.round.view, Qt.Key.Key_Return)  # no name picked yet: nothing is recorded
    assert stored_rounds(database) == [] and "Kies eerst" in view.round.status.text()
    qtbot.keyClick(view.round.view, Qt.Key.Key_Down)  # the second name
    qtbot.keyClick(view.round.view, Qt.Key.Key_Return)
    assert stored_rounds(database) == [(str(TODAY), 1, circle.participants[1])]
    view.round.history.selectRow(0)
    view.round.undo_button.click()
    view.round.view.setFocus()
    view.round.view.selectRow(2)
    qtbot.keyClick(view.round.view, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(stored_rounds(database)))  # a mnemonic clicks its button after a short animation
    assert stored_rounds(database) == [(str(TODAY), 1, circle.participants[2])]


def test_a_round_recorded_by_mistake_is_undone_until_its_action_is_closed(qtbot, view, database, circle, refusals):
    view.round.view.selectRow(0)
    view.round.stalled_button.click()
    view.round.history.selectRow(0)
    view.round.undo_button.click()
    assert stored_rounds(database) == [] and rounds.actions(database) == []
    qtbot.keyClick(view.choose, Qt.Key.Key_Return)
    assert [s for _, s, _ in stored_rounds(database)] == [0]
    yesterday = TODAY - timedelta(days=1)
    rounds.record_round(database, circle.id, yesterday, "Wim", stalled_at=circle.participants[0])
    [action] = rounds.actions(database)
    rounds.close_action(database, action.id, "Lies", "alles_goed", TODAY)
    view.round.refresh()
    view.round.history.selectRow(1)
    view.round.undo_button.click()
    assert "al afgesloten" in refusals[-1] and len(stored_rounds(database)) == 2


def test_unlocking_on_the_view_fills_it_again(qtbot, view, database, circle):
    page = view.window()
    page.lock()
    assert view.round.model.rowCount() == 0
    unlock(qtbot, page)
    assert view.choose.currentText() == CIRCLE and view.round.model.rowCount() == 5
