"""Demo data for the Activiteiten tab: DOMAIN.md §3's programme, participants and past attendance.

Small: a season from 8 weeks ago to 26 weeks ahead, ~300 participants, 8 weeks of attendance.
Large: ten years of the same programme plus the many activities that came and went from bewonersinitiatieven,
thousands of participants and hundreds of thousands of attendance marks, written with bulk inserts.

Sessions get their room bookings as saving an activity gives them (``bookings.align``), planned in memory around
the rooster demo's bookings (``demo.shared["rooster_taken"]``) and bulk-inserted: one by one through the rooster's
checks would take minutes at the large scale. A session from today on that the rooster would refuse (closed day,
room taken) is "niet doorgegaan" with the reason, as after a save; an older one simply has no booking.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import col, select

from buurtzaak_desktop.db.models import Booking, ClosingDay, Room, RoomPart, WeekendOpening
from buurtzaak_desktop.db.models.activiteiten import Activity, ActivitySession, Attendance, Participant, Registration
from buurtzaak_desktop.domain.activiteiten.names import search_key
from buurtzaak_desktop.domain.activiteiten.recurrence import encode_weekdays, occurrences
from buurtzaak_desktop.domain.rooster.hours import day_hours, within
from buurtzaak_desktop.domain.rooster.public_holidays import public_holidays
from buurtzaak_desktop.services.demo import DemoContext, insert_rows
from buurtzaak_desktop.services.demo.names import person_name, phone_number
from buurtzaak_desktop.services.demo.rooster import Planner, demo_groups
from buurtzaak_desktop.services.settings import DEFAULTS

# name, category, target group, room, weekdays, start, end, frequency, leader, leader kind, expected, capacity
PROGRAMME: list[tuple[Any, ...]] = [
    (
        "Yoga",
        "Sport en bewegen",
        "Volwassenen",
        "Activiteitenruimte 1",
        (1,),
        "10:00",
        "11:30",
        "wekelijks",
        "Sanne Bakker",
        "vrijwilliger",
        12,
        14,
    ),
    (
        "Computerles",
        "Leren",
        "Senioren",
        "Activiteitenruimte 2",
        (2,),
        "14:00",
        "16:00",
        "wekelijks",
        "Stichting VoorUit",
        "partner",
        8,
        8,
    ),
    (
        "Kookgroep 1",
        "Eten en ontmoeten",
        "Buurtbewoners",
        "Keuken",
        (0,),
        "17:00",
        "20:00",
        "wekelijks",
        "Bewonersgroep De Pollepel",
        "bewonersgroep",
        15,
        18,
    ),
    (
        "Kookgroep 2",
        "Eten en ontmoeten",
        "Buurtbewoners",
        "Keuken",
        (1,),
        "17:00",
        "20:00",
        "wekelijks",
        "Bewonersgroep Samen Koken",
        "bewonersgroep",
        20,
        20,
    ),
    (
        "Kookgroep 3",
        "Eten en ontmoeten",
        "Buurtbewoners",
        "Keuken",
        (2,),
        "17:30",
        "20:30",
        "wekelijks",
        "Bewonersgroep Lekker Buurten",
        "bewonersgroep",
        15,
        18,
    ),
    (
        "Kookgroep 4",
        "Eten en ontmoeten",
        "Buurtbewoners",
        "Keuken",
        (3,),
        "17:00",
        "20:00",
        "wekelijks",
        "Bewonersgroep Tafel van de Wijk",
        "bewonersgroep",
        20,
        20,
    ),
    (
        "Kookgroep 5 (lotgenoten)",
        "Eten en ontmoeten",
        "Lotgenoten",
        "Keuken",
        (4,),
        "13:00",
        "15:30",
        "wekelijks",
        "Imane El Amrani",
        "vrijwilliger",
        10,
        12,
    ),
    (
        "Hindilessen",
        "Taal",
        "Kinderen en ouders",
        "Aula",
        (6,),
        "11:00",
        "13:00",
        "wekelijks",
        "Stichting Hindi Shiksha",
        "bewonersgroep",
        26,
        30,
    ),
    (
        "Sport en spel",
        "Sport en bewegen",
        "Senioren",
        "Activiteitenruimte 1",
        (3,),
        "14:00",
        "16:00",
        "wekelijks",
        "Daan Visser",
        "vrijwilliger",
        9,
        12,
    ),
    (
        "Zumba (Surinaamse vrouwen)",
        "Sport en bewegen",
        "Vrouwen",
        "Activiteitenruimte 1",
        (0,),
        "19:00",
        "20:30",
        "wekelijks",
        "Vrouwengroep Switi Sani",
        "bewonersgroep",
        12,
        15,
    ),
    (
        "Inloopspreekuur bewonersinitiatieven",
        "Bewonersinitiatieven",
        "Initiatiefnemers",
        "Spreekkamer",
        (2,),
        "10:00",
        "12:00",
        "wekelijks",
        "Coördinator",
        "staf",
        4,
        None,
    ),
    (
        "Doorlopende inloop",
        "Ontmoeting",
        "Iedereen",
        "Theaterrestaurant",
        (0, 1, 2, 3, 4),
        "09:00",
        "12:00",
        "wekelijks",
        "Beheer en gastvrouwen",
        "staf",
        30,
        None,
    ),
    (
        "Lotgenoten mantelzorg",
        "Lotgenoten",
        "Mantelzorgers",
        "Activiteitenruimte 2",
        (4,),
        "10:00",
        "12:00",
        "wekelijks",
        "Gülşen Yıldız",
        "vrijwilliger",
        8,
        10,
    ),
    (
        "Lotgenoten armoede",
        "Lotgenoten",
        "Buurtbewoners",
        "Activiteitenruimte 1",  # 15-20 people: more than Activiteitenruimte 2 holds
        (3,),
        "19:00",
        "21:00",
        "wekelijks",
        "Marlon Pinas",
        "vrijwilliger",
        17,
        20,
    ),
    (
        "Armoededebat",
        "Debat",
        "Iedereen",
        "Aula",
        (3,),
        "19:30",
        "21:00",
        "driemaandelijks",
        "Armoedeplatform Nieuw-West",
        "partner",
        75,
        None,
    ),
    (
        "Buurtpanel",
        "Participatie",
        "Buurtbewoners",
        "Aula",
        (1,),
        "19:30",
        "21:00",
        "zeswekelijks",
        "Community builder",
        "staf",
        15,
        None,
    ),
    (
        "Vergadering regiegroep",
        "Participatie",
        "Regiegroep",
        "Activiteitenruimte 2",
        (0,),
        "19:00",
        "21:00",
        "maandelijks",
        "Regiegroep Slotervaart Noord",
        "bewonersgroep",
        9,
        None,
    ),
    (
        "Community dinner",
        "Eten en ontmoeten",
        "Iedereen",
        "Theaterrestaurant",
        (4,),
        "17:30",
        "20:30",
        "driemaandelijks",
        "Steeds een andere groep",
        "bewonersgroep",
        50,
        None,
    ),
    (
        "Schrijftafel",
        "Creatief",
        "Volwassenen",
        "Activiteitenruimte 2",
        (1,),
        "13:30",
        "15:30",
        "wekelijks",
        "Ravi Ramdin",
        "vrijwilliger",
        8,
        10,
    ),
    (
        "Open Mic",
        "Cultuur",
        "Iedereen",
        "Theaterrestaurant",
        (4,),
        "19:00",
        "21:00",
        "maandelijks",
        "Bewoners",
        "bewonersgroep",
        40,
        None,
    ),
]
# Activities without a participants list: people walk in (counted, some by name).
OPEN_EVENTS = {"Armoededebat", "Buurtpanel", "Community dinner", "Open Mic", "Doorlopende inloop"}
# Large scale: initiatives that ran for some years of the ten.
EXTRA_LARGE = [
    "Taalcafé",
    "Naailes",
    "Zwemles vrouwen",
    "Breiclub",
    "Schaakclub",
    "Huiswerkklas",
    "Koffieochtend",
    "Fietsles",
    "Dansles",
    "Moestuinclub",
    "Theatergroep",
    "Fotoclub",
    "Gitaarles",
    "Wandelclub",
    "Repair Café",
    "Nederlandse les",
    "Tekenles",
    "Koor",
    "Tafeltennis",
    "Vadergroep",
    "Meidenclub",
    "Tienerclub",
    "Gezond koken",
    "Seniorengym",
    "Digitaal spreekuur",
    "Filmclub",
]
CANCEL_REASONS = ("Begeleider ziek", "Ruimte nodig voor buurtoverleg", "Te weinig aanmeldingen", "Storing verwarming")
CAME_VIA = ("warm contact", "buren of familie", "flyer of poster", "zelf binnengelopen", "website of social media")
POSTCODES = ("1064", "1065", "1066", "1067", "1068")


@dataclass
class _Builder:
    demo: DemoContext
    next_ids: dict[str, int]
    participants: list[dict[str, Any]] = field(default_factory=list)
    registrations: list[dict[str, Any]] = field(default_factory=list)
    attendance: list[dict[str, Any]] = field(default_factory=list)

    def new_id(self, table: str) -> int:
        self.next_ids[table] += 1
        return self.next_ids[table]

    def new_person(self, joined: date) -> int:
        rng = self.demo.rng
        pid = self.new_id("participant")
        name = person_name(rng)
        decade = rng.choice(range(1940, 2010, 10))
        self.participants.append(
            dict(
                id=pid,
                name=name,
                search_name=search_key(name),
                phone=phone_number(rng),
                email="",
                birth_year_from=decade,
                birth_year_to=decade + 9,
                postcode_area=rng.choice(POSTCODES),
                came_via=rng.choice(CAME_VIA),
                consent_photos=rng.random() < 0.6,
                consent_print_phone=rng.random() < 0.3,
                created_on=joined,
            )
        )
        return pid


@dataclass
class _Member:
    participant_id: int
    registration: dict[str, Any]
    propensity: float
    stops_on: date | None  # a regular who stopped coming: the follow-up list's material


def _max_ids(demo: DemoContext) -> dict[str, int]:
    """Ids are given out here (not by the database) so that rows can be bulk-inserted with their links."""
    tables = ("activity", "activity_session", "participant", "registration")
    # the table names are constants of this module, never input
    return {
        name: int(demo.session.execute(text(f"SELECT coalesce(max(id), 0) FROM {name}")).scalar_one())
        for name in tables
    }


def _parse(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def generate(demo: DemoContext) -> dict[str, int]:
    rooms = {room.name: room.id for room in demo.session.exec(select(Room))}
    large = demo.scale == "large"
    first = demo.today - timedelta(weeks=52 * demo.years if large else 8)
    season_end = demo.today + timedelta(weeks=26)
    builder = _Builder(demo, _max_ids(demo))
    programme = list(PROGRAMME)
    if large:
        programme += _large_extras(demo)
    dutch_holidays = {day for year in range(first.year, season_end.year + 1) for day in public_holidays(year)}
    activities, sessions = [], []
    for row in programme:
        # an initiative from the large list started some time in the ten years (its own season start)
        start = first + timedelta(weeks=row[12]) if len(row) > 12 else first
        activity, rows = _activity(builder, row[:12], rooms, start, season_end, dutch_holidays)
        activities.append(activity)
        sessions.extend(rows)
    session = demo.session
    bookings = _book(demo, activities, sessions)
    insert_rows(session, Activity, activities)
    if bookings:
        insert_rows(session, Booking, bookings)
    insert_rows(session, ActivitySession, sessions)
    insert_rows(session, Participant, builder.participants)
    insert_rows(session, Registration, builder.registrations)
    insert_rows(session, Attendance, builder.attendance)
    return {
        "activiteiten": len(activities),
        "bijeenkomsten": len(sessions),
        "activiteitenboekingen": len(bookings),
        # rentals made way for the programme: the rooster's count again
        "boekingen": int(session.execute(text("SELECT count(*) FROM booking WHERE activity_id IS NULL")).scalar_one()),
        "deelnemers": len(builder.participants),
        "aanwezigheden": len(builder.attendance),
    }


def _book(demo: DemoContext, activities: list[dict[str, Any]], sessions: list[dict[str, Any]]) -> list[dict]:
    """Booking rows for the sessions (linked both ways by id), around what the rooster demo planned."""
    taken = demo.shared.get("rooster_taken")
    if taken is None:  # no rooster demo: nothing to book into
        return []
    booker = _SessionBooker(demo, taken)  # type: ignore[arg-type]
    closing = {row.day: row.reason for row in demo.session.exec(select(ClosingDay))}
    openings = set(demo.session.exec(select(col(WeekendOpening.day))))
    by_id = {a["id"]: a for a in activities}
    for row in sorted(sessions, key=lambda r: (r["day"], r["start_time"], r["id"])):
        if row["room_id"] is None or row["status"] != "gepland":
            continue
        hours = day_hours(row["day"], DEFAULTS["opening_hours"], closing, openings)
        if within(hours, row["start_time"], row["end_time"]) and booker.book(row, by_id[row["activity_id"]]):
            continue
        if row["day"] >= demo.today:  # as a save would leave it: cancelled with the reason, not dropped
            reason = "Centrum gesloten" if not hours.is_open else "Ruimte bezet"
            row.update(status="niet doorgegaan", cancel_reason=reason)
    booker.evict()
    return booker.planner.rows


class _SessionBooker:
    """Books sessions into the rooster demo's planned day. The programme has its fixed times and room rentals fill
    around it, so a rental in a session's way is taken out (a series or a planned event is not: the session yields)."""

    def __init__(self, demo: DemoContext, taken: dict[tuple[int, date], list[tuple[int, int]]]) -> None:
        session = demo.session
        self.demo = demo
        self.rooms = {room.id or 0: room for room in session.exec(select(Room))}
        parts: dict[int, list[int]] = {}
        for link in session.exec(select(RoomPart)):
            parts.setdefault(link.combined_id, []).append(link.part_id)
        setup = {r.id or 0: (r.setup_minutes, r.cleanup_minutes) for r in self.rooms.values()}
        self.planner = Planner({r.name: room_id for room_id, r in self.rooms.items()}, parts, setup, demo_groups(demo))
        self.planner.taken = taken
        self.next_id = int(session.execute(text("SELECT coalesce(max(id), 0) FROM booking")).scalar_one())
        self.rentals = self._rentals()
        self.evicted: set[int] = set()

    def _components(self, room_id: int) -> list[int]:
        return self.planner.parts.get(room_id, [room_id])

    def _rentals(self) -> dict[tuple[int, date], list[tuple[int, int, int, int]]]:
        """(component, day) -> the rentals there as (start, end, booking id, room): blocks with set-up/clean-up."""
        from buurtzaak_desktop.services.demo.rooster import RENTALS

        titles = {title for title, _low, _high in RENTALS}
        # plain columns, not ORM objects: tens of thousands of rows at the large scale
        query = select(
            col(Booking.id),
            col(Booking.room_id),
            col(Booking.day),
            col(Booking.start),
            col(Booking.end),  # type: ignore[call-overload]
            col(Booking.setup_minutes),
            col(Booking.cleanup_minutes),
        ).where(col(Booking.series_id).is_(None), col(Booking.activity_id).is_(None), col(Booking.title).in_(titles))
        index: dict[tuple[int, date], list[tuple[int, int, int, int]]] = {}
        for booking_id, room_id, day, start, end, before, after in self.demo.session.execute(query):
            block = (_minutes(start) - before, _minutes(end) + after, booking_id, room_id)
            for component in self._components(room_id):
                index.setdefault((component, day), []).append(block)
        return index

    def book(self, row: dict[str, Any], activity: dict[str, Any]) -> bool:
        room = self.rooms[row["room_id"]]
        slot = (room.name, row["day"], _minutes(row["start_time"]), _minutes(row["end_time"]))
        fields = dict(
            id=self.next_id + 1,
            title=activity["name"],
            group_name=activity["leader"],
            people=activity["expected"],
            activity_id=activity["id"],
        )
        placed = self.planner.add(*slot, **fields) or (self._clear_rentals(row) and self.planner.add(*slot, **fields))
        if placed:
            self.next_id += 1
            row["booking_id"] = self.next_id
        return placed

    def _clear_rentals(self, row: dict[str, Any]) -> bool:
        """Take the rentals out of the session's way; True when there were any."""
        room_id, day = row["room_id"], row["day"]
        before, after = self.planner.setup[room_id]
        low, high = _minutes(row["start_time"]) - before, _minutes(row["end_time"]) + after
        found = False
        for component in self._components(room_id):
            for start, end, booking_id, rental_room in list(self.rentals.get((component, day), ())):
                if start < high and low < end and booking_id not in self.evicted:
                    self.evicted.add(booking_id)
                    for part in self._components(rental_room):
                        self.planner.taken[(part, day)].remove((start, end))
                    found = True
        return found

    def evict(self) -> None:
        if self.evicted:
            self.demo.session.execute(
                text("DELETE FROM booking WHERE id = :id"), [{"id": booking_id} for booking_id in sorted(self.evicted)]
            )


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _large_extras(demo: DemoContext) -> list[tuple[Any, ...]]:
    """Initiatives for the large scale: each in two groups, three days a week, so that a week holds well over 150
    sessions (what the presentielijsten benchmark prints). Each group gets a room and time that is free on its days
    (``_SlotGrid``): a programme that does not fit the building would leave half its sessions without a room."""
    rng = demo.rng
    grid = _SlotGrid(demo)
    rows: list[tuple[Any, ...]] = []
    for index, name in enumerate(EXTRA_LARGE):
        labels: list[str] = []
        for group in range(2):
            days = tuple(sorted(rng.sample(range(5), 3)))
            weeks_later = rng.randint(0, 52 * demo.years - 20)
            room, start = grid.place(days, late=group == 1, offset=index)
            label = "ochtend" if start < 12 * 60 else "middag" if start < 17 * 60 else "avond"
            labels.append(label if label not in labels else f"{label} 2")
            rows.append(
                (
                    f"{name} ({labels[-1]})",
                    "Bewonersinitiatief",
                    "Buurtbewoners",
                    room,
                    days,
                    f"{start // 60:02d}:{start % 60:02d}",
                    f"{(start + 90) // 60:02d}:{(start + 90) % 60:02d}",
                    "wekelijks",
                    "Bewonersgroep",
                    "bewonersgroep",
                    8,
                    10,
                    weeks_later,
                )
            )
    return rows


