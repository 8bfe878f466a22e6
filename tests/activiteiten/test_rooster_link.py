"""A booking that holds an activity's session never leaves it behind: the Rooster refuses to move it (change it in
Activiteiten), cancels it only when asked to cancel the session too, and ``activiteit-boeking`` finds every drift."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, text

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.models import Booking, BookingSeries, Room
from buurtzaak_desktop.db.models.activiteiten import ActivitySession
from buurtzaak_desktop.db.models.rooster import CANCELLED as BOOKING_CANCELLED
from buurtzaak_desktop.db.models.rooster import LIVE
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput, ParticipantService
from buurtzaak_desktop.services.activiteiten.programme import CANCELLED, PAUSED, PLANNED, ProgrammeService
from buurtzaak_desktop.services.activiteiten.sessions import SessionService
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.rooms import list_rooms
from buurtzaak_desktop.services.rooster.bookings import BookingChanges, cancel_booking, request_from, update_booking
from buurtzaak_desktop.services.rooster.queries import booking_by_id, free_rooms
from buurtzaak_desktop.services.rooster.session_link import CANCEL_REASON, SessionsWouldLapse

from .conftest import TODAY, yoga_input

DAY = date(2026, 12, 7)  # a Monday with a Yoga session 10:00-11:30
LATER = [date(2026, 12, 7), date(2026, 12, 14), date(2026, 12, 21), date(2026, 12, 28)]
CHECK = "activiteit-boeking"


@pytest.fixture
def yoga_id(database, room_id) -> int:
    return ProgrammeService(database).create(yoga_input(room_id), TODAY)


def session_on(database, activity_id: int, day: date = DAY) -> ActivitySession:
    with database.reading() as session:
        query = select(ActivitySession).where(ActivitySession.activity_id == activity_id, ActivitySession.day == day)
        return session.execute(query).scalar_one()


def booking(database, booking_id: int) -> Booking:
    found = booking_by_id(database, booking_id)
    assert found is not None
    return found


def other_room(database) -> int:
    with database.transaction() as session:
        room = Room(name="Aula", capacity=80)
        session.add(room)
        session.flush()
        return room.id or 0


def findings(database) -> list[str]:
    return run_checks(database, [CHECK])[CHECK]


@pytest.mark.parametrize(
    "changes",
    [
        BookingChanges(day=date(2026, 12, 8)),
        BookingChanges(start=time(10, 30), end=time(12)),
        BookingChanges(end=time(11)),  # shortening it too
        BookingChanges(unlink_activity=True),
    ],
    ids=["day", "time", "shorter", "unlink"],
)
def test_the_rooster_refuses_to_move_a_session_booking_and_names_the_activity(database, yoga_id, changes) -> None:
    row = session_on(database, yoga_id)
    before = booking(database, row.booking_id or 0)
    with pytest.raises(RuleViolation, match=r"Yoga op ma 7 december 2026.*Activiteiten"):
        update_booking(database, row.booking_id or 0, changes)
    after = booking(database, row.booking_id or 0)
    assert (after.day, after.start, after.end, after.activity_id) == (before.day, before.start, before.end, yoga_id)
    assert findings(database) == []


def test_another_room_is_refused_but_the_title_and_contact_may_change(database, yoga_id) -> None:
    row = session_on(database, yoga_id)
    aula = other_room(database)
    with pytest.raises(RuleViolation, match="Yoga"):
        update_booking(database, row.booking_id or 0, BookingChanges(room_id=aula))
    # what the dialog sends for an unchanged booking (same room, day and times) is not a move
    same = booking(database, row.booking_id or 0)
    update_booking(
        database,
        same.id or 0,
        BookingChanges(
            room_id=same.room_id, start=same.start, end=same.end, activity_id=yoga_id, contact="06-11111111"
        ),
    )
    assert booking(database, same.id or 0).contact == "06-11111111"
    assert findings(database) == []


def test_cancelling_without_the_flag_asks_and_changes_nothing(database, yoga_id, room_id) -> None:
    row = session_on(database, yoga_id)
    with pytest.raises(SessionsWouldLapse) as raised:
        cancel_booking(database, row.booking_id or 0)
    assert raised.value.lapsing == [("Yoga", DAY)]
    assert "niet doorgegaan" in raised.value.message
    assert booking(database, row.booking_id or 0).status == LIVE
    assert session_on(database, yoga_id).status == PLANNED


def test_cancelling_with_the_flag_makes_the_session_niet_doorgegaan_in_one_go(database, yoga_id, room_id) -> None:
    row = session_on(database, yoga_id)
    assert cancel_booking(database, row.booking_id or 0, cancel_sessions=True) == 1
    lapsed = session_on(database, yoga_id)
    assert (lapsed.status, lapsed.cancel_reason, lapsed.booking_id) == (CANCELLED, CANCEL_REASON, None)
    assert booking(database, row.booking_id or 0).status == BOOKING_CANCELLED
    assert room_id in {free.room.id for free in free_rooms(database, DAY, time(10), time(11, 30))}
    assert SessionService(database).info(row.id or 0).cancelled  # the week view and the lists show it
    assert findings(database) == []


def test_a_session_with_attendance_is_history_and_not_cancelled_from_the_rooster(database, yoga_id) -> None:
    row = session_on(database, yoga_id)
    SessionService(database).save_attendance(row.id or 0, [], anonymous_walk_ins=3)
    with pytest.raises(RuleViolation, match="aanwezigheid"):
        cancel_booking(database, row.booking_id or 0, cancel_sessions=True)
    assert session_on(database, yoga_id).status == PLANNED
    assert booking(database, row.booking_id or 0).status == LIVE


def _as_series(database, activity_id: int) -> list[int]:
    """The activity's bookings as one weekly series. No service makes this today; the guard holds anyway."""
    with database.transaction() as session:
        series = BookingSeries(frequency="weekly", first_day=date(2026, 11, 30), count=5, title="Yoga")
        session.add(series)
        session.flush()
        session.execute(
            text("UPDATE booking SET series_id = :s, occurrence_day = day WHERE activity_id = :a"),
            {"s": series.id, "a": activity_id},
        )
        rows = session.execute(select(Booking.id).where(Booking.activity_id == activity_id).order_by(Booking.day))
        return list(rows.scalars())


