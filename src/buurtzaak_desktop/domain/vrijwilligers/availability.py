"""Availability per dagdeel: seven days by ochtend, middag and avond, kept as a 21-bit mask.

Bit ``day * 3 + part`` is set when the volunteer can come; day 0 is Monday, part 0 is ochtend.
"""

from __future__ import annotations

from datetime import time

from buurtzaak_desktop.domain.dates import WEEKDAY_SHORT
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError

PARTS = ("ochtend", "middag", "avond")
PART_LABELS = (
    QT_TRANSLATE_NOOP("core", "ochtend"),
    QT_TRANSLATE_NOOP("core", "middag"),
    QT_TRANSLATE_NOOP("core", "avond"),
)
ALL_SLOTS = (1 << 21) - 1


def slot_bit(weekday: int, part: int) -> int:
    return 1 << (weekday * 3 + part)


def slot_label(weekday: int, part: int) -> str:
    return f"{WEEKDAY_SHORT[weekday]}-{PARTS[part]}"


def part_of_day(start: time) -> int:
    """The dagdeel a shift or session starting at ``start`` falls in: before 12 ochtend, before 17 middag."""
    if start.hour < 12:
        return 0
    return 1 if start.hour < 17 else 2


def parse_slot(text: str) -> int:
    """'ma-ochtend' (also 'ma ochtend', 'Maandag-Ochtend') -> its bit."""
    words = text.strip().lower().replace("-", " ").split()
    if len(words) == 2:
        day, part = words
        day = day[:2]
        if day in WEEKDAY_SHORT and part in PARTS:
            return slot_bit(WEEKDAY_SHORT.index(day), PARTS.index(part))
    raise InputError(
        QT_TRANSLATE_NOOP("core", "'{value}' is geen dagdeel (bijvoorbeeld ma-ochtend of wo-avond)."),
        value=text.strip(),
    )


def parse_availability(text: str) -> int:
    """'ma-ochtend, wo-avond' -> a mask; an empty text is no availability."""
    mask = 0
    for part in text.split(","):
        if part.strip():
            mask |= parse_slot(part)
    return mask


def format_availability(mask: int) -> str:
    return ", ".join(slot_label(day, part) for day in range(7) for part in range(3) if mask & slot_bit(day, part))


def is_available(mask: int, weekday: int, part: int) -> bool:
    return bool(mask & slot_bit(weekday, part))
