"""The regiegroep month pack on ``demo --scale large`` (ten years of history): time to build and write it.

    python bench/regiegroep.py                  # makes the large demo in a temporary folder (takes a while)
    python bench/regiegroep.py --data-dir DIR   # an existing data folder, e.g. one made with `demo --scale large`

Goal: the whole report (figures, PDF and xlsx) under 3 s. Prints the share spent in queries (building the pack's
figures from the database) and in drawing (the PDF and the xlsx), each the median of a few runs.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.dates import previous_month
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.reports.regiegroep.pdf import write_month_pack_pdf
from buurtzaak_desktop.reports.regiegroep.xlsx import write_month_pack_xlsx
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.regiegroep.pack import build_month_pack

GOAL_SECONDS = 3.0
RUNS = 5


def _median_seconds(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(args.data_dir or folder))
        database = open_database(paths.ensure())
        if not args.data_dir:
            start = time.perf_counter()
            generate_demo(database, scale="large", seed=2026)
            print(f"large demo made in {time.perf_counter() - start:.1f} s")
        month = previous_month(date.today().replace(day=1))
        pack = build_month_pack(database, month)
        pdf, xlsx = Path(folder) / "pack.pdf", Path(folder) / "pack.xlsx"
        queries = _median_seconds(lambda: build_month_pack(database, month))
        drawing_pdf = _median_seconds(lambda: write_month_pack_pdf(pack, pdf))
        drawing_xlsx = _median_seconds(lambda: write_month_pack_xlsx(pack, xlsx))
        total = queries + drawing_pdf + drawing_xlsx
        pages = len(PdfReader(pdf).pages)
        print(f"month {month:%Y-%m}, median of {RUNS} runs each")
        print(f"  queries (build the figures) {queries:.3f} s  {queries / total:.0%}")
        print(f"  drawing PDF ({pages} pages)  {drawing_pdf:.3f} s  {drawing_pdf / total:.0%}")
        print(f"  drawing xlsx                {drawing_xlsx:.3f} s  {drawing_xlsx / total:.0%}")
        ratio = total / GOAL_SECONDS
        print(f"  whole report                {total:.3f} s  goal {GOAL_SECONDS:.0f} s  ratio {ratio:.2f}")
        database.close()


if __name__ == "__main__":
    main()
