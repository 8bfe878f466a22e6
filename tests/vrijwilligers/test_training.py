"""Trainings: the maximum with a waiting list, moving up, attendance and the certificate rule."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.settings import SettingsService
from buurtzaak_desktop.services.vrijwilligers.certificates import bhv_holders
from buurtzaak_desktop.services.vrijwilligers.training import (
    SessionPlan,
    create_course,
    enrol,
    list_courses,
    participants,
    record_attendance,
    sessions_of,
    settle_certificates,
    withdraw,
)

START = date(2026, 9, 7)
NOW = datetime(2026, 8, 1, 10, 0)


def basic_course(vdb, maximum: int = 12, certificate: str | None = None) -> int:
    plans = [
        SessionPlan(START + timedelta(weeks=n), time(9, 30), time(12, 30), f"Bijeenkomst {n + 1}") for n in range(8)
    ]
    return create_course(vdb, "Basistraining", maximum, plans, certificate)


def test_thirteenth_goes_on_the_waiting_list_and_moves_up(vdb, add_volunteer) -> None:
    course = basic_course(vdb)
    people = [add_volunteer(f"Deelnemer {n:02d}") for n in range(14)]
    waiting = [enrol(vdb, course, person, NOW + timedelta(minutes=n)) for n, person in enumerate(people)]
    assert waiting == [False] * 12 + [True, True]
    (row,) = list_courses(vdb, START)
    assert (row.enrolled, row.waiting, row.sessions) == (12, 2, 8)
    with pytest.raises(RuleViolation, match="Deelnemer 00 staat al ingeschreven voor Basistraining"):
        enrol(vdb, course, people[0], NOW)
    assert withdraw(vdb, course, people[3]) == people[12]  # the first on the waiting list
    (row,) = list_courses(vdb, START)
    assert (row.enrolled, row.waiting) == (12, 1)


def test_certificate_for_at_most_two_missed_sessions(vdb, add_volunteer) -> None:
    course = basic_course(vdb, certificate="BHV")
    two = add_volunteer("Mist Twee")
    three = add_volunteer("Mist Drie")
    for person in (two, three):
        enrol(vdb, course, person, NOW)
    for number, meeting in enumerate(sessions_of(vdb, course)):
        present = {two, three}
        if number < 2:
            present.discard(two)
        if number < 3:
            present.discard(three)
        assert meeting.id is not None
        record_attendance(vdb, meeting.id, present)
    end = START + timedelta(weeks=7)
    with pytest.raises(RuleViolation, match="nog niet afgerond"):
        settle_certificates(vdb, course, end - timedelta(days=1))
    assert settle_certificates(vdb, course, end) == [two]
    rows = {
        row.name: (row.attended, row.missed, row.certified_on)
        for row in participants(vdb, course, end + timedelta(days=1))
    }
    assert rows == {"Mist Twee": (6, 2, end), "Mist Drie": (5, 3, None)}
    assert [holder.name for holder in bhv_holders(vdb, end)] == ["Mist Twee"]  # the course grants its certificate
    SettingsService(vdb).set("training_max_missed_sessions", 3)
    assert settle_certificates(vdb, course, end) == [three]
