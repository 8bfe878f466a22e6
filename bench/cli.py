"""Command-line answers against ``python -c "import sqlmodel"``, as whole processes, in one run.

    python bench/cli.py [--runs 9]

Makes the small demo in a temporary folder, then runs each command and the anchor as new processes, interleaved
(so that a busy moment on a shared machine hits all alike), several times each. Prints the median wall-clock time,
the median processor time (user + system: what the process itself cost, less disturbed by other programs) and
both as a ratio to the anchor. Goal: each command within 1.3x the anchor.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

GOAL_RATIO = 1.3


def commands(data: Path, out: Path) -> dict[str, list[str]]:
    folder = ["--data-dir", str(data)]
    return {
        "free": ["free", "--date", "2026-12-03", "--from", "10:00", "--to", "11:00", *folder],
        "check (small demo)": ["check", *folder],
        "print dagrooster": ["print", "dagrooster", "--date", "2026-12-03", "--out", str(out / "dag.pdf"), *folder],
        "export boekingen .xlsx": ["export", "boekingen", "--out", str(out / "boekingen.xlsx"), *folder],
        "export boekingen .ics": ["export", "boekingen", "--out", str(out / "boekingen.ics"), *folder],
    }


def run_once(arguments: list[str]) -> tuple[float, float]:
    """Wall-clock and processor seconds of one new process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = perf_counter()
    subprocess.run(arguments, check=True, capture_output=True)
    wall = perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data, out = Path(scratch) / "data", Path(scratch) / "out"
        out.mkdir()
        os.environ["BUURTZAAK_LOG_DIR"] = str(Path(scratch) / "logs")
        os.environ.pop("BUURTZAAK_NOW", None)
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files; so do these runs
        subprocess.run([sys.executable, "-m", "buurtzaak_desktop", "demo", "--data-dir", str(data)], check=True)
        runs = {"python -c 'import sqlmodel'": [sys.executable, "-c", "import sqlmodel"]}
        runs |= {name: [sys.executable, "-m", "buurtzaak_desktop", *args] for name, args in commands(data, out).items()}
        for arguments in runs.values():  # warm the file cache and write the .pyc files
            run_once(arguments)
        walls: dict[str, list[float]] = {name: [] for name in runs}
        cpus: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(options.runs):
            for name, arguments in runs.items():
                wall, cpu = run_once(arguments)
                walls[name].append(wall)
                cpus[name].append(cpu)
    anchor = next(iter(runs))
    anchor_wall, anchor_cpu = statistics.median(walls[anchor]), statistics.median(cpus[anchor])
    load = os.getloadavg()[0]
    print(f"runs: {options.runs} each, interleaved; load average now {load:.1f} on {os.cpu_count()} cores")
    print(f"{'':28} {'wall':>8} {'ratio':>6} {'cpu':>8} {'ratio':>6}")
    for name in runs:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        print(f"{name:28} {wall * 1000:6.0f}ms {wall / anchor_wall:6.2f} {cpu * 1000:6.0f}ms {cpu / anchor_cpu:6.2f}")
    print(f"goal: ratio <= {GOAL_RATIO}")


if __name__ == "__main__":
    main()
