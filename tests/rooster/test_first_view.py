"""The week read with sqlite3 at start-up (before the data layer loads) is the week the Rooster page then shows."""

from __future__ import annotations

import sqlite3
from datetime import date, time, timedelta

import pytest

from buurtzaak_desktop.domain.rooster.hours import DEFAULT_WEEK, WeekdayHours, week_setting
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.rooster.first_view import first_view
from buurtzaak_desktop.services.rooster.queries import rooster_view
from buurtzaak_desktop.services.settings import SettingsService
from buurtzaak_desktop.ui.rooster.grid import RoosterGrid, week_of

pytestmark = pytest.mark.sqlite_only(
    "the first week is read from the file with sqlite3; a server takes the normal path"
)

BOOKING_FIELDS = ("id", "room_id", "version", "day", "start", "end", "setup_minutes", "cleanup_minutes", "title")
BOOKING_FIELDS += ("group_name", "contact", "people", "tariff", "status", "bhv_volunteer_id", "series_id")
BOOKING_FIELDS += ("activity_id",)
ROOM_FIELDS = ("id", "name", "capacity", "wheelchair_accessible", "active", "setup_minutes", "cleanup_minutes")
TODAY = date(2026, 12, 3)


def rows(items, fields) -> list[tuple]:
    return [tuple(getattr(item, name) for name in fields) for item in items]


def assert_same_weeks(database, weeks) -> dict[str, int]:
    """Every week read both ways gives the same rooms, days, bookings and BHV names; counts what was compared."""
    seen = {"bookings": 0, "closed": 0, "bhv": 0}
    for first in weeks:
        last = first + timedelta(days=6)
        quick, normal = first_view(database.path, first, last), rooster_view(database, first, last)
        assert quick is not None
        assert rows(quick.rooms, ROOM_FIELDS) == rows(normal.rooms, ROOM_FIELDS)
        assert quick.days == normal.days
        assert sorted(rows(quick.bookings, BOOKING_FIELDS)) == sorted(rows(normal.bookings, BOOKING_FIELDS))
        assert quick.bhv_names == normal.bhv_names
        seen["bookings"] += len(normal.bookings)
        seen["closed"] += sum(not day.is_open and day.day.weekday() < 5 for day in normal.days)
        seen["bhv"] += len(normal.bhv_names)
    return seen


def test_demo_weeks_read_alike(database) -> None:
    generate_demo(database, today=TODAY)
    monday = week_of(TODAY)[0]
    weeks = [monday + timedelta(weeks=n) for n in range(-30, 30)]
    seen = assert_same_weeks(database, weeks)
    assert seen["bookings"] > 500 and seen["closed"] > 0 and seen["bhv"] > 0  # the comparison covered each part


def test_own_opening_hours_and_exceptions_read_alike(database) -> None:
    generate_demo(database, today=TODAY)
    week = (WeekdayHours(True, time(9), time(22)),) * 5 + DEFAULT_WEEK[5:]
    SettingsService(database).set("opening_hours", week_setting(week))
    with sqlite3.connect(database.path) as connection:  # an opening with its own hours, as the calendar dialog saves
        hours = ("2026-12-05", "12:00:00.000000", "16:00:00.000000", "")
        connection.execute("INSERT INTO weekend_opening VALUES (?, ?, ?, ?)", hours)
    connection.close()
    seen = assert_same_weeks(database, [week_of(TODAY)[0]])
    assert seen["bookings"] > 0


def test_a_file_to_migrate_is_left_to_the_normal_path(database, data_paths) -> None:
    generate_demo(database, today=TODAY)
    first, last = week_of(TODAY)
    with sqlite3.connect(database.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0015'")
    connection.close()
    assert first_view(database.path, first, last) is None
    assert first_view(data_paths.root / "missing.sqlite", first, last) is None


def test_the_grid_has_the_same_cells_both_ways(qtbot, database) -> None:
    generate_demo(database, today=TODAY)
    first, last = week_of(TODAY)
    layouts = []
    for view in (first_view(database.path, first, last), rooster_view(database, first, last)):
        assert view is not None
        grid = RoosterGrid()
        qtbot.addWidget(grid)
        grid.resize(1000, 600)
        grid.set_view(view, week_mode=True, now=None)
        layout = grid.week_layout()
        layouts.append((layout.rows, layout.blocks, layout.lines, layout.height))
    assert layouts[0] == layouts[1] and layouts[0][1]  # the same blocks, with the same lines of text, in each cell
