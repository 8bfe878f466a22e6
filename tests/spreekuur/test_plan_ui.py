"""The plan van aanpak through real widgets: made in the dossier by keyboard; due agreements on the follow-up list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from buurtzaak_desktop.services.spreekuur.audit import audit_lines
from buurtzaak_desktop.services.spreekuur.plan import AgreementInput, add_agreement, plan_of, trajecten_of
from buurtzaak_desktop.services.spreekuur.privacy import set_pin
from buurtzaak_desktop.services.spreekuur.trajecten import open_traject
from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage
from tests.helpers import unnamed_widgets

from .conftest import add_helper
from .test_ui import FATIMA_PIN, PIN, type_text, unlock

TODAY = date(2026, 12, 3)  # the tests' clock


@pytest.fixture
def page(qtbot, qsettings_isolated, context, database, zoe):
    set_pin(database, PIN)
    add_helper(database, "Fatima", FATIMA_PIN)
    page = SpreekuurPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    unlock(qtbot, page, FATIMA_PIN, who="Fatima")
    return page


def open_dossier(qtbot, page):
    type_text(page.intake.search, "sahin")
    qtbot.mouseClick(page.intake.dossier_button, Qt.MouseButton.LeftButton)
    dialog = page.intake.dossier
    assert dialog is not None and dialog.isVisible()
    dialog.parts.setCurrentWidget(dialog.plan)
    dialog.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_plan_is_made_by_keyboard_and_starts_the_contract_phase(qtbot, page, database, zoe):
    dialog = open_dossier(qtbot, page)
    panel = dialog.plan
    assert unnamed_widgets(dialog) == []
    assert panel.traject_choice.count() == 0 and not panel.need_text.isEnabled()  # no traject yet
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.traject_choice.count() == 1 and panel.phase_label.text() == "Fase: Oriëntatie"
    for text in ("Schulden op een rij", "Huurachterstand", "Taalles"):
        panel.need_text.setFocus()
        qtbot.keyClicks(panel.need_text, text)
        qtbot.keyClick(panel.need_text, Qt.Key.Key_Return)
    assert panel.phase_label.text() == "Fase: Contract"
    assert not panel.up_button.isEnabled()  # nothing chosen: the buttons that act on a hulpvraag are off
    panel.need_view.setFocus()
    panel.need_view.setCurrentIndex(panel.need_model.index(2, 0))
    assert panel.up_button.isEnabled() and panel.need_text.text() == ""  # Enter there still adds a new one
    qtbot.keyClick(panel.need_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    [traject] = trajecten_of(database, zoe)
    assert [n.text for n in plan_of(database, traject.id, "t").needs] == [
        "Schulden op een rij",
        "Taalles",
        "Huurachterstand",
    ]
    assert panel.need_view.currentIndex().row() == 1  # the moved one stays chosen: Alt+Up again moves it on
    qtbot.keyClick(panel.need_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert panel.need_model.row_at(panel.need_model.index(0, 0)).text == "Taalles"
    qtbot.keyClick(panel.need_view, Qt.Key.Key_F2)  # change the chosen one's text
    editing = panel.need_dialog
    assert editing is not None and editing.text.text() == "Taalles" and unnamed_widgets(editing) == []
    qtbot.waitUntil(editing.isActiveWindow)
    editing.text.selectAll()
    qtbot.keyClicks(editing.text, "Taalles op dinsdag")
    qtbot.keyClick(editing.text, Qt.Key.Key_Return)
    assert panel.need_dialog is None
    assert plan_of(database, traject.id, "t").needs[0].text == "Taalles op dinsdag"


def test_agreements_wie_doet_wat_wanneer(refusals, qtbot, page, database, zoe):
    traject = open_traject(database, zoe, date(2026, 11, 25), "Henk")
    dialog = open_dossier(qtbot, page)
    panel = dialog.plan
    assert panel.traject_id() == traject
    panel.who.setCurrentIndex(panel.who.findData("partner"))
    assert panel.partner.isEnabled()
    panel.partner.setCurrentIndex(panel.partner.findText("SEZO"))
    panel.due.setDate(QDate(2026, 12, 10))
    panel.what.setFocus()
    qtbot.keyClick(panel.what, Qt.Key.Key_Return)  # nothing typed: refused, nothing written
    assert refusals == ["Vul in wat er is afgesproken."]
    assert plan_of(database, traject, "t").agreements == []
    qtbot.keyClicks(panel.what, "Intake schuldhulp regelen")
    qtbot.keyClick(panel.what, Qt.Key.Key_Return)
    assert panel.agreement_model.rowCount() == 1 and panel.what.text() == ""
    cells = [panel.agreement_model.index(0, c).data() for c in range(4)]
    assert cells == ["10-12-2026", "SEZO", "Intake schuldhulp regelen", "Open"]
    assert not panel.done_button.isEnabled()
    panel.agreement_view.setFocus()
    panel.agreement_view.selectRow(0)
    assert panel.done_button.isEnabled() and panel.what.text() == ""  # the form stays for a new agreement
    qtbot.keyClick(panel.agreement_view, Qt.Key.Key_Return)  # Enter on the chosen agreement: change it
    editing = panel.agreement_dialog
    assert editing is not None and editing.fields.what.text() == "Intake schuldhulp regelen"
    assert unnamed_widgets(editing) == []
    qtbot.waitUntil(editing.isActiveWindow)  # keys go to the dialog now, not to the table's shortcuts
    editing.fields.what.clear()
    qtbot.keyClick(editing.fields.what, Qt.Key.Key_Return)  # emptied: refused in the dialog, which stays open
    assert editing.isVisible() and editing.error.text() == "Vul in wat er is afgesproken."
    qtbot.keyClicks(editing.fields.what, "Intake bij SEZO plannen")
    qtbot.keyClick(editing.fields.what, Qt.Key.Key_Return)
    assert panel.agreement_dialog is None and panel.agreement_model.index(0, 2).data() == "Intake bij SEZO plannen"
    panel.agreement_view.selectRow(0)
    dialog.activateWindow()  # back from the small dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    panel.agreement_view.setFocus()
    qtbot.keyClick(panel.agreement_view, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # &Gedaan
    qtbot.waitUntil(lambda: panel.agreement_model.index(0, 3).data() == "Gedaan")  # a mnemonic clicks after a blink
    assert plan_of(database, traject, "t").agreements[0].status == "gedaan"
    assert ("Fatima", "gewijzigd") in [(line.actor, line.action) for line in audit_lines(database, zoe)]


def test_due_and_overdue_agreements_are_on_the_follow_up_list(qtbot, page, database, zoe):
    traject = open_traject(database, zoe, date(2026, 11, 25), "Henk")
    for what, due in (("Brieven meenemen", date(2026, 12, 1)), ("Bellen", TODAY), ("Later", date(2026, 12, 20))):
        add_agreement(database, traject, AgreementInput("deelnemer", what, due), date(2026, 11, 25), "Henk")
    page.views.setCurrentWidget(page.follow_ups)
    due = page.follow_ups.agreements
    rows = [[due.model.index(r, c).data() for c in range(5)] for r in range(due.model.rowCount())]
    assert rows == [
        ["01-12-2026", "Zoë Şahin", "Deelnemer", "Brieven meenemen", "te laat"],
        ["03-12-2026", "Zoë Şahin", "Deelnemer", "Bellen", ""],
    ]
    assert not due.done_button.isEnabled()
    due.view.selectRow(0)
    qtbot.mouseClick(due.done_button, Qt.MouseButton.LeftButton)
    assert due.model.rowCount() == 1 and not due.done_button.isEnabled()
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert due.model.rowCount() == 0  # locked: no agreement text stays in a widget
