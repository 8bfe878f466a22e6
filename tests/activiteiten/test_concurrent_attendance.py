"""Two desks save one session's presentielijst at the same moment on a server: the second waits for the first and
then replaces it, instead of failing on the first one's rows (a duplicate key the desk could not explain)."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import select

from buurtzaak_desktop.db.models.activiteiten import ActivitySession, Attendance
from buurtzaak_desktop.services.activiteiten.sessions import SessionService, save_attendance

pytestmark = pytest.mark.postgresql_only


def test_two_desks_saving_one_presentielijst_at_once_take_turns(database, yoga) -> None:
    with database.reading() as session:
        session_id = session.execute(
            select(ActivitySession.id).where(
                ActivitySession.activity_id == yoga["activity_id"], ActivitySession.day == date(2026, 11, 30)
            )
        ).scalar_one()
    zoe, ahmed = yoga["participants"]["Zoë Şahin"], yoga["participants"]["Ahmed Bakkali"]
    other_desk = database.reopened()
    outcome: list[object] = []

    def second_desk() -> None:
        try:
            outcome.append(SessionService(other_desk).save_attendance(session_id, [zoe, ahmed]))
        except Exception as error:  # the test reports it below
            outcome.append(error)

    try:
        with database.transaction() as session:  # the first desk has saved, not yet committed
            save_attendance(session, session_id, [zoe])
            thread = threading.Thread(target=second_desk)
            thread.start()
            time.sleep(0.5)  # the second desk reaches the same rows meanwhile
        thread.join(20)
    finally:
        other_desk.close()
    assert outcome == [2]  # the second list replaced the first, no error
    with database.reading() as session:
        ticked = session.execute(select(Attendance.participant_id).where(Attendance.session_id == session_id))
        assert sorted(ticked.scalars()) == sorted([zoe, ahmed])
