"""A session with people present was held: changing the activity's time or room later does not move, re-book or
cancel it (found by the stateful test: "Bijeenkomst 27 is niet doorgegaan maar heeft aanwezigen")."""

from __future__ import annotations

from datetime import date, time

from sqlmodel import select

from buurtzaak_desktop.db.models.activiteiten import ActivitySession
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput
from buurtzaak_desktop.services.activiteiten.programme import ProgrammeService
from buurtzaak_desktop.services.activiteiten.sessions import SessionService
from buurtzaak_desktop.services.check import run_check

from .conftest import TODAY, yoga_input

DEC_7, DEC_14 = date(2026, 12, 7), date(2026, 12, 14)


def _sessions(database, *days: date) -> dict[date, ActivitySession]:
    with database.reading() as session:
        rows = session.exec(select(ActivitySession).where(ActivitySession.day.in_(days))).all()  # type: ignore[attr-defined]
        return {row.day: row for row in rows}


def test_a_time_the_rooster_refuses_cancels_the_sessions_to_come_but_not_one_with_people_present(
    database, room_id, yoga
) -> None:
    held = _sessions(database, DEC_7)[DEC_7]
    SessionService(database).add_walk_in(held.id or 0, ParticipantInput("Ilse Nieuw"), TODAY)
    early = yoga_input(room_id, start_time=time(7, 0), end_time=time(8, 30))  # before the centre opens at 08:00
    ProgrammeService(database).update(yoga["activity_id"], early, TODAY)
    after = _sessions(database, DEC_7, DEC_14)
    assert (after[DEC_7].status, after[DEC_7].start_time, after[DEC_7].booking_id) == (
        held.status,
        time(10, 0),
        held.booking_id,
    )
    assert after[DEC_14].status != held.status  # the next one is "niet doorgegaan": the rooster refused 07:00
    assert run_check(database) == []
