"""Two desks on one server put one volunteer on two overlapping shifts at the same moment: one is refused with the
usual message naming the other shift (the volunteer's row is taken for the check: db/locking.py)."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import func, select

from buurtzaak_desktop.db.models.vrijwilligers import ShiftAssignment
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.vrijwilligers.shifts import assign, create_shift
from tests.two_desks import at_two_desks

from .conftest import TODAY

pytestmark = pytest.mark.postgresql_only


def test_one_volunteer_on_two_overlapping_shifts_at_once_is_refused_once(vdb, add_volunteer) -> None:
    person = add_volunteer("Naïma El Amrani", ("receptie",))
    morning = create_shift(vdb, "receptie", 2, time(9), time(13))
    noon = create_shift(vdb, "receptie", 2, time(12), time(15))
    outcomes = at_two_desks(
        vdb, [lambda desk: assign(desk, morning, person, TODAY), lambda desk: assign(desk, noon, person, TODAY)], 2
    )
    refused = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
    assert len(refused) == 1, outcomes
    assert isinstance(refused[0], RuleViolation)
    assert refused[0].message.startswith("Naïma El Amrani staat al op de dienst receptie woensdag ")
    assert refused[0].message.endswith(", die overlapt met deze dienst.")
    with vdb.reading() as session:
        assert session.execute(select(func.count()).select_from(ShiftAssignment)).scalar_one() == 1


def test_the_database_itself_refuses_overlapping_shifts_from_any_writer(vdb, add_volunteer) -> None:
    """Without the service (an import, a script): the server's own rule (migration 0024) holds; touching ends and
    another weekday are fine."""
    from buurtzaak_desktop.db.models.vrijwilligers import VolunteerShift

    person = add_volunteer("Naïma El Amrani", ("receptie",))
    morning = create_shift(vdb, "receptie", 2, time(9), time(13))
    afternoon = create_shift(vdb, "receptie", 2, time(13), time(17))
    noon = create_shift(vdb, "receptie", 2, time(12), time(15))
    with vdb.transaction() as session:
        other_day = VolunteerShift(
            role_id=session.get(VolunteerShift, noon).role_id, weekday=4, start=time(12), end=time(15)
        )
        session.add(other_day)
        session.flush()
        for shift in (morning, afternoon, other_day.id):
            session.add(ShiftAssignment(shift_id=shift, volunteer_id=person))
    with pytest.raises(RuleViolation) as refused, vdb.transaction() as session:
        session.add(ShiftAssignment(shift_id=noon, volunteer_id=person))
    assert (
        refused.value.message
        == "Deze vrijwilliger staat al op een dienst die hiermee overlapt. Er is niets opgeslagen."
    )
    with vdb.reading() as session:
        assert session.execute(select(func.count()).select_from(ShiftAssignment)).scalar_one() == 3