@pytest.mark.parametrize("scope", ["this", "following", "all"])
def test_series_edits_in_every_scope_refuse_moving_session_bookings(database, yoga_id, scope) -> None:
    ids = _as_series(database, yoga_id)
    with pytest.raises(RuleViolation, match="Yoga"):
        update_booking(database, ids[1], BookingChanges(day=date(2026, 12, 8)), scope)  # type: ignore[arg-type]
    with pytest.raises(RuleViolation, match="Yoga"):
        update_booking(database, ids[1], BookingChanges(start=time(9), end=time(10)), scope)  # type: ignore[arg-type]
    assert [booking(database, i).start for i in ids] == [time(10)] * 5
    assert findings(database) == []


@pytest.mark.parametrize(
    ("scope", "days"), [("this", LATER[:1]), ("following", LATER), ("all", [date(2026, 11, 30), *LATER])]
)
def test_series_cancels_in_every_scope_name_each_session_and_lapse_them_with_the_flag(
    database, yoga_id, scope, days
) -> None:
    ids = _as_series(database, yoga_id)
    with pytest.raises(SessionsWouldLapse) as raised:
        cancel_booking(database, ids[1], scope)  # type: ignore[arg-type]
    assert raised.value.lapsing == [("Yoga", day) for day in days]
    assert cancel_booking(database, ids[1], scope, cancel_sessions=True) == len(days)  # type: ignore[arg-type]
    assert [session_on(database, yoga_id, day).status for day in days] == [CANCELLED] * len(days)
    assert findings(database) == []


def test_the_import_cannot_take_a_session_room_and_touches_no_session(
    database, yoga_id, data_paths, tmp_path, capsys
) -> None:
    """``import boekingen`` only adds bookings (never edits one); one on a session's room and time is a clash."""
    path = tmp_path / "boekingen.csv"
    path.write_text(
        "ruimte;datum;begin;eind;omschrijving\nActiviteitenruimte 1;2026-12-07;11:00;12:00;Bingo\n", encoding="utf-8"
    )
    assert main(["import", "boekingen", str(path), "--data-dir", str(data_paths.root)]) == 1
    assert "Yoga" in capsys.readouterr().err
    assert main(["check", "--data-dir", str(data_paths.root)]) == 0


def test_pausing_keeps_the_booking_of_a_session_kept_for_its_attendance(database, yoga_id, room_id) -> None:
    """Pausing from a day whose session already has its attendance: that session stays, and so does its room."""
    row = session_on(database, yoga_id)
    person = ParticipantService(database).add(ParticipantInput("Ahmed Bakkali"), TODAY)
    SessionService(database).save_attendance(row.id or 0, [person])
    ProgrammeService(database).set_status(yoga_id, PAUSED, DAY)
    assert booking(database, row.booking_id or 0).status == LIVE
    with database.reading() as session:
        live = session.execute(select(Booking.day).where(Booking.activity_id == yoga_id, Booking.status == LIVE))
        assert list(live.scalars()) == [date(2026, 11, 30), DAY]
    assert findings(database) == []


# --- the check finds every way a session and its booking can drift apart ---------------------------------------


def _sql(database, statement: str, **params) -> None:
    with database.transaction() as session:
        session.execute(text(statement), params)


