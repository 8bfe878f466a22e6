"""``buurtzaak demo`` and ``buurtzaak check``."""

from __future__ import annotations

import argparse
import sys

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    database = open_database(paths)
    try:
        if args.command == "demo":
            from buurtzaak_desktop.services.demo import generate_demo  # every area's services: not for ``check``

            counts = generate_demo(database, scale=args.scale, seed=args.seed, force=args.force)
            summary = ", ".join(f"{count} {kind}" for kind, count in counts.items())
            print(f"Demogegevens aangemaakt in {paths.location}: {summary}.")
            return 0
        from buurtzaak_desktop.services.check import run_check

        findings = run_check(database)
        if findings:
            for finding in findings:
                print(finding, file=sys.stderr)
            print(f"{len(findings)} bevinding(en) in {paths.location}.", file=sys.stderr)
            return 1
        print(f"Geen bevindingen: {paths.location} is in orde.")
        return 0
    finally:
        database.close()
