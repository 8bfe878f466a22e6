"""Series of bookings with python-dateutil's rrule: weekly, every two weeks, monthly on the nth weekday."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice

from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError

MAX_OCCURRENCES = 520  # ten years of weekly meetings; a typo in "until" must not make a million bookings
FREQUENCY_NAMES = {"": None, "wekelijks": "weekly", "tweewekelijks": "biweekly", "maandelijks": "monthly"}


@dataclass
class Occurrences:
    days: list[date] = field(default_factory=list)
    skipped: list[date] = field(default_factory=list)  # fell on a closing day: not booked, told to the user


def nth_weekday(day: date) -> int:
    """1 for the first Tuesday of the month, ..., 5 for a fifth; -1 is used for a last one beyond the 4th."""
    return (day.day - 1) // 7 + 1


def same_nth_weekday(in_month: date, like: date) -> date:
    """The day in ``in_month``'s month that is the same nth weekday as ``like`` (for a fifth one: the last)."""
    nth = nth_weekday(like)
    which = weekday(like.weekday())(-1 if nth == 5 else nth)
    return in_month + relativedelta(day=31 if nth == 5 else 1, weekday=which)


def series_days(frequency: str, first: date, until: date | None = None, count: int | None = None) -> list[date]:
    """The days of a series starting on ``first`` (included), until a day (included) or a number of times."""
    if until is None and count is None:
        raise InputError(QT_TRANSLATE_NOOP("core", "Geef bij een herhaling een einddatum of een aantal keer."))
    if until is not None and until < first:
        raise InputError(QT_TRANSLATE_NOOP("core", "De einddatum {until} ligt voor de eerste datum."), until=until)
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(until, datetime.min.time()) if until else None
    # rrule wants either until or count; the cap on the number applies to both
    limit = None if end else min(count or MAX_OCCURRENCES, MAX_OCCURRENCES)
    if frequency == "weekly":
        rule = rrule(WEEKLY, dtstart=start, until=end, count=limit)
    elif frequency == "biweekly":
        rule = rrule(WEEKLY, interval=2, dtstart=start, until=end, count=limit)
    elif frequency == "monthly":
        nth = nth_weekday(first)
        # a fifth weekday does not exist every month: then take the last one
        by = weekday(first.weekday())(-1 if nth == 5 else nth)
        rule = rrule(MONTHLY, byweekday=by, dtstart=start, until=end, count=limit)
    else:
        raise InputError(QT_TRANSLATE_NOOP("core", "Onbekende herhaling '{value}'."), value=frequency)
    return [moment.date() for moment in islice(rule, MAX_OCCURRENCES)]


def plan_series(
    frequency: str,
    first: date,
    until: date | None,
    count: int | None,
    closed: Collection[date],
) -> Occurrences:
    """The series' days, with the days the centre is closed left out and listed."""
    result = Occurrences()
    for day in series_days(frequency, first, until, count):
        (result.skipped if day in closed else result.days).append(day)
    return result


def parse_frequency(text: str) -> str | None:
    """'wekelijks' -> 'weekly'; empty -> None (a single booking)."""
    key = text.strip().lower()
    if key not in FREQUENCY_NAMES:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "core", "'{value}' is geen geldige herhaling (leeg, wekelijks, tweewekelijks of maandelijks)."
            ),
            value=text.strip(),
        )
    return FREQUENCY_NAMES[key]
