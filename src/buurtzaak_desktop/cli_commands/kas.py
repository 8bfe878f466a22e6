"""``buurtzaak import kas FILE [--dry-run]`` and ``buurtzaak export kas --year YYYY --out F.xlsx``."""

from __future__ import annotations

import argparse
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.begroting.kas_file import export_kas, import_kas


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    database = open_database(paths)
    try:
        if args.command == "export":
            year = args.year or now_local().year
            data = export_kas(database, year, Path(args.out))
            spent = sum(month.spent_cents for month in data.months)
            print(
                f"Kleine kas {year} geschreven naar {args.out}: {len(data.entries)} boekingen, uitgaven "
                f"{format_cents(spent)}, saldo {format_cents(data.balance_cents)}."
            )
            return 0
        report = import_kas(database, Path(args.file), dry_run=args.dry_run)
        for line in report.details:
            print(f"Let op: {line}")
        print(report.summary())
        return 0
    finally:
        database.close()
