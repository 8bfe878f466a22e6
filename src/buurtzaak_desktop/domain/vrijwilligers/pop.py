"""POP-gesprekken: twice a year per volunteer, so one at least every half year."""

from __future__ import annotations

from datetime import date, timedelta

INTERVAL_DAYS = 183


def talk_overdue(today: date, start_date: date | None, last_held: date | None) -> date | None:
    """The date a talk became due, if it is overdue today; None if all is well.

    Due half a year after the last talk *held* (or after the start, for a new volunteer), whatever is planned: a
    talk planned for next month does not undo that the last one was more than half a year ago.
    """
    reference = last_held or start_date
    if reference is None:
        return None
    due = reference + timedelta(days=INTERVAL_DAYS)
    return due if due < today else None
