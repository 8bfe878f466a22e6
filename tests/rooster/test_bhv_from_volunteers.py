"""Out-of-hours bookings check the BHV certificate in the volunteers and staff list."""

from __future__ import annotations

from datetime import date

import pytest

from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.vrijwilligers.certificates import add_certificate
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer
from tests.rooster.conftest import MONDAY


@pytest.fixture
def beheerders(database) -> dict[str, int]:
    with database.transaction() as session:
        ensure_reference_data(session)
    valid = create_volunteer(database, VolunteerData(name="Henk Bakker", is_staff=True))
    expired = create_volunteer(database, VolunteerData(name="Wilma Visser", is_staff=True))
    add_certificate(database, valid, "BHV", date(2027, 6, 30))
    add_certificate(database, expired, "BHV", date(2026, 1, 31))
    return {"valid": valid, "expired": expired}


def test_certified_beheerder_from_the_list_needs_no_typed_date(booker, beheerders) -> None:
    result = booker("Aula", "20:00", "22:30", bhv_name="henk bakker")
    assert result.booking_ids


def test_list_wins_over_a_typed_date(booker, beheerders) -> None:
    with pytest.raises(RuleViolation, match="BHV"):
        booker("Aula", "20:00", "22:30", bhv_name="Wilma Visser", bhv_valid_until=date(2030, 1, 1))


def test_unknown_name_is_judged_by_the_typed_date(booker, beheerders) -> None:
    assert booker("Aula", "20:00", "22:30", bhv_name="Beheerder Combiwel", bhv_valid_until=MONDAY).booking_ids
    with pytest.raises(RuleViolation):
        booker("Aula", "20:00", "22:30", day=date(2026, 12, 8), bhv_name="Beheerder Combiwel")
