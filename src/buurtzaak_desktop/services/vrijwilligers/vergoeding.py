"""The vrijwilligersvergoeding: the tax-free allowance Dutch volunteers may receive up to a yearly and a monthly
maximum set by the Belastingdienst. The maxima are settings per year (defaults: the 2026 figures, € 2.000 a year and
€ 210 a month); above them the Vergoeding sub-tab warns, it does not refuse (the excess is then taxed as income)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.services.settings import read_setting, write_setting
from buurtzaak_desktop.services.vrijwilligers.hours import handgeld_payments

DEFAULT_CATEGORY = "vrijwilligersvergoeding"
YEAR_MAX_KEY = "vrijwilligers.vergoeding_max_year_cents"  # {"2026": 200000, ...}
MONTH_MAX_KEY = "vrijwilligers.vergoeding_max_month_cents"  # {"2026": 21000, ...}
DEFAULT_YEAR_MAX_CENTS = 200_000  # Belastingdienst 2026: € 2.000 a year
DEFAULT_MONTH_MAX_CENTS = 21_000  # Belastingdienst 2026: € 210 a month


@dataclass(frozen=True)
class Maxima:
    year: int
    year_cents: int
    month_cents: int


def maxima_in(session: Session, year: int) -> Maxima:
    per_year = read_setting(session, YEAR_MAX_KEY, {}) or {}
    per_month = read_setting(session, MONTH_MAX_KEY, {}) or {}
    return Maxima(
        year,
        int(per_year.get(str(year), DEFAULT_YEAR_MAX_CENTS)),
        int(per_month.get(str(year), DEFAULT_MONTH_MAX_CENTS)),
    )


def maxima(database: Database, year: int) -> Maxima:
    with database.reading() as session:
        return maxima_in(session, year)


def set_maxima(database: Database, year: int, year_cents: int, month_cents: int) -> None:
    if year_cents <= 0 or month_cents <= 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "De maxima van de vrijwilligersvergoeding moeten boven nul liggen."))
    with database.transaction() as session:
        for key, cents in ((YEAR_MAX_KEY, year_cents), (MONTH_MAX_KEY, month_cents)):
            values = dict(read_setting(session, key, {}) or {})
            values[str(year)] = int(cents)
            write_setting(session, key, values)


@dataclass(frozen=True)
class Overrun:
    """A volunteer paid above a maximum: in one month (``month`` set) or in the whole year."""

    name: str
    cents: int
    limit_cents: int
    month: date | None  # None: above the yearly maximum


def overruns(database: Database, year: int) -> list[Overrun]:
    """Per volunteer and month above the monthly maximum, then per volunteer above the yearly one."""
    limits = maxima(database, year)
    months: dict[tuple[str, date], int] = defaultdict(int)
    years: dict[str, int] = defaultdict(int)
    for row in handgeld_payments(database, year):
        months[(row.name, row.month)] += row.amount_cents
        years[row.name] += row.amount_cents
    found = [
        Overrun(name, cents, limits.month_cents, month)
        for (name, month), cents in sorted(months.items(), key=lambda item: (item[0][0], str(item[0][1])))
        if cents > limits.month_cents
    ]
    found += [
        Overrun(name, cents, limits.year_cents, None)
        for name, cents in sorted(years.items())
        if cents > limits.year_cents
    ]
    return found


def warnings(database: Database, year: int) -> list[str]:
    """A Dutch sentence per overrun (the window builds its own, in its language)."""
    return [
        f"{o.name}: {format_cents(o.cents)} in {o.month:%m-%Y}, meer dan het maximum van {format_cents(o.limit_cents)} "
        "per maand."
        if o.month is not None
        else f"{o.name}: {format_cents(o.cents)} in {year}, meer dan het maximum van {format_cents(o.limit_cents)} "
        "per jaar."
        for o in overruns(database, year)
    ]
