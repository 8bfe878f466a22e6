"""A writer for the reliability tests: commits rooms in a loop through Database.transaction() and logs each
committed name to a separate file (after the commit returns), until it is killed.

    python writer.py DATABASE LOG RUN
"""

from __future__ import annotations

import sys
from pathlib import Path

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Room


def main(database_file: str, log_file: str, run: str) -> None:
    database = Database(Path(database_file))
    with open(log_file, "a", encoding="utf-8") as log:
        number = 0
        while True:
            name = f"kill-{run}-{number}"
            with database.transaction() as session:
                session.add(Room(name=name, capacity=number % 50, notes="n" * (number % 300)))
                if number % 7 == 0:  # some transactions write several rows: all of them or none
                    session.add(Room(name=name + "-b", capacity=1))
            log.write(name + "\n")
            log.flush()
            if number == 0:
                print("ready", flush=True)
            number += 1


if __name__ == "__main__":
    main(*sys.argv[1:4])
