"""The starting world of the stateful test, and what its rules and invariants share.

A fresh data folder per example (a copy of one file made once), with the centre's rooms (one combined room), the
volunteers' reference data, a few volunteers with certificates, weekly shifts, an initiative fund, an activity with
participants and a waiting list, a booking series, a booking in the combined room, and two initiatives (one granted).
Everything else the rules make.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import Select
from sqlmodel import col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.db.models import Booking, Room, RoomPart
from buurtzaak_desktop.db.models.rooster import LIVE
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.begroting.initiatives import GRANTED
from buurtzaak_desktop.domain.rooster.overlap import overlaps
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput, ParticipantService
from buurtzaak_desktop.services.activiteiten.programme import ActivityInput, ProgrammeService
from buurtzaak_desktop.services.begroting.initiatives import Application, decide, set_fund_budget, start_review, submit
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book
from buurtzaak_desktop.services.rooster.rooms import room_parts
from buurtzaak_desktop.services.rooster.validation import slot_of
from buurtzaak_desktop.services.vrijwilligers.certificates import add_certificate
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data
from buurtzaak_desktop.services.vrijwilligers.shifts import create_shift
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer


def start() -> datetime:
    """Where every example's clock starts: BUURTZAAK_NOW as tests/conftest.py pins it (2026-12-03 10:00), read when
    a test runs (not at import, when the fixture has not set it yet)."""
    return datetime.fromisoformat(os.environ[clock.ENVIRONMENT_VARIABLE])


# name, capacity, set-up, clean-up (minutes)
ROOMS = (
    ("Aula", 80, 15, 15),
    ("Keuken", 20, 15, 15),
    ("Activiteitenruimte 1", 25, 0, 0),
    ("Activiteitenruimte 2", 15, 0, 0),
    ("Spreekkamer", 4, 0, 0),
)
COMBINED = ("Activiteitenruimte 1+2", 40, ("Activiteitenruimte 1", "Activiteitenruimte 2"))
# The same group written three ways (groups are one entity for strikes and suspension), and two others.
GROUPS = ("Kookgroep 1", "kookgroep 1 ", "KOOKGROEP 1", "Zumba", "Buurtpanel", "")
# name, roles, certificates (kind, days valid from the start; None: never expires)
VOLUNTEERS = (
    ("Fatima El Amrani", ["spreekuur", "receptie"], [("VOG", 20), ("BHV", 45)]),
    ("Henk de Boer", ["gastvrouw/gastheer", "keukenhulp"], [("Hygiëne", 400)]),
    ("Priya Ramdin", ["taalmaatje", "activiteitbegeleider"], [("VOG", 120), ("EHBO", 10)]),
    ("Jan Visser", ["klussen", "gastvrouw/gastheer"], []),
)
# role, weekday, start, end, people needed
SHIFTS = (
    ("spreekuur", 2, time(13), time(16), 1),
    ("gastvrouw/gastheer", 0, time(9), time(12), 2),
    ("keukenhulp", 3, time(17), time(20), 1),
)
FUND_CENTS = 500_000


@dataclass
class World:
    folder: Path
    database: Database
    rooms: dict[str, int] = field(default_factory=dict)
    volunteers: list[int] = field(default_factory=list)
    shifts: list[int] = field(default_factory=list)

    def close(self) -> None:
        self.database.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def ids(self, query: Select[Any]) -> list[Any]:
        """The values of a one-column query, in order: what a rule picks from."""
        with self.database.reading() as session:
            return list(session.execute(query).scalars())

    def live_bookings(self) -> list[int]:
        return self.ids(select(col(Booking.id)).where(Booking.status == LIVE).order_by(col(Booking.id)))


@dataclass(frozen=True)
class _Template:
    """The starting world made once per test run; each example starts from a copy of its file."""

    file: Path
    rooms: dict[str, int]
    volunteers: list[int]
    shifts: list[int]


def make_world() -> World:
    template = _template()
    folder = Path(tempfile.mkdtemp(prefix="buurtzaak-stateful-"))
    paths = DataPaths(folder).ensure()
    shutil.copyfile(template.file, paths.database)
    return World(folder, open_database(paths), dict(template.rooms), list(template.volunteers), list(template.shifts))


@cache
def _template() -> _Template:
    folder = Path(tempfile.mkdtemp(prefix="buurtzaak-stateful-template-"))
    atexit.register(shutil.rmtree, folder, True)
    paths = DataPaths(folder).ensure()
    world = World(folder, open_database(paths))
    _populate(world)
    world.database.close()  # all written into the file itself (no -wal left), so a copy is the whole world
    return _Template(paths.database, world.rooms, world.volunteers, world.shifts)


def _populate(world: World) -> None:
    with world.database.transaction() as session:
        ensure_reference_data(session)
        made = [
            Room(name=name, capacity=capacity, setup_minutes=setup, cleanup_minutes=cleanup)
            for name, capacity, setup, cleanup in ROOMS
        ]
        combined = Room(name=COMBINED[0], capacity=COMBINED[1])
        session.add_all([*made, combined])
        session.flush()
        world.rooms = {room.name: room.id or 0 for room in [*made, combined]}
        session.add_all(RoomPart(combined_id=combined.id or 0, part_id=world.rooms[part]) for part in COMBINED[2])
    today = start().date()
    for name, roles, certificates in VOLUNTEERS:
        volunteer = create_volunteer(world.database, VolunteerData(name=name, roles=roles, start_date=date(2025, 1, 6)))
        world.volunteers.append(volunteer)
        for kind, days in certificates:
            add_certificate(world.database, volunteer, kind, today + timedelta(days=days), date(2025, 1, 6))
    world.shifts = [create_shift(world.database, *shift) for shift in SHIFTS]
    for year in (today.year, today.year + 1):
        set_fund_budget(world.database, year, FUND_CENTS)
    _programme(world, today)


def _programme(world: World, today: date) -> None:
    """Something of each kind from the start, so that short sequences already move, cancel, register and pay."""
    yoga = ActivityInput(
        name="Yoga",
        start_time=time(10),
        end_time=time(11, 30),
        season_start=today - timedelta(weeks=4),
        season_end=today + timedelta(weeks=12),
        weekdays=(0,),
        room_id=world.rooms["Activiteitenruimte 1"],
        capacity=2,
    )
    programme = ProgrammeService(world.database)
    activity = programme.create(yoga, today)
    people = ParticipantService(world.database)
    for name in ("Zoë Şahin", "Ahmed Bakkali", "अनिल शर्मा"):  # the third waits for a place
        people.register(activity, people.add(ParticipantInput(name), today), today)
    kookgroep = BookingRequest(
        room_id=world.rooms["Keuken"],
        day=today + timedelta(days=(2 - today.weekday()) % 7),
        start=time(17),
        end=time(19, 30),
        title="Kookgroep",
        group_name="Kookgroep 1",
        frequency="weekly",
        count=8,
    )
    book(world.database, kookgroep)
    book(
        world.database,
        BookingRequest(
            room_id=world.rooms[COMBINED[0]],
            day=today + timedelta(days=1),
            start=time(14),
            end=time(16),
            title="Buurtpanel",
            group_name="Buurtpanel",
        ),
    )
    party = Application(today.year, "Buurtbewoner", "Kinderfeest", today, requested_cents=50_000)
    granted = submit(world.database, party)
    start_review(world.database, granted)
    decide(world.database, granted, GRANTED, today, "Past bij de criteria", 40_000)
    submit(world.database, Application(today.year, "Buurtbewoner", "Taalcafé", today, requested_cents=25_000))


def live_overlaps(database: Database) -> list[tuple[int | None, int | None]]:
    """Every pair of live bookings that clash, by comparing every pair with the rooster's own rule (an oracle that
    does not share the check's SQL)."""
    with database.reading() as session:
        parts = room_parts(session)
        slots = [slot_of(booking) for booking in session.exec(select(Booking).where(Booking.status == LIVE))]
    return [(a.booking_id, b.booking_id) for a, b in combinations(slots, 2) if overlaps(a, b, parts)]


class Tally:
    """How often each rule ran and how it ended, over all examples of a run: 'ok', or the refusal's error type."""

    def __init__(self) -> None:
        self.outcomes: Counter[tuple[str, str]] = Counter()
        self.examples = 0

    def add(self, rule: str, outcome: str) -> None:
        self.outcomes[(rule, outcome)] += 1

    @property
    def steps(self) -> int:
        return sum(self.outcomes.values())

    def report(self) -> str:
        lines = [f"stateful: {self.examples} examples, {self.steps} steps (each followed by every Check)"]
        for rule in sorted({rule for rule, _ in self.outcomes}):
            ends = ", ".join(f"{outcome} {n}" for (r, outcome), n in sorted(self.outcomes.items()) if r == rule)
            lines.append(f"  {rule:24} {ends}")
        return "\n".join(lines)
