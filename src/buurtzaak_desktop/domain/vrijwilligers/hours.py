"""Hours are whole minutes; their value is minutes times the year's hourly rate, rounded to a cent."""

from __future__ import annotations

from datetime import time

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError


def hours_value_cents(minutes: int, rate_cents: int) -> int:
    """Value of ``minutes`` at ``rate_cents`` an hour, rounded half up (exact integers, no floats)."""
    numerator = minutes * rate_cents
    quotient, remainder = divmod(abs(numerator), 60)
    rounded = quotient + (1 if remainder * 2 >= 60 else 0)
    return rounded if numerator >= 0 else -rounded


def shift_minutes(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def format_minutes(minutes: int) -> str:
    """135 -> '2:15'; -30 -> '-0:30'."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{rest:02d}"


def parse_hours(text: str) -> int:
    """'2:15', '2,25', '2.5' or '3' hours -> minutes."""
    value = text.strip().replace(",", ".")
    try:
        if ":" in value:
            hours, minutes = value.split(":")
            if not (minutes.isdigit() and len(minutes) == 2 and int(minutes) < 60):
                raise ValueError(value)
            sign = -1 if hours.startswith("-") else 1
            return sign * (abs(int(hours)) * 60 + int(minutes))
        return round(float(value) * 60)
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen geldig aantal uren (bijvoorbeeld 2:30 of 2,5)."),
            value=text.strip(),
        ) from None


def overlaps(start_a: time, end_a: time, start_b: time, end_b: time) -> bool:
    """Half-open periods: a shift ending at 13:00 does not clash with one starting at 13:00."""
    return start_a < end_b and start_b < end_a
