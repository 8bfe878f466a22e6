"""The Activiteiten tab with real widgets: attendance typed in by keyboard, the models, the sections."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtzaak_desktop.services.activiteiten.sessions import SessionService
from buurtzaak_desktop.ui.activiteiten.attendance import AttendanceDialog
from buurtzaak_desktop.ui.activiteiten.page import ActiviteitenPage
from tests.helpers import unnamed_widgets

MONDAY = date(2026, 11, 23)


def _yoga_session(database, day: date) -> int:
    return next(s.session_id for s in SessionService(database).week(day) if s.activity == "Yoga")


@pytest.fixture
def dialog(qtbot, database, yoga):
    view = AttendanceDialog(SessionService(database), _yoga_session(database, MONDAY))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_attendance_by_keyboard(qtbot, qtmodeltester, database, yoga, dialog) -> None:
    qtmodeltester.check(dialog.model)
    assert dialog.search.hasFocus() or QApplication.focusWidget() in (dialog.search, None)
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "zoe")  # accent-insensitive: Zoë
    assert dialog.proxy.rowCount() == 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.search.text() == ""
    qtbot.keyClicks(dialog.search, "bakk")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    # arrow down into the list, move to the last name and tick it with Space; Space again on the first unticks it
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.names.hasFocus()
    qtbot.keyClick(dialog.names, Qt.Key.Key_End)
    qtbot.keyClick(dialog.names, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.names, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.names, Qt.Key.Key_Space)
    # a walk-in with a name, and two anonymous walk-ins
    dialog.walk_in.setFocus()
    qtbot.keyClicks(dialog.walk_in, "Fatma Nieuw")
    qtbot.keyClick(dialog.walk_in, Qt.Key.Key_Return)
    dialog.anonymous.setFocus()
    qtbot.keyClick(dialog.anonymous, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.anonymous, Qt.Key.Key_Up)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    rows = SessionService(database).sheet(dialog.session_id)
    present = sorted(r.name for r in rows if r.present)
    # sorted by name: Ahmed Bakkali, Zoë Şahin, अनिल शर्मा, محمد العلوي (by search key); Home unticked the first
    first = rows[0].name
    assert first not in present
    assert "Zoë Şahin" in present and "Fatma Nieuw" in present
    assert [r.walk_in for r in rows if r.name == "Fatma Nieuw"] == [True]
    assert SessionService(database).info(dialog.session_id).present == len(present) + 2


def test_niet_doorgegaan_needs_a_reason(qtbot, database, yoga, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "Niet &doorgegaan"
    qtbot.waitUntil(lambda: "reden" in dialog.message.text())  # a mnemonic clicks after a short animation
    assert dialog.isVisible()
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Docent ziek")
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    info = SessionService(database).info(dialog.session_id)
    assert info.cancelled and info.cancel_reason == "Docent ziek"


def test_page_sections_and_models(qtbot, qtmodeltester, context, yoga) -> None:
    page = ActiviteitenPage(context)
    qtbot.addWidget(page)
    page.show()
    assert unnamed_widgets(page) == []
    page.week.week.setDate(page.week.week.date().fromString("2026-11-30", "yyyy-MM-dd"))
    assert page.week.model.rowCount() == 1
    qtmodeltester.check(page.week.model)
    for index in range(page.sections.count()):
        page.sections.setCurrentIndex(index)
    qtmodeltester.check(page.programme.model)
    assert page.programme.model.rowCount() == 1
    page.people.search.setText("sah")
    assert page.people.found.rowCount() == 1
    qtmodeltester.check(page.people.found)
    qtmodeltester.check(page.people.registrations)
    assert page.people.registrations.rowCount() == 4
    qtmodeltester.check(page.figures.model)
    qtmodeltester.check(page.follow_up.model)


def test_week_writes_the_lists(qtbot, context, yoga, tmp_path) -> None:
    page = ActiviteitenPage(context)
    qtbot.addWidget(page)
    page.week.week.setDate(page.week.week.date().fromString("2026-11-30", "yyyy-MM-dd"))
    assert page.week.write_lists(tmp_path / "w.pdf") == 1


def test_activity_dialog_refuses_bad_times_and_builds_input(qtbot) -> None:
    from PySide6.QtCore import QTime

    from buurtzaak_desktop.db.models import Room
    from buurtzaak_desktop.ui.activiteiten.dialogs import ActivityDialog

    dialog = ActivityDialog([Room(id=1, name="Aula", capacity=80)])
    qtbot.addWidget(dialog)
    assert unnamed_widgets(dialog) == []
    dialog.name.setText("Taalcafé")
    dialog.days[2].setChecked(True)
    dialog.room.setCurrentIndex(1)
    dialog.start.setTime(QTime(19, 0))
    dialog.end.setTime(QTime(18, 0))
    dialog.try_accept()
    assert "eindtijd 18:00 ligt niet na de begintijd 19:00" in dialog.message.text()
    assert dialog.result_value is None
    dialog.end.setTime(QTime(21, 0))
    dialog.try_accept()
    data = dialog.result_value
    assert data.name == "Taalcafé" and data.weekdays == (2,) and data.room_id == 1 and data.capacity is None


def _answer_question(qtbot, button_text: str) -> list[str]:
    """Click ``button_text`` in the question the dialog is about to open; returns the question's text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, answer)
    return seen


