"""Two desks on one server give out the last place of an activity at the same moment: one gets it, the other lands
on the waiting list; a place freed at one desk while another registers goes to one person (the activity's row is
taken for the count: db/locking.py)."""

from __future__ import annotations

import pytest

from buurtzaak_desktop.services.activiteiten.importing import import_participants
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput, ParticipantService
from buurtzaak_desktop.services.activiteiten.programme import create_activity
from tests.two_desks import at_two_desks

from .conftest import TODAY, yoga_input

pytestmark = pytest.mark.postgresql_only


def _activity(database, room_id: int, capacity: int) -> int:
    with database.transaction() as session:
        return create_activity(session, yoga_input(room_id, capacity=capacity), TODAY).id or 0


def _statuses(database, activity_id: int) -> dict[str, str]:
    return {row.name: row.status for row in ParticipantService(database).registrations(activity_id)}


def test_two_desks_registering_for_the_last_place_one_gets_it(database, room_id) -> None:
    activity_id = _activity(database, room_id, 2)
    people = ParticipantService(database)
    anna, bram, cem = (people.add(ParticipantInput(name), TODAY) for name in ("Anna", "Bram", "Cem"))
    people.register(activity_id, anna, TODAY)
    outcomes = at_two_desks(
        database,
        [
            lambda desk: ParticipantService(desk).register(activity_id, bram, TODAY),
            lambda desk: ParticipantService(desk).register(activity_id, cem, TODAY),
        ],
        2,
    )
    assert sorted(outcomes) == ["ingeschreven", "wachtlijst"], outcomes  # type: ignore[type-var]
    assert sorted(_statuses(database, activity_id).values()) == ["ingeschreven", "ingeschreven", "wachtlijst"]


def test_two_places_freed_at_once_go_to_the_first_two_on_the_waiting_list(database, room_id) -> None:
    """Without the activity's row taken, both desks would move up the first on the waiting list: a place lost."""
    activity_id = _activity(database, room_id, 2)
    people = ParticipantService(database)
    ids = [people.add(ParticipantInput(name), TODAY) for name in ("Anna", "Bram", "Cem", "Dirk")]
    for person in ids:
        people.register(activity_id, person, TODAY)
    anna, bram = (row.registration_id for row in people.registrations(activity_id)[:2])
    moved = at_two_desks(
        database,
        [
            lambda desk: ParticipantService(desk).leave(anna, TODAY),
            lambda desk: ParticipantService(desk).leave(bram, TODAY),
        ],
        2,
    )
    assert sorted(moved) == sorted(ids[2:]), moved  # type: ignore[type-var]
    assert _statuses(database, activity_id) == {"Cem": "ingeschreven", "Dirk": "ingeschreven"}


def test_an_import_and_a_desk_at_once_give_the_last_place_once(database, room_id, tmp_path) -> None:
    activity_id = _activity(database, room_id, 1)
    people = ParticipantService(database)
    anna = people.add(ParticipantInput("Anna"), TODAY)
    rows = tmp_path / "deelnemers.csv"
    rows.write_text("activiteit;naam;telefoon;e-mail\nYoga;Bram;;\nYoga;Cem;;\n", encoding="utf-8")
    at_two_desks(
        database,
        [
            lambda desk: import_participants(desk, rows, TODAY),
            lambda desk: ParticipantService(desk).register(activity_id, anna, TODAY),
        ],
        2,
    )
    statuses = _statuses(database, activity_id)
    assert len(statuses) == 3 and list(statuses.values()).count("ingeschreven") == 1, statuses


def test_the_database_itself_refuses_a_place_too_many_from_any_writer(database, room_id) -> None:
    """Without the service (an import, a script): the server's own rule (migration 0024) holds; the waiting list and
    an activity without a limit are free."""
    from sqlalchemy import func, select

    from buurtzaak_desktop.db.models.activiteiten import Registration
    from buurtzaak_desktop.domain.errors import RuleViolation

    activity_id = _activity(database, room_id, 2)
    people = ParticipantService(database)
    ids = [people.add(ParticipantInput(name), TODAY) for name in ("Anna", "Bram", "Cem")]

    def row(person: int, status: str) -> Registration:
        return Registration(activity_id=activity_id, participant_id=person, registered_on=TODAY, status=status)

    with database.transaction() as session:
        session.add_all([row(ids[0], "ingeschreven"), row(ids[1], "ingeschreven"), row(ids[2], "wachtlijst")])
    with pytest.raises(RuleViolation) as refused, database.transaction() as session:
        waiting = session.execute(select(Registration).where(Registration.participant_id == ids[2])).scalar_one()
        waiting.status = "ingeschreven"
    assert refused.value.message == "Deze activiteit heeft geen vrije plaats meer. Er is niets opgeslagen."
    with database.reading() as session:
        registered = select(func.count()).where(Registration.status == "ingeschreven")
        assert session.execute(registered.select_from(Registration)).scalar_one() == 2
