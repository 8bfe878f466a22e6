"""Welzijn op Recept fixtures: two verwijzers, two activities in two arrangements (one of them with two places),
two trained bondgenoten and one volunteer without the training, and a referred participant."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest

from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.services.activiteiten.programme import ActivityInput, create_activity
from buurtzaak_desktop.services.spreekuur.residents import NewResident
from buurtzaak_desktop.services.vrijwilligers.certificates import add_certificate
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer
from buurtzaak_desktop.services.welzijn import participants, reference
from buurtzaak_desktop.services.welzijn.participants import IntakeNotes, Referral

TODAY = date(2026, 12, 3)  # the tests' pinned clock
NAME, PHONE = "Zoë Şahin", "06-12345678"
NOTES = IntakeNotes(
    interests="Tuinieren en breien",
    energy="Krijgt energie van buiten zijn",
    talents="Goed met kinderen",
    ambitions="Weer onder de mensen komen",
)


@dataclass
class World:
    referrers: dict[str, int]
    yoga: int
    kook: int
    bondgenoten: list[int]  # two with role and training
    untrained: int  # the role, no training


def activity(database, room_id: int, name: str, capacity: int | None = None) -> int:
    values = ActivityInput(
        name=name,
        start_time=time(10, 0),
        end_time=time(11, 30),
        season_start=date(2026, 11, 2),
        season_end=date(2027, 6, 28),
        weekdays=(0,),
        room_id=room_id,
        leader="Sanne de Vries",
        capacity=capacity,
    )
    with database.transaction() as session:
        return create_activity(session, values, TODAY).id or 0


def add_bondgenoot(database, name: str, trained: bool = True) -> int:
    volunteer_id = create_volunteer(database, VolunteerData(name=name, roles=["bondgenoot"]))
    if trained:
        add_certificate(database, volunteer_id, "Training bondgenoot", None, date(2026, 1, 10))
    return volunteer_id


@pytest.fixture
def world(database) -> World:
    with database.transaction() as session:
        ensure_reference_data(session)
        reference.ensure_bondgenoot_reference(session)
        room = Room(name="Activiteitenruimte 1", capacity=25)
        session.add(room)
        session.flush()
        room_id = room.id or 0
    referrers = {
        "Huisartsenpraktijk Slotervaart": reference.save_referrer(
            database, "Huisartsenpraktijk Slotervaart", "huisarts"
        ),
        "Fysio West": reference.save_referrer(database, "Fysio West", "fysiotherapeut"),
    }
    yoga = activity(database, room_id, "Yoga")
    kook = activity(database, room_id, "Kookgroep 5 (lotgenoten)", capacity=2)
    reference.set_arrangement_activities(database, "bewegen_met_plezier", [yoga])
    reference.set_arrangement_activities(database, "smakelijke_ontmoetingen", [kook])
    bondgenoten = [add_bondgenoot(database, "Wim Jansen"), add_bondgenoot(database, "Lies de Boer")]
    return World(referrers, yoga, kook, bondgenoten, add_bondgenoot(database, "Piet Nieuw", trained=False))


def refer_new(database, world: World, name: str = NAME, phone: str = PHONE, on: date = date(2026, 11, 2)) -> int:
    return participants.refer(
        database,
        Referral(
            referrer_id=world.referrers["Huisartsenpraktijk Slotervaart"],
            referred_on=on,
            new=NewResident(name=name, consent_given=True, consent_by="Coach", phone=phone),
        ),
        actor="Coach",
    )


@pytest.fixture
def zoe(database, world) -> int:
    """Zoë, referred by her GP on 2 November, intake held on 4 November."""
    participant_id = refer_new(database, world)
    participants.record_intake(database, participant_id, NOTES, date(2026, 11, 4), actor="Coach")
    return participant_id
