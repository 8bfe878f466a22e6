"""Back-up speed: our checked back-up against sqlite3's own ``.backup`` of the same file, in the same run.

    .venv/bin/python bench/backup.py [--filler-rows N]

It makes a ``demo --scale large`` data folder in a temporary folder. While not every area's demo data exists, the
large demo is small, so a synthetic table (``bench_filler``, N rows of about 250 bytes) is added to make the file
big enough to measure; the figures say how big the file was. Timings are the best of three.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from buurtzaak_desktop.backup import make
from buurtzaak_desktop.backup.verify import verify_database
from buurtzaak_desktop.cli import main as cli_main

GOAL = 1.5


def best_of(runs: int, action: Callable[[], None], before: Callable[[], None]) -> float:
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def add_filler(database: Path, rows: int) -> None:
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE IF NOT EXISTS bench_filler (id INTEGER PRIMARY KEY, label TEXT, note TEXT)")
    connection.executemany(
        "INSERT INTO bench_filler (label, note) VALUES (?, ?)",
        ((f"regel {n}", f"notitie {n} " + "x" * 220) for n in range(rows)),
    )
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--filler-rows", type=int, default=400_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as scratch:
        root = Path(scratch)
        data = root / "data"
        cli_main(["--data-dir", str(data), "demo", "--scale", "large"])
        source = data / "buurtzaak.sqlite"
        if args.filler_rows:
            add_filler(source, args.filler_rows)
        out = root / "out"
        size_mb = source.stat().st_size / 1e6
        target = out / "copy.sqlite"

        def fresh() -> None:
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()

        cli = best_of(3, lambda: subprocess.run(["sqlite3", str(source), f".backup '{target}'"], check=True), fresh)
        ours_copy = best_of(3, lambda: make._online_copy(source, target, None), fresh)
        verify = best_of(3, lambda: verify_database(target), lambda: None)
        total = best_of(3, lambda: make.make_backup(source, out), fresh)
        encrypted = best_of(1, lambda: make.make_backup(source, out, passphrase="bench wachtwoord"), fresh)

    print(f"database: {size_mb:.1f} MB (large demo + {args.filler_rows} synthetic filler rows)")
    print(f"sqlite3 .backup (CLI):              {cli:7.3f} s")
    print(f"our copy (backup API, counts, DELETE): {ours_copy:7.3f} s   ratio {ours_copy / cli:.2f}x (goal <= {GOAL}x)")
    print(f"verify (integrity_check, schema, counts): {verify:7.3f} s")
    print(f"whole back-up (copy, verify, fsync, rename): {total:7.3f} s   ratio {total / cli:.2f}x")
    print(f"whole encrypted back-up (incl. decrypt check): {encrypted:7.3f} s")


if __name__ == "__main__":
    main()
