"""Demo rooster: room rentals, meetings, regiegroep, buurtpanel, debates and community dinners — not the activity
programme (the Activiteiten area books its own sessions). Also the opening calendar, closing days and strikes, and
a few out-of-hours bookings (a late bewonersavond, a Saturday buurtfeest) naming a staff member whose BHV is valid
on the day (the Vrijwilligers demo runs first).

Bookings are planned in memory so that none overlap (set-up/clean-up and the combined room included), then
written with bulk inserts: ``--scale large`` writes over 50,000 bookings over ten years in seconds.
Other areas find the bookings' ids by ``activity_id IS NULL``; ``demo.shared["rooster_taken"]`` holds the planned
intervals per (room, day) so that later demo areas can avoid them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import select

from buurtzaak_desktop.db.models import (
    Booking,
    BookingSeries,
    ClosingDay,
    Group,
    HygieneStrike,
    Room,
    RoomPart,
    WeekendOpening,
)
from buurtzaak_desktop.domain.rooster.enums import BookingStatus, Tariff
from buurtzaak_desktop.domain.rooster.groups import group_key, group_name
from buurtzaak_desktop.domain.rooster.hours import DayHours, day_hours, public_holiday
from buurtzaak_desktop.domain.rooster.recurrence import series_days
from buurtzaak_desktop.services.demo import DemoContext, insert_rows
from buurtzaak_desktop.services.demo.names import person_name
from buurtzaak_desktop.services.settings import DEFAULTS
from buurtzaak_desktop.services.vrijwilligers.certificates import valid_holders_in

GROUPS = [
    "Bewonersvereniging Slotervaart Noord",
    "VvE Ru Paré",
    "Stichting VoorUit",
    "Buurtteam Slotervaart",
    "Combiwel",
    "Vrouwengroep Al Amal",
    "Surinaamse Vrouwenvereniging",
    "Turkse Ouderen Slotervaart",
    "Hindoestaanse Vereniging Shanti",
    "Jongerenplatform Nieuw-West",
    "Taalcafé De Brug",
    "Moestuinclub",
    "Ouderensoos De Zonnebloem",
    "Fietsschool Nieuw-West",
    "Mantelzorgcafé",
    "Huurdersvereniging",
]
RENTALS = [
    ("Vergadering", 1, 2),
    ("Bewonersoverleg", 1, 2),
    ("Verjaardagsfeest", 3, 4),
    ("Training", 2, 4),
    ("Informatieavond", 2, 2),
    ("Workshop", 2, 3),
    ("Cursus", 2, 2),
    ("Overleg", 1, 1),
    ("Bijeenkomst", 2, 3),
]
ROOMS_FOR_RENT = [
    "Aula",
    "Activiteitenruimte 1",
    "Activiteitenruimte 2",
    "Activiteitenruimte 1+2",
    "Theaterrestaurant",
    "Keuken",
    "Tuin / moestuin",
]  # the Spreekkamer is kept for the spreekuur


CREATED = datetime(2026, 1, 1, tzinfo=UTC)
# every row has every column, so that the bulk insert is one executemany
ROW_DEFAULTS: dict[str, object] = {
    "status": BookingStatus.LIVE.value,
    "people": 0,
    "tariff": Tariff.FREE.value,
    "contact": "",
    "group_id": None,
    "bhv_name": "",
    "bhv_valid_until": None,
    "bhv_volunteer_id": None,
    "series_id": None,
    "occurrence_day": None,
    "activity_id": None,
    "created_at": CREATED,
    "cancelled_at": None,
}


class DemoGroups:
    """The demo's user groups: a name becomes a groep row on first use (ids in order of use: reproducible)."""

    def __init__(self, demo: DemoContext) -> None:
        self.session = demo.session
        self.ids: dict[str, int] = {}

    def id_of(self, name: str) -> int | None:
        key = group_key(name)
        if not key:
            return None
        if key not in self.ids:
            group = Group(name=group_name(name), key=key)
            self.session.add(group)
            self.session.flush()
            self.ids[key] = group.id or 0
        return self.ids[key]


def demo_groups(demo: DemoContext) -> DemoGroups:
    """One DemoGroups for all demo areas."""
    groups = demo.shared.setdefault("groups", DemoGroups(demo))
    assert isinstance(groups, DemoGroups)
    return groups


