"""Has another desk written since we last looked? What lets a window follow changes made elsewhere without a click.

On one SQLite file the other writer is a second window or program on the same file. Every commit appends to the
write-ahead log (or, after a checkpoint, rewrites the file), so the modification time and size of the two files say
"something changed" for the price of two ``stat`` calls, and without holding a connection open: a back-up, a restore
or Windows' file locking never meet a watcher's connection. Which areas changed is not known; the pages reload (a
hidden page only when it is shown again).
"""

from __future__ import annotations

import os
from pathlib import Path

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


class NoChangeWatcher:
    """On a server, until the server tells the desks itself (LISTEN/NOTIFY): no news, the pages reload on their own
    writes and when shown."""

    def poll(self) -> bool:
        return False

    def mark_seen(self) -> None:
        pass

    def close(self) -> None:
        pass
