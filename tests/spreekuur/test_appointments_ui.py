"""Appointments through the real widgets: "Afspraak maken…" in the dossier, the list in the Spreekuur tab, and the
booking in the Rooster's week."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book
from buurtzaak_desktop.services.spreekuur.appointments import BOOKING_TITLE, list_appointments
from buurtzaak_desktop.services.spreekuur.trajecten import open_traject
from buurtzaak_desktop.ui.rooster import page as rooster_page
from tests.helpers import unnamed_widgets
from tests.rooster.conftest import shown_page

from .conftest import MONDAY, NAME, TODAY
from .test_dossier_ui import dossier  # noqa: F401
from .test_ui import FATIMA_PIN, PIN, unlock


@pytest.fixture
def rooms(database) -> dict[str, int]:
    with database.transaction() as session:
        made = [Room(name="Aula", capacity=80), Room(name="Spreekkamer", capacity=4)]
        session.add_all(made)
        session.flush()
        return {room.name: room.id or 0 for room in made}


def live_bookings(database) -> list[Booking]:
    with database.reading() as session:
        return list(session.exec(select(Booking).where(Booking.status == BookingStatus.LIVE)))


def open_appointment_dialog(qtbot, dialog):
    qtbot.mouseClick(dialog.appointment_button, Qt.MouseButton.LeftButton)
    made = dialog.appointment_dialog
    assert made is not None and made.isVisible()
    return made


def fill(made, day: date = MONDAY, start: str = "10:00") -> None:
    made.day.setDate(QDate(day.year, day.month, day.day))
    hours, minutes = (int(part) for part in start.split(":"))
    made.start.setTime(QTime(hours, minutes))


def test_make_an_appointment_from_the_dossier(qtbot, rooms, dossier, database, zoe):  # noqa: F811
    _page, dialog = dossier
    open_traject(database, zoe, TODAY, "Fatima")
    made = open_appointment_dialog(qtbot, dialog)
    assert made.room.currentText() == "Spreekkamer" and made.minutes.value() == 45
    assert made.person.isEnabled() and made.person.currentText() == "Fatima"  # no fixed one yet: choose
    assert unnamed_widgets(made) == []
    fill(made)
    qtbot.keyClick(made.minutes, Qt.Key.Key_Return)  # Enter in a field plans it (the default button)
    assert not made.isVisible()
    assert dialog.status.text() == "Afspraak gemaakt op 07-12-2026 om 10:00."
    dialog.parts.setCurrentWidget(dialog.appointment_view)  # the dossier's own list follows
    model = dialog.appointment_model
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "07-12-2026",
        "10:00–10:45",
        "Fatima",
        "Spreekkamer",
        "gepland",
    ]
    [booking] = live_bookings(database)
    assert (booking.room_id, booking.day, booking.start, booking.end, booking.title) == (
        rooms["Spreekkamer"],
        MONDAY,
        time(10),
        time(10, 45),
        BOOKING_TITLE,
    )
    again = open_appointment_dialog(qtbot, dialog)
    assert not again.person.isEnabled() and again.person.currentText() == "Fatima"  # now the fixed one
    assert again.other_person.isVisible() and not again.other_person.isChecked()
    again.other_person.setFocus()
    qtbot.keyClick(again.other_person, Qt.Key.Key_Space)  # "Andere vaste vertrouwenspersoon"
    assert again.person.isEnabled()
    again.reject()


def test_a_clash_shows_in_the_dialog_which_stays_open(qtbot, rooms, dossier, database, zoe, refusals):  # noqa: F811
    _page, dialog = dossier
    open_traject(database, zoe, TODAY, "Fatima")
    book(database, BookingRequest(rooms["Spreekkamer"], MONDAY, time(10, 30), time(11), "Gesprek wijkagent"))
    made = open_appointment_dialog(qtbot, dialog)
    fill(made)
    qtbot.mouseClick(made.save_button, Qt.MouseButton.LeftButton)
    assert made.isVisible() and "Gesprek wijkagent" in made.status.text()
    assert list_appointments(database) == []
    fill(made, start="11:00")
    qtbot.mouseClick(made.save_button, Qt.MouseButton.LeftButton)
    assert not made.isVisible() and len(list_appointments(database)) == 1


def test_without_a_running_traject_the_dialog_says_to_start_one(qtbot, rooms, dossier):  # noqa: F811
    _page, dialog = dossier
    made = open_appointment_dialog(qtbot, dialog)
    assert not made.save_button.isEnabled() and "Start eerst een traject" in made.status.text()
    made.reject()


@pytest.fixture
def listed(qtbot, qsettings_isolated, context, database, rooms, zoe):
    """The Spreekuur tab unlocked by Fatima, on its Afspraken list, with two appointments on Monday."""
    from buurtzaak_desktop.services.spreekuur.appointments import AppointmentInput, plan
    from buurtzaak_desktop.services.spreekuur.privacy import set_pin
    from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage

    from .conftest import add_helper

    set_pin(database, PIN)
    fatima = add_helper(database, "Fatima", FATIMA_PIN)
    traject = open_traject(database, zoe, TODAY, "Fatima")
    for start in (time(10), time(14)):
        plan(database, AppointmentInput(traject, MONDAY, start, person_id=fatima), "Fatima")
    clock.set_now(datetime(2026, 12, 7, 12))  # Monday noon: the first has passed, the second not
    page = SpreekuurPage(context)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    unlock(qtbot, page, FATIMA_PIN, who="Fatima")
    page.views.setCurrentWidget(page.appointments)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    yield page, page.appointments
    clock.set_now(None)


def test_the_list_records_held_and_not_shown_by_keyboard(qtbot, listed, database, refusals):
    _page, view = listed
    assert view.model.rowCount() == 2 and view.model.row_at(view.model.index(0, 0)).resident_name == NAME
    buttons = (view.held_button, view.not_shown_button, view.move_button, view.cancel_button)
    assert not any(button.isEnabled() for button in buttons)  # nothing chosen yet
    assert unnamed_widgets(view) == []
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Down)
    qtbot.keyClick(view.view, Qt.Key.Key_Up)  # the arrows choose the first row
    assert view.view.selectionModel().selectedRows()[0].row() == 0
    assert all(button.isEnabled() for button in buttons)
    qtbot.keyClick(view.view, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # "&Gehouden"
    qtbot.waitUntil(lambda: list_appointments(database)[0].status != "gepland")  # after the click's animation
    assert [row.status for row in list_appointments(database)] == ["gehouden", "gepland"]
    assert view.status.text() == "Afspraak van 07-12-2026 vastgelegd als gehouden."
    view.view.setFocus()
    view.view.selectRow(1)
    qtbot.mouseClick(view.not_shown_button, Qt.MouseButton.LeftButton)  # 14:00 has not come yet
    assert refusals and "begint pas" in refusals[-1]
    view.period.setCurrentIndex(view.UNRECORDED)
    assert view.model.rowCount() == 0  # the one past is recorded, the other is still to come


def test_cancelling_asks_first_and_frees_the_room(qtbot, listed, database, monkeypatch):
    _page, view = listed
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    view.view.selectRow(1)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert len(live_bookings(database)) == 2  # "Nee": nothing happened
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert [b.start for b in live_bookings(database)] == [time(10)]
    assert view.model.rowCount() == 1 and view.status.text() == "Afspraak van 07-12-2026 geannuleerd."


def test_moving_from_the_list_moves_the_booking(qtbot, listed, database):
    _page, view = listed
    view.view.selectRow(1)
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    moving = view.move_dialog
    assert moving is not None and not moving.person.isEnabled() and moving.minutes.value() == 45
    fill(moving, start="15:30")
    qtbot.mouseClick(moving.save_button, Qt.MouseButton.LeftButton)
    assert not moving.isVisible()
    assert sorted(b.start for b in live_bookings(database)) == [time(10), time(15, 30)]


def test_locking_empties_the_list(qtbot, listed):
    page, view = listed
    assert view.model.rowCount() == 2
    page.lock()
    assert view.model.rowCount() == 0


def test_the_rooster_week_shows_the_booking_and_refuses_to_cancel_it(
    qtbot, qsettings_isolated, context, database, rooms, zoe, monkeypatch, refusals
):
    from buurtzaak_desktop.services.spreekuur.appointments import AppointmentInput, plan

    from .conftest import add_helper

    fatima = add_helper(database, "Fatima")
    traject = open_traject(database, zoe, TODAY, "Fatima")
    plan(database, AppointmentInput(traject, MONDAY, time(10), person_id=fatima), "Fatima")
    page = shown_page(qtbot, context)
    page.refresh()
    assert [b.title for b in page.grid.view.bookings] == [BOOKING_TITLE]
    asked: list[str] = []
    monkeypatch.setattr(rooster_page, "confirm_cancel", lambda *args: asked.append(args[1]) or True)
    page.cancel_booking(page.grid.view.bookings[0].id)
    assert refusals and "tabblad Spreekuur" in refusals[-1]
    assert asked == []  # refused at once, not after "annuleren?"
    assert len(live_bookings(database)) == 1


def test_the_figures_view_shows_appointments_apart_from_visits(qtbot, listed, database):
    page, view = listed
    view.view.selectRow(0)
    qtbot.mouseClick(view.held_button, Qt.MouseButton.LeftButton)
    page.views.setCurrentWidget(page.figures)
    rows = {
        page.figures.model.row_at(page.figures.model.index(r, 0))[0]: page.figures.model.row_at(
            page.figures.model.index(r, 0)
        )[1]
        for r in range(page.figures.model.rowCount())
    }
    assert rows["Bezoeken"] == 1  # Zoë's walk-in visit
    assert (rows["Afspraken gepland"], rows["Afspraken gehouden"], rows["Afspraken niet verschenen"]) == (2, 1, 0)
    assert rows["Afspraken 2026-12: gepland / gehouden / niet verschenen"] == "2 / 1 / 0"