class Planner:
    """Keeps the taken intervals per physical room and day, so that the demo never double-books."""

    def __init__(
        self, rooms: dict[str, int], parts: dict[int, list[int]], setup: dict[int, tuple[int, int]], groups: DemoGroups
    ):
        self.rooms, self.parts, self.setup, self.groups = rooms, parts, setup, groups
        self.taken: dict[tuple[int, date], list[tuple[int, int]]] = {}
        self.rows: list[dict] = []

    def add(self, room: str, day: date, start: int, end: int, **fields) -> bool:
        room_id = self.rooms[room]
        before, after = self.setup[room_id]
        block = (start - before, end + after)
        components = self.parts.get(room_id, [room_id])
        for component in components:
            if any(block[0] < b and a < block[1] for a, b in self.taken.get((component, day), ())):
                return False
        for component in components:
            self.taken.setdefault((component, day), []).append(block)
        row = dict(
            ROW_DEFAULTS,
            room_id=room_id,
            day=day,
            start=time(start // 60, start % 60),
            end=time(end // 60, end % 60),
            setup_minutes=before,
            cleanup_minutes=after,
        )
        group = str(fields.pop("group_name", ""))  # the demo names groups; bookings refer to them by id
        row.update(fields, group_id=self.groups.id_of(group))
        self.rows.append(row)
        return True


def _calendar(demo: DemoContext, first: date, last: date) -> tuple[dict[date, str], set[date]]:
    closing: dict[date, str] = {}
    openings: set[date] = set()
    for year in range(first.year, last.year + 1):
        closing[date(year, 12, 24)] = "Kerstavond"
        closing[date(year, 12, 31)] = "Oudejaarsdag"
        closing[date(year, 8, 14)] = "Teamdag"
        for month in (1, 2, 3, 4, 5, 6, 9, 10, 11, 12):
            sundays = [d for d in (date(year, month, day) for day in range(1, 22)) if d.weekday() == 6]
            openings.update((sundays[0], sundays[2]))  # first and third Sunday: ~20 weekend days a year
        openings.add(date(year, 7, 1) + timedelta(days=(5 - date(year, 7, 1).weekday()) % 7))  # Keti Koti weekend
    # an opening would open a public holiday (Easter Sunday, Pinksteren): the demo keeps those closed
    openings = {day for day in openings if public_holiday(day) is None}
    insert_rows(demo.session, ClosingDay, [{"day": d, "reason": r} for d, r in closing.items()])
    insert_rows(demo.session, WeekendOpening, [{"day": d} for d in sorted(openings)])
    return closing, openings


def _series(
    demo: DemoContext,
    planner: Planner,
    title: str,
    frequency: str,
    first: date,
    until: date,
    room: str,
    start: int,
    end: int,
    group: str,
    people: int,
    open_day,
) -> int:
    series = BookingSeries(frequency=frequency, first_day=first, until=until, title=title)
    demo.session.add(series)
    demo.session.flush()
    count = 0
    for day in series_days(frequency, first, until=until):
        if open_day(day).is_open:
            count += planner.add(
                room,
                day,
                start,
                end,
                title=title,
                group_name=group,
                people=people,
                series_id=series.id,
                occurrence_day=day,
            )
    return count


def generate(demo: DemoContext) -> dict[str, int]:
    rooms: dict[str, int] = demo.shared["rooms"]  # type: ignore[assignment]
    rng = demo.rng
    first = demo.today - timedelta(days=365 * demo.years - 183)
    last = demo.today + timedelta(days=183)
    closing, openings = _calendar(demo, first, last)
    opening_hours = DEFAULTS["opening_hours"]

    def open_day(day: date) -> DayHours:
        return day_hours(day, opening_hours, closing, openings)

    parts: dict[int, list[int]] = {}
    for link in demo.session.exec(select(RoomPart)):
        parts.setdefault(link.combined_id, []).append(link.part_id)
    setup = {room.id: (room.setup_minutes, room.cleanup_minutes) for room in demo.session.exec(select(Room))}
    planner = Planner(rooms, parts, setup, demo_groups(demo))  # type: ignore[arg-type]
    for year_start in range(first.year, last.year + 1):
        start_day, end_day = max(first, date(year_start, 1, 1)), min(last, date(year_start, 12, 31))
        monday = start_day + timedelta(days=(7 - start_day.weekday()) % 7)
        _series(
            demo,
            planner,
            "Teamoverleg",
            "weekly",
            monday,
            end_day,
            "Activiteitenruimte 2",
            9 * 60,
            10 * 60,
            "Team De Buurtzaak",
            8,
            open_day,
        )
        tuesday = monday + timedelta(days=1)
        _series(
            demo,
            planner,
            "Vergadering regiegroep",
            "monthly",
            tuesday,
            end_day,
            "Activiteitenruimte 2",
            19 * 60,
            21 * 60,
            "Regiegroep",
            9,
            open_day,
        )
    _events(planner, rng, first, last, open_day)
    _rentals(demo, planner, first, last, open_day)
    late = _out_of_hours(demo, planner, open_day)  # after the rentals: it draws no random numbers of theirs
    insert_rows(demo.session, Booking, planner.rows)
    strikes = _strikes(demo, rooms)
    demo.shared["rooster_taken"] = planner.taken
    return {
        "boekingen": len(planner.rows),
        "sluitingsdagen": len(closing),
        "hygiënemeldingen": strikes,
        "boekingen buiten openingstijd": late,
    }


def _events(planner: Planner, rng, first: date, last: date, open_day) -> None:
    day = first
    count = 0
    while day <= last:
        hours = open_day(day)
        if hours.is_open and day.weekday() < 5:
            count += 1
            if count % 30 == 0:  # about every six weeks
                planner.add("Aula", day, 19 * 60, 21 * 60, title="Buurtpanel", group_name="Buurtpanel", people=15)
            if count % 63 == 0:  # quarterly
                planner.add(
                    "Theaterrestaurant",
                    day,
                    19 * 60,
                    21 * 60,
                    title="Armoededebat",
                    group_name="Platform Armoede",
                    people=rng.randint(50, 100),
                )
            if count % 80 == 40:  # four times a year
                group = rng.choice(GROUPS)
                planner.add(
                    "Keuken", day, 14 * 60, 17 * 60 + 30, title="Community dinner: koken", group_name=group, people=12
                )
                planner.add(
                    "Theaterrestaurant",
                    day,
                    17 * 60 + 30,
                    20 * 60 + 30,
                    title="Community dinner",
                    group_name=group,
                    people=50,
                )
        day += timedelta(days=1)


def _out_of_hours(demo: DemoContext, planner: Planner, open_day) -> int:
    """Every other week from two months back to four months ahead: a late bewonersavond on Thursday after closing
    time, and on a closed Saturday a buurtfeest in the garden; each names a beheerder whose BHV is valid that day."""
    count = 0
    start = demo.today - timedelta(days=56)
    thursday = start + timedelta(days=(3 - start.weekday()) % 7)
    while thursday <= demo.today + timedelta(days=120):
        saturday = thursday + timedelta(days=2)
        for day in (thursday, saturday):
            holders = valid_holders_in(demo.session, "BHV", day)
            if not holders:
                continue
            beheerder = holders[count % len(holders)].volunteer_id
            hours = open_day(day)
            if day == thursday and hours.is_open:
                count += planner.add(
                    "Aula",
                    day,
                    21 * 60,
                    22 * 60 + 30,
                    title="Bewonersavond (laat)",
                    group_name="Bewonersvereniging Slotervaart Noord",
                    people=30,
                    bhv_volunteer_id=beheerder,
                )
            elif day == saturday and not hours.is_open:
                count += planner.add(
                    "Tuin / moestuin",
                    day,
                    13 * 60,
                    17 * 60,
                    title="Buurtfeest",
                    group_name="Moestuinclub",
                    people=35,
                    bhv_volunteer_id=beheerder,
                )
        thursday += timedelta(days=14)
    return count


def _rentals(demo: DemoContext, planner: Planner, first: date, last: date, open_day) -> None:
    """Rentals and meetings; dense at large scale (about 20 a day) so that history is long."""
    rng = demo.rng
    per_day = (18, 26) if demo.scale == "large" else (3, 7)
    capacity = {room.id: room.capacity for room in demo.session.exec(select(Room))}
    day = first
    while day <= last:
        hours = open_day(day)
        if hours.opens and hours.closes:
            opens, closes = hours.opens.hour * 60, hours.closes.hour * 60
            wanted, placed = rng.randint(*per_day), 0
            for _ in range(wanted * 4):  # a few tries per booking: a busy day has few gaps left
                if placed >= wanted:
                    break
                title, low, high = rng.choice(RENTALS)
                length = min(rng.randint(low, high) * 60, closes - opens)
                start = rng.randrange(opens, closes - length + 1, 30)
                room = rng.choice(ROOMS_FOR_RENT)
                placed += planner.add(
                    room,
                    day,
                    start,
                    start + length,
                    title=title,
                    group_name=rng.choice(GROUPS),
                    contact=person_name(rng),
                    people=rng.randint(2, min(30, capacity[planner.rooms[room]])),
                    tariff=rng.choice(
                        (Tariff.FREE, Tariff.NON_COMMERCIAL, Tariff.NON_COMMERCIAL, Tariff.COMMERCIAL)
                    ).value,
                )
        day += timedelta(days=1)


def _strikes(demo: DemoContext, rooms: dict[str, int]) -> int:
    groups = demo_groups(demo)
    rows = [
        {
            "group_id": groups.id_of("Moestuinclub"),
            "day": demo.today - timedelta(days=40),
            "room_id": rooms["Keuken"],
            "note": "Aanrecht vet achtergelaten.",
        },
        {
            "group_id": groups.id_of("moestuinclub "),
            "day": demo.today - timedelta(days=12),
            "room_id": rooms["Keuken"],
            "note": "Vuilnis niet weggebracht.",
        },
        {
            "group_id": groups.id_of("Jongerenplatform Nieuw-West"),
            "day": demo.today - timedelta(days=20),
            "room_id": rooms["Aula"],
            "note": "Stoelen niet opgeruimd.",
        },
    ]
    insert_rows(demo.session, HygieneStrike, rows)
    return len(rows)
