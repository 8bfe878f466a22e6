"""The GUI for BHV and opening hours: the booking dialog offers the people whose BHV is valid on the day and warns
outside the hours; the day grid grows to show an out-of-hours booking; the settings dialog edits the weekday table
and the exceptions with the keyboard; the free panel warns too."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt

from buurtzaak_desktop.domain.rooster.hours import DEFAULT_WEEK, WeekdayHours
from buurtzaak_desktop.services.rooms import list_rooms
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book, request_from
from buurtzaak_desktop.services.rooster.calendar import calendar_for, list_exceptions
from buurtzaak_desktop.services.rooster.queries import booking_by_id, bookings_between
from buurtzaak_desktop.services.rooster.settings import read_rooster_settings
from buurtzaak_desktop.ui.rooster.booking_dialog import BookingDialog
from buurtzaak_desktop.ui.rooster.page import DAY, RoosterPage
from buurtzaak_desktop.ui.rooster.settings_dialog import RoosterSettingsDialog
from tests.rooster.conftest import MONDAY

LATER = date(2026, 12, 21)  # after Henk Bakker's BHV ends (2026-12-15)


def _dialog(qtbot, context, rooms, **values) -> BookingDialog:
    request = BookingRequest(
        room_id=rooms["Aula"],
        day=values.pop("day", MONDAY),
        start=time(10),
        end=time(11),
        title="Avondvergadering",
        **values,
    )
    dialog = BookingDialog(context, list_rooms(context.database), request)
    qtbot.addWidget(dialog)
    return dialog


def _texts(combo) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def test_dialog_offers_only_people_with_a_valid_bhv_that_day_and_books_with_one(
    refusals, qtbot, qsettings_isolated, context, rooms, beheerders, monkeypatch
) -> None:
    shown = refusals
    dialog = _dialog(qtbot, context, rooms)
    assert dialog.hours_note.isHidden()
    assert [text.split(" (")[0] for text in _texts(dialog.bhv_person)] == ["Henk Bakker"]  # Wilma's has expired
    dialog.end.setCurrentText("22:30")
    assert dialog.hours_note.text().startswith("Let op: buiten de openingstijden; alleen met BHV.")
    assert not dialog.hours_note.isHidden()
    dialog.accept()  # no beheerder ticked: refused with the reason, the dialog stays open
    assert dialog.result() == 0 and "BHV" in shown[-1]
    qtbot.keyClick(dialog.bhv, Qt.Key.Key_Space)
    assert dialog.bhv.isChecked() and dialog.bhv_person.isEnabled()
    dialog.accept()
    assert dialog.result() == 1
    with context.database.reading() as session:
        [booking] = bookings_between(session, MONDAY, MONDAY)
    assert booking.bhv_volunteer_id == beheerders["valid"]


def test_an_empty_list_says_so_in_dutch(qtbot, qsettings_isolated, context, rooms, beheerders) -> None:
    dialog = _dialog(qtbot, context, rooms)
    dialog.day.setDate(QDate(LATER.year, LATER.month, LATER.day))
    assert _texts(dialog.bhv_person) == ["(niemand beschikbaar)"]
    assert dialog.bhv_note.text().startswith("Niemand heeft op ma 21 december 2026 een geldig BHV-certificaat")
    assert not dialog.bhv_note.isHidden()
    assert dialog.request().bhv_volunteer_id is None


def test_editing_keeps_the_named_beheerder(qtbot, qsettings_isolated, context, rooms, beheerders) -> None:
    request = BookingRequest(
        room_id=rooms["Aula"],
        day=MONDAY,
        start=time(20),
        end=time(22, 30),
        title="Laat",
        bhv_volunteer_id=beheerders["valid"],
    )
    result = book(context.database, request)
    booking = booking_by_id(context.database, result.booking_ids[0])
    dialog = BookingDialog(context, list_rooms(context.database), request_from(booking), booking)
    qtbot.addWidget(dialog)
    assert dialog.bhv.isChecked() and dialog.bhv_person.currentData() == beheerders["valid"]
    dialog.title.setText("Laat overleg")
    dialog.accept()
    assert dialog.result() == 1
    assert booking_by_id(context.database, booking.id).bhv_volunteer_id == beheerders["valid"]


def test_day_grid_grows_to_show_an_out_of_hours_booking(qtbot, qsettings_isolated, context, rooms, beheerders) -> None:
    page = RoosterPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.set_day(MONDAY)
    page.set_mode(DAY)
    assert (page.grid.first_minute, page.grid.last_minute) == (8 * 60, 22 * 60)
    book(
        context.database,
        BookingRequest(
            room_id=rooms["Aula"],
            day=MONDAY,
            start=time(21),
            end=time(23, 30),
            title="Nachtoverleg",
            bhv_volunteer_id=beheerders["valid"],
        ),
    )
    page.refresh()
    assert (page.grid.first_minute, page.grid.last_minute) == (8 * 60, 24 * 60)
    booking = next(b for b in page.grid.view.bookings if b.title == "Nachtoverleg")
    rect = page.grid.booking_rect(booking)
    assert rect.bottom() <= page.grid.height() + 1 and rect.height() > 20  # the whole block, not cut at 22:00
    assert page.grid.booking_at(rect.center().toPoint()).title == "Nachtoverleg"


def test_free_panel_warns_outside_the_hours(qtbot, qsettings_isolated, context, rooms) -> None:
    page = RoosterPage(context)
    qtbot.addWidget(page)
    page.free.set_day(MONDAY)
    page.free.end.setCurrentText("22:00")
    page.free.find_free()
    assert page.free.results.item(0).text() == "Let op: buiten de openingstijden; alleen met BHV."


def test_settings_dialog_edits_weekdays_and_exceptions_with_the_keyboard(
    qtbot, qsettings_isolated, context, rooms
) -> None:
    dialog = RoosterSettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)
    assert [box.isChecked() for box in dialog.day_open] == [True] * 5 + [False] * 2
    assert dialog.day_from[5].currentText() == "10:00"
    # Wednesday closed (space on its box), Friday until 17:00 (typed into the combo)
    dialog.day_open[2].setFocus()
    qtbot.keyClick(dialog.day_open[2], Qt.Key.Key_Space)
    dialog.day_to[4].setFocus()
    qtbot.keyClicks(dialog.day_to[4], "17:00")
    assert dialog.day_to[4].currentText() == "17:00"
    # Christmas opened with other hours, then a closing day added and removed again
    dialog.exception_day.setDate(QDate(2026, 12, 25))
    dialog.exception_kind.setCurrentIndex(2)
    assert dialog.exception_from.isEnabled()
    dialog.exception_from.setCurrentText("12:00")
    dialog.exception_to.setCurrentText("16:00")
    dialog.exception_reason.setText("Kerstlunch")
    qtbot.keyClick(dialog.add_exception, Qt.Key.Key_Space)
    dialog.exception_day.setDate(QDate(2026, 12, 28))
    dialog.exception_kind.setCurrentIndex(0)
    qtbot.keyClick(dialog.add_exception, Qt.Key.Key_Space)
    assert dialog.exceptions.count() == 2
    dialog.exceptions.setFocus()
    dialog.exceptions.setCurrentRow(1)
    qtbot.keyClick(dialog.remove_exception, Qt.Key.Key_Space)
    assert [dialog.exceptions.item(i).text() for i in range(dialog.exceptions.count())] == [
        "vr 25 december 2026: open 12:00–16:00 (Kerstlunch)"
    ]
    dialog.accept()
    assert dialog.result() == 1
    week = read_rooster_settings(context.database).week
    assert week[2].is_open is False and week[4] == WeekdayHours(True, time(8), time(17))
    assert week[0] == DEFAULT_WEEK[0]
    christmas = calendar_for(context.database, date(2026, 12, 25), date(2026, 12, 25))[0]
    assert (christmas.opens, christmas.closes) == (time(12), time(16))
    assert [e.day for e in list_exceptions(context.database, date(2026, 1, 1))] == [date(2026, 12, 25)]


def test_settings_dialog_cancel_saves_nothing_and_bad_hours_are_refused(
    refusals, qtbot, qsettings_isolated, context, rooms, monkeypatch
) -> None:
    shown = refusals
    dialog = RoosterSettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.day_to[0].setCurrentText("07:00")  # Monday closes before it opens
    dialog.accept()
    assert dialog.result() == 0 and "maandag" in shown[0]
    dialog.exception_day.setDate(QDate(2026, 12, 24))
    dialog._add_exception()
    dialog.reject()
    assert read_rooster_settings(context.database).week == DEFAULT_WEEK
    assert list_exceptions(context.database, date(2026, 1, 1)) == []


def test_early_booking_grows_the_grid_upwards(qtbot, qsettings_isolated, context, rooms, beheerders) -> None:
    book(
        context.database,
        BookingRequest(
            room_id=rooms["Aula"],
            day=MONDAY,
            start=time(6),
            end=time(7, 30),
            title="Vroeg",
            bhv_volunteer_id=beheerders["valid"],
        ),
    )
    page = RoosterPage(context)
    qtbot.addWidget(page)
    page.set_day(MONDAY)
    page.set_mode(DAY)
    assert page.grid.first_minute == 6 * 60
