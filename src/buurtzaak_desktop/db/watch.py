"""Has another desk written since we last looked? What lets a window follow changes made elsewhere without a click.

On a PostgreSQL server every write transaction ends with a NOTIFY naming the desk (``notify_desks``), and each
window LISTENs on one connection of its own: news from other desks, never its own.

On one SQLite file the other writer is a second window or program on the same file. Every commit appends to the
write-ahead log (or, after a checkpoint, rewrites the file), so the modification time and size of the two files say
"something changed" for the price of two ``stat`` calls, and without holding a connection open: a back-up, a restore
or Windows' file locking never meet a watcher's connection. Which areas changed is not known; the pages reload (a
hidden page only when it is shown again).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlmodel import Session

CHANNEL = "buurtzaak_changes"

Stamp = tuple[tuple[int, int] | None, ...]


class FileChangeWatcher:
    def __init__(self, database_file: Path) -> None:
        self.files = (database_file, database_file.with_name(database_file.name + "-wal"))
        self.seen = self._stamp()

    def _stamp(self) -> Stamp:
        stamps: list[tuple[int, int] | None] = []
        for file in self.files:
            try:
                status = os.stat(file)
            except OSError:  # no write-ahead log yet, or a stick pulled: "nothing" is a state too
                stamps.append(None)
            else:
                stamps.append((status.st_mtime_ns, status.st_size))
        return tuple(stamps)

    def poll(self) -> bool:
        """True when the data was written since the last poll or ``mark_seen``."""
        now = self._stamp()
        changed, self.seen = now != self.seen, now
        return changed

    def mark_seen(self) -> None:
        """This window's own write was just shown: it is not news from elsewhere."""
        self.seen = self._stamp()

    def close(self) -> None:
        pass


def notify_desks(session: Session, desk: str) -> None:
    """On a server: tell the other desks, when this transaction commits (NOTIFY waits for the commit), that it wrote."""
    session.execute(text("SELECT pg_notify(:channel, :desk)"), {"channel": CHANNEL, "desk": desk})


class ServerChangeWatcher:
    def __init__(self, engine: Engine, desk: str) -> None:
        self.desk = desk
        self.raw: Any = engine.raw_connection()  # kept for the window's life: LISTEN holds on this connection only
        connection = self.raw.driver_connection
        assert connection is not None
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        self.connection = connection

    def poll(self) -> bool:
        """True when another desk committed a write since the last poll."""
        return any(note.payload != self.desk for note in self.connection.notifies(timeout=0))

    def mark_seen(self) -> None:
        pass  # this desk's own notifications carry its name and are passed over

    def close(self) -> None:
        self.raw.invalidate()  # not back into the pool: it listens and commits by itself
