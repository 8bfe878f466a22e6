"""Area fixtures: a room, a small hand-made programme with known figures."""

from __future__ import annotations

from datetime import date, time

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput, add_participant, register
from buurtzaak_desktop.services.activiteiten.programme import ActivityInput, create_activity

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture
def room_id(database: Database) -> int:
    with database.transaction() as session:
        room = Room(name="Activiteitenruimte 1", capacity=25)
        session.add(room)
        session.flush()
        return room.id or 0


def yoga_input(room_id: int | None, **changes) -> ActivityInput:
    values = dict(
        name="Yoga",
        start_time=time(10, 0),
        end_time=time(11, 30),
        season_start=date(2026, 11, 2),
        season_end=date(2026, 12, 28),
        weekdays=(0,),
        room_id=room_id,
        leader="Sanne de Vries",
        expected=4,
        walk_in_rows=3,
    )
    values.update(changes)
    return ActivityInput(**values)


@pytest.fixture
def yoga(database: Database, room_id: int) -> dict:
    """Yoga on Mondays 2 Nov - 28 Dec 2026 (9 sessions) with four registered participants."""
    names = [
        ("Zoë Şahin", "06-12345678", True),
        ("Ahmed Bakkali", "06-22222222", False),
        ("अनिल शर्मा", "", False),
        ("محمد العلوي", "020-1234567", True),
    ]
    with database.transaction() as session:
        activity = create_activity(session, yoga_input(room_id), TODAY)
        ids = []
        for name, phone, consent in names:
            person = add_participant(
                session, ParticipantInput(name, phone=phone, consent_print_phone=consent), date(2026, 10, 1)
            )
            register(session, activity.id or 0, person.id or 0, date(2026, 10, 1))
            ids.append(person.id)
        return {"activity_id": activity.id, "participants": dict(zip([n for n, _, _ in names], ids, strict=True))}
