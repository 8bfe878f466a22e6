"""Large imports: seconds and peak memory for 100,000 rows per kind, and for refusing a zip-bomb xlsx.

    python bench/imports.py [--rows 100000] [--kinds boekingen,vrijwilligers,deelnemers,kas]

Each import runs in its own process through ``buurtzaak import KIND FILE`` (an xlsx file with shared strings, as
Excel writes it, made beforehand), so the peak memory printed is that process's own (``ru_maxrss``, the interpreter
included).
"vrijwilligers-fout" is the same file with a bad e-mail address in its last row: refused whole (exit status 1).
The last line refuses a zip bomb. Goal: under 60 s per kind; a refused file under 300 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.zip_bomb writes the files

KINDS = ("boekingen", "vrijwilligers", "deelnemers", "kas", "vrijwilligers-fout")
ROOMS = 12


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cli(folder: Path, *args: str) -> int:
    from buurtzaak_desktop.cli import main

    with contextlib.redirect_stdout(io.StringIO()):
        return main(["--data-dir", str(folder), *args])


def _prepare(kind: str, folder: Path, rows: int, scratch: Path) -> tuple[Path, int]:
    """The import file for ``kind`` (and whatever it refers to in the database); returns it and its row count."""
    from tests.zip_bomb import write_sheet as write_any

    write_sheet = functools.partial(write_any, shared=True)  # as Excel writes text

    path = scratch / f"{kind}.xlsx"
    if kind in ("vrijwilligers", "vrijwilligers-fout"):
        bad = rows - 1 if kind == "vrijwilligers-fout" else -1  # the last row has no valid e-mail address
        header = ["naam", "e-mail", "telefoon", "rollen", "beschikbaar", "talen", "vog geldig tot", "bhv geldig tot"]
        write_sheet(
            path,
            header,
            (
                [
                    *(f"Vrijwilliger {n}", f"v{n}@example.nl" if n != bad else "geen-adres", f"06{n:08d}"),
                    "receptie, klussen",
                    *("ma-ochtend, do-avond", "nederlands, turks", "2027-06-30", "2027-12-31" if n % 3 == 0 else ""),
                ]
                for n in range(rows)
            ),
        )
        return path, rows
    if kind == "deelnemers":
        activities = scratch / "activiteiten.csv"
        names = [f"Activiteit {n}" for n in range(20)]
        activities.write_text(
            "naam;categorie;doelgroep;ruimte;dag;begin;eind;van;tot;frequentie;leiding;verwacht\n"
            + "".join(f"{name};Sport;Iedereen;;ma;10:00;11:00;2027-01-04;2027-06-28;;Sanne;10\n" for name in names),
            encoding="utf-8",
        )
        assert _cli(folder, "import", "activiteiten", str(activities)) == 0
        write_sheet(
            path,
            ["activiteit", "naam", "telefoon", "e-mail"],
            ([names[n % 20], f"Deelnemer {n}", f"06{n:08d}", f"d{n}@example.nl"] for n in range(rows)),
        )
        return path, rows
    if kind == "kas":
        start = date(2027, 1, 1)
        write_sheet(
            path,
            ["datum", "categorie", "omschrijving", "bedrag", "bon"],
            (
                [(start + timedelta(days=n // 40)).isoformat(), "aanvulling", "aanvulling", "50,00", ""]
                if n % 2 == 0
                else [(start + timedelta(days=n // 40)).isoformat(), "A", f"boodschappen {n}", "12,50", f"B{n}"]
                for n in range(rows)
            ),
        )
        return path, rows
    return _bookings_file(folder, path, rows, scratch)


def _bookings_file(folder: Path, path: Path, rows: int, scratch: Path) -> tuple[Path, int]:
    """One-hour bookings in ROOMS rooms, back to back within the opening hours of every open day from 2027 on."""
    from tests.zip_bomb import write_sheet as write_any

    write_sheet = functools.partial(write_any, shared=True)  # as Excel writes text

    from buurtzaak_desktop.db.migrate import open_database
    from buurtzaak_desktop.paths import DataPaths
    from buurtzaak_desktop.services.rooster.calendar import calendar_for

    rooms = scratch / "ruimtes.csv"
    rooms.write_text("naam;capaciteit\n" + "".join(f"Zaal {n};40\n" for n in range(ROOMS)), encoding="utf-8")
    assert _cli(folder, "import", "ruimtes", str(rooms)) == 0
    database = open_database(DataPaths(folder))
    days = [hours for hours in calendar_for(database, date(2027, 1, 4), date(2060, 12, 31)) if hours.is_open]
    database.close()
    found: list[list[str]] = []
    for hours in days:
        assert hours.opens is not None and hours.closes is not None
        first, last = hours.opens.hour + (hours.opens.minute > 0), hours.closes.hour
        for hour in range(first, last):
            for room in range(ROOMS):
                start, end = clock_time(hour), clock_time(hour + 1) if hour < 23 else clock_time(23, 59)
                found.append([f"Zaal {room}", hours.day.isoformat(), f"{start:%H:%M}", f"{end:%H:%M}", "Les", "Club"])
                if len(found) == rows:
                    write_sheet(path, ["ruimte", "datum", "begin", "eind", "omschrijving", "groep"], found)
                    return path, rows
    write_sheet(path, ["ruimte", "datum", "begin", "eind", "omschrijving", "groep"], found)
    return path, len(found)


def child_import(kind: str, rows: int, root: Path) -> dict[str, object]:
    folder, scratch = root / kind, root / f"{kind}-bestanden"
    scratch.mkdir(parents=True)
    path, count = _prepare(kind, folder, rows, scratch)
    started = time.perf_counter()
    code = _cli(folder, "import", kind.split("-")[0], str(path))
    return {"kind": kind, "rows": count, "seconds": time.perf_counter() - started, "code": code, "peak_mb": _peak_mb()}


def child_bomb(root: Path) -> dict[str, object]:
    from tests.zip_bomb import write_zip_bomb

    from buurtzaak_desktop.domain.errors import BuurtzaakError
    from buurtzaak_desktop.services.importing import read_table

    bomb = root / "bom.xlsx"
    write_zip_bomb(bomb, ["naam", "capaciteit"], ["Zaal", "12"], 20_000_000)
    started = time.perf_counter()
    try:
        read_table(bomb)
        message = "gelezen (niet geweigerd!)"
    except BuurtzaakError as error:
        message = error.message
    return {
        "kind": f"zip-bom ({bomb.stat().st_size / 1e6:.1f} MB, 20 miljoen rijen)",
        "rows": 20_000_000,
        "seconds": time.perf_counter() - started,
        "code": message[:60],
        "peak_mb": _peak_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--child", nargs=2, metavar=("KIND", "ROOT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, root = args.child
        result = child_bomb(Path(root)) if kind == "bomb" else child_import(kind, args.rows, Path(root))
        print(json.dumps(result))
        return
    print(f"{'soort':42} {'rijen':>9} {'seconden':>9} {'piek MB':>8}  uitkomst")
    with tempfile.TemporaryDirectory() as root:
        for kind in [*args.kinds.split(","), "bomb"]:
            command = [sys.executable, __file__, "--rows", str(args.rows), "--child", kind, root]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0 or not done.stdout.strip():
                print(f"{kind:42} mislukt: {done.stderr.strip()[-400:]}")
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{r['kind']:42} {r['rows']:>9} {r['seconds']:9.1f} {r['peak_mb']:8.0f}  {r['code']}")


if __name__ == "__main__":
    main()
