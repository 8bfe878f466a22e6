"""Two desks on one server at the same moment: two real connections, their transactions interleaved.

Each desk's first transaction waits before its commit until the other's reaches its commit too (at most ``wait``
seconds). Without anything in the database both have read and checked before either commits, so both would write; a
row the first desk took (``SELECT ... FOR UPDATE``) makes the second wait inside its check instead, the first commits
after ``wait`` and the second then sees it; an exclusion constraint lets both reach the commit and refuses one there.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence

from sqlalchemy import event
from sqlmodel import Session

from buurtzaak_desktop.db.database import Database


def at_two_desks(database: Database, work: Sequence[Callable[[Database], object]], wait: float = 20) -> list[object]:
    """Run ``work[0]`` and ``work[1]`` at once, each on its own Database; their results or the errors they raised."""
    desks = [database.reopened(), database.reopened()]
    barrier = threading.Barrier(2, timeout=wait)
    waited: set[int] = set()
    outcomes: list[object] = [None, None]

    def before_commit(_session: Session) -> None:
        me = threading.get_ident()
        if me not in waited:  # a retry does not wait
            waited.add(me)
            with contextlib.suppress(threading.BrokenBarrierError):  # the other desk waits for a row this one took
                barrier.wait()

    def desk(index: int) -> None:
        try:
            outcomes[index] = work[index](desks[index])
        except Exception as error:
            outcomes[index] = error

    event.listen(Session, "before_commit", before_commit)
    try:
        threads = [threading.Thread(target=desk, args=(index,)) for index in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(wait + 30)
    finally:
        event.remove(Session, "before_commit", before_commit)
        for desk_database in desks:
            desk_database.close()
    return outcomes
