"""When is the centre open? Weekdays and weekend days have their own hours (setting ``opening_hours``); a weekend
day is open only when it is in the opening calendar; public holidays and the centre's own closing days are closed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache

from holidays.countries.netherlands import Netherlands

from buurtzaak_desktop.domain.dates import parse_time


@dataclass(frozen=True)
class DayHours:
    """The opening of one day; ``opens``/``closes`` are None when the centre is closed (``reason`` says why)."""

    day: date
    opens: time | None
    closes: time | None
    reason: str = ""

    @property
    def is_open(self) -> bool:
        return self.opens is not None

    def open_minutes(self) -> int:
        if self.opens is None or self.closes is None:
            return 0
        return minutes(self.closes) - minutes(self.opens)


def minutes(value: time) -> int:
    return value.hour * 60 + value.minute


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> dict[date, str]:
    # The package knows the Dutch rules, including Bevrijdingsdag as a day off only every fifth year. The country
    # class itself, not country_holidays("NL"): the registry behind that costs ~0.1 s of regexes at first use.
    return dict(Netherlands(years=year, language="nl"))


def public_holiday(day: date) -> str | None:
    """The Dutch name of the public holiday on ``day``, or None."""
    return _holidays_of(day.year).get(day)


def day_hours(
    day: date,
    opening_hours: Mapping[str, list[str]],
    closing_days: Mapping[date, str],
    weekend_openings: Collection[date],
) -> DayHours:
    """The opening hours of ``day``, given the setting, the centre's closing days and the open weekend days."""
    if day in closing_days:
        return DayHours(day, None, None, closing_days[day] or "gesloten")
    holiday = public_holiday(day)
    if holiday:
        return DayHours(day, None, None, holiday)
    weekend = day.weekday() >= 5
    if weekend and day not in weekend_openings:
        return DayHours(day, None, None, "weekend")
    opens, closes = opening_hours["weekend" if weekend else "weekday"]
    return DayHours(day, parse_time(opens), parse_time(closes))


def within(hours: DayHours, start: time, end: time) -> bool:
    """True if start–end lies inside the opening hours of the day."""
    if hours.opens is None or hours.closes is None:
        return False
    return hours.opens <= start and end <= hours.closes
