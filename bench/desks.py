"""Several desks on one PostgreSQL server: throughput and answer times of the desk's mix at 1, 2, 4 and 8 clients.

    .venv/bin/python bench/desks.py [--seconds 10] [--scale large] [--think 250]
                                    [--database-url postgresql+psycopg://…]
                                    [--data-dir FOLDER]

Each client is its own process (multiprocessing, spawn), with its own connection, as a desk is. After opening the
database, reading what it will pick from and running each operation once (not timed: a desk open all day has loaded
its code), the clients start together and for ``--seconds`` run the desk's mix through the services, timing each
answer the user waits for. Between answers a desk thinks ``--think`` milliseconds on average (random, 0 to twice
that; default 250 ms, so up to about four answers a second per desk: far busier than a person at a desk, who clicks
every few seconds). ``--think 0`` runs the answers back to back: a saturation test of what the machine can carry,
where with more desks than cores an answer mostly waits for a core.

- week (40%): the Rooster's week grid, ``rooster_view`` for a week around today (what the page reads);
- free (20%): "what is free?", ``free_rooms`` for an evening, ten people (``buurtzaak free``);
- booking (20%): ``book`` an hour in a room in the coming weeks, and every other time ``cancel_booking`` it again
  (each an answer; a refusal, e.g. a clash, is an answer too and counted apart);
- attendance (20%): open a recent session's presentielijst (``SessionService.sheet``) and save ticked names
  (``save_attendance``), each an answer.

Printed per client count: answers per second over all clients, and the 95th percentile of the answer time per kind
and over all, and the processor time per answer of the desks (Python, the driver) and of the server (its processes
in /proc, when it runs on this machine); then the same mix with one client on the SQLite file of the same demo, and
the ratios server/file. Goal: with 8 clients every answer under 100 ms at the 95th percentile. When the desks and
the server share the machine's cores (and other work runs), an answer waits for a core: compare the processor times
with the answer times, and the load average printed before and after.

Without ``--database-url`` the bench starts its own throw-away server (tests/pg_server.py: initdb/pg_ctl in a
temporary folder, a unix socket, fsync off) and fills it with ``buurtzaak demo --scale …``; an empty database behind
``--database-url`` is filled the same way. The bench adds (and cancels) bookings and overwrites attendance there.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pg_server.py, shared with the test suite

os.environ.setdefault("BUURTZAAK_NOW", "2026-12-03T10:00")  # the same "today" for the demo and every client

CLIENTS = (1, 2, 4, 8)
MIX = {"week": 4, "free": 2, "booking": 2, "attendance": 2}
GOAL_MS = 100.0
BUURTZAAK = Path(sys.executable).with_name("buurtzaak")


@dataclass
class Plan:
    """What a client picks from, read before the clock starts."""

    today: date
    rooms: list[int]
    sessions: list[int]


@dataclass
class Answer:
    kind: str
    ms: float
    refused: bool = False


def _open(target: str) -> Any:
    from buurtzaak_desktop.db.migrate import open_database, open_server
    from buurtzaak_desktop.paths import DataPaths

    return open_server(target) if "://" in target else open_database(DataPaths(Path(target)))


def _plan(database: Any) -> Plan:
    from sqlmodel import col, select

    from buurtzaak_desktop.db.models import Room
    from buurtzaak_desktop.db.models.activiteiten import ActivitySession
    from buurtzaak_desktop.domain import clock
    from buurtzaak_desktop.services.activiteiten.programme import CANCELLED

    today = clock.today()
    with database.reading() as session:
        rooms = list(session.exec(select(Room.id).where(Room.active, Room.indoor)))
        query = select(ActivitySession.id).where(
            col(ActivitySession.day) >= today - timedelta(days=28),
            col(ActivitySession.day) <= today,
            ActivitySession.status != CANCELLED,
        )
        sessions = list(session.exec(query))
    return Plan(today, [r for r in rooms if r is not None], [s for s in sessions if s is not None])


def _timed(kind: str, action: Callable[[], object], answers: list[Answer]) -> object:
    from buurtzaak_desktop.domain.errors import BuurtzaakError

    started = time.perf_counter()
    try:
        result = action()
    except BuurtzaakError:
        answers.append(Answer(kind, (time.perf_counter() - started) * 1000, refused=True))
        return None
    answers.append(Answer(kind, (time.perf_counter() - started) * 1000))
    return result


def _week(database: Any, plan: Plan, rng: random.Random, answers: list[Answer]) -> None:
    from buurtzaak_desktop.services.rooster.queries import rooster_view

    monday = plan.today - timedelta(days=plan.today.weekday()) + timedelta(weeks=rng.randint(-4, 4))
    _timed("week", lambda: rooster_view(database, monday, monday + timedelta(days=6)), answers)


def _free(database: Any, plan: Plan, rng: random.Random, answers: list[Answer]) -> None:
    from buurtzaak_desktop.services.rooster.queries import free_rooms

    day = plan.today + timedelta(days=rng.randint(0, 27))
    _timed("free", lambda: free_rooms(database, day, clock_time(19), clock_time(21), 10), answers)


def _booking(database: Any, plan: Plan, rng: random.Random, answers: list[Answer]) -> None:
    from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book, cancel_booking

    day = plan.today + timedelta(days=rng.randint(1, 56))
    if day.weekday() >= 5:
        day -= timedelta(days=2)
    start = clock_time(rng.randint(9, 15), rng.choice((0, 30)))
    end = clock_time(start.hour + 1, start.minute)
    request = BookingRequest(room_id=rng.choice(plan.rooms), day=day, start=start, end=end, title="Bench balie")
    result = _timed("booking", lambda: book(database, request), answers)
    if result is not None and rng.random() < 0.5:
        booking_id = result.booking_ids[0]  # type: ignore[attr-defined]
        _timed("booking", lambda: cancel_booking(database, booking_id), answers)


def _attendance(database: Any, plan: Plan, rng: random.Random, answers: list[Answer]) -> None:
    from buurtzaak_desktop.services.activiteiten.sessions import SessionService

    service = SessionService(database)
    session_id = rng.choice(plan.sessions)
    rows = _timed("attendance", lambda: service.sheet(session_id), answers)
    if rows is not None:
        ticked = [row.participant_id for row in rows if rng.random() < 0.8]  # type: ignore[attr-defined]
        _timed("attendance", lambda: service.save_attendance(session_id, ticked), answers)


OPERATIONS = {"week": _week, "free": _free, "booking": _booking, "attendance": _attendance}


def desk(target: str, seconds: float, think_ms: float, client: int, clients: int, barrier: Any, results: Any) -> None:
    """One desk client (a process of its own): open, read the plan, wait for the others, run the mix.

    Each desk ticks its own share of the presentielijsten: two desks saving the same list at the same moment is not
    the desk's day (and is not what is measured here)."""
    database = _open(target)
    plan = _plan(database)
    plan.sessions = plan.sessions[client::clients] or plan.sessions
    rng = random.Random(2026 + client)
    kinds, weights = list(MIX), list(MIX.values())
    for operation in OPERATIONS.values():  # a desk open all day has loaded its code and filled its caches
        operation(database, plan, rng, [])
    answers: list[Answer] = []
    barrier.wait()
    cpu, end = time.process_time(), time.perf_counter() + seconds
    while time.perf_counter() < end:
        OPERATIONS[rng.choices(kinds, weights)[0]](database, plan, rng, answers)
        if think_ms:
            time.sleep(rng.uniform(0, 2 * think_ms) / 1000)
    cpu = time.process_time() - cpu
    database.close()
    results.put((answers, cpu))


