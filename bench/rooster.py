"""Rooster benchmark: the clash check for one new booking and the "what is free?" query at 500 and at 50,000+
bookings in one run (goal: ratio at most 2 — the cost does not grow with history), and drawing a week
(goal: under 100 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/rooster.py
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import statistics
import tempfile
import time as clock
from datetime import date, time, timedelta
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.domain.rooster.overlap import Slot
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.rooster.calendar import OpeningCalendar
from buurtzaak_desktop.services.rooster.queries import free_rooms
from buurtzaak_desktop.services.rooster.rooms import room_parts
from buurtzaak_desktop.services.rooster.validation import check_clash, check_hours

TODAY = date(2026, 11, 25)
REPEATS = 200


def median_ms(action) -> float:
    times = []
    for _ in range(REPEATS):
        started = clock.perf_counter()
        action()
        times.append((clock.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(paths: DataPaths) -> tuple[int, float, float]:
    database = open_database(paths)
    day = TODAY + timedelta(days=1)
    with database.reading() as session:
        count = session.connection().exec_driver_sql("SELECT count(*) FROM booking").scalar_one()
        room_id = session.connection().exec_driver_sql("SELECT id FROM room WHERE name='Aula'").scalar_one()

        def conflict_check() -> None:
            # what book() does for one new booking: hours (with the calendar read) and the clash query
            parts = room_parts(session)
            calendar = OpeningCalendar(session, day - timedelta(days=7), day + timedelta(days=7))
            check_hours(session, calendar.hours(day), time(20, 30), time(21), None)
            with contextlib.suppress(RuleViolation):  # a clash with the demo is a fine outcome for timing
                check_clash(session, Slot(room_id, day, time(20, 30), time(21)), parts)

        clash_ms = median_ms(conflict_check)
    free_ms = median_ms(lambda: free_rooms(database, day, time(19), time(21), 10))
    database.close()
    return count, clash_ms, free_ms


def small_copy(large: DataPaths, folder: Path, keep: int) -> DataPaths:
    """The same data with only ``keep`` bookings left, those nearest to the measured day."""
    shutil.copytree(large.root, folder)
    with sqlite3.connect(folder / large.database.name) as connection:
        connection.execute(
            "DELETE FROM booking WHERE id NOT IN (SELECT id FROM booking ORDER BY abs(julianday(day) - "
            "julianday(?)) LIMIT ?)",
            ((TODAY + timedelta(days=1)).isoformat(), keep),
        )
    return DataPaths(folder)


def draw_week_ms(paths: DataPaths) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from buurtzaak_desktop.services.context import AppContext
    from buurtzaak_desktop.ui.rooster.page import RoosterPage

    app = QApplication.instance() or QApplication([])
    database = open_database(paths)
    page = RoosterPage(AppContext(paths, database))
    page.resize(1400, 800)
    page.show()
    app.processEvents()
    page.set_day(TODAY)
    times = []
    for offset in range(20):
        started = clock.perf_counter()
        page.set_day(TODAY + timedelta(days=7 * (offset % 2 + 1)))  # another week: query and paint
        page.grid.repaint()
        times.append((clock.perf_counter() - started) * 1000)
    page.close()
    database.close()
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        large = DataPaths(Path(folder) / "large")
        database = open_database(large)
        started = clock.perf_counter()
        counts = generate_demo(database, scale="large", today=TODAY)
        print(f"demo --scale large: {counts['boekingen']} bookings in {clock.perf_counter() - started:.1f} s")
        database.close()
        small = small_copy(large, Path(folder) / "small", 500)
        results = {name: measure(paths) for name, paths in (("small", small), ("large", large))}
        (n_small, clash_small, free_small), (n_large, clash_large, free_large) = results["small"], results["large"]
        print(f"{'':24}{n_small:>10} bookings{n_large:>10} bookings   ratio")
        for name, small_ms, large_ms in (
            ("clash check (median ms)", clash_small, clash_large),
            ("what is free (median ms)", free_small, free_large),
        ):
            print(f"{name:24}{small_ms:>19.3f}{large_ms:>19.3f}   {large_ms / small_ms:.2f}")
        print(f"draw a week (query + paint, median of 20, {n_large} bookings): {draw_week_ms(large):.1f} ms")


if __name__ == "__main__":
    main()
