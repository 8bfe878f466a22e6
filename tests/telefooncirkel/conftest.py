"""Telefooncirkel fixtures: a circle of three participants and two volunteers, the volunteers coordinating."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from buurtzaak_desktop.services.telefooncirkel import circles
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer

CIRCLE = "Telefooncirkel Slotervaart"
PARTICIPANTS = (("Geertruida Bakker", "020-6171111"), ("Ömer Yıldız", "020-6172222"), ("Hendrika Mol", "020-6173333"))
TODAY = date(2026, 12, 3)  # the tests' pinned clock


@dataclass
class Circle:
    id: int
    participants: list[int]  # member ids, in calling order
    volunteers: list[int]  # member ids
    volunteer_ids: list[int]  # volunteer rows (the coordinators)


@pytest.fixture
def circle(database) -> Circle:
    volunteer_ids = [
        create_volunteer(database, VolunteerData(name=name, phone=phone))
        for name, phone in (("Wim Jansen", "06-11111111"), ("Lies de Boer", "06-22222222"))
    ]
    circle_id = circles.create_circle(database, CIRCLE, (volunteer_ids[0], volunteer_ids[1]))
    participants = [
        circles.add_participant(
            database, circle_id, name, phone, consent_given=True, consent_by="Wim Jansen", actor="Wim Jansen"
        )
        for name, phone in PARTICIPANTS
    ]
    volunteers = [circles.add_volunteer_member(database, circle_id, v) for v in volunteer_ids]
    return Circle(circle_id, participants, volunteers, volunteer_ids)
