"""Spreekuur fixtures: a database with the standard themes and partners, and a resident with consent."""

from __future__ import annotations

from datetime import date

import pytest

from buurtzaak_desktop.services.spreekuur.people import COORDINATOR, Person, reset_pin
from buurtzaak_desktop.services.spreekuur.reference import list_partners, list_themes
from buurtzaak_desktop.services.spreekuur.residents import NewResident
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
