"""Toeleiden… through real widgets: the consent question must be answered; the link shows in the dossier and figures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt

from buurtzaak_desktop.services.activiteiten.participants import ParticipantService
from buurtzaak_desktop.services.spreekuur.residents import open_record
from buurtzaak_desktop.services.spreekuur.toeleiding import to_activity, toeleidingen_of
from buurtzaak_desktop.services.spreekuur.trajecten import close_traject, open_traject
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers
from tests.helpers import unnamed_widgets

from .conftest import NAME
from .test_plan_ui import open_dossier, page  # noqa: F401 - the unlocked page as a fixture
from .test_toeleiding import make_activity


def toeleiding_tab(qtbot, page):  # noqa: F811 - the fixture's page
    dialog = open_dossier(qtbot, page)
    dialog.parts.setCurrentWidget(dialog.toeleiding)
    return dialog, dialog.toeleiding


def test_without_a_running_traject_there_is_nothing_to_lead_on_from(qtbot, page, database, zoe):  # noqa: F811
    dialog, part = toeleiding_tab(qtbot, page)
    assert not part.button.isEnabled() and part.hint.text() == "Kies of start eerst een lopend traject."
    dialog.parts.setCurrentWidget(dialog.plan)
    qtbot.mouseClick(dialog.plan.start_button, Qt.MouseButton.LeftButton)
    assert part.button.isEnabled() and part.hint.text() == ""
    close_traject(database, dialog.plan.traject_id(), date(2026, 12, 3), "opgelost", "Henk")
    dialog.refresh()
    assert not part.button.isEnabled()  # a closed traject: nothing more to lead on from


def test_to_an_activity_only_after_a_yes(refusals, qtbot, page, database, zoe):  # noqa: F811
    cafe = make_activity(database, capacity=1)
    open_traject(database, zoe, date(2026, 11, 25), "Henk")
    consents = len(open_record(database, zoe, "t").consents)
    dialog, part = toeleiding_tab(qtbot, page)
    qtbot.mouseClick(part.button, Qt.MouseButton.LeftButton)
    asking = part.dialog
    assert asking is not None and asking.isVisible() and unnamed_widgets(asking) == []
    assert asking.activity.currentText() == "Taalcafé (1 plaatsen vrij)"
    assert not (asking.consent_yes.isChecked() or asking.consent_no.isChecked())  # the question starts unanswered
    qtbot.mouseClick(asking.ok_button, Qt.MouseButton.LeftButton)
    assert asking.isVisible() and asking.error.text().startswith("Vraag eerst of de deelnemer toestemming geeft")
    assert ParticipantService(database).registrations(cafe) == []
    qtbot.mouseClick(asking.consent_no, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(asking.ok_button, Qt.MouseButton.LeftButton)
    assert asking.error.text() == "Zonder toestemming van de deelnemer wordt er niets doorgegeven."
    qtbot.mouseClick(asking.consent_yes, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(asking.ok_button, Qt.MouseButton.LeftButton)
    assert not asking.isVisible() and part.dialog is None
    assert [r.name for r in ParticipantService(database).registrations(cafe)] == [NAME]
    cells = [part.model.index(0, c).data() for c in range(5)]
    assert cells == ["03-12-2026", "Activiteit", "Taalcafé", "ingeschreven", "ingeschreven"]
    assert dialog.consent_model.rowCount() == consents + 1  # the dossier shows the new consent
    page.views.setCurrentWidget(page.figures)
    rows = [(page.figures.model.index(r, 0).data(), page.figures.model.index(r, 1).data()) for r in range(30)]
    assert ("Toegeleid naar een activiteit", "1") in rows


def test_proposed_as_a_volunteer_with_the_wanted_role(qtbot, page, database, zoe):  # noqa: F811
    open_traject(database, zoe, date(2026, 11, 25), "Henk")
    _dialog, part = toeleiding_tab(qtbot, page)
    qtbot.mouseClick(part.button, Qt.MouseButton.LeftButton)
    asking = part.dialog
    at_the_circle = QPoint(8, asking.to_volunteering.height() // 2)  # a radio button takes clicks on its text only
    qtbot.mouseClick(asking.to_volunteering, Qt.MouseButton.LeftButton, pos=at_the_circle)
    assert asking.role.isEnabled() and not asking.activity.isEnabled()
    asking.role.setCurrentIndex(asking.role.findText("taalmaatje"))
    qtbot.mouseClick(asking.consent_yes, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(asking.ok_button, Qt.MouseButton.LeftButton)
    assert not asking.isVisible()
    [row] = toeleidingen_of(database, zoe)
    assert (row.kind, row.target, row.first_status) == ("vrijwilliger", "taalmaatje", "voorgesteld")
    assert [part.model.index(0, c).data() for c in (1, 2, 3)] == ["Vrijwilligerswerk", "taalmaatje", "voorgesteld"]
    [volunteer] = [v for v in list_volunteers(database, VolunteerFilter()) if v.name == NAME]
    assert "taalmaatje" in volunteer.roles


def test_locking_closes_the_dialogs_and_empties_the_lists(qtbot, page, database, zoe):  # noqa: F811
    traject = open_traject(database, zoe, date(2026, 11, 25), "Henk")
    to_activity(database, traject, make_activity(database), True, date(2026, 11, 25), "Henk")
    dialog, part = toeleiding_tab(qtbot, page)
    assert part.model.rowCount() == 1
    qtbot.mouseClick(part.button, Qt.MouseButton.LeftButton)
    asking = part.dialog
    assert asking is not None and asking.isVisible()
    page.lock()
    assert not asking.isVisible() and not dialog.isVisible() and page.intake.dossier is None
    assert part.model.rowCount() == 0 and dialog.plan.agreement_model.rowCount() == 0
