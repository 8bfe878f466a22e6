"""What the Rooster's services hand to the UI and the reports: read-only views of rooms and bookings.

The UI and reports/ import these, never ``db.models``: they read a booking, and change it only through the services.
The database rows the services return fit these shapes as they are. They live in domain/ so that reports/ (below
services/) can name them too; services/rooster/read_models.py re-exports them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Protocol

from buurtzaak_desktop.domain.rooster.hours import DayHours


class RoomInfo(Protocol):
    """A room as the services hand it to the UI: read, never written through."""

    @property
    def id(self) -> int | None: ...

    @property
    def name(self) -> str: ...

    @property
    def capacity(self) -> int: ...

    @property
    def wheelchair_accessible(self) -> bool: ...

    @property
    def active(self) -> bool: ...

    @property
    def setup_minutes(self) -> int: ...

    @property
    def cleanup_minutes(self) -> int: ...


class BookingInfo(Protocol):
    """A booking as the services hand it to the UI: read, never written through."""

    @property
    def id(self) -> int | None: ...

    @property
    def room_id(self) -> int: ...

    @property
    def version(self) -> int: ...

    @property
    def day(self) -> date: ...

    @property
    def start(self) -> time: ...

    @property
    def end(self) -> time: ...

    @property
    def setup_minutes(self) -> int: ...

    @property
    def cleanup_minutes(self) -> int: ...

    @property
    def title(self) -> str: ...

    @property
    def group_name(self) -> str: ...

    @property
    def contact(self) -> str: ...

    @property
    def people(self) -> int: ...

    @property
    def tariff(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def bhv_volunteer_id(self) -> int | None: ...

    @property
    def series_id(self) -> int | None: ...

    @property
    def activity_id(self) -> int | None: ...


@dataclass(frozen=True)
class RoosterView:
    """What a day or week grid shows: rooms, the days' opening hours, and every booking in the window."""

    rooms: Sequence[RoomInfo]  # read models: the UI and the printed rooster read them, never write through them
    days: list[DayHours]
    bookings: Sequence[BookingInfo]
    bhv_names: dict[int, str] = field(default_factory=dict)  # the BHV beheerders named, by volunteer id
