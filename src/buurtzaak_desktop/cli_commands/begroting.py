"""``buurtzaak export begroting --year Y --out F.xlsx`` and ``buurtzaak import begroting FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.begroting.export import export_year
from buurtzaak_desktop.services.begroting.importing import import_budget


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    database = open_database(paths)
    try:
        if args.command == "export":
            year = args.year or now_local().year
            data = export_year(database, year, Path(args.out))
            summary = data.summary
            saldo = summary.saldo_budget_cents
            verdict = f"tekort {format_cents(-saldo)}" if saldo < 0 else f"saldo {format_cents(saldo)}"
            print(
                f"Begroting {year} geschreven naar {args.out}: baten {format_cents(summary.income_budget_cents)}, "
                f"lasten {format_cents(summary.expense_budget_cents)}, {verdict}; "
                f"{len(data.initiatives)} bewonersinitiatieven."
            )
            return 0
        report = import_budget(database, Path(args.file), dry_run=args.dry_run, replace=args.replace)
        for line in report.details:
            print(line)
        print(report.summary())
        return 0
    finally:
        database.close()
