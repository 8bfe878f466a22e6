"""When an activity's sessions fall: weekday(s), a frequency and a season, computed with dateutil's rrule."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday

from buurtzaak_desktop.domain.dates import WEEKDAY_NAMES, WEEKDAY_SHORT
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError

# Dutch name as typed in an import file -> (rrule frequency, interval, monthly: which occurrence in the month)
FREQUENCIES: dict[str, tuple[int, int]] = {
    "wekelijks": (WEEKLY, 1),
    "tweewekelijks": (WEEKLY, 2),
    "driewekelijks": (WEEKLY, 3),
    "zeswekelijks": (WEEKLY, 6),
    "maandelijks": (MONTHLY, 1),  # the first listed weekday of each month
    "driemaandelijks": (MONTHLY, 3),
    "eenmalig": (WEEKLY, 1),  # one session: on the season's first matching day
}
DAILY_ALIASES = {"dagelijks": (0, 1, 2, 3, 4)}


def parse_weekdays(text: str) -> tuple[int, ...]:
    """'ma, do' or 'maandag en donderdag' or 'dagelijks' -> (0, 3)."""
    value = text.strip().lower()
    if value in DAILY_ALIASES:
        return DAILY_ALIASES[value]
    days: set[int] = set()
    for part in value.replace(" en ", ",").replace("/", ",").replace(";", ",").split(","):
        word = part.strip()
        if not word:
            continue
        if word in WEEKDAY_SHORT:
            days.add(WEEKDAY_SHORT.index(word))
        elif word in WEEKDAY_NAMES:
            days.add(WEEKDAY_NAMES.index(word))
        else:
            raise InputError(
                QT_TRANSLATE_NOOP("core", "'{value}' is geen dag (maandag ... zondag, of ma, di, ...)."), value=word
            )
    if not days:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies ten minste één dag."))
    return tuple(sorted(days))


def encode_weekdays(days: Iterable[int]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def decode_weekdays(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())


def describe_weekdays(text: str) -> str:
    days = decode_weekdays(text)
    if days == DAILY_ALIASES["dagelijks"]:
        return "ma t/m vr"
    return ", ".join(WEEKDAY_SHORT[d] for d in days)


def check_frequency(text: str) -> str:
    value = text.strip().lower() or "wekelijks"
    if value not in FREQUENCIES:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen frequentie; kies uit: {choices}."),
            value=text.strip(),
            choices=", ".join(FREQUENCIES),
        )
    return value


def occurrences(
    weekdays: Iterable[int], frequency: str, season_start: date, season_end: date, from_day: date | None = None
) -> list[date]:
    """Every session day within the season (both ends included), from ``from_day`` on."""
    days = sorted(set(weekdays))
    if not days or season_end < season_start:
        return []
    freq, interval = FREQUENCIES[frequency]
    start = datetime.combine(season_start, time(0))
    until = datetime.combine(season_end, time(0))
    if freq == MONTHLY:
        # the first of the listed weekdays in the month (e.g. "first Friday"), not every one of them
        rule = rrule(MONTHLY, interval=interval, dtstart=start, until=until, byweekday=[weekday(d)(+1) for d in days])
        found = sorted({d.date() for d in rule})
        firsts: dict[tuple[int, int], date] = {}
        for day in found:
            firsts.setdefault((day.year, day.month), day)
        result = sorted(firsts.values())
    else:
        rule = rrule(WEEKLY, interval=interval, dtstart=start, until=until, byweekday=days, wkst=0)
        result = [d.date() for d in rule]
    if frequency == "eenmalig":
        result = result[:1]
    if from_day is not None:
        result = [d for d in result if d >= from_day]
    return result
