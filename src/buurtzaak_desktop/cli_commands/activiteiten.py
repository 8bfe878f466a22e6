"""``buurtzaak print presentielijsten``, ``export activiteiten``, ``import activiteiten`` and ``import deelnemers``."""

from __future__ import annotations

import argparse
from pathlib import Path

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.dates import parse_date, parse_iso_week
from buurtzaak_desktop.paths import DataPaths


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    database = open_database(paths)
    try:
        if args.command == "print":
            return _print(args, database)
        if args.command == "export":
            return _export(args, database)
        return _import(args, database)
    finally:
        database.close()


def _print(args: argparse.Namespace, database: Database) -> int:
    from buurtzaak_desktop.services.activiteiten.printing import print_presentielijsten

    if args.week:
        first, days = parse_iso_week(args.week), 7
    else:
        first, days = parse_date(args.date), 1
    pages = print_presentielijsten(database, Path(args.out), first, days)
    print(f"{pages} pagina('s) geschreven naar {args.out}.")
    return 0


def _export(args: argparse.Namespace, database: Database) -> int:
    from buurtzaak_desktop.reports.activiteiten.figures_xlsx import write_figures
    from buurtzaak_desktop.services.activiteiten.figures import year_figures

    year = args.year or clock.today().year
    with database.reading() as session:
        months, total = year_figures(session, year)
    write_figures(Path(args.out), year, months, total)
    print(f"Cijfers {year}: {len(months)} regels (activiteit per maand) geschreven naar {args.out}.")
    return 0


def _import(args: argparse.Namespace, database: Database) -> int:
    from buurtzaak_desktop.services.activiteiten.importing import import_activities, import_participants

    action = import_activities if args.kind == "activiteiten" else import_participants
    report = action(database, Path(args.file), clock.today(), dry_run=args.dry_run)
    for line in report.details:
        print(line)
    print(report.summary())
    return 0
