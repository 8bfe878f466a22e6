"""Spreekuur fixtures: a database with the standard themes and partners, and a resident with consent."""

from __future__ import annotations

from datetime import date, time

import pytest

from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.services.spreekuur.appointments import AppointmentInput, plan
from buurtzaak_desktop.services.spreekuur.people import COORDINATOR, Person, reset_pin
from buurtzaak_desktop.services.spreekuur.reference import list_partners, list_themes
from buurtzaak_desktop.services.spreekuur.residents import NewResident
from buurtzaak_desktop.services.spreekuur.trajecten import open_traject
from buurtzaak_desktop.services.spreekuur.visits import VisitInput, record_visit
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer

NAME = "Zoë Şahin"
TODAY = date(2026, 11, 25)
COORDINATOR_PERSON = Person(None, COORDINATOR, True)


def add_helper(database, name: str, pin: str | None = None, roles: tuple[str, ...] = ("spreekuur",)) -> int:
    """A volunteer in the Vrijwilligers list with the spreekuur role and, when given, a PIN set by the coordinator."""
    with database.transaction() as session:
        ensure_reference_data(session)  # the default roles, as at start-up
    volunteer_id = create_volunteer(database, VolunteerData(name=name, roles=list(roles)))
    if pin is not None:
        reset_pin(database, COORDINATOR_PERSON, volunteer_id, pin)
    return volunteer_id


@pytest.fixture
def themes(database):
    return {t.label: t.id for t in list_themes(database)}


@pytest.fixture
def partners(database):
    return {p.name: p.id for p in list_partners(database)}


@pytest.fixture
def zoe(database, themes) -> int:
    """Zoë Şahin, added at a visit with her consent."""
    saved = record_visit(
        database,
        VisitInput(
            visited_on=TODAY,
            helped_by="Henk",
            theme_ids=[themes["Toeslagen"]],
            need="Brief van de Belastingdienst",
            question="Terugbetaling zorgtoeslag",
            action="Samen gebeld",
            minutes=20,
            new=NewResident(name=NAME, consent_given=True, consent_by="Henk", phone="06-12345678"),
        ),
        actor="Henk",
    )
    assert saved.resident_id is not None
    return saved.resident_id


MONDAY = date(2026, 12, 7)  # appointments: the clock says Thursday 3 December 2026, 10:00; the centre opens 08:00-21:00


# --- appointments ---------------------------------------------------------------------------------------------


@pytest.fixture
def spreekkamer(database) -> int:
    with database.transaction() as session:
        rooms = [Room(name="Aula", capacity=80), Room(name="Spreekkamer", capacity=4)]
        session.add_all(rooms)
        session.flush()
        return rooms[1].id or 0


@pytest.fixture
def helpers(database) -> dict[str, int]:
    return {name: add_helper(database, name) for name in ("Fatima Amrani", "Henk de Vries")}


@pytest.fixture
def traject(database, zoe) -> int:
    return open_traject(database, zoe, TODAY, "Henk")


@pytest.fixture
def planner(database, traject, helpers, spreekkamer):
    """Plan an appointment in Zoë's traject (Fatima her vertrouwenspersoon) on Monday."""

    def make(start: str = "10:00", minutes: int = 45, day: date = MONDAY, traject_id: int | None = None) -> int:
        data = AppointmentInput(
            traject_id=traject_id or traject,
            day=day,
            start=time.fromisoformat(start),
            minutes=minutes,
            person_id=helpers["Fatima Amrani"],
        )
        return plan(database, data, "Henk")

    return make
