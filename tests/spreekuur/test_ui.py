"""The Spreekuur tab through real widgets and the keyboard."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.logging_setup import setup_logging
from buurtzaak_desktop.paths import log_dir
from buurtzaak_desktop.services.settings import SettingsService
from buurtzaak_desktop.services.spreekuur.audit import audit_lines
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.spreekuur.privacy import set_pin
from buurtzaak_desktop.services.spreekuur.referrals import refer
from buurtzaak_desktop.services.spreekuur.residents import find_residents
from buurtzaak_desktop.services.spreekuur.trajecten import open_traject
from buurtzaak_desktop.services.spreekuur.visits import VisitInput, record_visit
from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage
from tests.helpers import unnamed_widgets

PIN = "246810"


@pytest.fixture
def page(qtbot, qsettings_isolated, context):
    page = SpreekuurPage(context)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def type_text(widget, text: str) -> None:
    """Key presses carrying each character; QTest.keyClicks aborts on letters beyond Latin-1 such as "Ş"."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


FATIMA_PIN = "135790"


def unlock(qtbot, page, pin: str = PIN, who: str | None = None) -> None:
    """Choose ``who`` (default: whoever is chosen, at first the coordinator) by keyboard, then type the PIN."""
    if who is not None:
        combo = page.lock_view.who
        combo.setFocus()
        while combo.currentText() != who:
            index = combo.currentIndex()
            qtbot.keyClick(combo, Qt.Key.Key_Down)
            assert combo.currentIndex() != index, f"{who} is not in the list"
    page.lock_view.pin.setFocus()
    qtbot.keyClicks(page.lock_view.pin, pin)
    if page.lock_view.repeat.isVisible():
        qtbot.keyClicks(page.lock_view.repeat, pin)
        qtbot.keyClick(page.lock_view.repeat, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(page.lock_view.pin, Qt.Key.Key_Return)


def test_first_use_sets_the_pin_then_the_pin_is_needed(qtbot, page, database):
    assert page.is_locked and page.lock_view.repeat.isVisible()
    unlock(qtbot, page)
    assert not page.is_locked
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert page.is_locked and not page.lock_view.repeat.isVisible()
    unlock(qtbot, page, "1111")
    assert page.is_locked and page.lock_view.message.text() == "Deze pincode klopt niet."
    unlock(qtbot, page)
    assert not page.is_locked


def test_locked_page_shows_counts_only(qtbot, page, database, zoe):
    page.reload()
    assert page.is_locked
    assert "1 bezoeken" not in page.lock_view.counts.text() and "<5 bezoeken" in page.lock_view.counts.text()
    texts = " ".join(label.text() for label in page.lock_view.findChildren(type(page.lock_view.counts)))
    assert "Zoë" not in texts and "Şahin" not in texts


def test_intake_by_keyboard_with_an_accented_name(qtbot, page, database):
    log_file = setup_logging(log_dir())
    set_pin(database, PIN)
    page.reload()
    unlock(qtbot, page)
    intake = page.intake
    intake.helped_by.setFocus()
    qtbot.keyClicks(intake.helped_by, "Henk")
    qtbot.keyClick(intake.helped_by, Qt.Key.Key_Tab)
    assert intake.search.hasFocus()
    type_text(intake.search, "Zoë Şahin")
    assert intake.hits.currentItem().text() == "Nieuwe bewoner: Zoë Şahin"
    qtbot.keyClick(intake.search, Qt.Key.Key_Tab)
    assert intake.consent.hasFocus()
    qtbot.keyClick(intake.consent, Qt.Key.Key_Space)
    qtbot.keyClick(intake.consent, Qt.Key.Key_Tab)
    qtbot.keyClicks(intake.phone, "06-11223344")
    qtbot.keyClick(intake.phone, Qt.Key.Key_Tab)
    qtbot.keyClicks(intake.need, "Brief over toeslag")
    qtbot.keyClick(intake.need, Qt.Key.Key_Tab)
    qtbot.keyClicks(intake.question, "Terugvordering huurtoeslag")
    qtbot.keyClick(intake.question, Qt.Key.Key_Tab)
    assert intake.themes.hasFocus()
    for _ in range(2):
        qtbot.keyClick(intake.themes, Qt.Key.Key_Down)  # formulieren -> voorzieningen -> toeslagen
    qtbot.keyClick(intake.themes, Qt.Key.Key_Space)
    qtbot.keyClick(intake.themes, Qt.Key.Key_Tab)
    qtbot.keyClicks(intake.action, "Bezwaar opgesteld")
    qtbot.keyClick(intake.action, Qt.Key.Key_Return)
    assert intake.status.text() == "Bezoek opgeslagen."
    [hit] = find_residents(database, "zoe sahin")
    assert hit.name == "Zoë Şahin" and hit.phone == "06-11223344"
    assert year_figures(database, clock.today().year).per_theme == {"Toeslagen": 1}
    assert intake.search.hasFocus() and intake.search.text() == ""

    # The second visit: find her without accents, Enter to the next field, Ctrl+Enter saves.
    qtbot.keyClicks(intake.search, "zoe sah")
    assert intake.hits.currentItem().text().startswith("Zoë Şahin (laatste bezoek")
    qtbot.waitUntil(lambda: intake.chosen.text() == "1 eerdere bezoeken, 0 lopende trajecten.")
    assert [line.action for line in audit_lines(database)].count("geopend") == 1  # once, not per key
    qtbot.keyClick(intake.search, Qt.Key.Key_Return)
    assert intake.need.hasFocus()
    qtbot.keyClicks(intake.need, "Vervolg")
    intake.themes.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(intake.need, Qt.Key.Key_Return)
    figures = year_figures(database, clock.today().year)
    assert (figures.visits, figures.unique_residents, figures.new_residents) == (2, 1, 1)

    for handler in logging.getLogger().handlers:
        handler.flush()
    content = log_file.read_text(encoding="utf-8")
    assert "spreekuur visit" in content
    for text in ("Zoë", "Şahin", "zoe", "06-1122", "toeslag", "Bezwaar", "Henk"):
        assert text not in content


def test_without_consent_the_visit_is_anonymous(qtbot, page, database):
    set_pin(database, PIN)
    page.reload()
    unlock(qtbot, page)
    intake = page.intake
    type_text(intake.search, "Ayşe Kılıç")
    intake.themes.item(0).setCheckState(Qt.CheckState.Checked)
    intake.need.setFocus()
    qtbot.keyClicks(intake.need, "Formulier")
    qtbot.keyClick(intake.need, Qt.Key.Key_Return)
    question = intake.consent_question
    assert question is not None  # Enter asks; the answer "no" keeps the visit anonymous
    intake.consent_no.setFocus()
    qtbot.keyClick(intake.consent_no, Qt.Key.Key_Space)
    assert intake.status.text() == "Anoniem bezoek opgeslagen."
    assert find_residents(database, "ayse") == []


def test_idle_lock_and_activity(qtbot, page, database):
    set_pin(database, PIN)
    SettingsService(database).set("spreekuur_idle_minutes", 3)
    page.reload()
    unlock(qtbot, page)
    assert page.idle_timer.interval() == 3 * 60_000 and page.away_timer.interval() == 60_000
    type_text(page.intake.search, "Zoë")
    page.idle_timer.setInterval(300)
    page.idle_timer.start()
    qtbot.wait(200)
    qtbot.keyClicks(page.intake.need, "x")  # activity restarts the countdown
    qtbot.wait(200)
    assert not page.is_locked
    qtbot.waitUntil(lambda: page.is_locked, timeout=2000)
    assert page.intake.search.text() == "" and page.intake.need.text() == ""


def test_locks_when_the_user_stays_away_from_the_tab(qtbot, qsettings_isolated, context, database):
    from buurtzaak_desktop.ui.main_window import MainWindow

    set_pin(database, PIN)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["spreekuur"]
    spreekuur_tab = window.tabs.indexOf(page.parentWidget())  # each page sits in a holder, built on first use
    window.tabs.setCurrentIndex(spreekuur_tab)
    unlock(qtbot, page)
    page.away_timer.setInterval(1500)  # long enough for a busy test machine
    window.tabs.setCurrentIndex(0)
    qtbot.wait(100)
    window.tabs.setCurrentIndex(spreekuur_tab)  # back in time: still open
    assert not page.is_locked and not page.away_timer.isActive()
    qtbot.wait(1600)
    assert not page.is_locked  # coming back stopped the countdown
    page.away_timer.setInterval(100)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.is_locked, timeout=2000)


