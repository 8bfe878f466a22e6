"""Dates as the window's language writes them: QLocale's day and month names, so an English window says
"Thu 3 December 2026" where a Dutch one says "do 3 december 2026". i18n.install_translations sets the language;
until it does (tests, scripts) the window is Dutch, whatever the machine's own locale.

domain/dates.py keeps its Dutch names for the services' messages, the command line and the PDFs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

_locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def use_locale(locale: QLocale) -> None:
    global _locale
    _locale = locale


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def weekday_name(weekday: int) -> str:
    """'maandag' / 'Monday' for weekday 0 (Python's numbering: Monday is 0)."""
    return _locale.dayName(weekday + 1, QLocale.FormatType.LongFormat)


def weekday_short(weekday: int) -> str:
    """'ma' / 'Mon' for weekday 0."""
    return _locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def month_name(month: int) -> str:
    """'januari' / 'January' for month 1."""
    return _locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)


def format_date(day: date) -> str:
    """'do 3 december 2026' / 'Thu 3 December 2026'."""
    return _locale.toString(_qdate(day), "ddd d MMMM yyyy")


def format_month(day: date) -> str:
    """'november 2026' / 'November 2026'."""
    return f"{month_name(day.month)} {day.year}"


def day_and_month(day: date) -> str:
    """'do 03-12' / 'Thu 03-12': a day in a week's list."""
    return _locale.toString(_qdate(day), "ddd dd-MM")
