"""Vrijwilligers figures on ten years of demo data: how long the tab's reads and the export take.

    python bench/vrijwilligers.py

Prints seconds per operation and the ratio of the large (ten years) to the small (one season) data set.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.reports.vrijwilligers.xlsx import export_volunteers
from buurtzaak_desktop.services.demo import Scale, generate_demo
from buurtzaak_desktop.services.vrijwilligers.certificates import bhv_holders, expiring_certificates
from buurtzaak_desktop.services.vrijwilligers.hours import hours_by_month, hours_value
from buurtzaak_desktop.services.vrijwilligers.pop import overdue_talks
from buurtzaak_desktop.services.vrijwilligers.shifts import week_shifts
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def measure(folder: Path, scale: Scale) -> dict[str, float]:
    database = open_database(DataPaths(folder))
    today = date.today()
    figures = {"demo genereren": timed(lambda: generate_demo(database, scale=scale, force=True), repeat=1)}
    wanted = VolunteerFilter(role="receptie", weekday=1, part=2, language="turks")
    figures["filter (receptie, di-avond, turks)"] = timed(lambda: list_volunteers(database, wanted))
    figures["certificaten 60 dagen"] = timed(lambda: expiring_certificates(database, today))
    figures["BHV op datum"] = timed(lambda: bhv_holders(database, today))
    figures["POP te laat"] = timed(lambda: overdue_talks(database, today))
    figures["diensten van de week"] = timed(lambda: week_shifts(database))
    figures["uren per maand (jaar)"] = timed(lambda: hours_by_month(database, today.year))
    figures["waarde van de uren"] = timed(lambda: hours_value(database, today.year))
    figures["export xlsx"] = timed(lambda: export_volunteers(database, folder / "v.xlsx", today.year), repeat=2)
    database.close()
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as root:
        small = measure(Path(root) / "small", "small")
        large = measure(Path(root) / "large", "large")
    print(f"{'bewerking':38} {'klein (s)':>10} {'groot (s)':>10} {'verhouding':>10}")
    for name, seconds in small.items():
        ratio = large[name] / seconds if seconds else float("nan")
        print(f"{name:38} {seconds:10.4f} {large[name]:10.4f} {ratio:10.1f}")


if __name__ == "__main__":
    main()
