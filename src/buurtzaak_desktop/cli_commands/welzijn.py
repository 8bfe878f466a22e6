"""``buurtzaak export welzijn-op-recept --year YYYY --out F.xlsx``: the year's WoR figures, no names or notes."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.reports.welzijn.figures_xlsx import write_figures
from buurtzaak_desktop.services.welzijn.figures import year_figures

log = logging.getLogger(__name__)


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    year = args.year or now_local().year
    out = Path(args.out)
    database = open_database(paths)
    try:
        figures = year_figures(database, year)
    finally:
        database.close()
    write_figures(figures, out)
    log.info("wor figures exported for %d (%d participants)", year, figures.participants)
    print(
        f"Welzijn op Recept {year} geschreven naar {out} ({figures.participants} deelnemers, "
        f"{figures.structural} structureel; zonder namen)."
    )
    return 0
