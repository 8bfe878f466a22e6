"""The `rooster-geen-overlap` check (one SQL query since it had to be fast) finds exactly the pairs the clash rule of
domain/rooster/overlap.py finds when every pair is compared: set-up and clean-up, combined rooms, touching ends."""

from __future__ import annotations

from datetime import date, time
from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, text

from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.domain.rooster.overlap import Slot, overlaps
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.rooster.rooms import room_parts
from tests.rooster.conftest import MONDAY

NAME = "rooster-geen-overlap"
ROOMS = ("Activiteitenruimte 1", "Activiteitenruimte 2", "Activiteitenruimte 1+2", "Keuken", "Aula")


def _insert(database, rows: list[dict]) -> list[int]:
    with database.transaction() as session:  # written around the service, as a damaged import could
        if database.on_server:  # a server refuses overlaps (0021, 0023): lifted to test the SQL
            session.execute(text("ALTER TABLE booking_block DROP CONSTRAINT IF EXISTS booking_no_overlap"))
        session.execute(delete(Booking))
        ids = [session.execute(insert(Booking).values(**row)).inserted_primary_key[0] for row in rows]
    return ids


def _row(room_id: int, start: str, end: str, day: date = MONDAY, **extra) -> dict:
    values = {
        "room_id": room_id,
        "day": day,
        "start": time.fromisoformat(start),
        "end": time.fromisoformat(end),
        "title": "x",
        "status": "live",
    }
    return {**values, **extra}


def test_combined_rooms_setup_and_touching_ends(database, rooms) -> None:
    one, two, both = rooms["Activiteitenruimte 1"], rooms["Activiteitenruimte 2"], rooms["Activiteitenruimte 1+2"]
    ids = _insert(
        database,
        [
            _row(both, "10:00", "12:00"),
            _row(two, "11:30", "13:00"),  # inside the combined room's time, in one of its parts
            _row(one, "12:00", "13:00"),  # touches the combined booking's end: fine
            _row(one, "13:15", "14:00", setup_minutes=30),  # its set-up starts 12:45, before the 13:00 end of `one`
            _row(both, "15:00", "16:00"),
            _row(both, "15:30", "16:30", status="cancelled"),  # cancelled: never clashes
            _row(two, "16:00", "17:00", day=date(2026, 12, 8)),  # another day
        ],
    )
    assert run_checks(database, [NAME])[NAME] == [
        f"Boekingen {ids[0]} en {ids[1]} overlappen op 2026-12-07.",
        f"Boekingen {ids[2]} en {ids[3]} overlappen op 2026-12-07.",
    ]


QUARTERS = st.integers(min_value=8 * 4, max_value=21 * 4)


@st.composite
def bookings(draw) -> dict:
    start = draw(QUARTERS)
    length = draw(st.integers(min_value=1, max_value=12))
    end = min(start + length, 23 * 4 + 3)
    return {
        "room": draw(st.sampled_from(ROOMS)),
        "day": draw(st.sampled_from((MONDAY, date(2026, 12, 8)))),
        "start": time(start // 4, start % 4 * 15),
        "end": time(end // 4, end % 4 * 15),
        "setup_minutes": draw(st.sampled_from((0, 15, 30))),
        "cleanup_minutes": draw(st.sampled_from((0, 15))),
        "status": draw(st.sampled_from(("live", "live", "live", "cancelled"))),
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(bookings(), max_size=12))
def test_check_finds_what_comparing_every_pair_finds(database, rooms, drawn: list[dict]) -> None:
    rows = [{**{k: v for k, v in b.items() if k != "room"}, "room_id": rooms[b["room"]], "title": "x"} for b in drawn]
    ids = _insert(database, rows)
    with database.reading() as session:
        parts = room_parts(session)
    slots = [
        Slot(row["room_id"], row["day"], row["start"], row["end"], row["setup_minutes"], row["cleanup_minutes"], bid)
        for row, bid in zip(rows, ids, strict=True)
        if row["status"] == "live"
    ]
    expected = []
    for a, b in combinations(slots, 2):
        if overlaps(a, b, parts):
            first, second = sorted((a, b), key=lambda s: (s.start, s.booking_id))
            expected.append((first.day, first.start, first.booking_id, second.start, second.booking_id))
    assert run_checks(database, [NAME])[NAME] == [
        f"Boekingen {first} en {second} overlappen op {day.isoformat()}."
        for day, _, first, _, second in sorted(expected)
    ]
