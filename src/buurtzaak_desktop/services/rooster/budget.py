"""What the Rooster feeds into the Begroting: the rent of paid bookings, as the actual of a linked line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Protocol

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.rooster.enums import BookingStatus, Tariff
from buurtzaak_desktop.domain.rooster.hours import minutes
from buurtzaak_desktop.domain.rooster.rules import price_cents
from buurtzaak_desktop.services.settings import read_setting


def budget_actual_cents(session: Session, year: int, until: date | None = None) -> int:
    """The rent of the live, paid bookings of ``year`` that have taken place (up to today, or ``until``)."""
    last_day = min(until or now_local().date(), date(year, 12, 31))
    bookings = session.exec(
        select(Booking).where(
            Booking.status == BookingStatus.LIVE,
            Booking.tariff != Tariff.FREE,
            col(Booking.day) >= date(year, 1, 1),
            col(Booking.day) <= last_day,
        )
    )
    price = rent_pricer(session)
    return sum(price(booking) for booking in bookings)


class Priced(Protocol):
    """What the rent of a booking depends on: a Booking, or a row of its columns (the exports read rows)."""

    @property
    def start(self) -> time: ...
    @property
    def end(self) -> time: ...
    @property
    def tariff(self) -> str: ...
    @property
    def room_id(self) -> int: ...


def rent_pricer(session: Session) -> Callable[[Priced], int]:
    """A function booking -> rent in cents, with the rates read once."""
    room_rates = {room.id: room.rate_cents for room in session.exec(select(Room))}
    rates = read_setting(session, "room_rate_cents")

    def price(booking: Priced) -> int:
        booked = minutes(booking.end) - minutes(booking.start)
        return price_cents(booking.tariff, booked, rates, room_rates.get(booking.room_id))

    return price
