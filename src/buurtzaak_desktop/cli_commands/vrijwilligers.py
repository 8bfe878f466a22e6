"""``buurtzaak import vrijwilligers FILE [--dry-run]`` and ``buurtzaak export vrijwilligers --out F.xlsx``."""

from __future__ import annotations

import argparse
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.reports.vrijwilligers.xlsx import year_of
from buurtzaak_desktop.services.vrijwilligers.import_file import import_volunteers
from buurtzaak_desktop.services.vrijwilligers.printing import export_volunteers


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    database = open_database(paths)
    try:
        if args.command == "import":
            report = import_volunteers(database, Path(args.file), dry_run=args.dry_run)
            print(report.summary())
            return 0
        year = year_of(args.year, now_local().date())
        count = export_volunteers(database, Path(args.out), year)
        print(f"{count} vrijwilligers en de uren van {year} geschreven naar {args.out}.")
        return 0
    finally:
        database.close()
