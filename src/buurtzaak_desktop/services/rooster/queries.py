"""Reading the rooster: bookings in a window of days, "what is free?", and the groups people typed before."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import Integer, String, column, table
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.domain.rooster.hours import DayHours
from buurtzaak_desktop.domain.rooster.overlap import Slot, clashes
from buurtzaak_desktop.domain.rooster.read_models import RoosterView
from buurtzaak_desktop.domain.rooster.rules import fit_order
from buurtzaak_desktop.services.rooster.calendar import OpeningCalendar
from buurtzaak_desktop.services.rooster.groups import find_group, group_names
from buurtzaak_desktop.services.rooster.rooms import room_parts
from buurtzaak_desktop.services.rooster.validation import slot_of


def bookings_between(session: Session, first: date, last: date, include_cancelled: bool = False) -> list[Booking]:
    """Bookings from ``first`` to ``last`` (both included); reads only that window (index on day)."""
    query = select(Booking).where(col(Booking.day) >= first, col(Booking.day) <= last)
    if not include_cancelled:
        query = query.where(Booking.status == BookingStatus.LIVE)
    return list(session.exec(query.order_by(col(Booking.day), col(Booking.start), col(Booking.room_id))))


# The BHV beheerders' names, read from the volunteers' table without its model classes: building the Vrijwilligers
# models costs ~30 ms, which the grid, the printed rooster and the start-up need not pay for a name.
_VOLUNTEER_NAMES = table("volunteer", column("id", Integer), column("name", String))


def rooster_view(database: Database, first: date, last: date) -> RoosterView:
    with database.reading() as session:
        rooms = list(session.exec(select(Room).where(Room.active).order_by(col(Room.id))))
        bookings = bookings_between(session, first, last)
        named = {b.bhv_volunteer_id for b in bookings if b.bhv_volunteer_id is not None}
        query = select(_VOLUNTEER_NAMES.c.id, _VOLUNTEER_NAMES.c.name).where(_VOLUNTEER_NAMES.c.id.in_(named))
        names = {volunteer_id: name for volunteer_id, name in session.exec(query)} if named else {}
        return RoosterView(rooms, OpeningCalendar(session, first, last).days(), bookings, names)


def booking_by_id(database: Database, booking_id: int) -> Booking | None:
    with database.reading() as session:
        return session.get(Booking, booking_id)


@dataclass(frozen=True)
class FreeRoom:
    room: Room
    hours: DayHours


def free_rooms(
    database: Database, day: date, start: time, end: time, people: int | None = None, wheelchair: bool = False
) -> list[FreeRoom]:
    """Rooms free from start to end (with their own set-up/clean-up) and big enough, best fit first: indoor rooms
    before outdoor ones, then the smallest (``rules.fit_order``)."""
    with database.reading() as session:
        return free_rooms_in(session, day, start, end, people, wheelchair)


def free_rooms_in(
    session: Session, day: date, start: time, end: time, people: int | None, wheelchair: bool
) -> list[FreeRoom]:
    parts = room_parts(session)
    taken = [
        slot_of(b)
        for b in session.exec(select(Booking).where(Booking.day == day, Booking.status == BookingStatus.LIVE))
    ]
    hours = OpeningCalendar(session, day, day).hours(day)
    result = []
    for room in session.exec(select(Room).where(Room.active)):
        if (people and room.capacity < people) or (wheelchair and not room.wheelchair_accessible):
            continue
        wanted = Slot(room.id or 0, day, start, end, room.setup_minutes, room.cleanup_minutes)
        if not clashes(wanted, taken, parts):
            result.append(FreeRoom(room, hours))
    return sorted(result, key=lambda free: fit_order(free.room.indoor, free.room.capacity, free.room.name))


def bookings_for(
    database: Database,
    room_id: int | None = None,
    group_name: str | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[Booking]:
    """The list view: one room's or one group's bookings (cancelled ones too) in a window."""
    with database.reading() as session:
        query = select(Booking)
        if room_id is not None:
            query = query.where(Booking.room_id == room_id)
        if group_name:
            group = find_group(session, group_name)
            query = query.where(Booking.group_id == (group.id if group is not None else -1))
        if first is not None:
            query = query.where(col(Booking.day) >= first)
        if last is not None:
            query = query.where(col(Booking.day) <= last)
        return list(session.exec(query.order_by(col(Booking.day), col(Booking.start)).limit(2000)))


def known_groups(database: Database) -> list[str]:
    return group_names(database)