def test_lists_and_models(qtbot, page, database, zoe, partners, qtmodeltester):
    set_pin(database, PIN)
    record_visit(database, VisitInput(clock.today(), "Henk", [1], resident_id=zoe, follow_up_on=clock.today()), "Henk")
    referral = refer(database, zoe, partners["SEZO"], date(2020, 1, 1), "Henk")
    open_traject(database, zoe, clock.today(), "Henk")
    page.reload()
    unlock(qtbot, page)
    for index in range(page.views.count()):
        page.views.setCurrentIndex(index)
    models = [
        page.follow_ups.follow_model,
        page.follow_ups.chase_model,
        page.trajecten.model,
        page.figures.model,
        page.partners.model,
        page.audit.model,
    ]
    assert [m.rowCount() for m in models[:3]] == [1, 1, 1] and models[3].rowCount() > 5
    assert models[4].rowCount() == 12 and models[5].rowCount() >= 4
    for model in models:
        qtmodeltester.check(model)
    page.trajecten.view.selectRow(0)
    qtbot.mouseClick(page.trajecten.next_button, Qt.MouseButton.LeftButton)
    assert page.trajecten.model.row_at(page.trajecten.model.index(0, 0)).phase == "contract"
    page.follow_ups.chase_view.selectRow(0)
    page.follow_ups.status_choice.setCurrentIndex(page.follow_ups.status_choice.findData("intake_gepland"))
    qtbot.mouseClick(page.follow_ups.status_button, Qt.MouseButton.LeftButton)
    assert page.follow_ups.chase_model.rowCount() == 0 and referral
    assert unnamed_widgets(page) == []