def run_clients(target: str, clients: int, seconds: float, think_ms: float) -> tuple[list[Answer], float]:
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(clients), context.Queue()
    processes = [
        context.Process(target=desk, args=(target, seconds, think_ms, n, clients, barrier, results))
        for n in range(clients)
    ]
    for process in processes:
        process.start()
    answers: list[Answer] = []
    cpu = 0.0
    for _ in processes:
        while True:
            try:
                done, seconds_used = results.get(timeout=1)
                answers += done
                cpu += seconds_used
                break
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in processes):
                    for process in processes:
                        process.kill()
                    raise RuntimeError("a desk client failed (its error is above)") from None
    for process in processes:
        process.join()
    return answers, cpu


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=20, method="inclusive")[18]


@dataclass
class Figures:
    label: str
    per_second: float
    p95: dict[str, float]  # per kind, and "all"
    answers: int
    refused: int
    cpu_ms: float  # the desks' own processor time per answer (Python, the driver; not the server's)
    server_ms: float = float("nan")  # the server's processor time per answer (when it runs on this machine)


def figures(label: str, run: tuple[list[Answer], float], seconds: float) -> Figures:
    answers, cpu = run
    per_kind = {kind: p95([a.ms for a in answers if a.kind == kind]) for kind in MIX}
    per_kind["all"] = p95([a.ms for a in answers])
    refused = sum(a.refused for a in answers)
    return Figures(label, len(answers) / seconds, per_kind, len(answers), refused, cpu * 1000 / len(answers))


def print_row(row: Figures) -> None:
    kinds = "".join(f"{row.p95[kind]:>12.1f}" for kind in (*MIX, "all"))
    print(
        f"{row.label:<16}{row.per_second:>9.1f}{kinds}{row.answers:>9}{row.refused:>8}{row.cpu_ms:>9.1f}{row.server_ms:>9.1f}"
    )


def make_demo(scale: str, data_dir: Path | None = None, url: str | None = None) -> float:
    where = ["--database-url", url] if url else ["--data-dir", str(data_dir)]
    started = time.perf_counter()
    subprocess.run([str(BUURTZAAK), "demo", "--scale", scale, *where], check=True, capture_output=True)
    return time.perf_counter() - started


def _is_empty(url: str) -> bool:
    from buurtzaak_desktop.db.content import is_empty

    database = _open(url)
    try:
        with database.reading() as session:
            return is_empty(session)
    finally:
        database.close()


