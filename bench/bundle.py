"""The PyInstaller bundle against the source install: build time, size on disk and start time.

    python bench/bundle.py                 # builds into build/bench-bundle/ first
    python bench/bundle.py --bundle DIR    # measures an existing bundle (DIR/buurtzaak)
    python bench/bundle.py --runs 15

Start time is the wall-clock time of a whole process, from exec to exit: ``--smoke`` against a demo folder made by the
bundle's own ``demo`` command (opens the database, runs migrations if any, builds and shows the window with its five
tabs, runs the event loop once, quits), and ``--version`` (no Qt). Each is run once to warm the file cache, then
``--runs`` times alternating bundle and source, and the median is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(dist: Path) -> tuple[Path, float]:
    started = time.perf_counter()
    command = [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist), "--work", str(dist / "work")]
    subprocess.run(command, check=True, capture_output=True)
    return dist / "buurtzaak", time.perf_counter() - started


def size_on_disk(folder: Path) -> tuple[str, int, int]:
    """du -sh, the sum of the file sizes in bytes, and the number of files (symlinks to Qt's libraries not counted)."""
    du = subprocess.run(["du", "-sh", str(folder)], capture_output=True, text=True, check=False).stdout.split()
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return (du[0] if du else "?"), sum(path.stat().st_size for path in files), len(files)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=120)
    return time.perf_counter() - started


def compare(label: str, bundle_cmd: list[str], source_cmd: list[str], env: dict[str, str], runs: int) -> None:
    timed(bundle_cmd, env), timed(source_cmd, env)  # warm the file cache
    bundle_times: list[float] = []
    source_times: list[float] = []
    for _ in range(runs):
        bundle_times.append(timed(bundle_cmd, env))
        source_times.append(timed(source_cmd, env))
    bundle_median, source_median = statistics.median(bundle_times), statistics.median(source_times)
    print(
        f"{label:<18} bundle median {bundle_median * 1000:6.0f} ms (min {min(bundle_times) * 1000:.0f})   "
        f"python -m median {source_median * 1000:6.0f} ms (min {min(source_times) * 1000:.0f})   "
        f"bundle/source {bundle_median / source_median:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, help="an existing bundle folder (skips the build)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if args.bundle is None:
        bundle, seconds = build(ROOT / "build" / "bench-bundle")
        print(f"build              {seconds:.1f} s on {os.cpu_count()} cores (PyInstaller, one folder)")
    else:
        bundle = args.bundle.resolve()
    du, total, count = size_on_disk(bundle)
    print(f"size               du -sh {du}; {total / 1e6:.1f} MB in {count} files")
    program = str(bundle / ("buurtzaak-cli.exe" if sys.platform == "win32" else "buurtzaak"))
    with tempfile.TemporaryDirectory() as scratch:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": f"{scratch}/config",  # keep the smoke runs out of this machine's Qt settings
            "APPDATA": f"{scratch}/config",
            "BUURTZAAK_LOG_DIR": f"{scratch}/logs",
        }
        demo = f"{scratch}/demo"
        subprocess.run([program, "--data-dir", demo, "demo"], check=True, capture_output=True, env=env)
        source = [sys.executable, "-m", "buurtzaak_desktop"]
        compare(
            "--smoke (window)",
            [program, "--data-dir", demo, "--smoke"],
            [*source, "--data-dir", demo, "--smoke"],
            env,
            args.runs,
        )
        compare("--version (no Qt)", [program, "--version"], [*source, "--version"], env, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
