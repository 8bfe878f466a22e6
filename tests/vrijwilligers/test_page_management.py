"""The sub-tabs the coordinator manages: roles and certificate types, handgeld, new trainings, POP notes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from buurtzaak_desktop.domain.errors import InputError
from buurtzaak_desktop.services.vrijwilligers.budget import budget_actual_cents
from buurtzaak_desktop.services.vrijwilligers.pop import has_coordinator_pin, hold_talk, set_coordinator_pin
from buurtzaak_desktop.services.vrijwilligers.reference import list_roles, save_certificate_type
from buurtzaak_desktop.services.vrijwilligers.rules import Rules, read_rules, save_rules
from buurtzaak_desktop.services.vrijwilligers.training import (
    SessionPlan,
    create_course,
    enrol,
    participants,
    present_at,
    record_attendance,
    sessions_of,
    settle_certificates,
)
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.vrijwilligers.certificates_panel import CertificateDialog
from buurtzaak_desktop.ui.vrijwilligers.page import VrijwilligersPage
from buurtzaak_desktop.ui.vrijwilligers.reference_panel import CertificateTypeDialog, RoleDialog
from buurtzaak_desktop.ui.vrijwilligers.shifts_panel import ShiftDialog
from buurtzaak_desktop.ui.vrijwilligers.training_panel import AttendanceDialog, CourseDialog
from tests.helpers import unnamed_widgets

from .conftest import TODAY


@pytest.fixture
def page(qtbot, qsettings_isolated, context, vdb, add_volunteer):
    add_volunteer("Naïma El Amrani", ("receptie",))
    add_volunteer("Kofi Mensah", ("klussen",))
    widget = VrijwilligersPage(context)
    widget.today = TODAY
    for panel in widget.panels():
        if hasattr(panel, "today"):
            panel.today = TODAY  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _show(page: VrijwilligersPage, panel) -> None:
    page.sections.setCurrentWidget(panel)


def _in_dialog(kind, fill) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind), dialog
        fill(dialog)

    QTimer.singleShot(0, run)


def test_the_coordinator_adds_a_certificate_type_and_a_role_requiring_it(page, qtbot) -> None:
    panel = page.reference
    _show(page, panel)
    assert unnamed_widgets(panel) == []

    def new_kind(dialog: CertificateTypeDialog) -> None:
        dialog.name.setText("Rijbewijs B")
        dialog.years.setValue(10)
        dialog.accept()

    _in_dialog(CertificateTypeDialog, new_kind)
    panel.new_kind_button.click()
    kinds = [panel.kinds.row_at(panel.kinds.index(n, 0)).name for n in range(panel.kinds.rowCount())]
    assert "Rijbewijs B" in kinds

    def new_role(dialog: RoleDialog) -> None:
        dialog.name.setText("chauffeur")
        for index in range(dialog.required.count()):
            if dialog.required.item(index).text() in ("Rijbewijs B", "VOG"):
                dialog.required.item(index).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    _in_dialog(RoleDialog, new_role)
    panel.new_role_button.click()
    model = panel.roles
    shown = {model.data(model.index(n, 0)): model.data(model.index(n, 1)) for n in range(model.rowCount())}
    assert shown["chauffeur"] == "Rijbewijs B, VOG"
    page.sections.setCurrentIndex(0)
    assert page.volunteers.role.findData("chauffeur") >= 0  # the filter bar offers the new role


def test_a_double_role_name_is_refused_in_plain_dutch(page, qtbot) -> None:
    panel = page.reference
    _show(page, panel)

    def same_name(dialog: RoleDialog) -> None:
        dialog.name.setText("Receptie")
        dialog.accept()

    _in_dialog(RoleDialog, same_name)
    panel.new_role_button.click()
    assert operations().last_refusal is not None and operations().last_refusal.text() == "'receptie' bestaat al."
    operations().last_refusal.close()
    assert [row.name for row in list_roles(page.context.database)].count("receptie") == 1


def test_handgeld_is_entered_per_month_with_its_category(page, qtbot) -> None:
    panel = page.handgeld
    _show(page, panel)
    assert unnamed_widgets(panel) == []
    panel.person.setCurrentIndex(panel.person.findText("Kofi Mensah"))
    panel.month.setDate(panel.month.date().fromString("01-03-2026", "dd-MM-yyyy"))
    panel.year.setValue(2026)
    panel.amount.setText("250")
    panel.category.setCurrentText("vrijwilligersvergoeding")
    qtbot.keyClick(panel.amount, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 1
    assert [panel.model.data(panel.model.index(0, c)) for c in range(4)] == [
        "03-2026",
        "Kofi Mensah",
        "€ 250,00",
        "vrijwilligersvergoeding",
    ]
    assert "€ 250,00 betaald" in panel.total.text()
    assert operations().last_message == "Vergoeding geboekt: Kofi Mensah, € 250,00"  # the action answers
    with page.context.database.reading() as session:
        assert budget_actual_cents(session, 2026) == 25000
    panel.amount.setText("250")
    panel.save_button.click()
    assert (
        operations().last_refusal is not None
        and "al vrijwilligersvergoeding betaald" in operations().last_refusal.text()
    )
    operations().last_refusal.close()
    assert panel.model.rowCount() == 1


def test_vergoeding_warns_above_the_monthly_maximum_and_the_maxima_are_settings(page, qtbot) -> None:
    panel = page.handgeld
    _show(page, panel)
    assert page.sections.tabText(page.sections.indexOf(panel)) == "Ver&goeding"
    panel.year.setValue(2026)
    assert (panel.year_max.text(), panel.month_max.text()) == ("2.000,00", "210,00")  # the 2026 defaults
    panel.person.setCurrentIndex(panel.person.findText("Kofi Mensah"))
    panel.month.setDate(panel.month.date().fromString("01-03-2026", "dd-MM-yyyy"))
    panel.amount.setText("250")
    panel.save_button.click()
    assert not panel.warning.isHidden()
    assert "Kofi Mensah: € 250,00 in 03-2026, meer dan het maximum van € 210,00 per maand." in panel.warning.text()
    panel.month_max.setText("300")
    panel.maxima_button.click()
    assert panel.warning.isHidden() and panel.month_max.text() == "300,00"


def test_pop_notes_stay_hidden_until_the_coordinators_pin(page, qtbot, vdb) -> None:
    kofi = page.volunteers.model.row_at(page.volunteers.model.index(0, 0)).id
    hold_talk(vdb, kofi, TODAY - timedelta(days=10), "Wil minder uren.")
    set_coordinator_pin(vdb, "471100")
    panel = page.pop
    _show(page, panel)
    assert panel.talks.data(panel.talks.index(0, 3)) == "(verborgen)"
    assert not panel.show_notes("1234")
    assert operations().last_refusal is not None and "pincode klopt niet" in operations().last_refusal.text()
    operations().last_refusal.close()
    assert panel.talks.data(panel.talks.index(0, 3)) == "(verborgen)"
    assert panel.show_notes("471100")
    assert panel.talks.data(panel.talks.index(0, 3)) == "Wil minder uren."
    page.sections.setCurrentWidget(page.hours)  # leaving the sub-tab hides them again
    assert panel.talks.data(panel.talks.index(0, 3)) == "(verborgen)"


def test_a_new_course_is_made_in_the_tab_with_weekly_sessions(page, qtbot) -> None:
    panel = page.training
    _show(page, panel)

    def fill(dialog: CourseDialog) -> None:
        dialog.name.setText("Basistraining vertrouwenspersonen")
        dialog.topics.setPlainText("Introductie\nLuisteren zonder oordeel")
        dialog.certificate.setCurrentIndex(dialog.certificate.findData("VOG"))
        dialog.accept()

    _in_dialog(CourseDialog, fill)
    panel.new_button.click()
    course = panel.course_id()
    assert course is not None and panel.courses.data(panel.courses.index(0, 2)) == "0/12"
    meetings = sessions_of(page.context.database, course)
    assert len(meetings) == 8 and meetings[1].topic == "Luisteren zonder oordeel"
    assert meetings[1].day - meetings[0].day == timedelta(weeks=1)
    assert panel.meeting.count() == 8


def test_withdrawing_moves_the_waiting_list_up_and_attendance_is_per_chosen_session(page, qtbot, vdb, monkeypatch):
    people = [page.volunteers.model.row_at(page.volunteers.model.index(n, 0)).id for n in range(2)]
    plans = [SessionPlan(TODAY - timedelta(weeks=2 - n), time(9, 30), time(12)) for n in range(3)]
    course = create_course(vdb, "Deskundigheid schulden", 1, plans)
    for number, person in enumerate(people):
        enrol(vdb, course, person, datetime(2026, 11, 1, 10, number))
    panel = page.training
    _show(page, panel)
    panel.people_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    panel.withdraw_button.click()
    rows = participants(vdb, course, TODAY)
    assert [(row.volunteer_id, row.waiting) for row in rows] == [(people[1], False)]

    panel.meeting.setCurrentIndex(0)  # the first session, two weeks ago

    def absent(dialog: AttendanceDialog) -> None:
        dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    _in_dialog(AttendanceDialog, absent)
    panel.attendance_button.click()
    assert [(row.attended, row.missed) for row in participants(vdb, course, TODAY)] == [(0, 2)]
    first, second, _ = (meeting.id for meeting in sessions_of(vdb, course))
    assert (present_at(vdb, first), present_at(vdb, second)) == (set(), None)  # the chosen session, not the last


def test_the_rules_are_set_in_the_tab_and_used_for_the_certificate(page, qtbot, vdb) -> None:
    person = page.volunteers.model.row_at(page.volunteers.model.index(0, 0)).id
    plans = [SessionPlan(TODAY - timedelta(weeks=3 - n), time(19), time(21)) for n in range(3)]
    course = create_course(vdb, "Huiselijk geweld", 12, plans)
    enrol(vdb, course, person, datetime(2026, 10, 1, 9))
    record_attendance(vdb, sessions_of(vdb, course)[0].id, set())  # missed one of three
    panel = page.reference
    _show(page, panel)
    assert (panel.max_missed.value(), panel.retention.value()) == (2, 2)
    panel.max_missed.setValue(0)
    panel.retention.setValue(3)
    panel.rules_button.click()
    assert read_rules(vdb) == Rules(0, 3)
    for meeting in sessions_of(vdb, course)[1:]:
        record_attendance(vdb, meeting.id, {person})
    assert settle_certificates(vdb, course, TODAY) == []  # one missed is now one too many
    save_rules(vdb, Rules(1, 3))
    assert settle_certificates(vdb, course, TODAY) == [person]
    with pytest.raises(InputError):
        save_rules(vdb, Rules(1, 0))


def test_a_weekly_shift_is_added_and_stopped_in_the_tab(page, qtbot, monkeypatch) -> None:
    panel = page.shifts
    _show(page, panel)
    assert panel.model.rowCount() == 0

    def fill(dialog: ShiftDialog) -> None:
        dialog.role.setCurrentText("receptie")
        dialog.day.setCurrentIndex(1)
        dialog.start.setTime(QTime(17, 0))
        dialog.end.setTime(QTime(21, 0))
        dialog.needed.setValue(2)
        dialog.accept()

    _in_dialog(ShiftDialog, fill)
    panel.new_button.click()
    assert [panel.model.data(panel.model.index(0, c)) for c in range(5)] == [
        "dinsdag",
        "17:00–21:00",
        "receptie",
        "2",
        "2",
    ]
    assert "1 diensten, 2 plaatsen open" in panel.summary.text()
    panel.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    panel.end_button.click()
    assert panel.model.rowCount() == 0


def test_first_use_sets_the_coordinator_pin_then_shows_the_notes(page, qtbot, vdb) -> None:
    kofi = page.volunteers.model.row_at(page.volunteers.model.index(0, 0)).id
    hold_talk(vdb, kofi, TODAY - timedelta(days=3), "Zoekt ander werk.")
    panel = page.pop
    _show(page, panel)
    answers = ["258000", "258000", "258000"]  # choose, repeat, then type it to see the notes
    prompts: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        prompts.append(dialog.labelText())
        dialog.setTextValue(answers.pop(0))
        dialog.accept()
        if answers:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    panel.notes_button.click()
    assert prompts[0].startswith("Kies als coördinator een pincode") and prompts[2] == "Pincode van de coördinator:"
    assert has_coordinator_pin(vdb)
    assert panel.talks.data(panel.talks.index(0, 3)) == "Zoekt ander werk."


def test_adding_a_certificate_suggests_the_types_usual_expiry(page, qtbot, vdb) -> None:
    save_certificate_type(vdb, "NT2-diploma", "Nederlands als tweede taal", None)
    dialog = CertificateDialog(page.context, date(2024, 2, 29), None, page)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentText("BHV")
    assert (dialog.values()[1:], dialog.forever.isChecked()) == (("BHV", date(2025, 2, 28)), False)
    dialog.kind.setCurrentText("VOG")
    assert dialog.values()[1:] == ("VOG", date(2027, 2, 28))
    dialog.kind.setCurrentText("NT2-diploma")
    assert dialog.values()[1:] == ("NT2-diploma", None) and not dialog.until.isEnabled()
