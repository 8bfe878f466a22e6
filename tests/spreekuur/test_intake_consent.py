"""The intake's Enter never skips the consent question: a new name without an answer is asked about, and what was
typed stays (before, Enter stored the visit anonymously and the typed need was lost)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.spreekuur.privacy import set_pin
from buurtzaak_desktop.services.spreekuur.residents import find_residents
from buurtzaak_desktop.services.spreekuur.visits import visits_of
from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage

from .test_ui import PIN, type_text, unlock

NEED = "Huurtoeslag aanvragen"


@pytest.fixture
def intake(qtbot, qsettings_isolated, context, database):
    set_pin(database, PIN)
    page = SpreekuurPage(context)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # focus moves as at the desk
    page.reload()
    unlock(qtbot, page)
    form = page.intake
    assert form.search.hasFocus()
    type_text(form.search, "Ayşe Kılıç")
    qtbot.keyClick(form.search, Qt.Key.Key_Return)  # Enter in the name goes on to the need, past the consent box
    assert form.need.hasFocus()
    qtbot.keyClicks(form.need, NEED)
    form.themes.item(0).setCheckState(Qt.CheckState.Checked)
    form.page = page  # keep the page (the form's owner) alive for the test
    return form


def _visits(database) -> int:
    return year_figures(database, clock.today().year).visits


def test_enter_asks_for_consent_and_going_back_keeps_everything(qtbot, intake, database):
    qtbot.keyClick(intake.need, Qt.Key.Key_Return)
    question = intake.consent_question
    assert question is not None and question.isVisible() and _visits(database) == 0
    qtbot.keyClick(question, Qt.Key.Key_Return)  # an Enter too many: back to the form
    assert intake.consent_question is None and _visits(database) == 0
    assert intake.search.text() == "Ayşe Kılıç" and intake.need.text() == NEED
    assert intake.consent.hasFocus() and not intake.consent.isChecked()
    qtbot.keyClick(intake.consent, Qt.Key.Key_Space)
    qtbot.keyClick(intake.consent, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert intake.status.text() == "Bezoek opgeslagen."
    [hit] = find_residents(database, "ayse kilic")
    assert [v.need for v in visits_of(database, hit.id)] == [NEED]


def test_escape_goes_back_too_and_yes_saves_with_consent(qtbot, intake, database):
    qtbot.keyClick(intake.need, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    question = intake.consent_question
    assert question is not None
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert intake.consent_question is None and intake.need.text() == NEED and _visits(database) == 0
    intake.need.setFocus()
    qtbot.keyClick(intake.need, Qt.Key.Key_Return)
    assert intake.consent_question is not None
    intake.consent_yes.setFocus()
    qtbot.keyClick(intake.consent_yes, Qt.Key.Key_Space)
    assert intake.status.text() == "Bezoek opgeslagen."
    [hit] = find_residents(database, "ayse")
    assert [v.need for v in visits_of(database, hit.id)] == [NEED]


def test_locking_closes_the_question(qtbot, intake, database):
    qtbot.keyClick(intake.need, Qt.Key.Key_Return)
    question = intake.consent_question
    assert question is not None
    intake.page.lock()
    assert intake.consent_question is None and not question.isVisible() and _visits(database) == 0
