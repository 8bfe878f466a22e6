"""Occupancy per room and month: booked hours / open hours (for the regiegroep report)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.domain.dates import month_end
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.domain.rooster.hours import minutes
from buurtzaak_desktop.services.rooster.calendar import OpeningCalendar


@dataclass(frozen=True)
class Occupancy:
    room_id: int
    room_name: str
    booked_minutes: int
    open_minutes: int

    @property
    def share(self) -> float:
        """Booked / open (can exceed 1 with out-of-hours bookings); 0 when the centre was closed all month."""
        return self.booked_minutes / self.open_minutes if self.open_minutes else 0.0


def occupancy_for_month(database: Database, month: date) -> list[Occupancy]:
    """Per active room: the live bookings' hours in the month of ``month`` against the centre's open hours."""
    with database.reading() as session:
        return occupancy_in(session, month)


def occupancy_in(session: Session, month: date) -> list[Occupancy]:
    first = month.replace(day=1)
    last = month_end(first) - timedelta(days=1)
    open_minutes = sum(hours.open_minutes() for hours in OpeningCalendar(session, first, last).days())
    booked: dict[int, int] = {}
    query = select(col(Booking.room_id), col(Booking.start), col(Booking.end)).where(
        col(Booking.day) >= first, col(Booking.day) <= last, Booking.status == BookingStatus.LIVE
    )
    for room_id, start, end in session.exec(query):
        booked[room_id] = booked.get(room_id, 0) + minutes(end) - minutes(start)
    rooms = session.exec(select(Room).where(Room.active).order_by(col(Room.name)))
    return [Occupancy(room.id or 0, room.name, booked.get(room.id or 0, 0), open_minutes) for room in rooms]
