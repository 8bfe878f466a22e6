"""Opening hours and BHV, capacity and share warnings, hygiene strikes and suspension."""

from __future__ import annotations

from datetime import date, time

import pytest

from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.rooster.calendar import set_closing_day, set_weekend_opening
from buurtzaak_desktop.services.rooster.hygiene import record_strike
from tests.rooster.conftest import MONDAY

SATURDAY = date(2026, 12, 12)


def test_outside_opening_hours_is_refused_without_bhv(booker) -> None:
    with pytest.raises(RuleViolation, match=r"buiten de openingstijden.*08:00–21:00"):
        booker("Aula", "20:00", "22:00")
    with pytest.raises(RuleViolation, match="buiten de openingstijden"):
        booker("Aula", "07:00", "09:00")
    assert booker("Aula", "08:00", "21:00").booking_ids


def test_weekend_hours_and_closed_weekend_days(booker, database) -> None:
    with pytest.raises(RuleViolation, match="gesloten"):
        booker("Aula", "11:00", "12:00", day=SATURDAY)
    set_weekend_opening(database, SATURDAY, True)
    assert booker("Aula", "11:00", "12:00", day=SATURDAY).booking_ids
    with pytest.raises(RuleViolation, match="10:00–17:00"):
        booker("Aula", "16:00", "18:00", day=SATURDAY)


def test_public_holiday_and_own_closing_day_are_closed(booker, database) -> None:
    with pytest.raises(RuleViolation, match="gesloten"):
        booker("Aula", "10:00", "11:00", day=date(2026, 12, 25))
    set_closing_day(database, MONDAY, "Teamdag")
    with pytest.raises(RuleViolation, match="Teamdag"):
        booker("Aula", "10:00", "11:00")


def test_capacity_is_a_hard_limit(booker) -> None:
    with pytest.raises(RuleViolation, match=r"Spreekkamer is voor hoogstens 4 personen.*voor 6"):
        booker("Spreekkamer", "10:00", "11:00", people=6)
    assert booker("Spreekkamer", "10:00", "11:00", people=4).booking_ids


def test_share_per_group_warning(booker) -> None:
    # week of MONDAY: 5 weekdays x 13 h open = 65 h; 40% = 26 h
    for offset in range(2):
        result = booker("Aula", "08:00", "21:00", day=MONDAY.replace(day=7 + offset), group_name="Kookclub")
        assert result.warnings == []
    result = booker("Aula", "08:00", "10:00", day=MONDAY.replace(day=9), group_name="Kookclub")
    assert "Kookclub" in result.warnings[0].message and "40%" in result.warnings[0].message


def test_fifth_strike_suspends_the_group_for_a_month(booker, database, rooms) -> None:
    for number in range(4):
        assert record_strike(database, "Kookgroep 3", date(2026, 11, 1 + number), rooms["Keuken"], "vet") is None
    suspension = record_strike(database, "Kookgroep 3", date(2026, 12, 1), rooms["Keuken"], "vuil")
    assert suspension is not None and suspension.until == date(2027, 1, 1)
    with pytest.raises(RuleViolation, match=r"Kookgroep 3 is geschorst tot .*1 januari 2027"):
        booker("Keuken", "12:00", "13:00", group_name="Kookgroep 3")
    assert booker("Keuken", "12:00", "13:00", group_name="Kookgroep 4").booking_ids
    assert booker("Keuken", "12:00", "13:00", day=date(2027, 1, 4), group_name="Kookgroep 3").booking_ids


def test_strikes_outside_the_period_do_not_count(database, rooms) -> None:
    for year in range(2020, 2025):
        assert record_strike(database, "Groep", date(year, 3, 1), None, "") is None


def test_end_before_start_is_refused(booker) -> None:
    from buurtzaak_desktop.domain.errors import InputError

    with pytest.raises(InputError, match="eindtijd"):
        booker("Aula", "12:00", "11:00")


def test_free_rooms_best_fit_first(booker, database) -> None:
    from buurtzaak_desktop.services.rooster.queries import free_rooms

    booker("Activiteitenruimte 1", "10:00", "12:00")
    free = [f.room.name for f in free_rooms(database, MONDAY, time(11), time(12), people=10)]
    assert free == ["Activiteitenruimte 2", "Keuken", "Aula"]  # not 1, nor 1+2 (its part is taken)
    accessible = [f.room.name for f in free_rooms(database, MONDAY, time(11), time(12), people=10, wheelchair=True)]
    assert accessible == ["Keuken", "Aula"]


def test_occupancy_per_room_and_month(booker, database, rooms) -> None:
    from buurtzaak_desktop.services.rooster.occupancy import occupancy_for_month

    booker("Aula", "10:00", "13:00")
    figures = {o.room_name: o for o in occupancy_for_month(database, date(2026, 12, 1))}
    # December 2026: 23 weekdays, minus Christmas (Fri 25): 22 x 13 h; 26th is a Saturday
    assert figures["Aula"].open_minutes == 22 * 13 * 60
    assert figures["Aula"].booked_minutes == 180
    assert figures["Keuken"].booked_minutes == 0


def test_rent_from_the_rate_settings() -> None:
    from buurtzaak_desktop.domain.rooster.rules import price_cents

    rates = {"free": 0, "non_commercial": 500, "commercial": 1500}
    assert price_cents("non_commercial", 90, rates) == 750  # €5 an hour, 1.5 hours
    assert price_cents("free", 600, rates) == 0
    assert price_cents("commercial", 60, rates, room_rate=1000) == 3000  # the room's rate, commercial factor 3


def test_a_link_to_an_activity_that_does_not_exist_is_refused(booker, database) -> None:
    from buurtzaak_desktop.domain.errors import NotFound

    with pytest.raises(NotFound, match="activiteit"):
        booker("Aula", "10:00", "11:00", activity_id=999)
    from buurtzaak_desktop.services.rooster.queries import bookings_for

    assert bookings_for(database) == []
