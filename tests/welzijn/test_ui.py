"""The Welzijn op Recept sub-view of the Spreekuur tab through real widgets and keys: the list, a new referral,
intake, arrangement, bondgenoot, outcome, the follow-up list, the verwijzers; emptied when the tab locks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from buurtzaak_desktop.services.activiteiten.participants import ParticipantService
from buurtzaak_desktop.services.welzijn import participants, reference
from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage
from tests.helpers import unnamed_widgets
from tests.spreekuur.test_ui import unlock

from .conftest import NAME, NOTES, refer_new


@pytest.fixture
def page(qtbot, qsettings_isolated, context, world):
    page = SpreekuurPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitExposed(page)
    unlock(qtbot, page)  # the first use sets the coordinator's PIN
    page.views.setCurrentWidget(page.welzijn)
    return page


def notes_in_db(database) -> tuple:
    with database.reading() as session:
        return tuple(session.execute(text("SELECT interests, energy, talents, ambitions FROM wor_participant")).one())


def test_every_model_passes_the_model_tester_and_every_input_is_named(page, qtmodeltester, zoe):
    view = page.welzijn
    for model in (view.participants.model,):
        qtmodeltester.check(model)
    view.pages.setCurrentWidget(view.follow_up)
    qtmodeltester.check(view.follow_up.model)
    view.pages.setCurrentWidget(view.lists)
    qtmodeltester.check(view.lists.referrer_model)
    assert unnamed_widgets(view) == []


def test_a_new_referral_through_the_dialog_opens_the_participant(qtbot, page, database, refusals):
    view = page.welzijn.participants
    assert view.model.rowCount() == 0 and not view.open_button.isEnabled()  # nothing chosen: off
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(view.view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Alt+N: Nieuwe verwijzing
    qtbot.waitUntil(lambda: view.dialog is not None)  # a mnemonic clicks its button after a short animation
    dialog = view.dialog
    assert dialog is not None and dialog.referrer.count() == 2
    qtbot.keyClicks(dialog.name, "Fatima Nieuw")  # QTest types ASCII only
    qtbot.keyClicks(dialog.phone, "06-12345678")
    dialog.save_button.click()  # no consent yet: refused in the dialog, nothing lost
    assert "toestemming" in dialog.status.text() and dialog.isVisible() and dialog.name.text() == "Fatima Nieuw"
    dialog.consent.setChecked(True)
    dialog.save_button.click()
    assert view.dialog is None
    assert view.model.rowCount() == 1 and view.model.index(0, 1).data() == "Fatima Nieuw"
    assert "Fatima Nieuw" in view.panel.title.text()
    page.activateWindow()  # the offscreen platform does not give the window back its activation by itself
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.waitUntil(view.panel.notes["interests"].hasFocus)  # the cursor waits in the intake's first note
    assert "1 van 50 deelnemers" in view.figures.text()


def test_an_existing_resident_is_found_in_the_dialog(qtbot, page, database, world, zoe):
    with database.transaction() as session:
        session.execute(text("UPDATE wor_participant SET outcome = 'gestopt', outcome_on = '2026-11-20'"))
    view = page.welzijn.participants
    view.new_referral()
    dialog = view.dialog
    qtbot.keyClicks(dialog.search, "zoe sah")
    assert dialog.hits.count() == 1
    dialog.hits.setCurrentRow(0)
    dialog.save_button.click()
    assert [r.name for r in participants.list_participants(database)] == [NAME, NAME]  # referred again


def test_intake_arrangement_bondgenoot_and_outcome_through_the_panel(qtbot, page, database, world, refusals):
    participant_id = refer_new(database, world)
    view = page.welzijn.participants
    view.refresh()
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Down)
    qtbot.keyClick(view.view, Qt.Key.Key_Return)  # Enter opens the participant the arrow went to
    panel = view.panel
    assert panel.participant_id == participant_id and panel.notes["interests"].hasFocus()
    for key, value in vars(NOTES).items():
        qtbot.keyClicks(panel.notes[key], value)
    panel.intake_button.click()
    assert notes_in_db(database) == tuple(vars(NOTES).values())
    panel.arrangement.setCurrentIndex(panel.arrangement.findData("bewegen_met_plezier"))
    assert [panel.activity.itemText(n) for n in range(panel.activity.count())] == ["Yoga"]
    panel.register_button.click()
    assert panel.status.text() == "Ingeschreven voor Yoga."
    assert [r.name for r in ParticipantService(database).registrations(world.yoga)] == [NAME]
    assert view.model.index(0, 4).data() == "Yoga" and view.model.index(0, 6).data() != ""
    assert [panel.bondgenoot.itemText(n) for n in range(panel.bondgenoot.count())] == [
        "Lies de Boer (0 van 3)",
        "Wim Jansen (0 van 3)",
    ]
    panel.bondgenoot.setCurrentIndex(1)
    panel.bondgenoot_button.click()
    assert view.model.index(0, 5).data() == "Wim Jansen"
    panel.outcome.setCurrentIndex(panel.outcome.findData("gestopt"))
    assert panel.reason.isEnabled()
    panel.reason.setCurrentIndex(panel.reason.findData("verhuisd"))
    panel.outcome_button.click()
    assert view.model.index(0, 7).data() == "Gestopt" and not panel.outcome_box.isEnabled()
    assert refusals == []


def test_a_full_bondgenoot_is_refused_in_dutch(qtbot, page, database, world, zoe, refusals):
    others = [refer_new(database, world, f"Fatima Nieuw {n}", f"06-4444444{n}") for n in range(3)]
    for other in others:
        participants.assign_bondgenoot(database, other, world.bondgenoten[0], date(2026, 12, 1), actor="C")
    view = page.welzijn.participants
    view.open_participant(zoe)
    panel = view.panel
    panel.bondgenoot.setCurrentIndex(panel.bondgenoot.findData(world.bondgenoten[0]))
    assert panel.bondgenoot.currentText() == "Wim Jansen (3 van 3)"
    panel.bondgenoot_button.click()
    assert refusals == ["Wim Jansen begeleidt al 3 deelnemers, het maximum per bondgenoot; kies een ander."]


def test_follow_up_list_marks_a_contact_done(qtbot, page, database, world, zoe):
    participants.choose_arrangement(database, zoe, "bewegen_met_plezier", world.yoga, date(2026, 9, 1), actor="C")
    welzijn = page.welzijn
    welzijn.pages.setCurrentWidget(welzijn.follow_up)
    follow = welzijn.follow_up
    assert [follow.model.index(n, 2).data() for n in range(follow.model.rowCount())] == [
        "Contact na 2 weken",
        "Contact na 6 weken",
        "Contact na 12 weken",
        "Uitkomst na drie maanden vastleggen",
    ]
    assert not follow.done_button.isEnabled() and not follow.open_button.isEnabled()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    follow.view.setFocus()
    follow.view.selectRow(0)
    assert follow.done_button.isEnabled()
    qtbot.keyClick(follow.view, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Alt+G: Contact gedaan
    qtbot.waitUntil(lambda: follow.model.rowCount() == 3)  # a mnemonic clicks its button after a short animation
    assert follow.model.rowCount() == 3 and follow.status.text() == "Afgevinkt: contact na 2 weken."
    follow.view.selectRow(2)
    follow.open_button.click()
    assert welzijn.pages.currentWidget() is welzijn.participants and welzijn.participants.panel.participant_id == zoe


def test_locking_empties_every_name_and_note(qtbot, page, database, world, zoe):
    view = page.welzijn.participants
    view.open_participant(zoe)
    assert view.panel.notes["interests"].text() == NOTES.interests
    page.lock()
    assert view.model.rowCount() == 0 and view.panel.notes["interests"].text() == ""
    assert NAME not in view.panel.title.text() and not view.panel.intake_box.isEnabled()


def test_verwijzers_arrangements_and_settings_through_the_lists_page(qtbot, page, database, world, refusals):
    welzijn = page.welzijn
    welzijn.pages.setCurrentWidget(welzijn.lists)
    lists = welzijn.lists
    assert lists.referrer_model.rowCount() == 2 and not lists.stop_referrer_button.isEnabled()
    qtbot.keyClicks(lists.referrer_name, "Wijkverpleging West")
    lists.referrer_kind.setCurrentIndex(lists.referrer_kind.findData("wijkverpleging"))
    lists.add_referrer_button.click()
    assert ("Wijkverpleging West", "wijkverpleging") in [(r.name, r.kind) for r in reference.list_referrers(database)]
    lists.arrangement.setCurrentIndex(lists.arrangement.findData("leven_in_balans"))
    [yoga] = [
        lists.activities.item(n) for n in range(lists.activities.count()) if lists.activities.item(n).text() == "Yoga"
    ]
    yoga.setCheckState(Qt.CheckState.Checked)
    lists.save_arrangement_button.click()
    assert reference.arrangement_activities(database)["leven_in_balans"] == [(world.yoga, "Yoga")]
    lists.maximum.setValue(4)
    lists.weeks.setText("2, 4, 8, 12")
    lists.save_settings_button.click()
    assert (
        reference.read_settings(database).weeks == (2, 4, 8, 12)
        and reference.read_settings(database).max_per_bondgenoot == 4
    )
    lists.weeks.setText("twee")
    lists.save_settings_button.click()
    assert refusals == ["Contactmomenten liggen tussen 1 en 52 weken na de start."]


def test_the_activity_choice_shows_free_places_and_a_full_one_means_the_waiting_list(
    qtbot, page, database, world, zoe, refusals
):
    others = [refer_new(database, world, f"Fatima Nieuw {n}", f"06-4444444{n}") for n in range(2)]
    view = page.welzijn.participants
    view.open_participant(zoe)
    panel = view.panel
    panel.arrangement.setCurrentIndex(panel.arrangement.findData("smakelijke_ontmoetingen"))
    assert panel.activity.itemText(0) == "Kookgroep 5 (lotgenoten) (2 plaatsen vrij)"
    for places, other in enumerate(others):  # the two places are taken
        participants.record_intake(database, other, participants.IntakeNotes(), date(2026, 12, 1), actor="C")
        participants.choose_arrangement(database, other, "smakelijke_ontmoetingen", world.kook, date(2026, 12, 1), "C")
        if not places:
            view.open_participant(zoe)
            panel.arrangement.setCurrentIndex(panel.arrangement.findData("smakelijke_ontmoetingen"))
            assert panel.activity.itemText(0) == "Kookgroep 5 (lotgenoten) (1 plaats vrij)"
    view.open_participant(zoe)
    panel.arrangement.setCurrentIndex(panel.arrangement.findData("smakelijke_ontmoetingen"))
    assert panel.activity.itemText(0) == "Kookgroep 5 (lotgenoten) (vol: op de wachtlijst)"
    panel.register_button.click()  # a full activity stays a choice: the waiting list is real
    assert panel.status.text() == "Kookgroep 5 (lotgenoten) is vol: de deelnemer staat op de wachtlijst."
    panel.outcome.setCurrentIndex(panel.outcome.findData("structureel"))
    panel.outcome_button.click()
    assert refusals == [
        "De deelnemer staat nog op de wachtlijst van Kookgroep 5 (lotgenoten): kies een activiteit met plaats of een "
        "andere uitkomst."
    ]
