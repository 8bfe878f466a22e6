"""The opening calendar: hours per weekday from the setting, and the exceptions per date: closing days, and days
opened as an exception (a weekend day, a public holiday, other hours)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import ClosingDay, WeekendOpening
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.rooster.hours import DayHours
from buurtzaak_desktop.services.rooster.opening import OpeningCalendar  # the services import it from here too


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
        opening = session.get(WeekendOpening, day)
        if closed and opening is not None:  # one exception per date: closing replaces an opening
            session.delete(opening)
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
        closing = session.get(ClosingDay, day)
        if open_ and closing is not None:  # one exception per date: opening replaces a closing day
            session.delete(closing)
        if open_ and row is None:
            session.add(WeekendOpening(day=day))
        elif not open_ and row is not None:
            session.delete(row)


@dataclass(frozen=True)
class OpeningException:
    """One date that differs from its weekday: closed (with a reason), or open (with other hours, or None for the
    weekday's hours; this also opens a weekend day or a public holiday)."""

    day: date
    is_open: bool
    opens: time | None = None
    closes: time | None = None
    reason: str = ""


def list_exceptions(database: Database, first: date) -> list[OpeningException]:
    """The exceptions from ``first`` on, by date."""
    with database.reading() as session:
        closed = [
            OpeningException(row.day, False, reason=row.reason)
            for row in session.exec(select(ClosingDay).where(col(ClosingDay.day) >= first))
        ]
        opened = [
            OpeningException(row.day, True, row.opens, row.closes, row.reason)
            for row in session.exec(select(WeekendOpening).where(col(WeekendOpening.day) >= first))
        ]
    return sorted(closed + opened, key=lambda exception: exception.day)


def check_exception(exception: OpeningException) -> None:
    if (exception.opens is None) != (exception.closes is None):
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Geef bij andere openingstijden op een datum zowel de begin- als de eindtijd.")
        )
    if exception.opens is not None and exception.closes is not None and exception.closes <= exception.opens:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Op {day} ligt de sluitingstijd {closes} niet na de openingstijd {opens}."),
            day=exception.day,
            opens=f"{exception.opens:%H:%M}",
            closes=f"{exception.closes:%H:%M}",
        )


def set_exception_in(session: Session, day: date, exception: OpeningException | None) -> None:
    """Replace what ``day`` had as an exception by ``exception`` (None: the day follows its weekday again)."""
    for model in (ClosingDay, WeekendOpening):
        row = session.get(model, day)
        if row is not None:
            session.delete(row)
    session.flush()
    if exception is None:
        return
    check_exception(exception)
    if exception.is_open:
        session.add(
            WeekendOpening(day=day, opens=exception.opens, closes=exception.closes, reason=exception.reason.strip())
        )
    else:
        session.add(ClosingDay(day=day, reason=exception.reason.strip()))
