"""Rooster fixtures: the centre's rooms plus a combined room, and a helper to book quickly."""

from __future__ import annotations

from datetime import date, time

import pytest

from buurtzaak_desktop.db.models import Room, RoomPart
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, BookingResult, book
from buurtzaak_desktop.services.vrijwilligers.certificates import add_certificate
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer

MONDAY = date(2026, 12, 7)  # an ordinary Monday: open 08:00-21:00


@pytest.fixture
def rooms(database) -> dict[str, int]:
    with database.transaction() as session:
        made = [
            Room(name="Aula", capacity=80),
            Room(name="Keuken", capacity=20, setup_minutes=15, cleanup_minutes=15),
            Room(name="Activiteitenruimte 1", capacity=25),
            Room(name="Activiteitenruimte 2", capacity=15, wheelchair_accessible=False),
            Room(name="Activiteitenruimte 1+2", capacity=40),
            Room(name="Spreekkamer", capacity=4),
        ]
        session.add_all(made)
        session.flush()
        ids = {room.name: room.id for room in made}
        session.add(RoomPart(combined_id=ids["Activiteitenruimte 1+2"], part_id=ids["Activiteitenruimte 1"]))
        session.add(RoomPart(combined_id=ids["Activiteitenruimte 1+2"], part_id=ids["Activiteitenruimte 2"]))
    return ids  # type: ignore[return-value]


@pytest.fixture
def booker(database, rooms):
    def make(room: str, start: str, end: str, day: date = MONDAY, title: str = "Overleg", **extra) -> BookingResult:
        request = BookingRequest(
            room_id=rooms[room],
            day=day,
            start=time.fromisoformat(start),
            end=time.fromisoformat(end),
            title=title,
            **extra,
        )
        return book(database, request)

    return make


@pytest.fixture
def beheerders(database) -> dict[str, int]:
    """Two staff members: Henk Bakker's BHV is valid until 2026-12-15, Wilma Visser's expired in January."""
    with database.transaction() as session:
        ensure_reference_data(session)
    valid = create_volunteer(database, VolunteerData(name="Henk Bakker", is_staff=True))
    expired = create_volunteer(database, VolunteerData(name="Wilma Visser", is_staff=True))
    add_certificate(database, valid, "BHV", date(2026, 12, 15))
    add_certificate(database, expired, "BHV", date(2026, 1, 31))
    return {"valid": valid, "expired": expired}


def shown_page(qtbot, context, *, active: bool = False):
    """The Rooster tab as the user sees it: 1200×700 on MONDAY's week; ``active`` gives it the keyboard."""
    from buurtzaak_desktop.ui.rooster.page import RoosterPage  # Qt only for the tests that show a page

    widget = RoosterPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_day(MONDAY)
    if active:
        widget.activateWindow()
        qtbot.waitUntil(widget.isActiveWindow)
    return widget
