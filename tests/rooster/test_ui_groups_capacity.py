"""The dialogs with real widgets: the group chosen or typed in the booking dialog, the capacity beside the number
of people and its refusal, set-up/clean-up following the room, and the strike that asks before it cancels."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QMessageBox

from buurtzaak_desktop.services.rooms import list_rooms
from buurtzaak_desktop.services.rooster.bookings import BookingRequest
from buurtzaak_desktop.services.rooster.hygiene import record_strike, strikes_of
from buurtzaak_desktop.services.rooster.queries import bookings_for
from buurtzaak_desktop.ui.rooster.booking_dialog import BookingDialog
from buurtzaak_desktop.ui.rooster.strike_dialog import StrikeDialog
from tests.rooster.conftest import MONDAY


def _dialog(qtbot, context, room_id: int, **extra) -> BookingDialog:
    request = BookingRequest(room_id=room_id, day=MONDAY, start=time(10), end=time(11), title="Overleg", **extra)
    dialog = BookingDialog(context, list_rooms(context.database), request)
    qtbot.addWidget(dialog)
    return dialog


def _choose_room(dialog: BookingDialog, name: str) -> None:
    dialog.room.setCurrentIndex(
        next(i for i in range(dialog.room.count()) if dialog.room.itemText(i).startswith(f"{name} ("))
    )


def test_the_group_is_picked_from_the_known_ones_or_typed_new(
    qtbot, qsettings_isolated, context, rooms, booker
) -> None:
    booker("Aula", "08:00", "09:00", group_name="Kookgroep 1")
    dialog = _dialog(qtbot, context, rooms["Keuken"])
    assert [dialog.group.itemText(i) for i in range(dialog.group.count())] == ["", "Kookgroep 1"]
    dialog.group.setCurrentText("kookgroep 1 ")
    dialog.accept()
    assert dialog.result() == 1
    new = _dialog(qtbot, context, rooms["Keuken"])
    new.group.setCurrentText("Damclub")
    new.start.setCurrentText("12:00")
    new.end.setCurrentText("13:00")
    new.accept()
    assert sorted(b.group_name for b in bookings_for(context.database)) == ["Damclub", "Kookgroep 1", "Kookgroep 1"]


def test_capacity_shows_beside_the_people_and_refuses_more(
    refusals, qtbot, qsettings_isolated, context, rooms, monkeypatch
) -> None:
    shown = refusals
    dialog = _dialog(qtbot, context, rooms["Aula"])
    assert dialog.capacity.text() == "max. 80"
    _choose_room(dialog, "Spreekkamer")
    assert dialog.capacity.text() == "max. 4"
    dialog.people.setValue(6)
    dialog.accept()
    assert dialog.result() == 0
    assert "Spreekkamer is voor hoogstens 4 personen" in shown[0] and "voor 6" in shown[0]
    assert bookings_for(context.database) == []
    dialog.people.setValue(4)
    dialog.accept()
    assert dialog.result() == 1 and [b.people for b in bookings_for(context.database)] == [4]


def test_setup_and_cleanup_follow_the_room_until_the_user_changes_them(
    qtbot, qsettings_isolated, context, rooms
) -> None:
    dialog = _dialog(qtbot, context, rooms["Aula"], setup_minutes=0, cleanup_minutes=0)
    _choose_room(dialog, "Keuken")  # 15 / 15 in the fixture
    assert (dialog.setup.value(), dialog.cleanup.value()) == (15, 15)
    dialog.setup.setValue(30)  # the user's own choice stays
    _choose_room(dialog, "Aula")
    assert (dialog.setup.value(), dialog.cleanup.value()) == (30, 0)
    dialog.accept()
    assert [(b.setup_minutes, b.cleanup_minutes) for b in bookings_for(context.database)] == [(30, 0)]


def test_a_bookings_own_minutes_are_kept_when_it_is_opened(qtbot, qsettings_isolated, context, rooms) -> None:
    dialog = _dialog(qtbot, context, rooms["Keuken"], setup_minutes=45, cleanup_minutes=15)
    assert (dialog.setup.value(), dialog.cleanup.value()) == (45, 15)
    _choose_room(dialog, "Aula")
    assert (dialog.setup.value(), dialog.cleanup.value()) == (45, 0)  # the room's 15 followed; the own 45 stays


def test_the_suspending_strike_names_each_booking_and_cancels_only_after_yes(
    qtbot, qsettings_isolated, context, rooms, booker, monkeypatch
) -> None:
    for number in range(4):
        record_strike(context.database, "Kookgroep 3", date(2026, 11, 1 + number), rooms["Keuken"], "vet")
    booker("Keuken", "10:00", "11:00", group_name="Kookgroep 3", title="Koken")
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(parent, title, text, *args):
        asked.append(text)
        return next(answers)

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    dialog = StrikeDialog(context, list_rooms(context.database), date(2026, 12, 1))
    qtbot.addWidget(dialog)
    dialog.group.setText("KOOKGROEP 3 ")
    dialog.accept()
    assert dialog.result() == 0 and "• ma 7 december 2026 10:00–11:00, Keuken: Koken" in asked[0]
    assert len(strikes_of(context.database, "Kookgroep 3")) == 4
    assert [b.status for b in bookings_for(context.database)] == ["live"]
    dialog.accept()
    assert dialog.result() == 1
    assert [b.status for b in bookings_for(context.database)] == ["cancelled"]
    assert told[0].startswith("Kookgroep 3 is geschorst tot") and "1 boeking(en)" in told[0]
