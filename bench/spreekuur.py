"""Spreekuur on ``demo --scale large`` (20,000 visits): time to find a resident and to compute a year's figures.

    python bench/spreekuur.py            # makes the large demo in a temporary folder
    python bench/spreekuur.py --data-dir DIR

Goals: find a resident < 50 ms, a year's figures < 1 s. Also prints the first start-up's retention clean-up.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.spreekuur.privacy import anonymise_expired
from buurtzaak_desktop.services.spreekuur.residents import find_residents


def _median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(args.data_dir or folder))
        database = open_database(paths.ensure())
        if not args.data_dir:
            generate_demo(database, scale="large", seed=2026)
        year = time.localtime().tm_year - 1
        searches = ["zoe", "sahin", "fatima el", "yilmaz", "moh"]
        find = _median_ms(lambda: [find_residents(database, text) for text in searches], 20) / len(searches)
        figures = _median_ms(lambda: year_figures(database, year), 5)
        visits = year_figures(database, year).visits
        print(
            f"find a resident (median of {len(searches)} searches x 20): {find:.1f} ms  goal 50 ms  "
            f"ratio {find / 50:.2f}"
        )
        print(
            f"figures for {year} ({visits} visits, median of 5): {figures:.1f} ms  goal 1000 ms  "
            f"ratio {figures / 1000:.2f}"
        )
        start = time.perf_counter()
        report = anonymise_expired(database, date.today())
        took = (time.perf_counter() - start) * 1000
        print(
            f"retention at start-up ({report.trajecten} trajecten, {report.residents} residents anonymised, "
            f"file vacuumed): {took:.0f} ms"
        )
        database.close()


if __name__ == "__main__":
    main()
