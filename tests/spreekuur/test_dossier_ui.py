"""The resident's dossier through real widgets: another consent, a corrected visit, the inzage print, the lock."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from buurtzaak_desktop.services.spreekuur.audit import audit_lines
from buurtzaak_desktop.services.spreekuur.privacy import set_pin
from buurtzaak_desktop.services.spreekuur.residents import open_record
from buurtzaak_desktop.services.spreekuur.visits import visits_of
from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage
from tests.helpers import unnamed_widgets

from .conftest import add_helper
from .test_ui import FATIMA_PIN, PIN, type_text, unlock


@pytest.fixture
def dossier(qtbot, qsettings_isolated, context, database, zoe):
    set_pin(database, PIN)
    add_helper(database, "Fatima", FATIMA_PIN)
    page = SpreekuurPage(context)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    unlock(qtbot, page, FATIMA_PIN, who="Fatima")
    assert page.intake.helped_by.text() == "Fatima"
    type_text(page.intake.search, "sahin")
    assert page.intake.dossier_button.isEnabled()
    qtbot.mouseClick(page.intake.dossier_button, Qt.MouseButton.LeftButton)
    dialog = page.intake.dossier
    assert dialog is not None and dialog.isVisible()
    return page, dialog


def test_dossier_shows_the_record_without_the_name_in_the_title(dossier, database, zoe):
    _page, dialog = dossier
    assert "Zoë Şahin" in dialog.heading.text() and "Şahin" not in dialog.windowTitle()
    assert dialog.consent_model.rowCount() == 1 and dialog.visit_model.rowCount() == 1
    assert not dialog.save_visit_button.isEnabled()  # nothing chosen yet
    assert [line.action for line in audit_lines(database, zoe)].count("geopend") >= 1
    assert unnamed_widgets(dialog) == []


def test_add_a_consent_by_keyboard(qtbot, dossier, database, zoe):
    _page, dialog = dossier
    qtbot.keyClick(dialog.consent_purpose, Qt.Key.Key_Return)
    assert dialog.status.text() == "Vul in waarvoor de bewoner toestemming geeft."
    assert len(open_record(database, zoe, "test").consents) == 1  # nothing recorded
    dialog.consent_purpose.setFocus()
    qtbot.keyClicks(dialog.consent_purpose, "Gegevens delen met het buurtteam")
    qtbot.keyClick(dialog.consent_purpose, Qt.Key.Key_Return)
    assert dialog.status.text() == "Toestemming vastgelegd." and dialog.consent_model.rowCount() == 2
    consents = open_record(database, zoe, "test").consents
    assert consents[-1][1:] == ("Gegevens delen met het buurtteam", "Fatima")


def test_correct_a_past_visit(refusals, qtbot, dossier, database, zoe):
    _page, dialog = dossier
    dialog.visit_view.selectRow(0)
    assert dialog.save_visit_button.isEnabled() and dialog.edit_need.text() == "Brief van de Belastingdienst"
    changes_before = [line.action for line in audit_lines(database, zoe)].count("gewijzigd")
    dialog.edit_question.selectAll()
    qtbot.keyClicks(dialog.edit_question, "Huurachterstand")
    dialog.edit_minutes.setValue(35)
    dialog.edit_themes.item(12).setCheckState(Qt.CheckState.Checked)  # wonen
    qtbot.keyClick(dialog.edit_question, Qt.Key.Key_Return)
    assert dialog.status.text().endswith("gecorrigeerd.")
    [visit] = visits_of(database, zoe)
    assert (visit.question, visit.minutes, len(visit.theme_ids)) == ("Huurachterstand", 35, 2)
    lines = audit_lines(database, zoe)
    assert [line.action for line in lines].count("gewijzigd") == changes_before + 1
    assert lines[0].actor == "Fatima"

    dialog.visit_view.selectRow(0)
    for row in range(dialog.edit_themes.count()):
        dialog.edit_themes.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.save_visit_button, Qt.MouseButton.LeftButton)
    assert refusals == ["Kies minstens één thema."]
    assert len(visits_of(database, zoe)[0].theme_ids) == 2


def test_print_the_overview_for_the_resident(qtbot, dossier, database, zoe, tmp_path, monkeypatch):
    _page, dialog = dossier
    out = tmp_path / "inzage.pdf"
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), "pdf"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Zoë Şahin" in text and "Terugbetaling zorgtoeslag" in text and opened == [str(out)]
    latest = audit_lines(database, zoe)[0]
    assert (latest.actor, latest.action) == ("Fatima", "geexporteerd")


def test_locking_closes_the_dossier(qtbot, dossier):
    page, dialog = dossier
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert page.is_locked and page.intake.dossier is None and not dialog.isVisible()
    assert dialog.visit_model.rowCount() == 0 and dialog.heading.text() == ""


def test_idle_lock_closes_the_dossier_too(qtbot, dossier):
    page, _dialog = dossier
    page.idle_timer.setInterval(100)
    page.idle_timer.start()
    qtbot.waitUntil(lambda: page.is_locked, timeout=2000)
    assert page.intake.dossier is None  # closed, emptied and on its way out


def test_a_helper_changes_her_own_pin(qtbot, dossier, database):
    from buurtzaak_desktop.services.spreekuur.people import unlock as check

    page, dialog = dossier
    fatima = page.intake.person
    assert fatima is not None and fatima.name == "Fatima"
    dialog.reject()
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    pin_dialog = page.pin_dialog
    assert pin_dialog is not None and unnamed_widgets(pin_dialog) == []
    assert not pin_dialog.whom.isVisible()  # only the coordinator chooses whose PIN
    for field, text in ((pin_dialog.current, "000000"), (pin_dialog.new, "246801"), (pin_dialog.repeat, "246801")):
        qtbot.keyClicks(field, text)
    qtbot.keyClick(pin_dialog.repeat, Qt.Key.Key_Return)
    assert pin_dialog.message.text() == "De huidige pincode klopt niet; de pincode is niet gewijzigd."
    for field, text in ((pin_dialog.current, FATIMA_PIN), (pin_dialog.new, "246801"), (pin_dialog.repeat, "975310")):
        qtbot.keyClicks(field, text)
    qtbot.keyClick(pin_dialog.repeat, Qt.Key.Key_Return)
    assert pin_dialog.message.text() == "De twee nieuwe pincodes zijn niet gelijk."
    for field, text in ((pin_dialog.current, FATIMA_PIN), (pin_dialog.new, "246801"), (pin_dialog.repeat, "246801")):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(pin_dialog.repeat, Qt.Key.Key_Return)
    assert page.pin_dialog is None and page.session_label.text() == "De pincode is gewijzigd."
    assert check(database, fatima.volunteer_id, FATIMA_PIN) is None
    assert check(database, fatima.volunteer_id, "246801") == fatima
    assert ("Fatima", "pin_gewijzigd", "Fatima") in [(a.actor, a.action, a.detail) for a in audit_lines(database)]


def test_a_referral_with_recent_news_can_move_on_too(qtbot, dossier, database, zoe, partners):
    from buurtzaak_desktop.domain.dates import now_local
    from buurtzaak_desktop.services.spreekuur.referrals import history, refer

    page, dialog = dossier
    dialog.reject()
    referral = refer(database, zoe, partners["OKC"], now_local().date(), "Henk")
    page.views.setCurrentWidget(page.follow_ups)
    view = page.follow_ups
    assert view.chase_model.rowCount() == 0  # news today: not to chase
    view.show_all.setChecked(True)
    assert view.chase_model.rowCount() == 1
    view.chase_view.selectRow(0)
    view.status_choice.setCurrentIndex(view.status_choice.findData("wachtend"))
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    assert [step for step, _day in history(database, referral)] == ["doorverwezen", "wachtend"]
    view.show_all.setChecked(False)
    assert view.chase_model.rowCount() == 0
