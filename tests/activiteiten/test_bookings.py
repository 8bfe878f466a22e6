"""An activity's sessions book their room through the rooster's rules; pausing, ending and "niet doorgegaan"
free the room; editing moves the bookings; refused dates are listed before saving and never dropped silently."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import func, select

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.db.models.activiteiten import Activity, ActivitySession
from buurtzaak_desktop.db.models.rooster import CANCELLED as BOOKING_CANCELLED
from buurtzaak_desktop.db.models.rooster import LIVE
from buurtzaak_desktop.services.activiteiten.programme import CANCELLED, ENDED, PAUSED, PLANNED, ProgrammeService
from buurtzaak_desktop.services.activiteiten.sessions import SessionService
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book
from buurtzaak_desktop.services.rooster.calendar import set_closing_day
from buurtzaak_desktop.services.rooster.queries import free_rooms

from .conftest import TODAY, yoga_input

FUTURE_MONDAYS = [date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 14), date(2026, 12, 21), date(2026, 12, 28)]


def sessions(database, activity_id: int) -> dict[date, ActivitySession]:
    with database.reading() as session:
        query = select(ActivitySession).where(ActivitySession.activity_id == activity_id)
        return {row.day: row for row in session.execute(query).scalars()}


def live_bookings(database, activity_id: int) -> list[Booking]:
    with database.reading() as session:
        query = select(Booking).where(Booking.activity_id == activity_id, Booking.status == LIVE)
        return sorted(session.execute(query).scalars(), key=lambda b: b.day)


def room_is_free(database, room_id: int, day: date, start: time, end: time) -> bool:
    return room_id in {free.room.id for free in free_rooms(database, day, start, end)}


def test_saving_books_every_future_session_in_the_rooster(database, room_id) -> None:
    activity_id, skipped, _ = ProgrammeService(database).save(None, yoga_input(room_id), TODAY)
    assert skipped == []
    bookings = live_bookings(database, activity_id)
    assert [b.day for b in bookings] == FUTURE_MONDAYS
    assert {(b.room_id, b.start, b.end, b.title) for b in bookings} == {(room_id, time(10), time(11, 30), "Yoga")}
    rows = sessions(database, activity_id)
    assert [rows[b.day].booking_id for b in bookings] == [b.id for b in bookings]
    assert not room_is_free(database, room_id, date(2026, 12, 7), time(11), time(12))
    # the rooster's own rules now refuse a second group in the room at that time
    with database.reading() as session:
        taken = session.execute(select(func.count()).select_from(Booking)).scalar_one()
    assert taken == 5


def test_a_clash_and_a_closing_day_are_listed_before_saving_and_nothing_is_written(database, room_id) -> None:
    book(
        database,
        BookingRequest(
            room_id=room_id,
            day=date(2026, 12, 7),
            start=time(11),
            end=time(12),
            title="Zumba",
            group_name="Surinaamse vrouwen",
        ),
    )
    set_closing_day(database, date(2026, 12, 14), "Teamdag")
    service = ProgrammeService(database)

    preview = service.preview(None, yoga_input(room_id), TODAY)

    assert [(s.day, s.closed, s.clash_title) for s in preview] == [
        (date(2026, 12, 7), False, "Zumba"),
        (date(2026, 12, 14), True, None),
    ]
    assert "Zumba" in preview[0].error.message and "gesloten" in preview[1].error.message
    with database.reading() as session:
        assert session.execute(select(func.count()).select_from(Activity)).scalar_one() == 0
        assert session.execute(select(func.count()).select_from(Booking)).scalar_one() == 1


def test_saving_anyway_cancels_the_refused_dates_with_their_reason(database, room_id) -> None:
    book(database, BookingRequest(room_id=room_id, day=date(2026, 12, 7), start=time(11), end=time(12), title="Zumba"))
    set_closing_day(database, date(2026, 12, 14), "Teamdag")

    activity_id, skipped, _ = ProgrammeService(database).save(None, yoga_input(room_id), TODAY)

    assert [s.day for s in skipped] == [date(2026, 12, 7), date(2026, 12, 14)]
    rows = sessions(database, activity_id)
    clash, closed = rows[date(2026, 12, 7)], rows[date(2026, 12, 14)]
    assert (clash.status, clash.cancel_reason) == (CANCELLED, "Ruimte bezet (Zumba)")
    assert (closed.status, closed.cancel_reason) == (CANCELLED, "Centrum gesloten")
    assert rows[date(2026, 12, 7)].booking_id is None and rows[date(2026, 12, 14)].booking_id is None
    assert [b.day for b in live_bookings(database, activity_id)] == [
        date(2026, 11, 30),
        date(2026, 12, 21),
        date(2026, 12, 28),
    ]


def test_pausing_frees_the_future_bookings(database, room_id, data_paths, capsys) -> None:
    service = ProgrammeService(database)
    activity_id = service.create(yoga_input(room_id), TODAY)
    assert not room_is_free(database, room_id, date(2026, 12, 7), time(10), time(11))

    service.set_status(activity_id, PAUSED, TODAY)

    assert live_bookings(database, activity_id) == []
    assert room_is_free(database, room_id, date(2026, 12, 7), time(10), time(11))
    with database.reading() as session:
        cancelled = session.execute(select(Booking.day).where(Booking.status == BOOKING_CANCELLED)).scalars()
        assert sorted(cancelled) == FUTURE_MONDAYS  # they stay in the rooster's history
    database.close()
    assert (
        main(["free", "--date", "2026-12-07", "--from", "10:00", "--to", "11:00", "--data-dir", str(data_paths.root)])
        == 0
    )
    assert "Activiteitenruimte 1" in capsys.readouterr().out


def test_resuming_books_again_and_ending_frees_again(database, room_id) -> None:
    service = ProgrammeService(database)
    activity_id = service.create(yoga_input(room_id), TODAY)
    service.set_status(activity_id, PAUSED, TODAY)
    service.set_status(activity_id, "actief", date(2026, 12, 10))
    assert [b.day for b in live_bookings(database, activity_id)] == FUTURE_MONDAYS[2:]
    service.set_status(activity_id, ENDED, date(2026, 12, 20))
    assert [b.day for b in live_bookings(database, activity_id)] == [date(2026, 12, 14)]


def test_editing_the_time_and_room_moves_the_future_bookings(database, room_id) -> None:
    service = ProgrammeService(database)
    activity_id = service.create(yoga_input(room_id), TODAY)
    other_room = _add_room(database, "Aula")

    service.update(activity_id, yoga_input(other_room, start_time=time(14), end_time=time(15, 30)), TODAY)

    bookings = live_bookings(database, activity_id)
    assert [b.day for b in bookings] == FUTURE_MONDAYS
    assert {(b.room_id, b.start, b.end) for b in bookings} == {(other_room, time(14), time(15, 30))}
    assert room_is_free(database, room_id, date(2026, 12, 7), time(10), time(11, 30))
    rows = sessions(database, activity_id)
    assert {rows[b.day].booking_id for b in bookings} == {b.id for b in bookings}


def test_moving_onto_a_taken_slot_is_previewed_and_keeps_the_old_bookings_until_saved(database, room_id) -> None:
    service = ProgrammeService(database)
    activity_id = service.create(yoga_input(room_id), TODAY)
    book(
        database,
        BookingRequest(room_id=room_id, day=date(2026, 12, 21), start=time(14), end=time(15), title="Buurtpanel"),
    )
    changed = yoga_input(room_id, start_time=time(14), end_time=time(15, 30))

    assert [(s.day, s.clash_title) for s in service.preview(activity_id, changed, TODAY)] == [
        (date(2026, 12, 21), "Buurtpanel")
    ]
    assert {b.start for b in live_bookings(database, activity_id)} == {time(10)}  # the preview wrote nothing

    service.update(activity_id, changed, TODAY)
    assert [b.day for b in live_bookings(database, activity_id)] == [d for d in FUTURE_MONDAYS if d.day != 21]


def test_a_session_that_did_not_take_place_frees_its_booking(database, room_id) -> None:
    activity_id = ProgrammeService(database).create(yoga_input(room_id), TODAY)
    row = sessions(database, activity_id)[date(2026, 12, 7)]
    service = SessionService(database)

    service.cancel(row.id or 0, "Begeleider ziek")

    assert sessions(database, activity_id)[date(2026, 12, 7)].booking_id is None
    assert date(2026, 12, 7) not in [b.day for b in live_bookings(database, activity_id)]
    assert room_is_free(database, room_id, date(2026, 12, 7), time(10), time(11, 30))
    # planned again: the room is booked again through the same rules
    service.reinstate(row.id or 0, TODAY)
    again = sessions(database, activity_id)[date(2026, 12, 7)]
    assert again.status == PLANNED and again.booking_id is not None
    assert not room_is_free(database, room_id, date(2026, 12, 7), time(10), time(11, 30))


def test_deleting_a_booking_leaves_the_session_without_a_link(database, room_id) -> None:
    activity_id = ProgrammeService(database).create(yoga_input(room_id), TODAY)
    row = sessions(database, activity_id)[date(2026, 12, 7)]
    with database.transaction() as session:
        session.delete(session.get(Booking, row.booking_id))
    kept = sessions(database, activity_id)[date(2026, 12, 7)]
    assert kept.booking_id is None  # ON DELETE SET NULL: the session and its attendance stay


def _add_room(database, name: str) -> int:
    from buurtzaak_desktop.db.models import Room

    with database.transaction() as session:
        room = Room(name=name, capacity=80)
        session.add(room)
        session.flush()
        return room.id or 0


def test_extending_the_season_books_the_new_sessions(database, room_id) -> None:
    service = ProgrammeService(database)
    activity_id = service.create(yoga_input(room_id), TODAY)
    set_closing_day(database, date(2027, 1, 4), "Nieuwjaarsschoonmaak")

    _id, skipped, _ = service.save(activity_id, yoga_input(room_id, season_end=date(2027, 1, 18)), TODAY)

    assert [(s.day, s.closed) for s in skipped] == [(date(2027, 1, 4), True)]
    assert [b.day for b in live_bookings(database, activity_id)] == [
        *FUTURE_MONDAYS,
        date(2027, 1, 11),
        date(2027, 1, 18),
    ]
