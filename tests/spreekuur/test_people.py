"""Who did what: personal PINs through the services and the lock, the tab's doubling wait, the coordinator's resets,
and the former single PIN carried over by migration 0017."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest
from alembic import command
from PySide6.QtCore import Qt

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import APPLICATION_ID, alembic_config, open_database
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.pin import hash_pin
from buurtzaak_desktop.services import pins
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.spreekuur import people
from buurtzaak_desktop.services.spreekuur.audit import audit_lines
from buurtzaak_desktop.services.spreekuur.privacy import set_pin
from buurtzaak_desktop.services.spreekuur.residents import find_residents
from buurtzaak_desktop.services.spreekuur.visits import visits_of
from buurtzaak_desktop.services.vrijwilligers.volunteers import set_status
from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage

from .conftest import COORDINATOR_PERSON, add_helper
from .test_ui import PIN, type_text, unlock

ANNA_PIN, WRONG = "802468", "000000"


def _lines(database: Database) -> list[tuple[str, str, str]]:
    return [(a.actor, a.action, a.detail) for a in reversed(audit_lines(database))]


def _restart(database: Database) -> Database:
    database.close()
    return database.reopened()


# --- services -------------------------------------------------------------------------------------------------------


def test_the_people_are_the_coordinator_and_those_with_the_spreekuur_role(database: Database) -> None:
    anna = add_helper(database, "Anna de Vries", ANNA_PIN)
    add_helper(database, "Bert", roles=("keukenhulp",))
    add_helper(database, "Ali", roles=("spreekuur", "receptie"))
    gone = add_helper(database, "Carla", ANNA_PIN)
    set_status(database, gone, "gestopt", clock.today())
    assert [(p.name, p.has_pin) for p in people.people(database)] == [
        ("Coördinator", False),
        ("Ali", False),
        ("Anna de Vries", True),
    ]
    with pytest.raises(RuleViolation, match="Ali heeft nog geen pincode"):
        people.unlock(database, people.people(database)[1].volunteer_id, ANNA_PIN)
    with pytest.raises(NotFound):  # stopped: her PIN opens nothing any more
        people.unlock(database, gone, ANNA_PIN)
    assert people.unlock(database, anna, ANNA_PIN) == people.Person(anna, "Anna de Vries", True)
    assert _lines(database)[-1] == ("Anna de Vries", "ontgrendeld", "")


def test_wrong_pins_make_the_tab_wait_doubling_each_time_and_a_restart_keeps_the_wait(database: Database) -> None:
    set_pin(database, PIN)
    anna = add_helper(database, "Anna", ANNA_PIN)
    bert = add_helper(database, "Bert", "802469")
    start = clock.now()
    try:
        for round_, (seconds, whom) in enumerate(((30, anna), (60, bert), (120, None))):
            for _ in range(4):
                assert people.unlock(database, whom, WRONG) is None
            assert people.wait_seconds(database) == 0
            assert people.unlock(database, anna, WRONG) is None  # the fifth, whoever was chosen: one count per tab
            assert people.wait_seconds(database) == seconds
            with pytest.raises(pins.PinPaused):
                people.unlock(database, anna, ANNA_PIN)  # even the right PIN waits
            database = _restart(database)
            assert people.wait_seconds(database) == seconds
            assert _lines(database)[-1] == ("Anna", "pin_wacht", f"{seconds} s")
            clock.set_now(clock.now() + timedelta(seconds=seconds + 1))
            assert round_ == 2 or people.wait_seconds(database) == 0
        assert people.unlock(database, anna, ANNA_PIN) is not None  # the right PIN ends the doubling
        for _ in range(5):
            people.unlock(database, anna, WRONG)
        assert people.wait_seconds(database) == 30
        assert clock.now() > start
    finally:
        clock.set_now(None)
        database.close()


def test_the_coordinator_sets_and_resets_pins_and_the_log_says_whose(database: Database) -> None:
    anna = add_helper(database, "Anna")
    people.reset_pin(database, COORDINATOR_PERSON, anna, ANNA_PIN)
    people.reset_pin(database, COORDINATOR_PERSON, anna, "111222")
    assert _lines(database) == [
        ("Coördinator", "pin_ingesteld", "Anna"),
        ("Coördinator", "pin_gereset", "Anna"),
    ]
    anna_person = people.unlock(database, anna, "111222")
    assert anna_person is not None
    with pytest.raises(RuleViolation, match="Alleen de coördinator"):
        people.reset_pin(database, anna_person, anna, "333444")
    with pytest.raises(InputError, match="minstens 6"):
        people.reset_pin(database, COORDINATOR_PERSON, anna, "12")
    assert people.unlock(database, anna, "111222") is not None  # unchanged by the refusals


@pytest.mark.sqlite_only("migrates the folder's file from 0014 and writes it with sqlite3")
def test_migration_0017_keeps_every_row_and_the_single_pin_opens_as_the_coordinator(data_paths) -> None:
    data_paths.ensure()
    database = Database(data_paths.database)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0014")
    database.close()
    until = (clock.now() + timedelta(seconds=20)).isoformat()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute(
            "INSERT INTO setting (key, value) VALUES ('spreekuur_pin', ?), ('spreekuur_pin_failures', ?)",
            (json.dumps(hash_pin(PIN)), json.dumps({"failures": 0, "until": until})),
        )
        connection.execute(
            "INSERT INTO spreekuur_visit (visited_on, helped_by, new_resident, need, question, action, minutes, "
            "follow_up_done) VALUES ('2026-11-20', 'Henk', 0, '', '', '', 15, 0)"
        )
        connection.execute(
            "INSERT INTO spreekuur_audit (at, actor, action, resident_id) VALUES ('2026-11-20 10:00', 'Henk', "
            "'geopend', NULL)"
        )
    connection.close()

    database = open_database(data_paths)
    try:
        with sqlite3.connect(data_paths.database) as connection:
            assert connection.execute("SELECT helped_by, helper_id FROM spreekuur_visit").fetchall() == [("Henk", None)]
            assert connection.execute("SELECT actor, detail FROM spreekuur_audit").fetchall() == [("Henk", "")]
        connection.close()
        assert people.wait_seconds(database) == 20  # a wait in progress is the tab's wait now
        clock.set_now(clock.now() + timedelta(seconds=21))
        assert people.unlock(database, None, PIN) == COORDINATOR_PERSON
    finally:
        clock.set_now(None)
        database.close()


# --- through the window ---------------------------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, qsettings_isolated, context):
    page = SpreekuurPage(context)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_unlocked_as_anna_the_visit_and_the_log_name_anna(qtbot, page, database, themes) -> None:
    set_pin(database, PIN)
    anna = add_helper(database, "Anna de Vries", ANNA_PIN)
    page.reload()
    assert page.lock_view.who.currentText() == "Coördinator"
    unlock(qtbot, page, ANNA_PIN, who="Anna de Vries")
    assert not page.is_locked
    intake = page.intake
    assert intake.helped_by.text() == "Anna de Vries" and intake.helped_by.isReadOnly()
    type_text(intake.search, "Zoë Şahin")
    intake.consent.setFocus()
    qtbot.keyClick(intake.consent, Qt.Key.Key_Space)
    intake.themes.item(0).setCheckState(Qt.CheckState.Checked)
    intake.need.setFocus()
    qtbot.keyClicks(intake.need, "Formulier")
    qtbot.keyClick(intake.need, Qt.Key.Key_Return)
    assert intake.status.text() == "Bezoek opgeslagen."
    [hit] = find_residents(database, "zoe")
    [visit] = visits_of(database, hit.id)
    assert visit.helped_by == "Anna de Vries" and visit.need == "Formulier"
    with database.reading() as session:
        from buurtzaak_desktop.db.models.spreekuur import SpreekuurVisit

        assert session.get(SpreekuurVisit, visit.id).helper_id == anna  # type: ignore[union-attr]
    assert _lines(database) == [
        ("Coördinator", "pin_ingesteld", "Anna de Vries"),
        ("Anna de Vries", "ontgrendeld", ""),
        ("Anna de Vries", "aangemaakt", ""),
    ]
    page.views.setCurrentWidget(page.audit)
    model = page.audit.model
    assert model.rowCount() == 3
    shown = [[model.index(row, column).data() for column in (1, 2, 4)] for row in range(3)]
    assert shown == [
        ["Anna de Vries", "aangemaakt", ""],
        ["Anna de Vries", "ontgrendeld", ""],
        ["Coördinator", "pincode ingesteld", "Anna de Vries"],
    ]
    page.lock()
    assert intake.helped_by.text() == "" and intake.person is None
    page.lock_view.refresh()
    assert page.lock_view.who.currentText() == "Anna de Vries"  # the last one stays chosen
    qtbot.keyClick(page.lock_view.pin, Qt.Key.Key_Up)  # arrows in the PIN field choose the person
    assert page.lock_view.who.currentText() == "Coördinator"
    qtbot.keyClick(page.lock_view.pin, Qt.Key.Key_Up)
    assert page.lock_view.who.currentText() == "Coördinator"


def test_five_wrong_pins_make_the_lock_wait_doubling_and_a_restart_keeps_it(
    qtbot, qsettings_isolated, page, database, data_paths
) -> None:
    set_pin(database, PIN)
    add_helper(database, "Anna", ANNA_PIN)
    page.reload()
    for _ in range(5):
        unlock(qtbot, page, WRONG, who="Anna")
    lock = page.lock_view
    assert not lock.pin.isEnabled() and "30 seconden" in lock.message.text()
    restarted = _restart(database)
    try:
        again = SpreekuurPage(AppContext(paths=data_paths, database=restarted))
        qtbot.addWidget(again)
        again.show()
        again.reload()
        assert again.is_locked and not again.lock_view.pin.isEnabled()
        assert "30 seconden" in again.lock_view.message.text()
        clock.set_now(clock.now() + timedelta(seconds=31))
        again.lock_view.pause_timer.setInterval(50)
        again.lock_view.pause_timer.start()
        qtbot.waitUntil(again.lock_view.pin.isEnabled, timeout=2000)
        for _ in range(5):
            unlock(qtbot, again, WRONG, who="Anna")
        assert "60 seconden" in again.lock_view.message.text()
        assert [line[2] for line in _lines(restarted) if line[1] == "pin_wacht"] == ["30 s", "60 s"]
        clock.set_now(clock.now() + timedelta(seconds=61))
        again.lock_view.pause_timer.setInterval(50)
        again.lock_view.pause_timer.start()
        qtbot.waitUntil(again.lock_view.pin.isEnabled, timeout=2000)
        for _ in range(5):
            unlock(qtbot, again, WRONG, who="Anna")
        assert "2 minuten" in again.lock_view.message.text()  # 120 s
        for _ in range(2):
            clock.set_now(clock.now() + timedelta(seconds=pins.wait_seconds(restarted, people.TAB_THROTTLE)))
            again.lock_view.pause_timer.setInterval(50)
            again.lock_view.pause_timer.start()
            qtbot.waitUntil(again.lock_view.pin.isEnabled, timeout=2000)
            for _ in range(5):
                unlock(qtbot, again, WRONG, who="Anna")
        assert "8 minuten" in again.lock_view.message.text()  # 240 s, then 480 s
        clock.set_now(clock.now() + timedelta(seconds=481))
        again.lock_view.pause_timer.setInterval(50)
        again.lock_view.pause_timer.start()
        qtbot.waitUntil(again.lock_view.pin.isEnabled, timeout=2000)
        unlock(qtbot, again, ANNA_PIN, who="Anna")
        assert not again.is_locked and again.intake.helped_by.text() == "Anna"
        again.lock()
    finally:
        clock.set_now(None)
        restarted.close()


def test_the_coordinator_resets_annas_pin_in_the_dialog(qtbot, page, database) -> None:
    set_pin(database, PIN)
    anna = add_helper(database, "Anna")
    page.reload()
    unlock(qtbot, page)
    assert page.intake.helped_by.text() == "Coördinator"
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    dialog = page.pin_dialog
    assert dialog is not None and dialog.whom.isVisible() and dialog.current.isVisible()
    dialog.whom.setFocus()
    qtbot.keyClick(dialog.whom, Qt.Key.Key_Down)
    assert dialog.whom.currentText() == "Anna (nog geen pincode)"
    assert not dialog.current.isVisible()  # someone else's PIN: no current one needed
    for field in (dialog.new, dialog.repeat):
        qtbot.keyClicks(field, ANNA_PIN)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert page.pin_dialog is None
    assert _lines(database)[-1] == ("Coördinator", "pin_ingesteld", "Anna")
    assert people.unlock(database, anna, ANNA_PIN) is not None


def test_the_coordinator_changes_her_own_pin_and_a_wrong_current_pin_counts_as_a_wrong_try(database) -> None:
    set_pin(database, PIN)  # the former single PIN: the coordinator's
    for _ in range(4):
        with pytest.raises(RuleViolation, match="huidige pincode klopt niet"):
            people.change_own_pin(database, COORDINATOR_PERSON, WRONG, "975310")
    assert people.wait_seconds(database) == 0
    people.change_own_pin(database, COORDINATOR_PERSON, PIN, "975310")
    assert _lines(database)[-1] == ("Coördinator", "pin_gewijzigd", "Coördinator")
    assert people.unlock(database, None, PIN) is None
    assert people.unlock(database, None, "975310") == COORDINATOR_PERSON
    for _ in range(5):
        with pytest.raises(RuleViolation):
            people.change_own_pin(database, COORDINATOR_PERSON, WRONG, "975310")
    assert people.wait_seconds(database) == 30  # guessing through the change dialog waits as well
