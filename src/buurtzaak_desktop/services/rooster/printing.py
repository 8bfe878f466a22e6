"""The data for the printed dagrooster and weekrooster, read for the window of days only."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.reports.rooster.day_pdf import write_day_pdf
from buurtzaak_desktop.services.rooster.queries import rooster_view
from buurtzaak_desktop.services.settings import SettingsService


def print_day(database: Database, day: date, out: Path) -> None:
    view = rooster_view(database, day, day)
    write_day_pdf(
        out, SettingsService(database).get("centre_name"), view.rooms, view.days, view.bookings, view.bhv_names
    )


def print_week(database: Database, monday: date, out: Path) -> None:
    from buurtzaak_desktop.reports.rooster.pdf import write_week_pdf  # platypus: for the week's table only

    monday = monday - timedelta(days=monday.weekday())
    view = rooster_view(database, monday, monday + timedelta(days=6))
    write_week_pdf(out, SettingsService(database).get("centre_name"), monday, view.rooms, view.days, view.bookings)
