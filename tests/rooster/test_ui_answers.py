"""Every action answers: after booking or changing, the grid is on the booked week with the booking selected, the
details panel and "wat is vrij?" are current, and the status bar names what happened."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.rooster.booking_dialog import BookingDialog
from buurtzaak_desktop.ui.rooster.page import LIST, WEEK, RoosterPage
from tests.rooster.conftest import MONDAY, shown_page

LATER = date(2027, 1, 14)  # a Thursday five weeks on


@pytest.fixture
def page(qtbot, qsettings_isolated, context, rooms, monkeypatch) -> RoosterPage:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)  # warnings after booking: read elsewhere
    return shown_page(qtbot, context)


def _fill_and_accept(change) -> None:
    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BookingDialog) and w.isVisible())
        change(dialog)
        dialog.accept()

    QTimer.singleShot(50, fill)


def test_a_new_booking_moves_the_grid_to_its_week_and_selects_it(page, context, rooms, qtbot) -> None:
    page.set_mode(LIST)

    def fill(dialog: BookingDialog) -> None:
        dialog.title.setText("Buurtoverleg")
        dialog.room.setCurrentIndex(dialog.room.findData(rooms["Aula"]))
        dialog.day.setDate(dialog.day.date().fromString(LATER.isoformat(), "yyyy-MM-dd"))

    _fill_and_accept(fill)
    page.new_booking()
    assert page.mode.currentIndex() == WEEK and page.day == LATER
    selected = page.grid.booking(page.grid.selected)
    assert selected is not None and selected.title == "Buurtoverleg" and selected.day == LATER
    assert "Buurtoverleg" in page.details.text()
    assert operations().last_message.startswith("Geboekt: Aula, ") and "19:00–21:00" in operations().last_message


def test_an_edit_shows_the_new_time_in_the_details_and_the_free_list(page, context, rooms, qtbot) -> None:
    made = book(
        context.database,
        BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Koffie"),
    )
    booking_id = made.booking_ids[0]
    page.refresh()
    page.free.set_day(MONDAY)
    page.free.start.setCurrentText("14:00")
    page.free.end.setCurrentText("15:00")
    page.free.find_free()
    free_before = [page.free.results.item(i).text() for i in range(page.free.results.count())]
    assert any(text.startswith("Aula") for text in free_before)
    _fill_and_accept(lambda dialog: (dialog.start.setCurrentText("14:00"), dialog.end.setCurrentText("15:00")))
    page.edit_booking(booking_id)
    assert page.grid.selected == booking_id
    assert "14:00–15:00" in page.details.text()
    free_after = [page.free.results.item(i).text() for i in range(page.free.results.count())]
    assert not any(text.startswith("Aula") for text in free_after)  # the room just booked is not offered
    assert operations().last_message.startswith("Gewijzigd: Aula")


def test_a_series_says_how_many_were_booked_and_skipped(page, context, rooms, qtbot) -> None:
    from buurtzaak_desktop.services.rooster.calendar import set_closing_day

    set_closing_day(context.database, date(2026, 12, 14), "Studiedag")

    def fill(dialog: BookingDialog) -> None:
        dialog.title.setText("Taalcafé")
        dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
        dialog.until.setDate(dialog.until.date().fromString("2026-12-28", "yyyy-MM-dd"))

    _fill_and_accept(fill)
    page.new_booking()
    assert operations().last_message == "Reeks: 3 boekingen, 1 overgeslagen (sluitingsdag)"