def analyze(url: str) -> None:
    """The planner's statistics of the rows just loaded, as the server's autovacuum gathers them within minutes.

    Measured right after the load, without them, the week's bookings were read through the exclusion constraint's
    index over all 67,000 live bookings (12 ms) instead of the index on the day (0.5 ms)."""
    database = _open(url)
    try:
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("ANALYZE")
    finally:
        database.close()


def server_cpu(url: str) -> Callable[[], float] | None:
    """The server's processor seconds so far (its processes, and what the backends that ended used), read from /proc:
    only when the server runs on this machine and we may read its folder; else None."""
    database = _open(url)
    try:
        with database.reading() as session:
            folder = str(session.connection().exec_driver_sql("SHOW data_directory").scalar_one())
        postmaster = int((Path(folder) / "postmaster.pid").read_text().split()[0])
    except Exception:  # another machine's server, or no right to see its settings: no figure, not a failure
        return None
    finally:
        database.close()
    tick = os.sysconf("SC_CLK_TCK")

    def seconds() -> float:
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid, parent = int(stat.parent.name), int(fields[1])
            if pid == postmaster:
                total += sum(int(value) for value in fields[11:15])  # its own time and its ended children's
            elif parent == postmaster:
                total += int(fields[11]) + int(fields[12])
        return total / tick

    return seconds


def _server_version(url: str) -> str:
    database = _open(url)
    try:
        with database.reading() as session:
            return str(session.connection().exec_driver_sql("SHOW server_version").scalar_one()).split()[0]
    finally:
        database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10.0, help="seconds per client count (default 10)")
    parser.add_argument("--scale", choices=("small", "large"), default="large")
    parser.add_argument("--think", type=float, default=250.0, help="ms a desk waits between answers, on average")
    parser.add_argument("--database-url", help="a server holding the demo (default: a throw-away server)")
    parser.add_argument("--data-dir", help="a data folder holding the demo's file (default: made in a temporary one)")
    args = parser.parse_args()
    server = None
    with tempfile.TemporaryDirectory() as scratch:
        try:
            url = args.database_url
            if url is None:
                from tests.pg_server import PostgresServer

                server = PostgresServer().start()
                server.admin('CREATE DATABASE "buurtzaak"')
                url = server.url("buurtzaak")
            if _is_empty(url):
                print(f"demo --scale {args.scale} on the server: {make_demo(args.scale, url=url):.1f} s")
                analyze(url)
            folder = Path(args.data_dir or Path(scratch) / "file")
            from buurtzaak_desktop.paths import DataPaths

            if not DataPaths(folder).database.exists():
                print(f"demo --scale {args.scale} on the file: {make_demo(args.scale, data_dir=folder):.1f} s")
            report(url, folder, args.seconds, args.scale, args.think)
        finally:
            if server is not None:
                server.stop()


def report(url: str, folder: Path, seconds: float, scale: str, think_ms: float) -> None:
    print(
        f"\nPostgreSQL {_server_version(url)}, {scale} demo, {seconds:g} s per client count, think "
        f"{think_ms:g} ms between answers; machine: "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before the runs"
    )
    print(
        "95th percentile answer time (ms) per kind; cpu ms: the desks' own processor time per answer, server: the "
        "server's"
    )
    header = "".join(f"{kind:>12}" for kind in (*MIX, "all"))
    print(f"{'':<16}{'answers/s':>9}{header}{'answers':>9}{'refused':>8}{'cpu ms':>9}{'server':>9}")
    rows = []
    server_seconds = server_cpu(url)
    for clients in CLIENTS:
        before = server_seconds() if server_seconds else 0.0
        run = run_clients(url, clients, seconds, think_ms)
        time.sleep(0.5)  # the backends of the closed connections end, and their time is counted
        rows.append(figures(f"server, {clients} desk{'s' if clients > 1 else ''}", run, seconds))
        if server_seconds:
            rows[-1].server_ms = (server_seconds() - before) * 1000 / rows[-1].answers
        print_row(rows[-1])
    file_row = figures("file, 1 desk", run_clients(str(folder), 1, seconds, think_ms), seconds)
    print_row(file_row)
    one, eight = rows[0], rows[-1]
    print(
        f"ratio server/file, 1 desk: answers/s {one.per_second / file_row.per_second:.2f}, "
        f"95th percentile {one.p95['all'] / file_row.p95['all']:.2f}"
    )
    worst = max(eight.p95[kind] for kind in MIX)
    verdict = "met" if worst < GOAL_MS else "missed"
    print(
        f"goal: 8 desks, every kind's 95th percentile under {GOAL_MS:.0f} ms: slowest {worst:.1f} ms "
        f"({max(MIX, key=lambda kind: eight.p95[kind])}), ratio {worst / GOAL_MS:.2f}: {verdict}"
    )
    print(f"load average after the runs {os.getloadavg()[0]:.1f} (other work shares the {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
