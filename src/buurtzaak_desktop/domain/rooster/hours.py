"""When is the centre open? Each weekday is open or closed with its own hours (setting ``opening_hours``);
exceptions per date open a day (a weekend day, a public holiday, other hours) or close it (the centre's own closing
days); public holidays are closed unless opened. A closed weekday keeps its hours for the days an exception opens.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache
from typing import Any

from buurtzaak_desktop.domain.dates import WEEKDAY_NAMES, parse_time
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.rooster.public_holidays import public_holidays


@dataclass(frozen=True)
class WeekdayHours:
    """One weekday of the opening-hours setting: open or not, and its hours (also when an exception opens it)."""

    is_open: bool
    opens: time
    closes: time


# As the werkplan: Monday-Friday 08:00-21:00; weekend days 10:00-17:00 but only on the days opened (exceptions).
DEFAULT_WEEK = tuple(WeekdayHours(True, time(8), time(21)) for _ in range(5)) + tuple(
    WeekdayHours(False, time(10), time(17)) for _ in range(2)
)
Opening = tuple[time | None, time | None]  # an opening exception's own hours; (None, None): the weekday's hours


def week_setting(week: Sequence[WeekdayHours]) -> dict[str, Any]:
    """The stored form of the setting ``opening_hours``: a row per weekday, Monday first."""
    return {"week": [{"open": day.is_open, "from": f"{day.opens:%H:%M}", "to": f"{day.closes:%H:%M}"} for day in week]}


def weekly_hours(setting: Mapping[str, Any] | Sequence[WeekdayHours] | None) -> tuple[WeekdayHours, ...]:
    """The seven weekdays from the setting; also reads the form before version 0010 (``weekday``/``weekend``)."""
    if setting is None:
        return DEFAULT_WEEK
    if not isinstance(setting, Mapping):
        return tuple(setting)
    return _parsed(json.dumps(setting, sort_keys=True))


@lru_cache(maxsize=16)
def _parsed(encoded: str) -> tuple[WeekdayHours, ...]:
    setting = json.loads(encoded)
    if "week" in setting:
        return tuple(
            WeekdayHours(bool(row["open"]), parse_time(row["from"]), parse_time(row["to"])) for row in setting["week"]
        )
    weekday, weekend = setting["weekday"], setting["weekend"]
    return tuple(WeekdayHours(number < 5, *map(parse_time, weekend if number >= 5 else weekday)) for number in range(7))


def check_week(week: Sequence[WeekdayHours]) -> None:
    """Seven weekdays, each closing after it opens."""
    if len(week) != 7:
        raise InputError(QT_TRANSLATE_NOOP("core", "Geef de openingstijden voor alle zeven dagen van de week."))
    for number, day in enumerate(week):
        if day.closes <= day.opens:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "core", "Op {weekday} ligt de sluitingstijd {closes} niet na de openingstijd {opens}."
                ),
                weekday=WEEKDAY_NAMES[number],
                opens=f"{day.opens:%H:%M}",
                closes=f"{day.closes:%H:%M}",
            )


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


def public_holiday(day: date) -> str | None:
    """The Dutch name of the public holiday on ``day``, or None."""
    return public_holidays(day.year).get(day)


def day_hours(
    day: date,
    opening_hours: Mapping[str, Any] | Sequence[WeekdayHours] | None,
    closing_days: Mapping[date, str],
    openings: Collection[date] | Mapping[date, Opening],
) -> DayHours:
    """The opening hours of ``day``, given the setting, the centre's closing days and the days opened as an
    exception (with their own hours, or the weekday's). A closing day wins; an opening opens a public holiday too."""
    if day in closing_days:
        return DayHours(day, None, None, closing_days[day] or "gesloten")
    usual = weekly_hours(opening_hours)[day.weekday()]
    if day in openings:
        own = openings[day] if isinstance(openings, Mapping) else (None, None)
        return DayHours(day, own[0] or usual.opens, own[1] or usual.closes)
    holiday = public_holiday(day)
    if holiday:
        return DayHours(day, None, None, holiday)
    if not usual.is_open:
        return DayHours(day, None, None, "weekend" if day.weekday() >= 5 else "gesloten")
    return DayHours(day, usual.opens, usual.closes)


def within(hours: DayHours, start: time, end: time) -> bool:
    """True if start–end lies inside the opening hours of the day."""
    if hours.opens is None or hours.closes is None:
        return False
    return hours.opens <= start and end <= hours.closes


GRID_FIRST, GRID_LAST = 8 * 60, 22 * 60  # the usual span of a day grid: 08:00-22:00, so days compare at a glance


def grid_span(spans: Iterable[tuple[int, int]], first: int = GRID_FIRST, last: int = GRID_LAST) -> tuple[int, int]:
    """The minutes a day grid shows: 08:00-22:00, grown to whole hours so that every span (opening hours, an
    out-of-hours booking with its set-up and clean-up) fits."""
    for start, end in spans:
        first, last = min(first, start), max(last, end)
    return max(0, first // 60 * 60), min(24 * 60, -(-last // 60) * 60)
