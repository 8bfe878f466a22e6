"""Begroting at ten years of demo data: how long the figures, the fund and the Excel export take.

    python bench/begroting.py

Prints medians of several runs. The export is compared with writing the same cells as plain values (no
formulas, no styles), so the ratio shows what the live formulas and formatting cost.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.begroting.budget import budget_summary
from buurtzaak_desktop.services.begroting.export import export_year, gather
from buurtzaak_desktop.services.begroting.initiatives import fund_status, list_initiatives
from buurtzaak_desktop.services.demo import generate_demo

RUNS = 7
TODAY = date(2026, 11, 25)


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def plain_export(cells: list[list[object]], out: Path) -> None:
    workbook = Workbook()
    for row in cells:
        workbook.active.append(row)
    workbook.save(out)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder) / "data")
        database = open_database(paths)
        start = time.perf_counter()
        counts = generate_demo(database, scale="large", today=TODAY)
        print(f"demo --scale large: {(time.perf_counter() - start):.2f} s, {counts}")
        year = TODAY.year
        print(f"budget_summary({year}):       {median_ms(lambda: budget_summary(database, year, TODAY)):7.1f} ms")
        print(f"fund_status({year}):          {median_ms(lambda: fund_status(database, year)):7.1f} ms")
        print(f"list_initiatives({year}):     {median_ms(lambda: list_initiatives(database, year)):7.1f} ms")
        all_years = median_ms(lambda: [fund_status(database, y) for y in range(year - 9, year + 1)], runs=3)
        print(f"fund_status for ten years:  {all_years:7.1f} ms")
        out = Path(folder) / "begroting.xlsx"
        exported = median_ms(lambda: export_year(database, year, out, TODAY), runs=5)
        data = gather(database, year, TODAY)
        cells: list[list[object]] = [
            [line.name, line.budget_cents / 100, line.actual_cents / 100]
            for c in data.summary.categories
            for line in c.lines
        ]
        cells += [[i.title, i.applicant, i.requested_cents / 100, i.paid_cents / 100] for i in data.initiatives]
        plain = median_ms(lambda: plain_export(cells, Path(folder) / "plain.xlsx"), runs=5)
        print(f"export begroting {year}:      {exported:7.1f} ms ({len(data.initiatives)} initiatives)")
        print(f"plain openpyxl, same rows:  {plain:7.1f} ms  -> ratio {exported / plain:.1f}x")
        database.close()


if __name__ == "__main__":
    main()