def test_refer_and_start_a_traject_from_the_intake(qtbot, page, database, zoe, qtmodeltester):
    set_pin(database, PIN)
    page.reload()
    unlock(qtbot, page)
    intake = page.intake
    type_text(intake.search, "sahin")
    assert intake.refer_button.isEnabled()
    intake.partner.setCurrentIndex(intake.partner.findText("SEZO"))
    qtbot.mouseClick(intake.refer_button, Qt.MouseButton.LeftButton)
    assert intake.status.text() == "Doorverwezen naar SEZO."
    qtbot.mouseClick(intake.traject_button, Qt.MouseButton.LeftButton)
    assert page.trajecten.model.rowCount() == 1
    type_text(intake.search, "x")
    intake.hits.setCurrentRow(intake.hits.count() - 1)  # Anoniem
    assert not intake.refer_button.isEnabled() and not intake.remove_button.isEnabled()


def test_remove_on_request_asks_first(qtbot, page, database, zoe, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    set_pin(database, PIN)
    page.reload()
    unlock(qtbot, page)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    type_text(page.intake.search, "zoe")
    qtbot.mouseClick(page.intake.remove_button, Qt.MouseButton.LeftButton)
    assert find_residents(database, "zoe")  # "No": nothing removed
    qtbot.mouseClick(page.intake.remove_button, Qt.MouseButton.LeftButton)
    assert find_residents(database, "zoe") == [] and page.intake.status.text() == "De bewoner is verwijderd."


def test_remove_on_request_says_the_rolling_copies_still_hold_the_data(qtbot, page, database, zoe, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    set_pin(database, PIN)
    page.reload()
    unlock(qtbot, page)
    asked: list[str] = []
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k: asked.append(text) or no)
    type_text(page.intake.search, "zoe")
    qtbot.mouseClick(page.intake.remove_button, Qt.MouseButton.LeftButton)
    assert "automatische kopieën" in asked[0] and "tot ze vervallen" in asked[0]


def test_partner_contact_details(qtbot, page, database):
    set_pin(database, PIN)
    page.reload()
    unlock(qtbot, page)
    page.views.setCurrentWidget(page.partners)
    model = page.partners.model
    row = [model.row_at(model.index(i, 0)).name for i in range(model.rowCount())].index("SEZO")
    page.partners.view.selectRow(row)
    assert page.partners.fields["name"].text() == "SEZO"
    page.partners.fields["phone"].setText("020-1234567")
    qtbot.keyClick(page.partners.fields["phone"], Qt.Key.Key_Return)
    from buurtzaak_desktop.services.spreekuur.reference import list_partners

    assert {p.name: p.phone for p in list_partners(database)}["SEZO"] == "020-1234567"
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert page.audit.model.rowCount() == 0


def test_wrong_pins_pause_the_lock(qtbot, page, database):
    set_pin(database, PIN)
    page.reload()
    for _ in range(5):
        unlock(qtbot, page, "0000")
    assert not page.lock_view.pin.isEnabled() and "Te vaak" in page.lock_view.message.text()
    page.lock_view.pin.setText(PIN)
    page.lock_view.submit()
    assert page.is_locked  # even the right PIN waits
    page.reload()  # as after a restart: the wait is kept in the database
    assert not page.lock_view.pin.isEnabled() and "Te vaak" in page.lock_view.message.text()
    clock.set_now(clock.now() + timedelta(seconds=31))
    try:
        page.lock_view.pause_timer.setInterval(50)
        page.lock_view.pause_timer.start()
        qtbot.waitUntil(page.lock_view.pin.isEnabled, timeout=2000)
        unlock(qtbot, page)
        assert not page.is_locked
    finally:
        clock.set_now(None)
