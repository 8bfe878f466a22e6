"""Dates and times as people type them at the desk, and the periods the command line names.

All times are wall-clock local time in Europe/Amsterdam: stored as naive date + time, never converted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError

WEEKDAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
WEEKDAY_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def now_local() -> datetime:
    """The wall-clock time at the centre, as a naive datetime (from the one clock)."""
    return clock.now()


def parse_date(text: str) -> date:
    """2026-12-03 or 03-12-2026 (also with / or .)."""
    value = text.strip()
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise InputError(
        QT_TRANSLATE_NOOP("core", "'{value}' is geen geldige datum (bijvoorbeeld 2026-12-03)."), value=value
    )


def parse_time(text: str) -> time:
    """09:30, 9:30 or 9.30."""
    value = text.strip()
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::00)?", value)
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    raise InputError(QT_TRANSLATE_NOOP("core", "'{value}' is geen geldige tijd (bijvoorbeeld 09:30)."), value=value)


def parse_iso_week(text: str) -> date:
    """The Monday of an ISO week written as 2026-W49."""
    match = re.fullmatch(r"(\d{4})-W(\d{1,2})", text.strip(), flags=re.IGNORECASE)
    if match:
        try:
            return date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            pass
    raise InputError(
        QT_TRANSLATE_NOOP("core", "'{value}' is geen geldige week (bijvoorbeeld 2026-W49)."), value=text.strip()
    )


def parse_month(text: str) -> date:
    """The first day of a month written as 2026-11."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if match and 1 <= int(match[2]) <= 12:
        return date(int(match[1]), int(match[2]), 1)
    raise InputError(
        QT_TRANSLATE_NOOP("core", "'{value}' is geen geldige maand (bijvoorbeeld 2026-11)."), value=text.strip()
    )


def week_days(monday: date) -> list[date]:
    return [monday + timedelta(days=offset) for offset in range(7)]


def month_end(first: date) -> date:
    """The first day of the next month (periods are half-open: first <= day < end)."""
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def previous_month(first: date) -> date:
    """The first day of the month before."""
    return date(first.year - 1, 12, 1) if first.month == 1 else date(first.year, first.month - 1, 1)


def format_month(day: date) -> str:
    """'november 2026'."""
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Weekday:
    """A weekday as a message's value (0 is Monday): 'maandag' in the Dutch message, the window's own name there."""

    number: int

    def __str__(self) -> str:
        return WEEKDAY_NAMES[self.number]


@dataclass(frozen=True)
class Month:
    """A month as a message's value: written 'november 2026' in the Dutch message; the window writes it in its own
    language (ui/i18n.shown_params)."""

    first: date

    def __str__(self) -> str:
        return format_month(self.first)


def format_date(day: date) -> str:
    """'do 3 december 2026'."""
    return f"{WEEKDAY_SHORT[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
