"""Opening hours: weekdays, weekend days from the opening calendar, public holidays, the centre's closing days."""

from __future__ import annotations

from datetime import date, time

from buurtzaak_desktop.domain.rooster.hours import day_hours, public_holiday
from buurtzaak_desktop.domain.rooster.public_holidays import public_holidays

HOURS = {"weekday": ["08:00", "21:00"], "weekend": ["10:00", "17:00"]}


def test_weekday_hours() -> None:
    hours = day_hours(date(2026, 12, 3), HOURS, {}, set())
    assert (hours.opens, hours.closes) == (time(8), time(21))
    assert hours.open_minutes() == 13 * 60


def test_weekend_day_is_closed_unless_in_the_opening_calendar() -> None:
    saturday = date(2026, 12, 5)
    assert not day_hours(saturday, HOURS, {}, set()).is_open
    hours = day_hours(saturday, HOURS, {}, {saturday})
    assert (hours.opens, hours.closes) == (time(10), time(17))


def test_public_holidays_and_liberation_day_only_every_fifth_year() -> None:
    assert not day_hours(date(2026, 12, 25), HOURS, {}, set()).is_open
    assert not day_hours(date(2026, 4, 27), HOURS, {}, set()).is_open  # Koningsdag
    assert public_holiday(date(2025, 5, 5)) is not None
    assert public_holiday(date(2026, 5, 5)) is None
    assert day_hours(date(2026, 5, 5), HOURS, {}, set()).is_open
    assert not day_hours(date(2030, 5, 5), HOURS, {}, set()).is_open


def test_own_closing_day_with_its_reason() -> None:
    hours = day_hours(date(2026, 12, 31), HOURS, {date(2026, 12, 31): "Oudejaarsdag"}, set())
    assert not hours.is_open and hours.reason == "Oudejaarsdag"


def test_public_holidays_are_the_holidays_packages_for_every_year() -> None:
    # The package's own Dutch rules, read through its country class (importing it costs the app ~0.1 s at every
    # start, so the app computes the same days itself).
    from holidays.countries.netherlands import Netherlands

    for year in range(1900, 2101):  # the package knows no years after 2100
        assert public_holidays(year) == dict(Netherlands(years=year, language="nl")), year
