"""``buurtzaak report regiegroep --month YYYY-MM --out F.pdf [--xlsx F.xlsx]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.dates import parse_month
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.regiegroep.pack import write_month_pack


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    month = parse_month(args.month)
    database = open_database(paths)
    try:
        pack = write_month_pack(database, month, Path(args.out), Path(args.xlsx) if args.xlsx else None)
    finally:
        database.close()
    print(f"Maandoverzicht regiegroep {pack.month_title} geschreven naar {args.out}.")
    if args.xlsx:
        print(f"Dezelfde cijfers geschreven naar {args.xlsx}.")
    return 0
