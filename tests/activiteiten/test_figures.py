"""Figures and the follow-up list on a small hand-made dataset with known answers."""

from __future__ import annotations

from datetime import date

from buurtzaak_desktop.services.activiteiten.figures import monthly_figures, period_figures
from buurtzaak_desktop.services.activiteiten.followup import follow_up_list, mark_called
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput
from buurtzaak_desktop.services.activiteiten.programme import create_activity
from buurtzaak_desktop.services.activiteiten.sessions import (
    add_walk_in,
    cancel_session,
    save_attendance,
    sessions_between,
)

from .conftest import TODAY, yoga_input


def _sessions(session, activity_id):
    return [s for s in sessions_between(session, date(2026, 1, 1), date(2027, 1, 1)) if s.activity_id == activity_id]


def test_monthly_and_period_figures(database, yoga, room_id) -> None:
    p = yoga["participants"]
    zoe, ahmed, anil, mohamed = (p[n] for n in p)
    with database.transaction() as session:
        s = _sessions(session, yoga["activity_id"])  # Mondays 2, 9, 16, 23, 30 Nov; 7, 14, 21, 28 Dec
        save_attendance(session, s[0].session_id, [zoe, ahmed], anonymous_walk_ins=1)
        save_attendance(session, s[1].session_id, [zoe])
        cancel_session(session, s[2].session_id, "Docent ziek")
        save_attendance(session, s[3].session_id, [zoe, anil, mohamed])
        save_attendance(session, s[5].session_id, [zoe, ahmed])  # 7 Dec
        walk = add_walk_in(session, s[5].session_id, ParticipantInput("Ilse Nieuw"), TODAY)
        save_attendance(session, s[5].session_id, [zoe, ahmed, walk])
        other = create_activity(session, yoga_input(room_id, name="Computerles", weekdays=(1,), expected=0), TODAY)
        o = _sessions(session, other.id)
        save_attendance(session, o[0].session_id, [zoe, walk])  # 3 Nov

        figures = {(f.activity, f.month.month): f for f in monthly_figures(session, date(2026, 1, 1), date(2027, 1, 1))}
        nov, dec = figures[("Yoga", 11)], figures[("Yoga", 12)]
        assert (nov.sessions_held, nov.sessions_cancelled, nov.visits, nov.unique_participants) == (3, 1, 7, 4)
        assert (nov.new_participants, nov.anonymous_visits) == (4, 1)
        assert nov.average_attendance == 7 / 3 and nov.attendance_vs_expected == 7 / 3 / 4
        assert (dec.sessions_held, dec.visits, dec.unique_participants, dec.new_participants) == (1, 3, 3, 1)
        comp = figures[("Computerles", 11)]
        assert (comp.sessions_held, comp.visits, comp.new_participants, comp.attendance_vs_expected) == (1, 2, 2, None)
        assert [k for k in figures] == [("Computerles", 11), ("Yoga", 11), ("Yoga", 12)]

        total = period_figures(session, date(2026, 11, 1), date(2027, 1, 1))
        assert (total.sessions_held, total.visits, total.unique_participants) == (5, 12, 5)
        dec_only = period_figures(session, date(2026, 12, 1), date(2027, 1, 1))
        assert (dec_only.sessions_held, dec_only.visits, dec_only.unique_participants) == (1, 3, 3)


def test_follow_up_lists_regulars_who_missed_the_last_sessions(database, yoga) -> None:
    p = yoga["participants"]
    zoe, ahmed, anil, _mohamed = (p[n] for n in p)
    with database.transaction() as session:
        s = _sessions(session, yoga["activity_id"])
        save_attendance(session, s[0].session_id, [zoe, ahmed, anil])
        save_attendance(session, s[1].session_id, [zoe, anil])
        cancel_session(session, s[2].session_id, "Storm")  # a cancelled session is not a missed one
        for index in (3, 4, 5):
            save_attendance(session, s[index].session_id, [zoe] + ([anil] if index == 3 else []))
        found = follow_up_list(session, 3)
        # Ahmed missed 3 in a row after coming once; Anil only the last two; Mohamed never came: not a regular
        assert [(f.name, f.phone, f.last_seen) for f in found] == [("Ahmed Bakkali", "06-22222222", date(2026, 11, 2))]
        assert [f.name for f in follow_up_list(session, 2)] == ["Ahmed Bakkali", "अनिल शर्मा"]
        mark_called(session, yoga["activity_id"], ahmed, date(2026, 12, 8), "Was ziek, komt weer")
        assert follow_up_list(session, 3) == []
        mark_called(session, yoga["activity_id"], anil, date(2026, 11, 20), "eerder gebeld")
        assert [f.name for f in follow_up_list(session, 2)] == ["अनिल शर्मा"]  # called before these misses


def test_check_findings(database, yoga) -> None:
    from buurtzaak_desktop.db.models.activiteiten import Attendance, Registration
    from buurtzaak_desktop.services.activiteiten.check import findings

    with database.reading() as session:
        assert findings(session) == []
    zoe = yoga["participants"]["Zoë Şahin"]
    with database.transaction() as session:
        s = _sessions(session, yoga["activity_id"])
        cancel_session(session, s[0].session_id, "Storm")
        session.add(Attendance(session_id=s[0].session_id, participant_id=zoe))
        session.add(Registration(activity_id=yoga["activity_id"], participant_id=zoe, registered_on=TODAY))
    with database.reading() as session:
        found = findings(session)
    assert any("2 keer ingeschreven" in f for f in found)
    assert any("niet doorgegaan maar heeft aanwezigen" in f for f in found)
    assert not any("Zoë" in f for f in found)  # ids, never names


def test_check_finds_times_seasons_and_places_that_do_not_fit(database, yoga) -> None:
    """The other findings of ``activiteiten``, from rows changed behind the services' back (four registered)."""
    from sqlalchemy import text

    from buurtzaak_desktop.services.check import run_checks

    activity = yoga["activity_id"]
    with database.transaction() as session:
        session.execute(
            text("UPDATE activity SET end_time = start_time, season_end = '2026-10-31', capacity = 3 WHERE id = :id"),
            {"id": activity},
        )
    assert run_checks(database, ["activiteiten"])["activiteiten"] == [
        f"Activiteit {activity}: de eindtijd ligt niet na de begintijd.",
        f"Activiteit {activity}: het seizoen eindigt voordat het begint.",
        f"Activiteit {activity}: 4 ingeschreven bij 3 plaatsen.",
    ]


def test_no_walk_in_at_a_session_that_was_not_held(database, yoga) -> None:
    """Found by tests/test_stateful.py: an activity whose session the rooster refused (07:00, before opening), then
    a walk-in at that session gave a cancelled session with someone present ("niet doorgegaan maar heeft
    aanwezigen"). A walk-in is refused there, as ticking names is."""
    import pytest

    from buurtzaak_desktop.domain.errors import InputError
    from buurtzaak_desktop.services.activiteiten.participants import find_participants
    from buurtzaak_desktop.services.check import run_checks

    with database.transaction() as session:
        s = _sessions(session, yoga["activity_id"])
        cancel_session(session, s[0].session_id, "Storm")
    with pytest.raises(InputError, match="niet doorgegaan"), database.transaction() as session:
        add_walk_in(session, s[0].session_id, ParticipantInput("Ilse Nieuw"), TODAY)
    with database.reading() as session:
        assert find_participants(session, "Ilse") == []  # nothing saved
    assert run_checks(database, ["activiteiten"])["activiteiten"] == []
