"""``buurtzaak check`` must start fast (issue 17): the checks of the Vrijwilligers, Welzijn op Recept, the
Telefooncirkel and the Spreekuur (privacy, toeleiding) read through the Core tables (db/tables.py) and load no model
module and no heavy service, also when they have the demo's volunteers, matches, circles and links to judge."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.demo import generate_demo

FINDERS = (
    "vrijwilligers.check:findings,shift_hours,course_certificates;"
    "welzijn.check:findings;"
    "telefooncirkel.check:findings;"
    "spreekuur.check:findings,link_findings"
)
RUN = """
import sys
from datetime import datetime
from importlib import import_module
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.paths import DataPaths

clock.set_now(datetime(2026, 12, 3, 10))  # the day the demo was made for
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
    "buurtzaak_desktop.services.spreekuur",
    "buurtzaak_desktop.services.spreekuur.check",
    "buurtzaak_desktop.services.telefooncirkel",
    "buurtzaak_desktop.services.telefooncirkel.check",
    "buurtzaak_desktop.services.vrijwilligers",
    "buurtzaak_desktop.services.vrijwilligers.check",
    "buurtzaak_desktop.services.vrijwilligers.qualified",
    "buurtzaak_desktop.services.welzijn",
    "buurtzaak_desktop.services.welzijn.bondgenoten",
    "buurtzaak_desktop.services.welzijn.check",
}


def test_the_people_checks_build_no_model_classes(database: Database, data_paths: DataPaths) -> None:
    counts = generate_demo(database, today=date(2026, 12, 3))
    assert counts["urenregels"] and counts["wor-deelnemers"] and counts["belrondes"] and counts["toeleidingen"]
    args = [str(data_paths.root), database.url or "", FINDERS]
    done = subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True, check=True)
    count, *loaded = done.stdout.split()
    assert count == "0"  # the demo is sound
    assert sorted(set(loaded) - LIGHT) == []
