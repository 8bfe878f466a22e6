"""The Dutch public holidays of a year, computed here from Easter and fixed dates.

The rules are those of the `holidays` package for the Netherlands (language "nl"), including Bevrijdingsdag as a day
off only every fifth year and Koningsdag on the Saturday before when 27 April is a Sunday; a test holds the two side
by side for every year from 1900 to 2100 (the last the package knows). Importing that package costs ~0.1 s at every
start, because it imports every country; these few lines cost nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter

FIRST_YEAR = 1966  # the Algemene termijnenwet, as the package counts


@lru_cache(maxsize=64)
def public_holidays(year: int) -> dict[date, str]:
    """Each public holiday of ``year`` with its Dutch name; two on one day are named together ("a; b")."""
    if year < FIRST_YEAR:
        return {}
    sunday = easter(year)
    days = [
        (date(year, 1, 1), "Nieuwjaarsdag"),
        (sunday - timedelta(days=2), "Goede vrijdag"),
        (sunday, "Eerste paasdag"),
        (sunday + timedelta(days=1), "Tweede paasdag"),
        _kings_day(year),
        (sunday + timedelta(days=39), "Hemelvaartsdag"),
        (sunday + timedelta(days=49), "Eerste pinksterdag"),
        (sunday + timedelta(days=50), "Tweede pinksterdag"),
        (date(year, 12, 25), "Eerste kerstdag"),
        (date(year, 12, 26), "Tweede kerstdag"),
    ]
    if year % 5 == 0:  # a day off every fifth year (2025, 2030...), as most collective agreements have it
        days.append((date(year, 5, 5), "Bevrijdingsdag"))
    named: dict[date, set[str]] = {}
    for day, name in days:
        named.setdefault(day, set()).add(name)
    return {day: "; ".join(sorted(names)) for day, names in sorted(named.items())}


def _kings_day(year: int) -> tuple[date, str]:
    day, name = (date(year, 4, 27), "Koningsdag") if year >= 2014 else (date(year, 4, 30), "Koninginnedag")
    if day.weekday() == 6:  # a Sunday: the Saturday before (since 1980), the Monday after (before)
        day += timedelta(days=-1 if year >= 1980 else 1)
    return day, name
