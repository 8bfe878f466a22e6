"""A spreekuur appointment's statuses, the title of its room booking, and its end time: shared by the Spreekuur's
service, the models and ``buurtzaak check`` (which reads plain tables, without the models or the service)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError

PLANNED = "gepland"
HELD = "gehouden"
NOT_SHOWN = "niet_verschenen"
CANCELLED = "geannuleerd"
STATUSES = (PLANNED, HELD, NOT_SHOWN, CANCELLED)

BOOKING_TITLE = "Spreekuur-afspraak"  # what the Rooster shows: the room is taken, not by whom
MAX_MINUTES = 240


def appointment_end(start: time, minutes: int) -> time:
    """When an appointment of ``minutes`` from ``start`` ends; refuses a length out of range or past midnight."""
    if not 5 <= minutes <= MAX_MINUTES:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Een afspraak duurt 5 tot {most} minuten."), most=MAX_MINUTES, field="duur"
        )
    end = datetime.combine(date.min, start) + timedelta(minutes=minutes)
    if end.date() != date.min:
        raise InputError(QT_TRANSLATE_NOOP("core", "De afspraak moet op dezelfde dag eindigen."), field="duur")
    return end.time()
