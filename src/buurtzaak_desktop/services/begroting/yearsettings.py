"""Settings that hold one value per year: the initiatives fund and the hourly value of volunteer hours.

The hourly value is the Vrijwilligers tab's rate (one setting for both tabs, so that the populaire begroting and
the volunteers' hours value always agree).
"""

from __future__ import annotations

from sqlmodel import Session

from buurtzaak_desktop.services.settings import read_setting, write_setting
from buurtzaak_desktop.services.vrijwilligers.hours import RATE_SETTING, rate_cents

FUND_KEY = "begroting.initiative_fund_cents"
HOUR_RATE_KEY = RATE_SETTING
DEFAULT_FUND_CENTS = 0


def read_per_year(session: Session, key: str, year: int, default: int) -> int:
    values = read_setting(session, key, {}) or {}
    return int(values.get(str(year), default))


def write_per_year(session: Session, key: str, year: int, cents: int) -> None:
    values = dict(read_setting(session, key, {}) or {})
    values[str(year)] = int(cents)
    write_setting(session, key, values)


def fund_budget(session: Session, year: int) -> int:
    return read_per_year(session, FUND_KEY, year, DEFAULT_FUND_CENTS)


def hour_rate(session: Session, year: int) -> int:
    return rate_cents(session, year)