class _SlotGrid:
    """Which weekday times of which rooms the programme uses (set-up and clean-up included), to place new groups."""

    ROOMS = ("Activiteitenruimte 1", "Activiteitenruimte 2", "Tuin / moestuin", "Aula", "Keuken", "Theaterrestaurant")
    LENGTH = 90

    def __init__(self, demo: DemoContext) -> None:
        rooms = list(demo.session.exec(select(Room)))
        self.setup = {r.name: (r.setup_minutes, r.cleanup_minutes) for r in rooms}
        names = {r.id: r.name for r in rooms}
        self.parts: dict[str, list[str]] = {}
        for link in demo.session.exec(select(RoomPart)):
            self.parts.setdefault(names[link.combined_id], []).append(names[link.part_id])
        self.used: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for row in PROGRAMME:
            room, days, start, end = row[3], row[4], _minutes(_parse(row[5])), _minutes(_parse(row[6]))
            for day in days:
                self._take(room, day, start, end)
        self.candidates = [
            (room, start)
            for room in self.ROOMS
            for start in range(
                8 * 60 + sum(self.setup.get(room, (0, 0))),
                20 * 60 - self.LENGTH + 1,
                self.LENGTH + sum(self.setup.get(room, (0, 0))),
            )
        ]

    def _block(self, room: str, start: int, end: int) -> tuple[int, int]:
        before, after = self.setup.get(room, (0, 0))
        return start - before, end + after

    def _take(self, room: str, day: int, start: int, end: int) -> None:
        block = self._block(room, start, end)
        for part in self.parts.get(room, [room]):
            self.used.setdefault((part, day), []).append(block)

    def _free(self, room: str, day: int, start: int) -> bool:
        low, high = self._block(room, start, start + self.LENGTH)
        return all(
            not (a < high and low < b)
            for part in self.parts.get(room, [room])
            for a, b in self.used.get((part, day), ())
        )

    def place(self, days: tuple[int, ...], late: bool, offset: int) -> tuple[str, int]:
        """The first room and start free on all ``days`` (late groups from the evening back); taken from then on."""
        order = sorted(
            self.candidates,
            key=lambda c: (-c[1] if late else c[1], (self.ROOMS.index(c[0]) + offset) % len(self.ROOMS)),
        )
        room, start = next((c for c in order if all(self._free(c[0], day, c[1]) for day in days)), order[0])
        for day in days:
            self._take(room, day, start, start + self.LENGTH)
        return room, start


