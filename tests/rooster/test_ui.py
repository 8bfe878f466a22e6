"""The rooster tab with real widgets: the grid shows service bookings, drag-to-create, edit, cancel, free panel."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from buurtzaak_desktop.services.rooms import list_rooms
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book, request_from
from buurtzaak_desktop.services.rooster.queries import bookings_between
from buurtzaak_desktop.ui.rooster.booking_dialog import BookingDialog
from buurtzaak_desktop.ui.rooster.page import DAY, LIST, WEEK, RoosterPage
from tests.rooster.conftest import MONDAY, shown_page


@pytest.fixture
def page(qtbot, qsettings_isolated, context, rooms) -> RoosterPage:
    return shown_page(qtbot, context)


def _block_center(page: RoosterPage, title: str) -> QPoint:
    booking = next(b for b in page.grid.view.bookings if b.title == title)
    return page.grid.booking_rect(booking).center().toPoint()


def test_week_grid_shows_a_booking_created_through_the_service(page, context, rooms) -> None:
    book(
        context.database,
        BookingRequest(
            room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Buurtpanel", group_name="Bewoners"
        ),
    )
    page.refresh()
    assert page.mode.currentIndex() == WEEK
    assert [b.title for b in page.grid.view.bookings] == ["Buurtpanel"]
    assert page.grid.booking_at(_block_center(page, "Buurtpanel")).title == "Buurtpanel"
    assert "Activiteitenruimte 1+2" in page.grid.room_names()
    page.set_mode(DAY)
    assert page.grid.booking_at(_block_center(page, "Buurtpanel")).title == "Buurtpanel"


def _accept_dialog_with(title: str, qtbot):
    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BookingDialog) and w.isVisible())
        dialog.title.setText(title)
        dialog.accept()

    QTimer.singleShot(50, fill)


def test_drag_on_the_day_grid_creates_a_booking(page, context, rooms, qtbot) -> None:
    page.set_mode(DAY)
    grid = page.grid
    room_index = grid.room_names().index("Aula")
    top = grid.rect_for(room_index, 0, 10 * 60, 10 * 60 + 1).topLeft().toPoint() + QPoint(10, 2)
    bottom = grid.rect_for(room_index, 0, 11 * 60 + 30, 11 * 60 + 31).topLeft().toPoint() + QPoint(10, 2)
    _accept_dialog_with("Gesleept", qtbot)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=top)
    qtbot.mouseMove(grid, bottom)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=bottom)
    with context.database.reading() as session:
        booked = bookings_between(session, MONDAY, MONDAY)
    assert [(b.title, b.room_id, b.start, b.end) for b in booked] == [
        ("Gesleept", rooms["Aula"], time(10), time(11, 30))
    ]
    assert [b.title for b in grid.view.bookings] == ["Gesleept"]


def test_delete_cancels_after_confirmation_and_history_keeps_it(page, context, rooms, qtbot, monkeypatch) -> None:
    book(context.database, BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Weg"))
    page.refresh()
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=_block_center(page, "Weg"))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: next(answers))
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert [b.title for b in page.grid.view.bookings] == ["Weg"]  # "No" keeps it
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert page.grid.view.bookings == []
    page.set_mode(LIST)
    model = page.table.model()
    assert [model.index(0, c).data() for c in (3, 5)] == ["Weg", "geannuleerd"]


def test_double_click_edits_only_this_occurrence_of_a_series(page, context, rooms, qtbot, monkeypatch) -> None:
    book(
        context.database,
        BookingRequest(
            room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Reeks", frequency="weekly", count=3
        ),
    )
    page.refresh()
    monkeypatch.setattr("buurtzaak_desktop.ui.rooster.page.ask_scope", lambda parent, cancelling: "this")
    _accept_dialog_with("Verplaatst", qtbot)
    qtbot.mouseDClick(page.grid, Qt.MouseButton.LeftButton, pos=_block_center(page, "Reeks"))
    with context.database.reading() as session:
        titles = [b.title for b in bookings_between(session, MONDAY, date(2026, 12, 31))]
    assert titles == ["Verplaatst", "Reeks", "Reeks"]


def test_refused_booking_keeps_the_dialog_open_with_the_reason(
    refusals, qtbot, qsettings_isolated, context, rooms, monkeypatch
) -> None:
    book(
        context.database, BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Eerst")
    )
    shown = refusals
    request = BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(11), end=time(13), title="Tweede")
    dialog = BookingDialog(context, list_rooms(context.database), request)
    qtbot.addWidget(dialog)
    assert dialog.room.currentText() == "Aula (80)"
    dialog.accept()
    assert dialog.result() == 0 and "Eerst" in shown[0]
    dialog.start.setCurrentText("12:00")
    dialog.accept()
    assert dialog.result() == 1


def test_free_panel_lists_free_rooms_best_fit_first(page, context, rooms) -> None:
    book(
        context.database,
        BookingRequest(room_id=rooms["Keuken"], day=MONDAY, start=time(19), end=time(21), title="Koken"),
    )
    page.free.set_day(MONDAY)
    page.free.people.setValue(10)
    page.free.find_free()
    listed = [page.free.results.item(i).text() for i in range(page.free.results.count())]
    assert listed[0].startswith("Activiteitenruimte 2") and not any(t.startswith("Keuken") for t in listed)


def test_navigation_previous_next_today(page) -> None:
    page.next_button.click()
    assert page.day == date(2026, 12, 14)
    page.set_mode(DAY)
    page.previous_button.click()
    assert page.day == date(2026, 12, 13)
    assert page.grid.view.days[0].is_open is False  # a Sunday that is not in the opening calendar


def test_list_model_passes_the_model_tester(page, context, rooms, qtmodeltester) -> None:
    book(
        context.database,
        BookingRequest(
            room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Lijst", group_name="Groep"
        ),
    )
    page.set_mode(LIST)
    assert page.list_model.rowCount() == 1
    qtmodeltester.check(page.list_model)
    page.filter.setText("geen treffer")
    assert page.table.model().rowCount() == 0


def test_drag_moves_a_booking_and_its_lower_edge_resizes_it(page, context, rooms, qtbot) -> None:
    book(
        context.database,
        BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(11), title="Schuif"),
    )
    page.set_mode(DAY)
    grid = page.grid
    start = _block_center(page, "Schuif")
    target_x = int(grid.rect_for(grid.room_names().index("Keuken"), 0, 600, 601).center().x())
    hour = grid.rect_for(0, 0, 11 * 60, 11 * 60 + 1).top() - grid.rect_for(0, 0, 10 * 60, 10 * 60 + 1).top()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, QPoint(target_x, int(start.y() + 2 * hour)))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=QPoint(target_x, int(start.y() + 2 * hour)))
    moved = grid.view.bookings[0]
    assert (moved.room_id, moved.start, moved.end) == (rooms["Keuken"], time(12), time(13))
    bottom = grid.booking_rect(moved).bottomLeft().toPoint() + QPoint(10, -2)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=bottom)
    qtbot.mouseMove(grid, bottom + QPoint(0, int(hour)))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=bottom + QPoint(0, int(hour)))
    resized = grid.view.bookings[0]
    assert (resized.start, resized.end) == (time(12), time(14))


def test_fifth_hygiene_strike_through_the_dialog_suspends(
    qtbot, qsettings_isolated, context, rooms, monkeypatch
) -> None:
    from buurtzaak_desktop.ui.rooster.strike_dialog import StrikeDialog

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    for number in range(5):
        dialog = StrikeDialog(context, list_rooms(context.database), date(2026, 12, 1 + number))
        qtbot.addWidget(dialog)
        dialog.group.setText("Kookgroep 2")
        dialog.accept()
    assert "4 melding(en)" in told[3]
    assert told[4].startswith("Kookgroep 2 is geschorst tot")


def test_print_current_saves_the_weekrooster_pdf(page, context, rooms, tmp_path, monkeypatch) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    book(
        context.database,
        BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Op papier"),
    )
    out = tmp_path / "week.pdf"
    monkeypatch.setattr("buurtzaak_desktop.ui.rooster.page.ask_print_target", lambda parent: "pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), "pdf"))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    assert page.print_current() is True
    text = PdfReader(out).pages[0].extract_text()
    assert "Weekrooster week 50" in text and "Op papier" in text


def test_print_current_through_the_print_dialog_prints_the_grid_shown(
    page, context, rooms, tmp_path, monkeypatch
) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    book(
        context.database,
        BookingRequest(
            room_id=rooms["Keuken"],
            day=MONDAY,
            start=time(18),
            end=time(20),
            title="Kookclub",
            group_name="Buurtkeuken",
        ),
    )
    page.refresh()
    out = tmp_path / "printer.pdf"
    chosen: list[QPrinter] = []

    def accept(dialog: QPrintDialog) -> int:  # the user picks a printer: here one that writes a file
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        chosen.append(dialog.printer())
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr("buurtzaak_desktop.ui.rooster.page.ask_print_target", lambda parent: "print")
    monkeypatch.setattr(QPrintDialog, "exec", accept)
    for mode, heading in ((WEEK, "week 50"), (DAY, "ma 7 december 2026")):
        page.set_mode(mode)
        assert page.print_current() is True
        assert chosen[-1].pageLayout().orientation().name == "Landscape"
        text = " ".join(PdfReader(out).pages[0].extract_text().split())
        assert heading in text and "Kookclub" in text and "Keuken" in text


def test_print_preview_paints_the_grid(page, context, rooms, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    pages: list[int] = []

    def show(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        pages.append(preview.pageCount())
        return 0

    monkeypatch.setattr("buurtzaak_desktop.ui.rooster.page.ask_print_target", lambda parent: "preview")
    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    page.print_current()
    assert pages == [1]


def test_closing_day_dialog_warns_about_bookings_on_that_day(
    qtbot, qsettings_isolated, context, rooms, monkeypatch
) -> None:
    from buurtzaak_desktop.ui.qt_values import to_qdate
    from buurtzaak_desktop.ui.rooster.calendar_dialog import OpeningCalendarDialog

    book(
        context.database,
        BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Staat er al"),
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    dialog = OpeningCalendarDialog(context, 2026)
    qtbot.addWidget(dialog)
    dialog.day.setDate(to_qdate(MONDAY))
    dialog.reason.setText("Teamdag")
    dialog._add_closing()
    assert dialog.closing.count() == 1 and "Teamdag" in dialog.closing.item(0).text()
    assert "Staat er al" in told[0]
    dialog.day.setDate(to_qdate(date(2026, 12, 12)))
    dialog._add_weekend()
    assert dialog.weekend.count() == 1
    dialog.weekend.setCurrentRow(0)
    dialog._remove_weekend()
    assert dialog.weekend.count() == 0


def _activity(context, name: str, status: str = "actief") -> int:
    from buurtzaak_desktop.db.models.activiteiten import Activity

    with context.database.transaction() as session:
        activity = Activity(
            name=name,
            start_time=time(10),
            end_time=time(11),
            season_start=date(2026, 9, 1),
            season_end=date(2027, 6, 30),
            status=status,
        )
        session.add(activity)
        session.flush()
        return activity.id or 0


def test_booking_dialog_links_a_booking_to_an_activity_and_unlinks_it(
    qtbot, qsettings_isolated, context, rooms
) -> None:
    yoga = _activity(context, "Yoga")
    _activity(context, "Oud koor", status="beëindigd")
    request = BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(11), title="Yoga")
    dialog = BookingDialog(context, list_rooms(context.database), request)
    qtbot.addWidget(dialog)
    choices = [dialog.activity.itemText(i) for i in range(dialog.activity.count())]
    assert choices == ["(geen activiteit)", "Yoga"]  # an ended activity is not offered for a new booking
    dialog.activity.setCurrentIndex(dialog.activity.findData(yoga))
    dialog.accept()
    with context.database.reading() as session:
        booking = bookings_between(session, MONDAY, MONDAY)[0]
    assert booking.activity_id == yoga
    again = BookingDialog(context, list_rooms(context.database), request_from(booking), booking)
    qtbot.addWidget(again)
    assert again.activity.currentText() == "Yoga"
    again.activity.setCurrentIndex(0)
    again.accept()
    with context.database.reading() as session:
        assert bookings_between(session, MONDAY, MONDAY)[0].activity_id is None


def test_keyboard_ctrl_f_asks_what_is_free_and_arrows_enter_edit(page, context, rooms, qtbot, monkeypatch) -> None:
    book(
        context.database,
        BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Toetsen"),
    )
    page.refresh()
    page.grid.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.free.day.hasFocus()
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Down)  # the cursor starts on Monday's first room (the Aula): into its cell
    assert page.grid.selected is not None and "Toetsen" in page.details.text()
    edited: list[int] = []
    monkeypatch.setattr(page, "edit_booking", edited.append)
    page.grid.editRequested.disconnect()
    page.grid.editRequested.connect(page.edit_booking)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert edited == [page.grid.selected]


def test_details_name_the_linked_activity(page, context, rooms, qtbot) -> None:
    yoga = _activity(context, "Yoga")
    book(
        context.database,
        BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(11), title="Les", activity_id=yoga),
    )
    page.refresh()
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=_block_center(page, "Les"))
    assert "activiteit: Yoga" in page.details.text()


def test_series_edit_lists_the_closing_days_it_skipped(qtbot, qsettings_isolated, context, rooms) -> None:
    from buurtzaak_desktop.domain.dates import format_date

    thursday = date(2026, 12, 10)
    made = book(
        context.database,
        BookingRequest(
            room_id=rooms["Aula"], day=thursday, start=time(19), end=time(20), title="Koor", frequency="weekly", count=4
        ),
    )
    with context.database.reading() as session:
        first = bookings_between(session, thursday, thursday)[0]
    dialog = BookingDialog(context, list_rooms(context.database), request_from(first), first, "all")
    qtbot.addWidget(dialog)
    dialog.day.setDate(date(2026, 12, 11))  # the whole series to Fridays: Christmas and New Year's Day
    dialog.accept()
    assert dialog.result() == BookingDialog.DialogCode.Accepted
    assert dialog.messages == [
        f"Niet geboekt op sluitingsdagen: {format_date(date(2026, 12, 25))}, {format_date(date(2027, 1, 1))}."
    ]
    with context.database.reading() as session:
        live = [b.day for b in bookings_between(session, thursday, date(2027, 1, 31)) if b.series_id == made.series_id]
    assert live == [date(2026, 12, 11), date(2026, 12, 18)]


def test_enter_in_the_free_panel_does_not_open_the_selected_list_booking(page, context, rooms, qtbot) -> None:
    book(
        context.database, BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Lijst")
    )
    page.set_mode(LIST)
    page.refresh()
    page.table.setFocus()
    page.table.selectRow(0)
    edited: list[int] = []
    page.edit_booking = lambda booking_id: edited.append(booking_id)  # what Enter on the list would open
    page.free.people.setFocus()
    qtbot.keyClick(page.free.people, Qt.Key.Key_Return)
    assert edited == []  # Enter belongs to the field (it asks what is free), not to the list
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(edited) == 1


def test_a_warning_after_moving_shows_in_the_notice_not_in_a_box(page, context, rooms, monkeypatch) -> None:
    from buurtzaak_desktop.services.settings import write_setting

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: boxes.append(text))
    with context.database.transaction() as session:
        write_setting(session, "rooster_group_share", 0.01)  # any group booking holds more than 1% of the week
    made = book(
        context.database,
        BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Les", group_name="Koor"),
    )
    page.refresh()
    assert page.notice.isHidden()
    page.move_booking(made.booking_ids[0], rooms["Aula"], 13 * 60, 15 * 60)
    assert boxes == []
    assert not page.notice.isHidden()
    assert page.notice.text().startswith("Verplaatst:") and "Koor heeft in die week" in page.notice.text()
    page.notice.close_button.click()
    assert page.notice.isHidden() and page.notice.text() == ""
