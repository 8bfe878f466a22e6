"""Spreekuur appointments in the demo: 15-25 a week (the werkplan) over the recent weeks and the next one.

Each is booked in the Spreekkamer through the Rooster's own rules (``book_in``): a slot that the Rooster refuses (an
activity in the room, a closing day) is skipped and another is drawn, so the demo never holds a clash. The walk-in
spreekuur's afternoons are left free. Past appointments are mostly held, some not shown, a few cancelled, and the
last two are left unrecorded so the list "Nog niet vastgelegd" has something to show. Runs after the other areas, so
the random draws of those stay as they were.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlmodel import col, select

from buurtzaak_desktop.db.models.appointments import CANCELLED, HELD, NOT_SHOWN, SpreekuurAppointment
from buurtzaak_desktop.db.models.spreekuur import SpreekuurResident, SpreekuurTraject
from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.services.demo import DemoContext
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book_in, cancel_in
from buurtzaak_desktop.services.spreekuur.appointments import BOOKING_TITLE, ROOM_NAME, _end
from buurtzaak_desktop.services.spreekuur.people import _volunteers

WEEKS_BACK = 6
OPEN_AT_LEAST = 12  # trajecten running from the first week on: the talks need people in a traject
WALK_IN = {0: (time(13), time(16)), 2: (time(13), time(16)), 3: (time(13), time(16))}  # the walk-in afternoons
STARTS = [time(hour, minute) for hour in range(9, 17) for minute in (0, 30)]
UNRECORDED = 2


def generate(demo: DemoContext) -> dict[str, int]:
    session, rng = demo.session, demo.rng
    rooms = demo.shared.get("rooms", {})
    room_id = rooms.get(ROOM_NAME) if isinstance(rooms, dict) else None
    people = {v.id: v.name for v in _volunteers(session) if v.id is not None}
    monday = demo.today - timedelta(days=demo.today.weekday())
    first = monday - timedelta(weeks=WEEKS_BACK)
    _more_trajecten(demo, first)
    trajecten = list(session.exec(select(SpreekuurTraject).where(col(SpreekuurTraject.resident_id).is_not(None))))
    if room_id is None or not people or not trajecten:
        return {"spreekuurafspraken": 0}
    taken: dict[tuple[int, date], list[tuple[time, time]]] = {}  # per vertrouwenspersoon and day; 0: the room
    made: list[SpreekuurAppointment] = []
    for week in range(WEEKS_BACK + 2):  # the recent weeks, this week and the next
        week_start = first + timedelta(weeks=week)
        for _ in range(rng.randint(15, 25)):
            for _try in range(12):
                day = week_start + timedelta(days=rng.randrange(5))
                start = rng.choice(STARTS)
                minutes = rng.choice((45, 45, 45, 30, 60))
                end = _end(start, minutes)
                walk_in = WALK_IN.get(day.weekday())
                if walk_in and start < walk_in[1] and walk_in[0] < end:
                    continue
                open_on_day = [
                    t for t in trajecten if t.opened_on <= day and (t.closed_on is None or t.closed_on >= day)
                ]
                if not open_on_day:
                    break
                traject = rng.choice(open_on_day)
                if traject.vertrouwenspersoon_id is None:
                    traject.vertrouwenspersoon_id = rng.choice(sorted(people))
                person = traject.vertrouwenspersoon_id
                busy = taken.setdefault((person, day), [])
                room = taken.setdefault((0, day), [])  # the room's talks so far: no Rooster call to find those
                if any(s < end and start < e for s, e in busy + room):
                    continue
                request = BookingRequest(room_id=room_id, day=day, start=start, end=end, title=BOOKING_TITLE)
                try:
                    with session.begin_nested():  # a refused slot leaves nothing behind
                        booking_id = book_in(session, request).booking_ids[0]
                except BuurtzaakError:
                    continue
                busy.append((start, end))
                room.append((start, end))
                appointment = SpreekuurAppointment(
                    traject_id=traject.id,
                    resident_id=traject.resident_id,
                    person_id=person,
                    person_name=people.get(person, ""),
                    day=day,
                    start=start,
                    minutes=minutes,
                    booking_id=booking_id,
                )
                session.add(appointment)
                made.append(appointment)
                break
    _outcomes(demo, made, {t.id for t in trajecten if t.closed_on is None})
    session.flush()
    return {"spreekuurafspraken": len(made)}


def _more_trajecten(demo: DemoContext, first: date) -> None:
    """Open trajecten (contract phase) for residents known before ``first``, until ``OPEN_AT_LEAST`` run then."""
    session, rng = demo.session, demo.rng
    running = session.exec(
        select(SpreekuurTraject.resident_id).where(
            col(SpreekuurTraject.opened_on) <= first,
            col(SpreekuurTraject.closed_on).is_(None) | (col(SpreekuurTraject.closed_on) >= first),
        )
    ).all()
    wanted = OPEN_AT_LEAST - len(running)
    if wanted <= 0:
        return
    known = session.exec(
        select(SpreekuurResident)
        .where(col(SpreekuurResident.created_on) < first, col(SpreekuurResident.id).not_in([r for r in running if r]))
        .order_by(col(SpreekuurResident.id))
        .limit(wanted)
    ).all()
    for resident in known:
        opened = resident.created_on + timedelta(days=rng.randrange(max(1, (first - resident.created_on).days)))
        session.add(
            SpreekuurTraject(
                resident_id=resident.id,
                person_token=resident.token,
                opened_on=opened,
                phase="contract",
                phase_since=opened,
            )
        )
    session.flush()


def _outcomes(demo: DemoContext, made: list[SpreekuurAppointment], running: set[int | None]) -> None:
    """Past ones: mostly held, some not shown, a few cancelled; the last two past ones of a running traject are left
    to record (a closed traject has none planned)."""
    now = datetime.combine(demo.today, time(0))
    past = sorted((a for a in made if datetime.combine(a.day, a.start) < now), key=lambda a: (a.day, a.start))
    unrecorded = {id(a) for a in [a for a in past if a.traject_id in running][-UNRECORDED:]}
    for appointment in past:
        if id(appointment) in unrecorded:
            continue
        draw = demo.rng.random()
        if draw < 0.04:
            appointment.status = CANCELLED
            if appointment.booking_id is not None:
                cancel_in(demo.session, appointment.booking_id)
            continue
        appointment.status = NOT_SHOWN if draw < 0.14 else HELD
        appointment.recorded_by = appointment.person_name
