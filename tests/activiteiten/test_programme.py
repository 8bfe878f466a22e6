"""Sessions come from the activity's days and season, and are freed when it pauses or ends."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from buurtzaak_desktop.db.models.activiteiten import ActivitySession
from buurtzaak_desktop.domain.activiteiten.names import search_key
from buurtzaak_desktop.domain.activiteiten.recurrence import occurrences, parse_weekdays
from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.services.activiteiten.participants import (
    ParticipantInput,
    ParticipantService,
    find_participants,
    leave,
    register,
)
from buurtzaak_desktop.services.activiteiten.programme import (
    ENDED,
    PAUSED,
    ActivityInput,
    ProgrammeService,
    set_status,
)
from buurtzaak_desktop.services.activiteiten.sessions import save_attendance, week_sessions

from .conftest import TODAY, yoga_input


def session_days(database, activity_id: int) -> list[date]:
    with database.reading() as session:
        rows = session.execute(select(ActivitySession.day).where(ActivitySession.activity_id == activity_id))
        return sorted(rows.scalars())


def test_occurrences_weekly_biweekly_monthly_and_daily() -> None:
    assert occurrences((0, 3), "wekelijks", date(2026, 11, 2), date(2026, 11, 12)) == [
        date(2026, 11, 2),
        date(2026, 11, 5),
        date(2026, 11, 9),
        date(2026, 11, 12),
    ]
    assert occurrences((0,), "tweewekelijks", date(2026, 11, 2), date(2026, 11, 30)) == [
        date(2026, 11, 2),
        date(2026, 11, 16),
        date(2026, 11, 30),
    ]
    assert occurrences((4,), "maandelijks", date(2026, 11, 1), date(2027, 1, 31)) == [
        date(2026, 11, 6),
        date(2026, 12, 4),
        date(2027, 1, 1),
    ]
    assert parse_weekdays("dagelijks") == (0, 1, 2, 3, 4)
    assert parse_weekdays("ma en Donderdag") == (0, 3)
    with pytest.raises(InputError):
        parse_weekdays("maandagavond")


def test_sessions_are_generated_with_the_activity_and_follow_a_change(database, room_id) -> None:
    service = ProgrammeService(database)
    activity_id = service.create(yoga_input(room_id), TODAY)
    days = session_days(database, activity_id)
    assert len(days) == 9 and days[0] == date(2026, 11, 2) and days[-1] == date(2026, 12, 28)
    with database.reading() as session:
        rows = session.execute(select(ActivitySession).where(ActivitySession.activity_id == activity_id)).scalars()
        rows = list(rows)
        assert {(r.room_id, r.start_time) for r in rows} == {(room_id, time(10))}
        # the room is booked from today on; the past is history and is not booked afterwards
        assert [r.day for r in rows if r.booking_id is not None] == [d for d in days if d >= TODAY]
    # Moving the activity to Thursday moves the sessions from today on; the past stays.
    service.update(activity_id, yoga_input(room_id, weekdays=(3,)), TODAY)
    days = session_days(database, activity_id)
    assert [d for d in days if d < TODAY] == [
        date(2026, 11, 2),
        date(2026, 11, 9),
        date(2026, 11, 16),
        date(2026, 11, 23),
    ]
    assert [d for d in days if d >= TODAY] == [
        date(2026, 11, 26),
        date(2026, 12, 3),
        date(2026, 12, 10),
        date(2026, 12, 17),
        date(2026, 12, 24),
    ]


def test_pause_and_end_free_future_sessions_but_keep_history(database, yoga) -> None:
    activity_id = yoga["activity_id"]
    with database.transaction() as session:
        past = next(iter(week_sessions(session, date(2026, 11, 23))))
        save_attendance(session, past.session_id, list(yoga["participants"].values())[:2])
        freed = set_status(session, activity_id, PAUSED, TODAY)
    assert freed == 5  # 30 Nov .. 28 Dec
    assert session_days(database, activity_id)[-1] == date(2026, 11, 23)
    with database.transaction() as session:
        assert set_status(session, activity_id, "actief", TODAY) == 5
        set_status(session, activity_id, ENDED, date(2026, 11, 20))
    # ending from 20 Nov frees the 23 Nov session? no: it holds attendance, so it stays
    assert session_days(database, activity_id)[-1] == date(2026, 11, 23)
    with pytest.raises(RuleViolation), database.transaction() as session:
        set_status(session, activity_id, "actief", TODAY)


def test_bad_activity_input_is_refused_in_dutch() -> None:
    data = yoga_input(None, end_time=time(9, 0))
    with pytest.raises(InputError, match="eindtijd 09:00 ligt niet na de begintijd 10:00"):
        data.check()
    with pytest.raises(InputError, match="frequentie"):
        ActivityInput(**{**yoga_input(None).__dict__, "frequency": "soms"}).check()


def test_accent_insensitive_search(database, yoga) -> None:
    assert search_key("Zoë Şahin") == "zoe sahin"
    with database.reading() as session:
        assert [p.name for p in find_participants(session, "zoe")] == ["Zoë Şahin"]
        assert [p.name for p in find_participants(session, "SAH zo")] == ["Zoë Şahin"]
        assert find_participants(session, "bakk")[0].name == "Ahmed Bakkali"
        assert find_participants(session, "xyz") == []


def test_waiting_list_and_a_freed_place_goes_to_the_first(database, room_id) -> None:
    people = ParticipantService(database)
    with database.transaction() as session:
        from buurtzaak_desktop.services.activiteiten.programme import create_activity

        activity_id = create_activity(session, yoga_input(room_id, capacity=1), TODAY).id or 0
    a, b, c = (people.add(ParticipantInput(name), TODAY) for name in ("Anna", "Bram", "Cem"))
    assert people.register(activity_id, a, TODAY) == "ingeschreven"
    assert people.register(activity_id, b, TODAY) == "wachtlijst"
    assert people.register(activity_id, c, TODAY) == "wachtlijst"
    with pytest.raises(RuleViolation, match="Anna staat al bij Yoga"):
        people.register(activity_id, a, TODAY)
    rows = people.registrations(activity_id)
    assert [(r.name, r.status, r.waiting_position) for r in rows] == [
        ("Anna", "ingeschreven", None),
        ("Bram", "wachtlijst", 1),
        ("Cem", "wachtlijst", 2),
    ]
    assert people.leave(rows[0].registration_id, TODAY) == b
    rows = people.registrations(activity_id)
    assert [(r.name, r.status, r.to_call) for r in rows] == [
        ("Bram", "ingeschreven", True),
        ("Cem", "wachtlijst", False),
    ]


def test_registration_is_per_activity_and_shows_on_every_session_until_they_leave(database, yoga) -> None:
    from buurtzaak_desktop.services.activiteiten.sessions import sheet

    zoe = yoga["participants"]["Zoë Şahin"]
    with database.transaction() as session:
        weeks = [week_sessions(session, date(2026, 11, 2 + 7 * i))[0] for i in range(4)]
        assert all(zoe in {r.participant_id for r in sheet(session, s.session_id)} for s in weeks)
        from buurtzaak_desktop.services.activiteiten.participants import registrations

        reg = next(r for r in registrations(session, yoga["activity_id"]) if r.participant_id == zoe)
        leave(session, reg.registration_id, date(2026, 11, 12))
        on_list = [zoe in {r.participant_id for r in sheet(session, s.session_id)} for s in weeks]
    assert on_list == [True, True, False, False]
    with database.transaction() as session:
        register(session, yoga["activity_id"], zoe, date(2026, 11, 20))
        assert zoe in {r.participant_id for r in sheet(session, weeks[3].session_id)}