def _activity(
    builder: _Builder,
    row: tuple[Any, ...],
    rooms: dict[str, int | None],
    first: date,
    season_end: date,
    dutch_holidays: set[date],
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    demo, rng = builder.demo, builder.demo.rng
    (name, category, target, room, days, start, end, frequency, leader, kind, expected, capacity) = row
    activity_id = builder.new_id("activity")
    activity = dict(
        id=activity_id,
        name=name,
        category=category,
        target_group=target,
        room_id=rooms.get(room),
        weekdays=encode_weekdays(days),
        start_time=_parse(start),
        end_time=_parse(end),
        frequency=frequency,
        season_start=first,
        season_end=season_end,
        leader=leader,
        leader_kind=kind,
        expected=expected,
        capacity=capacity,
        cost_cents=rng.choice((0, 0, 100, 200, 300)),
        walk_in_rows=5 if expected < 20 else 10,
        notes="",
        status="actief",
        status_since=None,
    )
    members = [] if name in OPEN_EVENTS else [_join(builder, activity_id, first, rng) for _ in range(expected)]
    if capacity is not None and name in ("Yoga", "Computerles"):
        for _ in range(capacity - len(members)):
            members.append(_join(builder, activity_id, first, rng))
        for _ in range(3):  # a waiting list: these activities are full
            pid = builder.new_person(demo.today - timedelta(days=rng.randint(3, 40)))
            builder.registrations.append(
                dict(
                    id=builder.new_id("registration"),
                    activity_id=activity_id,
                    participant_id=pid,
                    status="wachtlijst",
                    registered_on=demo.today - timedelta(days=rng.randint(3, 40)),
                    left_on=None,
                    to_call=False,
                )
            )
    rows = []
    for day in occurrences(days, frequency, first, season_end):
        sid = builder.new_id("activity_session")
        session_row = dict(
            id=sid,
            activity_id=activity_id,
            day=day,
            start_time=activity["start_time"],
            end_time=activity["end_time"],
            room_id=activity["room_id"],
            status="gepland",
            cancel_reason="",
            anonymous_walk_ins=0,
            attendance_entered=False,
            booking_id=None,
        )
        rows.append(session_row)
        if day >= demo.today:
            continue
        if day in dutch_holidays or rng.random() < 0.03:
            session_row.update(
                status="niet doorgegaan",
                cancel_reason="Feestdag" if day in dutch_holidays else rng.choice(CANCEL_REASONS),
            )
            continue
        session_row["attendance_entered"] = True
        _attend(builder, sid, day, members, name, expected, session_row)
        _churn(builder, activity_id, day, members)
    return activity, rows


def _join(builder: _Builder, activity_id: int, day: date, rng: Any) -> _Member:
    pid = builder.new_person(day)
    registration = dict(
        id=builder.new_id("registration"),
        activity_id=activity_id,
        participant_id=pid,
        status="ingeschreven",
        registered_on=day,
        left_on=None,
        to_call=False,
    )
    builder.registrations.append(registration)
    stops = None
    if rng.random() < 0.06:  # a regular who stopped coming a few weeks ago
        stops = builder.demo.today - timedelta(days=rng.randint(22, 35))
    return _Member(pid, registration, rng.uniform(0.6, 0.95), stops)


def _attend(
    builder: _Builder,
    sid: int,
    day: date,
    members: list[_Member],
    name: str,
    expected: int,
    session_row: dict[str, Any],
) -> None:
    rng = builder.demo.rng
    for member in members:
        if member.stops_on is not None and day >= member.stops_on:
            continue
        if rng.random() < member.propensity:
            builder.attendance.append(dict(session_id=sid, participant_id=member.participant_id, walk_in=False))
    if name in OPEN_EVENTS:
        visitors = max(0, int(rng.gauss(expected, expected * 0.2)))
        named = min(visitors // 2, len(builder.participants))
        chosen = rng.sample(range(len(builder.participants)), named) if named else []
        for index in chosen:
            # now and then a first-time visitor leaves a name: a new participant
            pid = builder.new_person(day) if rng.random() < 0.2 else builder.participants[index]["id"]
            builder.attendance.append(dict(session_id=sid, participant_id=pid, walk_in=True))
        session_row["anonymous_walk_ins"] = visitors - named


def _churn(builder: _Builder, activity_id: int, day: date, members: list[_Member]) -> None:
    """Now and then someone leaves and a newcomer takes the place."""
    rng = builder.demo.rng
    for index, member in enumerate(members):
        if member.stops_on is None and rng.random() < 0.006:
            member.registration.update(status="vertrokken", left_on=day + timedelta(days=1))
            members[index] = _join(builder, activity_id, day + timedelta(days=1), rng)
