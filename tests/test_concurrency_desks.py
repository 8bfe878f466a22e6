"""Eight desks on one server for 20 seconds: each books random overlapping slots through the services (combined rooms
and their parts among them), moves and cancels its bookings, puts volunteers on overlapping shifts and registers
participants for (and off) activities with few places. Afterwards no two live bookings overlap, no volunteer is on two
overlapping shifts, no activity is over its places nor has a waiting list beside a free place, ``check`` finds
nothing, and every desk wrote a fair number of times and heard only the usual Dutch refusals.

``BUURTZAAK_DESKS_SECONDS`` shortens the run while developing; CI runs the 20 seconds. Run with ``-s`` to see the
figures per desk (operations, successes, refusals per kind).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import random
import time as timer
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, time

import pytest
from sqlalchemy import text
from sqlmodel import select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.db.models.activiteiten import LEFT, REGISTERED, WAITING, Registration
from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput, ParticipantService
from buurtzaak_desktop.services.activiteiten.programme import ActivityInput, create_activity
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.rooster.bookings import (
    BookingChanges,
    BookingRequest,
    book,
    cancel_booking,
    update_booking,
)
from buurtzaak_desktop.services.vrijwilligers.shifts import assign, create_shift, unassign
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer

pytestmark = pytest.mark.postgresql_only

DESKS = 8
SECONDS = float(os.environ.get("BUURTZAAK_DESKS_SECONDS", "20"))
TODAY = date(2026, 12, 3)  # tests/conftest.py's clock, which the desks' processes inherit (BUURTZAAK_NOW)
DAYS = (date(2026, 12, 14), date(2026, 12, 15))  # ordinary open days, 08:00-21:00
ROOMS = ("Activiteitenruimte 1", "Activiteitenruimte 2", "Activiteitenruimte 1+2", "Keuken", "Spreekkamer")
SHIFT_TIMES = ((9, 13), (12, 15), (13, 17), (16, 19))  # on a Wednesday: each overlaps one or two others
PLACES = 3

# The refusals a desk may hear, by template: another desk (or the demo) was first.
EXPECTED = {
    "{room} is op {day} van {start} tot {end} al geboekt voor '{title}' (opbouw en afbouw meegerekend).": "boeking",
    "Deze ruimte is op dit moment net door een andere balie geboekt. Er is niets opgeslagen.": "boeking-net",
    "{name} staat al op de dienst {shift}, die overlapt met deze dienst.": "dienst-overlap",
    "{name} staat al op de dienst {shift}.": "dienst-zelfde",
    "{name} staat al bij {activity} ({status}).": "al-ingeschreven",
    "Deze inschrijving bestaat niet (meer).": "al-uitgeschreven",
}


@dataclass
class Plan:
    """What the desks work on: made before they start, handed to each process."""

    url: str
    rooms: dict[str, int]
    shifts: list[int]
    volunteers: list[int]
    activities: list[int]
    participants: list[int]


@dataclass
class Tally:
    desk: int
    operations: Counter[str] = field(default_factory=Counter)
    successes: Counter[str] = field(default_factory=Counter)
    refusals: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)
    races: int = 0  # bookings the database refused at commit (another desk's overlapped), then checked again


def _plan(database: Database) -> Plan:
    generate_demo(database, "small")
    with database.transaction() as session:
        rooms = {room.name: room.id or 0 for room in session.exec(select(Room)) if room.name in ROOMS}
    shifts = [create_shift(database, "receptie", 2, time(start), time(end)) for start, end in SHIFT_TIMES]
    volunteers = [
        create_volunteer(database, VolunteerData(name=f"Balietest {n}", roles=["receptie"], start_date=TODAY))
        for n in range(6)
    ]
    with database.transaction() as session:
        activities = [
            create_activity(
                session,
                ActivityInput(
                    name=f"Cursus {n}",
                    start_time=time(9),
                    end_time=time(10),
                    season_start=date(2027, 2, 1),
                    season_end=date(2027, 2, 1),
                    weekdays=(0,),
                    capacity=PLACES,
                ),
                TODAY,
            ).id
            or 0
            for n in range(3)
        ]
    people = ParticipantService(database)
    participants = [people.add(ParticipantInput(f"Deelnemer {n}"), TODAY) for n in range(24)]
    assert database.url is not None
    return Plan(database.url, rooms, shifts, volunteers, activities, participants)


def _desk(job: tuple[int, Plan, float]) -> Tally:
    """One desk (its own process and connection pool) doing what a desk does, as fast as it can."""
    number, plan, seconds = job
    rng = random.Random(number)
    database = Database.server(plan.url)
    people = ParticipantService(database)
    tally = Tally(number)
    mine: list[int] = []  # this desk's live bookings

    def count_race(record: logging.LogRecord) -> bool:
        tally.races += record.getMessage().startswith("booking raced another desk")
        return True

    races = logging.getLogger("buurtzaak_desktop.services.rooster.bookings")
    races.setLevel(logging.INFO)
    races.addFilter(count_race)

    def booking() -> None:
        start = rng.randrange(9 * 60, 19 * 60, 30)
        length = rng.choice((30, 60, 90, 120))
        request = BookingRequest(
            room_id=plan.rooms[rng.choice(ROOMS)],
            day=rng.choice(DAYS),
            start=time(start // 60, start % 60),
            end=time((start + length) // 60, (start + length) % 60),
            title=f"Balie {number}",
        )
        mine.extend(book(database, request).booking_ids)

    def move() -> None:
        start = rng.randrange(9 * 60, 19 * 60, 30)
        end = start + rng.choice((30, 60, 90))
        changes = BookingChanges(start=time(start // 60, start % 60), end=time(end // 60, end % 60))
        update_booking(database, rng.choice(mine), changes)

    def cancel() -> None:
        cancel_booking(database, mine.pop(rng.randrange(len(mine))))

    def shift() -> None:
        shift_id, volunteer = rng.choice(plan.shifts), rng.choice(plan.volunteers)
        if rng.random() < 0.3:
            unassign(database, shift_id, volunteer)
        else:
            assign(database, shift_id, volunteer, TODAY)

    def register() -> None:
        people.register(rng.choice(plan.activities), rng.choice(plan.participants), TODAY)

    def leave() -> None:
        activity = rng.choice(plan.activities)
        with database.reading() as session:
            ids = list(session.exec(select(Registration.id).where(Registration.activity_id == activity)))
        people.leave(rng.choice(ids) if ids else 0, TODAY)

    kinds = {"boeken": booking, "verplaatsen": move, "annuleren": cancel, "dienst": shift}
    kinds |= {"inschrijven": register, "uitschrijven": leave}
    weights = {"boeken": 4, "verplaatsen": 2, "annuleren": 1, "dienst": 3, "inschrijven": 3, "uitschrijven": 2}
    until = timer.monotonic() + seconds
    try:
        while timer.monotonic() < until:
            kind = rng.choices(list(weights), list(weights.values()))[0]
            if kind in ("verplaatsen", "annuleren") and not mine:
                kind = "boeken"
            tally.operations[kind] += 1
            try:
                kinds[kind]()
            except BuurtzaakError as error:
                if error.template in EXPECTED:
                    tally.refusals[EXPECTED[error.template]] += 1
                else:
                    cause = repr(error.__cause__)[:300]  # the server's own words, for whoever reads a failure
                    tally.unexpected.append(f"{kind}: {type(error).__name__}: {error.message} ({cause})")
            except Exception as error:  # counted and shown, never hidden
                tally.unexpected.append(f"{kind}: {type(error).__name__}: {error}")
            else:
                tally.successes[kind] += 1
    finally:
        database.close()
    return tally


def _overlapping_shifts(database: Database) -> list[tuple]:
    with database.reading() as session:
        return list(
            session.execute(
                text(
                    """SELECT a.volunteer_id, a.shift_id, b.shift_id
                    FROM shift_assignment a
                    JOIN shift_assignment b ON b.volunteer_id = a.volunteer_id AND b.shift_id > a.shift_id
                    JOIN volunteer_shift sa ON sa.id = a.shift_id
                    JOIN volunteer_shift sb ON sb.id = b.shift_id
                    WHERE sa.weekday = sb.weekday AND sa.start < sb."end" AND sb.start < sa."end" """
                )
            )
        )


def _places(database: Database, activities: list[int]) -> list[str]:
    """Broken promises of the waiting list: more registered than places, a waiting list beside a free place, or
    one person twice on an activity."""
    found = []
    with database.reading() as session:
        for activity in activities:
            rows = list(
                session.exec(
                    select(Registration.participant_id, Registration.status).where(
                        Registration.activity_id == activity, Registration.status != LEFT
                    )
                )
            )
            statuses = Counter(status for _person, status in rows)
            people = Counter(person for person, _status in rows)
            if statuses[REGISTERED] > PLACES:
                found.append(f"activiteit {activity}: {statuses[REGISTERED]} ingeschreven op {PLACES} plaatsen")
            if statuses[WAITING] and statuses[REGISTERED] < PLACES:
                found.append(f"activiteit {activity}: wachtlijst naast een vrije plaats ({statuses})")
            found += [f"activiteit {activity}: deelnemer {p} {n} keer" for p, n in people.items() if n > 1]
    return found


def _figures(tallies: list[Tally]) -> str:
    lines = [f"{DESKS} balies, {SECONDS:g} s"]
    for tally in tallies:
        lines.append(
            f"balie {tally.desk}: {sum(tally.operations.values())} handelingen, "
            f"{sum(tally.successes.values())} gelukt {dict(sorted(tally.successes.items()))}, "
            f"{sum(tally.refusals.values())} geweigerd {dict(sorted(tally.refusals.items()))}, "
            f"{len(tally.unexpected)} onverwacht, {tally.races} keer door de database tegengehouden"
        )
    total = sum((t.operations for t in tallies), Counter())
    done = sum((t.successes for t in tallies), Counter())
    refused = sum((t.refusals for t in tallies), Counter())
    races = sum(t.races for t in tallies)
    lines.append(
        f"samen: {sum(total.values())} handelingen, {sum(done.values())} gelukt, {dict(sorted(refused.items()))}, "
        f"{races} boekingen door de database tegengehouden en opnieuw gecontroleerd"
    )
    return "\n".join(lines)


def test_eight_desks_for_twenty_seconds_keep_every_promise(database: Database) -> None:
    plan = _plan(database)
    assert run_checks(database) == {name: [] for name in run_checks(database)}  # the demo is sound to begin with
    context = multiprocessing.get_context("spawn")
    with context.Pool(DESKS) as pool:
        tallies = pool.map(_desk, [(number, plan, SECONDS) for number in range(DESKS)])
    print("\n" + _figures(tallies))

    assert [t.unexpected[:3] for t in tallies if t.unexpected] == []
    findings = run_checks(database)
    assert {name: found for name, found in findings.items() if found} == {}  # rooster-geen-overlap among them
    assert _overlapping_shifts(database) == []
    assert _places(database, plan.activities) == []
    enough = max(5, int(SECONDS))  # a desk writes several times a second; far fewer means it mostly waited
    assert all(sum(t.successes.values()) >= enough for t in tallies), _figures(tallies)
    assert sum(sum(t.refusals.values()) for t in tallies) > 0  # the desks did get in each other's way
