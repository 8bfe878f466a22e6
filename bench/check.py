"""``buurtzaak check`` on ``demo --scale large`` (ten years of history): the whole command, and each check.

    python bench/check.py                  # makes the large demo in a temporary folder (takes a while)
    python bench/check.py --data-dir DIR   # an existing data folder, e.g. one made with `demo --scale large`

Goal: the whole command (start-up, the integrity check of the file and every Check) under 3 s. Prints the median
wall-clock time of a few runs of the command line and the processor time it used (on a busy machine the wall clock
waits for other programs; the processor time does not), then the time of each check inside one process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.check import CHECKS
from buurtzaak_desktop.services.demo import generate_demo

GOAL_SECONDS = 3.0
RUNS = 3


def _command_seconds(folder: Path) -> tuple[float, float]:
    """The median wall-clock and processor seconds of ``buurtzaak check`` as a new process."""
    walls, cpus = [], []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "buurtzaak_desktop", "check", "--data-dir", str(folder)],
            capture_output=True,
            text=True,
            env=os.environ.copy(),
            check=False,
        )
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode != 0:
            print(f"  check found something (exit {done.returncode}): {done.stderr.strip()[:200]}")
    return statistics.median(walls), statistics.median(cpus)


def _each_check(folder: Path) -> None:
    database = open_database(DataPaths(folder))
    try:
        with database.reading() as session:
            start = time.perf_counter()
            session.execute(text("PRAGMA integrity_check")).all()
            print(f"  {'integriteit (PRAGMA integrity_check)':40} {time.perf_counter() - start:.3f} s")
            for check in CHECKS:
                start = time.perf_counter()
                found = check.find(session)
                print(f"  {check.name:40} {time.perf_counter() - start:.3f} s  {len(found)} bevinding(en)")
    finally:
        database.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.data_dir or scratch)
        if not args.data_dir:
            database = open_database(DataPaths(folder).ensure())
            start = time.perf_counter()
            generate_demo(database, scale="large", seed=2026)
            database.close()
            print(f"large demo made in {time.perf_counter() - start:.1f} s")
        wall, cpu = _command_seconds(folder)
        print(f"buurtzaak check, median of {RUNS} runs: {wall:.2f} s wall clock, {cpu:.2f} s processor")
        print(f"  goal {GOAL_SECONDS:.0f} s  ratio {wall / GOAL_SECONDS:.2f} (processor: {cpu / GOAL_SECONDS:.2f})")
        print(f"  load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print("each check in one process:")
        _each_check(folder)


if __name__ == "__main__":
    main()
