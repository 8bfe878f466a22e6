"""The opening calendar: hours per day from the setting, closing days, and the open weekend days."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import ClosingDay, WeekendOpening
from buurtzaak_desktop.domain.rooster.hours import DayHours, day_hours
from buurtzaak_desktop.services.settings import read_setting


class OpeningCalendar:
    """Opening hours for a window of days, read with two small queries (closing days and weekend openings)."""

    def __init__(self, session: Session, first: date, last: date) -> None:
        self.first, self.last = first, last
        self.opening_hours = read_setting(session, "opening_hours")
        self.closing_days = {
            row.day: row.reason
            for row in session.exec(select(ClosingDay).where(col(ClosingDay.day) >= first, col(ClosingDay.day) <= last))
        }
        self.weekend_openings = set(
            session.exec(
                select(col(WeekendOpening.day)).where(col(WeekendOpening.day) >= first, col(WeekendOpening.day) <= last)
            )
        )

    def hours(self, day: date) -> DayHours:
        return day_hours(day, self.opening_hours, self.closing_days, self.weekend_openings)

    def days(self) -> list[DayHours]:
        count = (self.last - self.first).days + 1
        return [self.hours(self.first + timedelta(days=offset)) for offset in range(count)]


def calendar_for(database: Database, first: date, last: date) -> list[DayHours]:
    with database.reading() as session:
        return OpeningCalendar(session, first, last).days()


def list_closing_days(database: Database, year: int) -> list[ClosingDay]:
    with database.reading() as session:
        query = select(ClosingDay).where(
            col(ClosingDay.day) >= date(year, 1, 1), col(ClosingDay.day) <= date(year, 12, 31)
        )
        return list(session.exec(query.order_by(col(ClosingDay.day))))


def set_closing_day(database: Database, day: date, reason: str, closed: bool = True) -> None:
    with database.transaction() as session:
        row = session.get(ClosingDay, day)
        if closed and row is None:
            session.add(ClosingDay(day=day, reason=reason.strip()))
        elif closed and row is not None:
            row.reason = reason.strip()
        elif row is not None:
            session.delete(row)


def list_weekend_openings(database: Database, year: int) -> list[date]:
    with database.reading() as session:
        query = select(col(WeekendOpening.day)).where(
            col(WeekendOpening.day) >= date(year, 1, 1), col(WeekendOpening.day) <= date(year, 12, 31)
        )
        return sorted(session.exec(query))


def set_weekend_opening(database: Database, day: date, open_: bool) -> None:
    with database.transaction() as session:
        row = session.get(WeekendOpening, day)
        if open_ and row is None:
            session.add(WeekendOpening(day=day))
        elif not open_ and row is not None:
            session.delete(row)
