"""'Wat is vrij?' ranks outdoor rooms last: the garden is never the best fit for an indoor meeting."""

from __future__ import annotations

from datetime import time

from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.rooms import list_rooms
from buurtzaak_desktop.services.rooster.queries import free_rooms
from tests.rooster.conftest import MONDAY


def test_an_outdoor_room_comes_after_every_indoor_one(database, rooms) -> None:
    with database.transaction() as session:
        session.add(Room(name="Tuin", capacity=12, indoor=False))  # the smallest that holds 10 people
    found = [free.room.name for free in free_rooms(database, MONDAY, time(19), time(21), people=10)]
    assert found == ["Activiteitenruimte 2", "Keuken", "Activiteitenruimte 1", "Activiteitenruimte 1+2", "Aula", "Tuin"]


def test_a_new_room_is_indoor(database, rooms) -> None:
    assert all(room.indoor for room in list_rooms(database))


def test_the_demo_garden_is_outdoor_and_never_best_fit(database) -> None:
    generate_demo(database)
    outdoor = [room.name for room in list_rooms(database) if not room.indoor]
    assert outdoor == ["Tuin / moestuin"]
    for people in (1, 10, 20, 30, 40):
        found = free_rooms(database, MONDAY, time(19), time(21), people=people)
        assert found[0].room.indoor, people
        assert found[-1].room.name == "Tuin / moestuin", people
