"""A participant or budget line changed at another desk is not overwritten by an edit made on the old copy."""

from __future__ import annotations

from datetime import date

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import ChangedElsewhere
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput, ParticipantService
from buurtzaak_desktop.services.begroting.budget import LineDraft, add_line, line_draft, update_line


@pytest.fixture
def other_desk(database: Database):
    desk = database.reopened()
    yield desk
    desk.close()


def test_a_participant_edited_at_two_desks_keeps_the_first_change(database, other_desk) -> None:
    here, there = ParticipantService(database), ParticipantService(other_desk)
    person_id = here.add(ParticipantInput("Zoë Şahin"), date(2026, 12, 3))
    seen = here.get(person_id)
    there.update(person_id, ParticipantInput("Zoë Şahin", phone="06-12345678"), there.get(person_id).version)
    with pytest.raises(ChangedElsewhere):
        here.update(person_id, ParticipantInput("Zoë Sahin"), seen.version)
    now = here.get(person_id)
    assert (now.name, now.phone) == ("Zoë Şahin", "06-12345678")


def test_a_budget_line_edited_at_two_desks_keeps_the_first_change(database, other_desk) -> None:
    line_id = add_line(database, 2026, LineDraft("lasten", "Activiteiten", "Kookgroep", 120_000))
    seen = line_draft(database, line_id)
    update_line(other_desk, line_id, LineDraft("lasten", "Activiteiten", "Kookgroep", 150_000), seen.version)
    with pytest.raises(ChangedElsewhere):
        update_line(database, line_id, LineDraft("lasten", "Activiteiten", "Kookgroepen", 120_000), seen.version)
    now = line_draft(database, line_id)
    assert (now.name, now.budget_cents) == ("Kookgroep", 150_000)
