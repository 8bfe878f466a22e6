"""``buurtzaak report regiegroep --month YYYY-MM --out F.pdf [--xlsx F.xlsx]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.dates import parse_month
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.reports.regiegroep.pdf import write_month_pack_pdf
from buurtzaak_desktop.reports.regiegroep.xlsx import write_month_pack_xlsx
from buurtzaak_desktop.services.regiegroep.pack import build_month_pack


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    month = parse_month(args.month)
    database = open_database(paths)
    try:
        pack = build_month_pack(database, month)
    finally:
        database.close()
    write_month_pack_pdf(pack, Path(args.out))
    print(f"Maandoverzicht regiegroep {pack.month_title} geschreven naar {args.out}.")
    if args.xlsx:
        write_month_pack_xlsx(pack, Path(args.xlsx))
        print(f"Dezelfde cijfers geschreven naar {args.xlsx}.")
    return 0