def test_activity_dialog_shows_the_refused_dates_and_saves_only_when_told(qtbot, database, room_id) -> None:
    from PySide6.QtCore import QDate, QTime

    from buurtzaak_desktop.db.models import Room
    from buurtzaak_desktop.services.activiteiten.programme import ProgrammeService
    from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book
    from buurtzaak_desktop.services.rooster.calendar import set_closing_day
    from buurtzaak_desktop.ui.activiteiten.dialogs import ActivityDialog

    book(database, BookingRequest(room_id=room_id, day=date(2026, 12, 7), start=time(11), end=time(12), title="Zumba"))
    set_closing_day(database, date(2026, 12, 14), "Teamdag")
    service = ProgrammeService(database)
    dialog = ActivityDialog(
        [Room(id=room_id, name="Activiteitenruimte 1", capacity=25)],
        preview=lambda data: service.check(None, data, date(2026, 11, 25)),
    )
    qtbot.addWidget(dialog)
    dialog.name.setText("Yoga")
    dialog.days[0].setChecked(True)
    dialog.room.setCurrentIndex(1)
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(11, 30))
    dialog.season_start.setDate(QDate(2026, 11, 30))
    dialog.season_end.setDate(QDate(2026, 12, 28))

    seen = _answer_question(qtbot, "Terug naar het formulier")
    dialog.try_accept()
    assert dialog.result_value is None  # still open, to change the time or the room
    assert "1 bijeenkomst valt op een sluitingsdag; 1 botst met 'Zumba' in Activiteitenruimte 1" in seen[0]
    assert "ma 7 december 2026" in seen[0] and "ma 14 december 2026" in seen[0]
    assert "Toch opslaan zonder die datums?" in dialog.message.text()

    _answer_question(qtbot, "Toch opslaan")
    dialog.try_accept()
    assert dialog.result_value is not None


def _status_column(page: ActiviteitenPage) -> str:
    model = page.week.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Status")
    return model.data(model.index(0, column))


def test_a_past_session_with_attendance_says_gehouden(qtbot, context, yoga) -> None:
    service = SessionService(context.database)
    service.save_attendance(_yoga_session(context.database, MONDAY), [yoga["participants"]["Zoë Şahin"]])
    page = ActiviteitenPage(context)
    qtbot.addWidget(page)
    page.week.week.setDate(page.week.week.date().fromString("2026-11-23", "yyyy-MM-dd"))
    assert _status_column(page) == "gehouden"
    page.week.week.setDate(page.week.week.date().fromString("2026-12-07", "yyyy-MM-dd"))
    assert _status_column(page) == "gepland"


def test_entering_attendance_without_a_session_says_what_to_choose(qtbot, context, yoga, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    page = ActiviteitenPage(context)
    qtbot.addWidget(page)
    page.week.table.clearSelection()
    page.week.table.setCurrentIndex(page.week.model.index(-1, -1))
    page.week.enter_attendance()
    assert shown and "Kies eerst een bijeenkomst" in shown[0]
