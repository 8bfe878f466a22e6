"""``buurtzaak check`` must start fast (issue 17): the checks of the Rooster, Activiteiten and the spreekuur
appointments read through the Core tables (db/tables.py) and load no model module and no heavy service, also when
they have out-of-hours bookings, sessions and appointments to judge (the demo's data)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.demo import generate_demo

FINDERS = (
    "rooster.check:findings,capacity_findings,suspension_findings,bhv_findings;"
    "activiteiten.check:findings,booking_findings;"
    "spreekuur.appointment_check:findings"
)
LOADED = """
import sys
from datetime import datetime
from importlib import import_module
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.paths import DataPaths

clock.set_now(datetime(2026, 12, 3, 10))  # the day the demo was made for: its out-of-hours bookings lie ahead
database = open_database(DataPaths(Path(sys.argv[1]), sys.argv[2] or None))
found = []
with database.reading() as session:
    for spec in sys.argv[3].split(";"):
        module, names = spec.split(":")
        check = import_module(f"buurtzaak_desktop.services.{module}")
        found += [finding for name in names.split(",") for finding in getattr(check, name)(session)]
database.close()
ours = ("buurtzaak_desktop.db.models.", "buurtzaak_desktop.services.")
print(len(found), *sorted(name for name in sys.modules if name.startswith(ours)))
"""
LIGHT = {
    "buurtzaak_desktop.db.models.versioned",
    "buurtzaak_desktop.services.activiteiten",
    "buurtzaak_desktop.services.activiteiten.check",
    "buurtzaak_desktop.services.rooster",
    "buurtzaak_desktop.services.rooster.check",
    "buurtzaak_desktop.services.rooster.opening",
    "buurtzaak_desktop.services.settings",
    "buurtzaak_desktop.services.spreekuur",
    "buurtzaak_desktop.services.spreekuur.appointment_check",
}


def test_the_checks_build_no_model_classes(database: Database, data_paths: DataPaths) -> None:
    counts = generate_demo(database, today=date(2026, 12, 3))
    assert counts["boekingen buiten openingstijd"] and counts["activiteitenboekingen"] and counts["spreekuurafspraken"]
    args = [str(data_paths.root), database.url or "", FINDERS]
    done = subprocess.run([sys.executable, "-c", LOADED, *args], capture_output=True, text=True, check=True)
    count, *loaded = done.stdout.split()
    assert count == "0"  # the demo is sound
    assert sorted(set(loaded) - LIGHT) == []
