"""Qt values as typed Python values. PySide6 types QDate.toPython(), QTime.toPython() and QSettings.value() as
``object``; these say what they give back, so mypy can check the code that uses them."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QSettings, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute(), value.second(), value.msec() * 1000)


def int_setting(key: str, default: int) -> int:
    """A whole number from QSettings. An ini file gives it back as text; a damaged value (typed over by hand,
    or written by another version) gives ``default`` instead of stopping the window from opening."""
    value = QSettings().value(key, default)
    try:
        return int(str(value))
    except ValueError:
        return default
