"""A walk-in who comes back is the same person: a similar known name is offered before a new participant is made,
so unique and new participant counts stay right."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from buurtzaak_desktop.db.models.activiteiten import Attendance, Participant
from buurtzaak_desktop.domain.activiteiten.names import is_similar, search_key, similarity
from buurtzaak_desktop.services.activiteiten.figures import monthly_figures, period_figures
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput, ParticipantService
from buurtzaak_desktop.services.activiteiten.sessions import SessionService
from buurtzaak_desktop.ui.activiteiten.attendance import AttendanceDialog
from buurtzaak_desktop.ui.activiteiten.walk_in import NEW, WalkInChoiceDialog

from .conftest import TODAY

NOV_30, DEC_7 = date(2026, 11, 30), date(2026, 12, 7)


@pytest.mark.parametrize(
    "typed", ["zoe sahin", "ZOË ŞAHİN", "Zoë  Şahin ", "ZoëŞahin", "Şahin Zoë", "zoe s", "Zoe Sahim"]
)
def test_names_alike_whatever_case_accents_spaces_order_or_a_typo(typed) -> None:
    assert is_similar(typed, search_key("Zoë Şahin"))


@pytest.mark.parametrize("typed", ["Zoë Bakker", "Ahmed Şahin", "Sanne", ""])
def test_other_names_are_not_alike(typed) -> None:
    assert not is_similar(typed, search_key("Zoë Şahin"))


def test_the_same_letters_rank_above_a_typo() -> None:
    assert similarity("zoe sahin", search_key("Zoë Şahin")) > similarity("zoe sahin", search_key("Zoë Şahim"))


def session_id(database, day: date) -> int:
    return next(
        s.session_id
        for s in SessionService(database).between(day, day + (DEC_7 - NOV_30))
        if s.activity == "Yoga" and s.day == day
    )


def participants(database) -> int:
    with database.reading() as session:
        return session.execute(select(func.count()).select_from(Participant)).scalar_one()


def test_similar_participants_are_found_most_alike_first(database, yoga) -> None:
    service, people = SessionService(database), ParticipantService(database)
    people.add(ParticipantInput("Zoë Şahim"), TODAY)
    people.add(ParticipantInput("Zoë Bakker"), TODAY)
    assert [p.name for p in service.similar_participants("zoe sahin")] == ["Zoë Şahin", "Zoë Şahim"]
    assert service.similar_participants("Fatma Nieuw") == [] and service.similar_participants("  ") == []
    assert len(service.similar_participants("zoe", limit=2)) == 2


def test_a_known_participant_is_marked_present_as_walk_in_once(database, yoga) -> None:
    service = SessionService(database)
    first = service.add_walk_in(session_id(database, NOV_30), ParticipantInput("Ilse Nieuw"), TODAY)
    before = participants(database)
    again = session_id(database, DEC_7)
    for _ in range(2):  # a second Enter on the same name changes nothing
        assert service.add_walk_in(again, ParticipantInput("ilse nieuw"), TODAY, existing_id=first) == first
    assert participants(database) == before
    assert [(r.name, r.walk_in, r.present) for r in service.sheet(again) if r.participant_id == first] == [
        ("Ilse Nieuw", True, True)
    ]
    # a registered participant chosen as "walk-in" is simply on the list, ticked
    zoe = yoga["participants"]["Zoë Şahin"]
    service.add_walk_in(again, ParticipantInput("zoe sahin"), TODAY, existing_id=zoe)
    with database.reading() as session:
        assert session.get(Attendance, (again, zoe)).walk_in is False


@pytest.fixture
def attendance(qtbot, database, yoga):
    def open_on(day: date) -> AttendanceDialog:
        view = AttendanceDialog(SessionService(database), session_id(database, day))
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        return view

    return open_on


def _answer_choice_with(qtbot, *keys: Qt.Key) -> list[list[str]]:
    """Press these keys in the choice dialog once it is open; returns the names it offered."""
    offered: list[list[str]] = []

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInChoiceDialog)
        offered.append([dialog.choices.item(i).text() for i in range(dialog.choices.count())])
        for key in keys:
            qtbot.keyClick(dialog.choices, key)

    QTimer.singleShot(50, press)
    return offered


def _type_walk_in(qtbot, dialog: AttendanceDialog, name: str) -> None:
    dialog.walk_in.setFocus()
    qtbot.keyClicks(dialog.walk_in, name)
    qtbot.keyClick(dialog.walk_in, Qt.Key.Key_Return)


def test_gui_a_returning_walk_in_is_chosen_by_keyboard_and_counted_once(qtbot, database, yoga, attendance) -> None:
    first = attendance(NOV_30)
    _type_walk_in(qtbot, first, "Ilse Nieuw")  # nobody like her yet: added straight away
    first.save()
    second = attendance(DEC_7)
    offered = _answer_choice_with(qtbot, Qt.Key.Key_Return)  # the first offer is the known Ilse
    _type_walk_in(qtbot, second, "ilse  nieuw")
    assert offered[0][0].startswith("Ilse Nieuw (sinds") and offered[0][-1] == "Nee, nieuwe deelnemer: ilse  nieuw"
    assert second.message.text() == "Ilse Nieuw is aangevinkt."
    second.save()
    with database.reading() as session:
        assert session.execute(select(func.count()).where(Participant.name.ilike("ilse%"))).scalar_one() == 1
        total = period_figures(session, NOV_30, date(2026, 12, 8))
        assert (total.visits, total.unique_participants) == (2, 1)
        months = {f.month.month: f for f in monthly_figures(session, date(2026, 11, 1), date(2027, 1, 1))}
        assert (months[11].new_participants, months[12].new_participants) == (1, 0)  # new once, in November


def test_gui_someone_else_with_a_like_name_is_added_as_new_and_escape_goes_back(
    qtbot, database, yoga, attendance
) -> None:
    dialog = attendance(DEC_7)
    before = participants(database)
    _answer_choice_with(qtbot, Qt.Key.Key_Escape)
    _type_walk_in(qtbot, dialog, "Zoe Sahin")
    assert participants(database) == before and dialog.walk_in.text() == "Zoe Sahin"
    _answer_choice_with(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)  # down to "Nee, nieuwe deelnemer"
    qtbot.keyClick(dialog.walk_in, Qt.Key.Key_Return)
    assert participants(database) == before + 1
    assert dialog.message.text() == "Zoe Sahin is toegevoegd als inloper."


def test_choice_dialog_by_keyboard(qtbot, database, yoga) -> None:
    known = SessionService(database).similar_participants("zoe sahin")
    dialog = WalkInChoiceDialog("zoe sahin", known)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.choices and dialog.chosen() == yoga["participants"]["Zoë Şahin"]
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Down)
    assert dialog.chosen() == NEW
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
