"""The first week grid at start-up, read with the standard library's sqlite3 before the data layer is imported.

SQLAlchemy, SQLModel and the models take about 0.6 s to import and build; the window's first tab can show the
current week well before that. Read-only, from a database file whose schema version is the head (a file that needs
migrating, or anything unexpected, gives None: the normal path then migrates first and shows the same week). It
reads what ``queries.rooster_view`` reads, and gives the same rooms, days and bookings (tests/rooster/
test_first_view.py compares them); every write still goes through the services, after the data layer has loaded.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

from buurtzaak_desktop.db.revisions import head_revisions
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.domain.rooster.hours import day_hours, weekly_hours
from buurtzaak_desktop.domain.rooster.read_models import RoosterView


@dataclass(frozen=True)
class FirstRoom:
    """A room as the grid reads it (``RoomInfo``)."""

    id: int | None
    name: str
    capacity: int
    wheelchair_accessible: bool
    active: bool
    setup_minutes: int
    cleanup_minutes: int


@dataclass(frozen=True)
class FirstBooking:
    """A booking as the grid reads it (``BookingInfo``)."""

    id: int | None
    room_id: int
    version: int
    day: date
    start: time
    end: time
    setup_minutes: int
    cleanup_minutes: int
    title: str
    group_name: str
    contact: str
    people: int
    tariff: str
    status: str
    bhv_volunteer_id: int | None
    series_id: int | None
    activity_id: int | None


ROOMS = (
    "SELECT id, name, capacity, wheelchair_accessible, active, setup_minutes, cleanup_minutes FROM room "
    "WHERE active ORDER BY id"
)
BOOKINGS = (
    "SELECT b.id, b.room_id, b.version, b.day, b.start, b.end, b.setup_minutes, b.cleanup_minutes, b.title, "
    "coalesce(g.name, ''), b.contact, b.people, b.tariff, b.status, b.bhv_volunteer_id, b.series_id, b.activity_id "
    "FROM booking AS b LEFT JOIN groep AS g ON g.id = b.group_id "
    "WHERE b.day >= ? AND b.day <= ? AND b.status = ? ORDER BY b.day, b.start, b.room_id"
)


def first_view(database: Path, first: date, last: date) -> RoosterView | None:
    """The rooster from ``first`` to ``last`` as ``rooster_view`` gives it, or None when the file is not ready to be
    read so (missing, not at the head revision, locked, damaged): the caller then takes the normal path."""
    if not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)  # as_uri: "#", "?" in names
    except sqlite3.Error:
        return None
    try:
        return _read(connection, first, last)
    except (sqlite3.Error, ValueError, KeyError, TypeError):  # anything unexpected: the normal path will say what
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, first: date, last: date) -> RoosterView | None:
    revisions = frozenset(row[0] for row in connection.execute("SELECT version_num FROM alembic_version"))
    if revisions != head_revisions():
        return None  # to be migrated first, before any data is shown
    setting = connection.execute("SELECT value FROM setting WHERE key = 'opening_hours'").fetchone()
    window = (first.isoformat(), last.isoformat())
    closing_days = {
        date.fromisoformat(day): reason
        for day, reason in connection.execute("SELECT day, reason FROM closing_day WHERE day >= ? AND day <= ?", window)
    }
    openings = {
        date.fromisoformat(day): (_time(opens), _time(closes))
        for day, opens, closes in connection.execute(
            "SELECT day, opens, closes FROM weekend_opening WHERE day >= ? AND day <= ?", window
        )
    }
    week = weekly_hours(json.loads(setting[0]) if setting else None)  # not set: DEFAULT_WEEK, as services.settings
    days = [
        day_hours(first + timedelta(days=offset), week, closing_days, openings)
        for offset in range((last - first).days + 1)
    ]
    rooms = [
        FirstRoom(id_, name, capacity, bool(wheelchair), bool(active), setup, cleanup)
        for id_, name, capacity, wheelchair, active, setup, cleanup in connection.execute(ROOMS)
    ]
    bookings = [_booking(row) for row in connection.execute(BOOKINGS, (*window, BookingStatus.LIVE.value))]
    named = sorted({b.bhv_volunteer_id for b in bookings if b.bhv_volunteer_id is not None})
    names = {
        volunteer_id: name
        for volunteer_id, name in connection.execute(
            f"SELECT id, name FROM volunteer WHERE id IN ({', '.join('?' * len(named))})", named
        )
    }
    return RoosterView(rooms, days, bookings, names)


def _time(text: str | None) -> time | None:
    return None if text is None else time.fromisoformat(text)


def _booking(row: tuple) -> FirstBooking:
    values = list(row)
    values[3] = date.fromisoformat(values[3])
    values[4], values[5] = time.fromisoformat(values[4]), time.fromisoformat(values[5])
    return FirstBooking(*values)
