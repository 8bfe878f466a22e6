"""The opening calendar of a window of days, read through the plain tables (db/tables.py) so that the booking
rules and ``buurtzaak check`` share one reading without building model classes. Editing the exceptions:
services/rooster/calendar.py."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Row, select
from sqlmodel import Session

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.domain.rooster.hours import DayHours, day_hours, weekly_hours, within
from buurtzaak_desktop.services.settings import stored_setting


class OpeningCalendar:
    """Opening hours for a window of days, read with three small queries (the setting, closing days, openings)."""

    def __init__(self, session: Session, first: date, last: date) -> None:
        self.first, self.last = first, last
        self.opening_hours = weekly_hours(stored_setting(session, "opening_hours"))
        closing, opening = tables.closing_day, tables.weekend_opening
        self.closing_days: dict[date, str] = {
            day: reason
            for day, reason in session.execute(
                select(closing.c.day, closing.c.reason).where(closing.c.day >= first, closing.c.day <= last)
            )
        }
        self.openings = {
            day: (opens, closes)
            for day, opens, closes in session.execute(
                select(opening.c.day, opening.c.opens, opening.c.closes).where(
                    opening.c.day >= first, opening.c.day <= last
                )
            )
        }

    def hours(self, day: date) -> DayHours:
        return day_hours(day, self.opening_hours, self.closing_days, self.openings)

    def days(self) -> list[DayHours]:
        count = (self.last - self.first).days + 1
        return [self.hours(self.first + timedelta(days=offset)) for offset in range(count)]


def live_bookings_outside_hours(session: Session, since: date, bhv_volunteer_id: int | None = None) -> list[Row]:
    """Live bookings from ``since`` on (those naming ``bhv_volunteer_id`` as their BHV, if given) that lie outside
    the opening hours, by day and start: (id, day, start, end, bhv_volunteer_id). Plain rows: fast on years of
    bookings, and no model class (``buurtzaak check``, and pausing a volunteer who is a BHV)."""
    booking = tables.booking.c
    query = (
        select(booking.id, booking.day, booking.start, booking.end, booking.bhv_volunteer_id)
        .where(booking.status == BookingStatus.LIVE, booking.day >= since)
        .order_by(booking.day, booking.start)
    )
    if bhv_volunteer_id is not None:
        query = query.where(booking.bhv_volunteer_id == bhv_volunteer_id)
    rows = session.execute(query).all()
    if not rows:
        return []
    calendar = OpeningCalendar(session, since, rows[-1].day)
    return [row for row in rows if not within(calendar.hours(row.day), row.start, row.end)]
