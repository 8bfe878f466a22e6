"""Series: rrule frequencies, closing days skipped and listed, and edits/cancels with each scope."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlmodel import col, select

from buurtzaak_desktop.db.models import Booking, BookingSeries, SeriesException
from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.domain.rooster.recurrence import series_days
from buurtzaak_desktop.services.rooster.bookings import BookingChanges, cancel_booking, update_booking
from buurtzaak_desktop.services.rooster.calendar import set_closing_day
from buurtzaak_desktop.services.rooster.queries import bookings_between, bookings_for

FIRST = date(2026, 11, 2)  # a Monday


def test_frequencies() -> None:
    assert series_days("weekly", FIRST, count=3) == [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    assert series_days("biweekly", FIRST, until=date(2026, 11, 30)) == [
        date(2026, 11, 2),
        date(2026, 11, 16),
        date(2026, 11, 30),
    ]
    # the first Monday of each month
    assert series_days("monthly", FIRST, count=3) == [date(2026, 11, 2), date(2026, 12, 7), date(2027, 1, 4)]


def _days(database, series_first=FIRST, last=date(2027, 3, 1), cancelled=False):
    with database.reading() as session:
        return [(b.day, b.start, b.status) for b in bookings_between(session, series_first, last, cancelled)]


def test_closing_days_are_skipped_and_listed(booker, database) -> None:
    set_closing_day(database, date(2026, 11, 16), "Studiedag")
    result = booker("Aula", "19:00", "20:00", day=FIRST, frequency="weekly", until=date(2026, 12, 28))
    assert result.skipped_days == [date(2026, 11, 16)]
    assert len(result.booking_ids) == 8
    with database.reading() as session:
        assert session.get(SeriesException, (result.series_id, date(2026, 11, 16))).kind == "closed"


def _series(booker):
    return booker("Aula", "19:00", "20:00", day=FIRST, frequency="weekly", count=5).booking_ids


def test_edit_only_this_occurrence(booker, database) -> None:
    ids = _series(booker)
    update_booking(database, ids[1], BookingChanges(start=time(18), end=time(19)), scope="this")
    starts = [start for _, start, _ in _days(database)]
    assert starts == [time(19), time(18), time(19), time(19), time(19)]


def test_edit_this_and_following(booker, database) -> None:
    ids = _series(booker)
    update_booking(database, ids[2], BookingChanges(start=time(18), end=time(20), title="Nieuw"), scope="following")
    starts = [start for _, start, _ in _days(database)]
    assert starts == [time(19), time(19), time(18), time(18), time(18)]


def test_edit_whole_series_does_not_resurrect_a_cancelled_occurrence(booker, database) -> None:
    ids = _series(booker)
    cancel_booking(database, ids[1], scope="this")
    update_booking(database, ids[0], BookingChanges(start=time(17), end=time(18)), scope="all")
    live = _days(database)
    assert [(day, start) for day, start, _ in live] == [
        (date(2026, 11, 2), time(17)),
        (date(2026, 11, 16), time(17)),
        (date(2026, 11, 23), time(17)),
        (date(2026, 11, 30), time(17)),
    ]
    everything = _days(database, cancelled=True)
    assert (date(2026, 11, 9), time(19), "cancelled") in everything  # kept in the history, unchanged


def test_series_edit_checks_every_occurrence_not_only_the_first(booker, database) -> None:
    ids = _series(booker)
    booker("Aula", "17:00", "18:00", day=date(2026, 11, 23), title="Buurtpanel")
    with pytest.raises(RuleViolation, match="Buurtpanel"):
        update_booking(database, ids[0], BookingChanges(start=time(17), end=time(18)), scope="all")
    starts = [start for _, start, _ in _days(database)]
    assert starts == [time(19), time(19), time(19), time(17), time(19), time(19)]  # nothing of the series changed


def test_cancel_this_and_following_and_whole_series(booker, database, rooms) -> None:
    ids = _series(booker)
    assert cancel_booking(database, ids[3], scope="following") == 2
    assert len(_days(database)) == 3
    assert cancel_booking(database, ids[0], scope="all") == 3
    assert _days(database) == []
    history = bookings_for(database, room_id=rooms["Aula"])
    assert len(history) == 5 and {b.status for b in history} == {"cancelled"}


def test_move_one_occurrence_to_another_day_is_checked(booker, database) -> None:
    ids = _series(booker)
    booker("Aula", "19:00", "20:00", day=date(2026, 11, 4), title="Debat")
    with pytest.raises(RuleViolation, match="Debat"):
        update_booking(database, ids[0], BookingChanges(day=date(2026, 11, 4)), scope="this")
    update_booking(database, ids[0], BookingChanges(day=date(2026, 11, 3)), scope="this")
    assert _days(database)[0][0] == date(2026, 11, 3)


# --- the series' rule changed from an occurrence on ("deze en volgende"): weekday and time ---------------------


def _series_rows(database, series_id):
    with database.reading() as session:
        rows = session.exec(select(Booking).where(Booking.series_id == series_id).order_by(col(Booking.id)))
        return [(b.day, b.start, b.end, b.status) for b in rows]


def _rows_of(database, booking_ids):
    """The rows of these bookings, whichever series holds them now (after a split)."""
    with database.reading() as session:
        return [(b.day, b.start, b.end, b.status) for b in (session.get(Booking, i) for i in booking_ids) if b]


def _exceptions(database, series_id):
    with database.reading() as session:
        rows = session.exec(select(SeriesException).where(SeriesException.series_id == series_id))
        return {e.day: e.kind for e in rows}


def test_following_to_another_weekday_and_time_never_brings_back_a_cancelled_occurrence(booker, database) -> None:
    made = booker("Aula", "19:00", "20:00", day=FIRST, frequency="weekly", count=6)
    ids = made.booking_ids
    cancel_booking(database, ids[3], scope="this")  # 23-11 is cancelled
    # from the third occurrence on: Tuesday instead of Monday, 18:00-19:30
    edited = update_booking(
        database, ids[2], BookingChanges(day=date(2026, 11, 17), start=time(18), end=time(19, 30)), scope="following"
    )
    assert _rows_of(database, ids) == [
        (date(2026, 11, 2), time(19), time(20), "live"),
        (date(2026, 11, 9), time(19), time(20), "live"),
        (date(2026, 11, 17), time(18), time(19, 30), "live"),
        (date(2026, 11, 23), time(19), time(20), "cancelled"),  # stays cancelled, on its old day and time
        (date(2026, 12, 1), time(18), time(19, 30), "live"),
        (date(2026, 12, 8), time(18), time(19, 30), "live"),
    ]
    # the split: the new series holds the Tuesday rule and the cancellation, moved along with the rule
    assert edited.series_id != made.series_id
    assert _exceptions(database, edited.series_id) == {date(2026, 11, 24): "cancelled"}
    assert _exceptions(database, made.series_id) == {}
    # a whole-series change of the new part (back to Monday, 20:00) still leaves it cancelled
    update_booking(database, ids[2], BookingChanges(day=date(2026, 11, 16), start=time(20), end=time(21)), scope="all")
    rows = _rows_of(database, ids)
    assert [status for *_, status in rows].count("live") == 5
    assert rows[3] == (date(2026, 11, 23), time(19), time(20), "cancelled")
    assert rows[2] == (date(2026, 11, 16), time(20), time(21), "live")
    assert rows[:2] == [
        (date(2026, 11, 2), time(19), time(20), "live"),
        (date(2026, 11, 9), time(19), time(20), "live"),
    ]


def test_following_weekday_change_checks_every_occurrence_and_changes_nothing_on_a_clash(booker, database) -> None:
    made = booker("Aula", "19:00", "20:00", day=FIRST, frequency="weekly", count=6)
    before = _series_rows(database, made.series_id)
    # a clash only at the last occurrence's new day (Tuesday 8 December)
    booker("Aula", "18:30", "19:00", day=date(2026, 12, 8), title="Bewonersoverleg")
    with pytest.raises(RuleViolation, match="Bewonersoverleg"):
        update_booking(
            database, made.booking_ids[1], BookingChanges(day=date(2026, 11, 10), start=time(18)), scope="following"
        )
    assert _series_rows(database, made.series_id) == before


def test_following_weekday_change_onto_a_closing_day_skips_and_lists_it(booker, database) -> None:
    made = booker("Aula", "19:00", "20:00", day=FIRST, frequency="weekly", count=4)
    set_closing_day(database, date(2026, 11, 24), "Teamdag")  # the Tuesday of the fourth occurrence
    edited = update_booking(database, made.booking_ids[0], BookingChanges(day=date(2026, 11, 3)), scope="following")
    assert edited.skipped_days == [date(2026, 11, 24)]
    assert edited.series_id == made.series_id  # from the first occurrence on: the series itself, no split
    assert [(day, status) for day, _, _, status in _series_rows(database, made.series_id)] == [
        (date(2026, 11, 3), "live"),
        (date(2026, 11, 10), "live"),
        (date(2026, 11, 17), "live"),
        (date(2026, 11, 23), "cancelled"),
    ]  # not booked on the closing day; its old booking is freed
    assert _exceptions(database, made.series_id) == {date(2026, 11, 24): "closed"}


def test_following_change_clash_with_a_combined_room_on_a_later_occurrence(booker, database) -> None:
    made = booker("Activiteitenruimte 1", "10:00", "11:00", day=FIRST, frequency="weekly", count=4)
    booker("Activiteitenruimte 1+2", "11:00", "12:00", day=date(2026, 11, 23), title="Grote zaal")
    with pytest.raises(RuleViolation, match="Grote zaal"):
        update_booking(database, made.booking_ids[1], BookingChanges(end=time(11, 30)), scope="following")
    update_booking(database, made.booking_ids[1], BookingChanges(end=time(11)), scope="following")  # touching: fine


def test_monthly_series_to_another_weekday_keeps_the_nth_weekday_rule(booker, database) -> None:
    made = booker("Aula", "19:00", "20:00", day=FIRST, frequency="monthly", count=4)  # first Mondays
    cancel_booking(database, made.booking_ids[2], scope="this")  # 4 January stays cancelled
    # the whole series to the first Tuesday: 1 December is a Tuesday, so not 8 December (a week's shift)
    update_booking(database, made.booking_ids[0], BookingChanges(day=date(2026, 11, 3)), scope="all")
    assert [(day, status) for day, _, _, status in _series_rows(database, made.series_id)] == [
        (date(2026, 11, 3), "live"),
        (date(2026, 12, 1), "live"),
        (date(2027, 1, 4), "cancelled"),
        (date(2027, 2, 2), "live"),
    ]
    # from December on: the fourth Wednesday of the month
    update_booking(database, made.booking_ids[1], BookingChanges(day=date(2026, 12, 23)), scope="following")
    assert [day for day, *_ in _rows_of(database, made.booking_ids)] == [
        date(2026, 11, 3),
        date(2026, 12, 23),
        date(2027, 1, 4),
        date(2027, 2, 24),
    ]


def test_same_nth_weekday_takes_the_last_for_a_fifth() -> None:
    from buurtzaak_desktop.domain.rooster.recurrence import same_nth_weekday

    assert same_nth_weekday(date(2027, 1, 15), date(2026, 11, 3)) == date(2027, 1, 5)  # first Tuesday
    assert same_nth_weekday(date(2027, 2, 1), date(2026, 12, 30)) == date(2027, 2, 24)  # 5th Wednesday -> last


# --- series edits onto closing days: skipped and listed; clashes still refuse all; the split ----------------------


def test_whole_series_move_skips_holidays_lists_them_and_a_later_edit_keeps_them_absent(booker, database) -> None:
    # Thursdays 10 December - 14 January; to Fridays: Christmas Day and New Year's Day are public holidays
    made = booker("Aula", "19:00", "20:00", day=date(2026, 12, 10), frequency="weekly", count=6)
    cancel_booking(database, made.booking_ids[4], scope="this")  # 7 January cancelled
    edited = update_booking(database, made.booking_ids[0], BookingChanges(day=date(2026, 12, 11)), scope="all")
    assert edited.skipped_days == [date(2026, 12, 25), date(2027, 1, 1)]
    assert edited.series_id == made.series_id

    def live():
        return [day for day, _, _, status in _rows_of(database, made.booking_ids) if status == "live"]

    assert live() == [date(2026, 12, 11), date(2026, 12, 18), date(2027, 1, 15)]
    assert _exceptions(database, made.series_id) == {
        date(2026, 12, 25): "closed",
        date(2027, 1, 1): "closed",
        date(2027, 1, 8): "cancelled",
    }
    with database.reading() as session:
        series = session.get(BookingSeries, made.series_id)
        assert (series.first_day, series.count) == (date(2026, 12, 11), 6)
    # back to Thursdays, the whole series: the skipped and the cancelled dates stay absent
    update_booking(database, made.booking_ids[0], BookingChanges(day=date(2026, 12, 10), start=time(18)), scope="all")
    assert live() == [date(2026, 12, 10), date(2026, 12, 17), date(2027, 1, 14)]
    assert _exceptions(database, made.series_id) == {
        date(2026, 12, 24): "closed",
        date(2026, 12, 31): "closed",
        date(2027, 1, 7): "cancelled",
    }


def test_following_edit_onto_a_closing_day_skips_it_but_a_clash_elsewhere_still_refuses_all(booker, database) -> None:
    made = booker("Aula", "19:00", "20:00", day=FIRST, frequency="weekly", count=5)
    before = _rows_of(database, made.booking_ids)
    set_closing_day(database, date(2026, 11, 17), "Studiedag")  # Tuesday of the third occurrence
    booker("Aula", "18:00", "19:00", day=date(2026, 11, 24), title="Huurdersvereniging")  # Tuesday of the fourth
    with pytest.raises(RuleViolation, match="Huurdersvereniging"):
        update_booking(
            database, made.booking_ids[1], BookingChanges(day=date(2026, 11, 10), start=time(18, 30)), scope="following"
        )
    assert _rows_of(database, made.booking_ids) == before  # nothing changed: not even the skip
    assert _exceptions(database, made.series_id) == {}
    with database.reading() as session:
        assert len(list(session.exec(select(BookingSeries)))) == 1  # no half-made split either


def test_all_dates_on_closing_days_is_refused(booker, database) -> None:
    made = booker("Aula", "19:00", "20:00", day=FIRST, frequency="weekly", count=2)
    set_closing_day(database, date(2026, 11, 10), "Studiedag")
    with pytest.raises(InputError):
        update_booking(database, made.booking_ids[1], BookingChanges(day=date(2026, 11, 10)), scope="following")
    assert [status for *_, status in _rows_of(database, made.booking_ids)] == ["live", "live"]


def test_following_splits_the_series_and_each_part_is_edited_on_its_own(booker, database) -> None:
    set_closing_day(database, date(2026, 11, 30), "Teamdag")
    made = booker("Aula", "19:00", "20:00", day=FIRST, frequency="weekly", until=date(2026, 12, 21))
    assert made.skipped_days == [date(2026, 11, 30)]
    ids = made.booking_ids  # 2, 9, 16, 23 November; 7, 14, 21 December
    cancel_booking(database, ids[1], scope="this")  # 9 November
    cancel_booking(database, ids[5], scope="this")  # 14 December
    edited = update_booking(
        database, ids[3], BookingChanges(day=date(2026, 11, 25), title="Nieuw"), scope="following"
    )  # from 23 November on: Wednesdays
    assert edited.skipped_days == []
    with database.reading() as session:
        old = session.get(BookingSeries, made.series_id)
        new = session.get(BookingSeries, edited.series_id)
        assert (old.first_day, old.until, old.frequency) == (FIRST, date(2026, 11, 22), "weekly")
        assert (new.first_day, new.until, new.frequency, new.title) == (
            date(2026, 11, 25),
            date(2026, 12, 23),
            "weekly",
            "Nieuw",
        )
        assert [
            b.id
            for b in session.exec(
                select(Booking).where(Booking.series_id == edited.series_id).order_by(col(Booking.id))
            )
        ] == ids[3:]
    assert _exceptions(database, made.series_id) == {date(2026, 11, 9): "cancelled"}
    assert _exceptions(database, edited.series_id) == {date(2026, 12, 2): "closed", date(2026, 12, 16): "cancelled"}
    # the whole first part to 18:00: the second part is untouched, the cancelled ones stay cancelled
    update_booking(database, ids[0], BookingChanges(start=time(18), end=time(19)), scope="all")
    assert _rows_of(database, ids) == [
        (date(2026, 11, 2), time(18), time(19), "live"),
        (date(2026, 11, 9), time(19), time(20), "cancelled"),
        (date(2026, 11, 16), time(18), time(19), "live"),
        (date(2026, 11, 25), time(19), time(20), "live"),
        (date(2026, 12, 9), time(19), time(20), "live"),
        (date(2026, 12, 14), time(19), time(20), "cancelled"),
        (date(2026, 12, 23), time(19), time(20), "live"),
    ]
    # the whole second part back to Mondays: 30 November stays skipped, 14 December stays cancelled
    update_booking(database, ids[4], BookingChanges(day=date(2026, 12, 7), start=time(17), end=time(18)), scope="all")
    assert [(day, start, status) for day, start, _, status in _rows_of(database, ids)][3:] == [
        (date(2026, 11, 23), time(17), "live"),
        (date(2026, 12, 7), time(17), "live"),
        (date(2026, 12, 14), time(19), "cancelled"),
        (date(2026, 12, 21), time(17), "live"),
    ]
    assert _exceptions(database, edited.series_id) == {date(2026, 11, 30): "closed", date(2026, 12, 14): "cancelled"}
    assert _exceptions(database, made.series_id) == {date(2026, 11, 9): "cancelled"}


def test_following_split_of_a_series_with_a_count(booker, database) -> None:
    made = booker("Aula", "19:00", "20:00", day=FIRST, frequency="biweekly", count=5)  # 2, 16, 30 Nov; 14, 28 Dec
    edited = update_booking(database, made.booking_ids[2], BookingChanges(start=time(18)), scope="following")
    with database.reading() as session:
        old = session.get(BookingSeries, made.series_id)
        new = session.get(BookingSeries, edited.series_id)
        assert (old.first_day, old.count, old.until) == (FIRST, 2, None)
        assert (new.first_day, new.count, new.until, new.frequency) == (date(2026, 11, 30), 3, None, "biweekly")


def test_a_series_edit_checks_its_occurrences_against_each_other(booker, rooms, database) -> None:
    """Found by tests/test_stateful.py: the second occurrence moved "alleen deze" a week back into another room, then
    "de hele reeks" moved to one room: both occurrences landed on one day in one room, because a series edit ignored
    all its occurrences when checking for clashes. Now refused, and nothing changes."""
    result = booker("Keuken", "17:00", "19:30", day=FIRST, frequency="weekly", count=3, title="Kookgroep")
    first, second, _ = result.booking_ids
    update_booking(database, second, BookingChanges(day=FIRST, room_id=rooms["Aula"]), "this")
    before = _days(database)
    with pytest.raises(RuleViolation, match="al geboekt voor 'Kookgroep'"):
        update_booking(database, first, BookingChanges(room_id=rooms["Spreekkamer"]), "all")
    assert _days(database) == before
    with database.reading() as session:
        placed = session.exec(select(col(Booking.room_id)).where(col(Booking.id).in_(result.booking_ids))).all()
    assert sorted(placed) == sorted([rooms["Keuken"], rooms["Aula"], rooms["Keuken"]])
