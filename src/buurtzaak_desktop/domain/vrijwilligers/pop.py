"""POP-gesprekken: twice a year per volunteer, so one at least every half year."""

from __future__ import annotations

from datetime import date, timedelta

INTERVAL_DAYS = 183


def talk_overdue(today: date, start_date: date | None, last_held: date | None, planned: list[date]) -> date | None:
    """The date a talk became due, if it is overdue today; None if all is well.

    Due half a year after the last talk held (or after the start, for a new volunteer). A talk planned for a day
    that has passed without being held is overdue too; one planned in the future keeps the volunteer on track.
    """
    past_planned = [day for day in planned if day < today]
    if past_planned:
        return min(past_planned)
    if any(day >= today for day in planned):
        return None
    reference = last_held or start_date
    if reference is None:
        return None
    due = reference + timedelta(days=INTERVAL_DAYS)
    return due if due < today else None
