"""``buurtzaak export spreekuur-cijfers --out F.xlsx --year Y``: anonymous figures, no names."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.reports.spreekuur.figures_xlsx import write_figures
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.telefooncirkel.rounds import year_months

log = logging.getLogger(__name__)


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    year = args.year or now_local().year
    out = Path(args.out)
    database = open_database(paths)
    try:
        figures = year_figures(database, year)
        circle_months = year_months(database, year)
    finally:
        database.close()
    write_figures(figures, out, circle_months)
    log.info("spreekuur figures exported for %d (%d visits)", year, figures.visits)
    print(f"Spreekuurcijfers {year} geschreven naar {out} ({figures.visits} bezoeken, zonder namen).")
    return 0
