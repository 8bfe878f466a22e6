"""Check finders run in a fresh process, to see what they load (``buurtzaak check`` must start fast, issue 17).

``finders`` names them as "module:name,name;module:name", modules under ``buurtzaak_desktop.services``."""

from __future__ import annotations

import subprocess
import sys

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.paths import DataPaths

RUN = """
import sys
from datetime import datetime
from importlib import import_module
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.paths import DataPaths

clock.set_now(datetime(2026, 12, 3, 10))  # the tests' day: the demo's out-of-hours bookings lie ahead
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


def run_finders_fresh(data_paths: DataPaths, database: Database, finders: str) -> tuple[int, set[str]]:
    """How many findings the finders report, and which of our model and service modules the process loaded."""
    args = [str(data_paths.root), database.url or "", finders]
    done = subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True, check=True)
    count, *loaded = done.stdout.split()
    return int(count), set(loaded)
