"""Rooster tables: user groups, bookings (single or as occurrences of a series), closing days, weekend opening
days, hygiene strikes and suspensions.

Times are naive wall-clock Europe/Amsterdam: a booking is a day with a start and an end time, never a UTC instant.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Index
from sqlalchemy.orm import relationship
from sqlmodel import Field, Relationship, SQLModel

from buurtzaak_desktop.db.models import common  # noqa: F401 - the rooms its bookings refer to
from buurtzaak_desktop.db.models.versioned import Versioned
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.rooster.enums import BookingStatus, Tariff

# The stored words; domain/rooster/enums.py holds them as enums (these names stay for older callers).
LIVE = BookingStatus.LIVE
CANCELLED = BookingStatus.CANCELLED
TARIFFS = tuple(Tariff)
FREQUENCIES = ("weekly", "biweekly", "monthly")


class Group(SQLModel, table=True):
    """A user group (kookgroep, vereniging, organisation): one entity for bookings, strikes and suspensions.

    ``key`` is the name without case and extra spaces (``domain.rooster.groups.group_key``): "Kookgroep 1",
    "kookgroep 1 " and "KOOKGROEP 1" are one group; ``name`` keeps the spelling it was first written with.
    """

    __tablename__ = "groep"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    key: str = Field(max_length=200, unique=True)


def _group_link() -> Relationship:  # type: ignore[valid-type]
    # Loaded with the row (a join), so that a booking read in one session still knows its group's name after it.
    return Relationship(sa_relationship=relationship("Group", lazy="joined"))


class _HasGroup:
    """Rows that belong to a group: ``group_name`` reads the name of the group they refer to."""

    @property
    def group_name(self) -> str:
        """The group's display name, "" without a group."""
        group: Group | None = getattr(self, "group", None)
        return group.name if group is not None else ""


class BookingSeries(SQLModel, table=True):
    """The rule a series was made with; its occurrences are Booking rows with ``series_id``."""

    __tablename__ = "booking_series"

    id: int | None = Field(default=None, primary_key=True)
    frequency: str = Field(max_length=20)  # weekly, biweekly, monthly (nth weekday of the month)
    first_day: date
    until: date | None = None
    count: int | None = None
    title: str = Field(max_length=200)


class Booking(_HasGroup, Versioned, table=True):
    """One booking of one room on one day. A cancelled booking stays (status ``cancelled``) as history."""

    __table_args__ = (Index("ix_booking_room_day", "room_id", "day"), Index("ix_booking_day", "day"))

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="room.id")
    day: date
    start: time
    end: time
    setup_minutes: int = 0
    cleanup_minutes: int = 0
    title: str = Field(max_length=200)
    group_id: int | None = Field(default=None, foreign_key="groep.id", index=True)
    group: Group | None = _group_link()
    contact: str = Field(default="", max_length=200)
    people: int = 0
    tariff: str = Field(default=Tariff.FREE.value, max_length=20)
    status: str = Field(default=BookingStatus.LIVE.value, max_length=20)
    # The beheerder with a valid BHV certificate on the day (a volunteer or staff member), required outside the
    # opening hours. No foreign key, like activity.leader_volunteer_id: SQLite adds one only by copying the table,
    # and volunteers are anonymised, never deleted.
    bhv_volunteer_id: int | None = None
    # History only: the name and date typed before version 0010; new bookings name the volunteer above.
    bhv_name: str = Field(default="", max_length=200)
    bhv_valid_until: date | None = None
    series_id: int | None = Field(default=None, foreign_key="booking_series.id", index=True)
    # The day the series rule gave this occurrence; stays when the occurrence is moved ("alleen deze").
    occurrence_day: date | None = None
    activity_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=clock.now_utc)  # an instant: stored in UTC
    cancelled_at: datetime | None = None


class SeriesException(SQLModel, table=True):
    """An explicit exception to a series rule: an occurrence cancelled, moved or skipped (closing day).

    Series edits never (re)create an occurrence that has an exception, so deleted occurrences stay deleted.
    """

    __tablename__ = "series_exception"

    series_id: int = Field(foreign_key="booking_series.id", primary_key=True)
    day: date = Field(primary_key=True)
    kind: str = Field(max_length=20)  # cancelled, moved, closed


class ClosingDay(SQLModel, table=True):
    """A day the centre is closed on top of the public holidays."""

    __tablename__ = "closing_day"

    day: date = Field(primary_key=True)
    reason: str = Field(default="", max_length=200)


class WeekendOpening(SQLModel, table=True):
    """A day on which the centre opens as an exception: a weekend day (weekend opening is on selected days,
    DOMAIN.md §1), a public holiday, or a day with other hours. ``opens``/``closes`` None: the weekday's hours."""

    __tablename__ = "weekend_opening"

    day: date = Field(primary_key=True)
    opens: time | None = None
    closes: time | None = None
    reason: str = Field(default="", max_length=200)


class HygieneStrike(_HasGroup, SQLModel, table=True):
    __tablename__ = "hygiene_strike"

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="groep.id", index=True)
    group: Group | None = _group_link()
    day: date
    room_id: int | None = Field(default=None, foreign_key="room.id")
    note: str = ""


class Suspension(_HasGroup, SQLModel, table=True):
    """A group may not book until ``until`` (exclusive): the result of too many hygiene strikes."""

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="groep.id", index=True)
    group: Group | None = _group_link()
    since: date
    until: date
    reason: str = ""
