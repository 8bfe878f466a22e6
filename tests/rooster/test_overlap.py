"""Overlap rules through the service: touching, containing, set-up/clean-up, combined rooms, series, DST."""

from __future__ import annotations

from datetime import date, time

import pytest

from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.rooster.bookings import cancel_booking
from tests.rooster.conftest import MONDAY


def test_touching_ends_are_fine(booker) -> None:
    booker("Aula", "10:00", "12:00")
    assert booker("Aula", "12:00", "13:00").booking_ids


def test_overlap_is_refused_naming_the_clashing_booking(booker) -> None:
    booker("Aula", "10:00", "12:00", title="Buurtpanel")
    with pytest.raises(RuleViolation, match="Buurtpanel"):
        booker("Aula", "11:59", "13:00")


def test_containing_and_contained_are_refused(booker) -> None:
    booker("Aula", "10:00", "12:00")
    with pytest.raises(RuleViolation):
        booker("Aula", "09:00", "13:00")
    with pytest.raises(RuleViolation):
        booker("Aula", "10:30", "11:00")


def test_another_room_does_not_clash(booker) -> None:
    booker("Aula", "10:00", "12:00")
    assert booker("Spreekkamer", "10:00", "12:00").booking_ids


def test_cancelled_booking_frees_the_room(booker, database) -> None:
    first = booker("Aula", "10:00", "12:00")
    cancel_booking(database, first.booking_ids[0])
    assert booker("Aula", "10:00", "12:00").booking_ids


def test_set_up_and_clean_up_count(booker) -> None:
    booker("Keuken", "12:00", "14:00")  # the kitchen blocks 11:45-14:15
    with pytest.raises(RuleViolation, match="opbouw en afbouw"):
        booker("Keuken", "14:10", "15:00", setup_minutes=0)
    with pytest.raises(RuleViolation):
        booker("Keuken", "10:00", "11:50", cleanup_minutes=0)
    assert booker("Keuken", "14:15", "15:00", setup_minutes=0).booking_ids


def test_combined_room_blocks_its_parts_and_a_part_blocks_the_whole(booker) -> None:
    booker("Activiteitenruimte 1+2", "10:00", "12:00", title="Debat")
    with pytest.raises(RuleViolation, match="Debat"):
        booker("Activiteitenruimte 2", "11:00", "11:30")
    booker("Activiteitenruimte 1", "13:00", "14:00", title="Yoga")
    with pytest.raises(RuleViolation, match="Yoga"):
        booker("Activiteitenruimte 1+2", "13:30", "15:00")
    assert booker("Activiteitenruimte 2", "13:00", "14:00").booking_ids  # the other part is free


def test_series_clash_on_a_later_occurrence_refuses_the_whole_series(booker, database) -> None:
    booker("Aula", "19:00", "20:00", day=date(2026, 12, 21), title="Kerstoverleg")
    with pytest.raises(RuleViolation, match="Kerstoverleg"):
        booker("Aula", "19:00", "21:00", frequency="weekly", count=4)
    from buurtzaak_desktop.services.rooster.queries import bookings_between

    with database.reading() as session:
        assert len(bookings_between(session, MONDAY, date(2027, 1, 31))) == 1  # nothing of the series was written


@pytest.mark.parametrize("day", [date(2026, 3, 29), date(2026, 10, 25)])  # clocks go forward / back
def test_wall_clock_times_on_dst_change_days(booker, database, day) -> None:
    from buurtzaak_desktop.services.rooster.calendar import set_weekend_opening

    set_weekend_opening(database, day, True)  # both are Sundays
    booker("Aula", "10:00", "12:00", day=day)
    assert booker("Aula", "12:00", "13:00", day=day).booking_ids
    with pytest.raises(RuleViolation):
        booker("Aula", "11:00", "12:30", day=day)


def test_dst_change_does_not_shift_a_weekly_series(booker, database) -> None:
    from buurtzaak_desktop.services.rooster.queries import bookings_between

    result = booker("Aula", "19:00", "20:00", day=date(2026, 10, 19), frequency="weekly", count=3)
    with database.reading() as session:
        booked = bookings_between(session, date(2026, 10, 19), date(2026, 11, 2))
    assert len(result.booking_ids) == 3
    assert {(b.start, b.end) for b in booked} == {(time(19), time(20))}
    with pytest.raises(RuleViolation):
        booker("Aula", "19:30", "20:30", day=date(2026, 10, 26))
