"""Settings that hold one value per year: the initiatives fund and the hourly value of volunteer hours."""

from __future__ import annotations

from sqlmodel import Session

from buurtzaak_desktop.services.settings import read_setting, write_setting

FUND_KEY = "begroting.initiative_fund_cents"
HOUR_RATE_KEY = "begroting.volunteer_hour_rate_cents"
DEFAULT_FUND_CENTS = 0
# The minimum wage per hour used by the source documents (DOMAIN.md §2), until the centre sets its own rate.
DEFAULT_HOUR_RATE_CENTS = 1004


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
    return read_per_year(session, HOUR_RATE_KEY, year, DEFAULT_HOUR_RATE_CENTS)