def test_check_finds_a_planned_session_whose_booking_was_cancelled_or_moved(database, yoga_id) -> None:
    row = session_on(database, yoga_id)
    _sql(database, "UPDATE booking SET status = 'cancelled' WHERE id = :b", b=row.booking_id)
    assert findings(database) == [
        f"Bijeenkomst {row.id}: boeking {row.booking_id} is vervallen of staat op een andere ruimte, dag of tijd."
    ]
    _sql(database, "UPDATE booking SET status = 'live', \"end\" = '11:00:00.000000' WHERE id = :b", b=row.booking_id)
    assert len(findings(database)) == 1


def test_check_finds_a_cancelled_session_that_still_holds_its_room(database, yoga_id) -> None:
    row = session_on(database, yoga_id)
    _sql(database, "UPDATE activity_session SET status = 'niet doorgegaan' WHERE id = :s", s=row.id)
    assert findings(database) == [
        f"Bijeenkomst {row.id} is niet doorgegaan maar houdt boeking {row.booking_id} vast: de ruimte blijft bezet."
    ]


def test_check_finds_a_session_booking_unlinked_from_its_activity(database, yoga_id) -> None:
    row = session_on(database, yoga_id)
    _sql(database, "UPDATE booking SET activity_id = NULL WHERE id = :b", b=row.booking_id)
    assert findings(database) == [
        f"Bijeenkomst {row.id}: boeking {row.booking_id} hoort niet (meer) bij de activiteit van de bijeenkomst."
    ]


def test_check_finds_two_sessions_on_one_booking_and_a_planned_session_without_one(database, yoga_id) -> None:
    first, second = session_on(database, yoga_id), session_on(database, yoga_id, date(2026, 12, 14))
    _sql(database, "UPDATE activity_session SET booking_id = :b WHERE id = :s", b=first.booking_id, s=second.id)
    found = findings(database)
    assert f"Boeking {first.booking_id} hoort bij meer dan één bijeenkomst." in found
    _sql(database, "UPDATE activity_session SET booking_id = NULL WHERE id = :s", s=second.id)
    assert findings(database) == [
        f"Bijeenkomst {second.id} is gepland in een ruimte, maar heeft geen boeking in het rooster."
    ]


# --- the Rooster tab: the refusal as the usual Dutch error, and a question before cancelling --------------------


@pytest.fixture
def rooster_page(qtbot, qsettings_isolated, context, yoga_id):
    from buurtzaak_desktop.ui.rooster.page import RoosterPage

    page = RoosterPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.set_day(DAY)
    return page


def test_gui_cancel_asks_naming_the_activity_and_no_keeps_everything(
    rooster_page, context, yoga_id, monkeypatch
) -> None:
    row = session_on(context.database, yoga_id)
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if len(asked) == 1 else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    rooster_page.cancel_booking(row.booking_id or 0)
    assert "Yoga op ma 7 december 2026" in asked[1] and "'niet doorgegaan'" in asked[1]
    assert booking(context.database, row.booking_id or 0).status == LIVE
    assert session_on(context.database, yoga_id).status == PLANNED


def test_gui_cancel_answered_yes_lapses_the_session(rooster_page, context, yoga_id, monkeypatch) -> None:
    row = session_on(context.database, yoga_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    rooster_page.cancel_booking(row.booking_id or 0)
    assert session_on(context.database, yoga_id).status == CANCELLED
    assert booking(context.database, row.booking_id or 0).status == BOOKING_CANCELLED
    assert row.booking_id not in [b.id for b in rooster_page.grid.view.bookings]


def test_gui_dragging_a_session_booking_shows_the_refusal(
    refusals, rooster_page, context, yoga_id, monkeypatch
) -> None:
    row = session_on(context.database, yoga_id)
    shown = refusals
    rooster_page.move_booking(row.booking_id or 0, row.room_id or 0, 12 * 60, 13 * 60 + 30)
    assert "Activiteiten" in shown[0] and "Yoga" in shown[0]
    assert booking(context.database, row.booking_id or 0).start == time(10)


def test_gui_booking_dialog_keeps_open_with_the_refusal(
    refusals, qtbot, qsettings_isolated, context, yoga_id, monkeypatch
) -> None:
    from buurtzaak_desktop.ui.rooster.booking_dialog import BookingDialog

    row = session_on(context.database, yoga_id)
    current = booking(context.database, row.booking_id or 0)
    shown = refusals
    dialog = BookingDialog(context, list_rooms(context.database), request_from(current), current)
    qtbot.addWidget(dialog)
    dialog.start.setCurrentText("09:00")
    dialog.accept()
    assert dialog.result() == 0 and "Yoga" in shown[0]
    dialog.start.setCurrentText("10:00")
    dialog.title.setText("Yoga (zaal open om 9:45)")
    dialog.accept()
    assert dialog.result() == 1
    assert booking(context.database, row.booking_id or 0).title == "Yoga (zaal open om 9:45)"
