"""The shift clash, archiving and anonymisation after the retention period (totals kept), and the check."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlmodel import select

from buurtzaak_desktop.db.models.vrijwilligers import PopTalk, Volunteer, VolunteerCertificate
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers import startup
from buurtzaak_desktop.services.vrijwilligers.certificates import add_certificate
from buurtzaak_desktop.services.vrijwilligers.hours import (
    handgeld_actuals,
    hours_by_month,
    hours_value,
    log_hours,
    pay_handgeld,
)
from buurtzaak_desktop.services.vrijwilligers.pop import plan_talk
from buurtzaak_desktop.services.vrijwilligers.privacy import anonymise_due
from buurtzaak_desktop.services.vrijwilligers.shifts import assign, create_shift, week_shifts
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers, set_status

from .conftest import TODAY


def test_two_overlapping_shifts_are_refused_with_the_clash_named(vdb, add_volunteer) -> None:
    person = add_volunteer("Naïma El Amrani", ("receptie", "keukenhulp"))
    add_certificate(vdb, person, "Hygiëne", None)
    receptie = create_shift(vdb, "receptie", 2, time(9), time(13))
    keuken = create_shift(vdb, "keukenhulp", 2, time(12), time(15))
    afternoon = create_shift(vdb, "receptie", 2, time(13), time(17))
    thursday = create_shift(vdb, "keukenhulp", 3, time(12), time(15))
    assign(vdb, receptie, person, TODAY)
    with pytest.raises(RuleViolation) as clash:
        assign(vdb, keuken, person, TODAY)
    assert clash.value.message == (
        "Naïma El Amrani staat al op de dienst receptie woensdag 09:00–13:00, die overlapt met deze dienst."
    )
    assign(vdb, afternoon, person, TODAY)  # 13:00 follows 13:00 without overlap
    assign(vdb, thursday, person, TODAY)
    with pytest.raises(RuleViolation, match="staat al op de dienst receptie woensdag 13:00–17:00"):
        assign(vdb, afternoon, person, TODAY)
    assert [len(row.volunteers) for row in week_shifts(vdb)] == [1, 0, 1, 1]


def test_paused_volunteer_cannot_be_scheduled(vdb, add_volunteer) -> None:
    person = add_volunteer("Mounir Kaya", ("receptie",))
    set_status(vdb, person, "pauze", TODAY)
    shift = create_shift(vdb, "receptie", 0, time(9), time(13))
    with pytest.raises(RuleViolation, match="Mounir Kaya is niet actief"):
        assign(vdb, shift, person, TODAY)


def test_anonymisation_after_retention_keeps_the_totals(vdb, add_volunteer) -> None:
    old = add_volunteer("Grażyna Kowalski", ("receptie",), "ma-ochtend", ("pools",), email="g@example.org")
    recent = add_volunteer("Şükrü Öztürk", ("receptie",))
    for person in (old, recent):
        log_hours(vdb, person, date(2023, 5, 2), 240, "receptie")
        pay_handgeld(vdb, person, date(2023, 5, 1), 25000)
    add_certificate(vdb, old, "VOG", date(2025, 1, 1))
    plan_talk(vdb, old, date(2023, 6, 1))
    shift = create_shift(vdb, "receptie", 0, time(9), time(13))
    assign(vdb, shift, old, date(2023, 5, 1))
    set_status(vdb, old, "gestopt", date(2024, 11, 24))  # two years and a day before TODAY
    set_status(vdb, recent, "gestopt", date(2024, 11, 25))  # exactly two years: not yet
    before = (hours_by_month(vdb, 2023), hours_value(vdb, 2023), handgeld_actuals(vdb, 2023))
    assert week_shifts(vdb)[0].volunteers == ()  # stopping took the volunteer off the shift

    assert anonymise_due(vdb, TODAY) == 1
    assert anonymise_due(vdb, TODAY) == 0
    assert (hours_by_month(vdb, 2023), hours_value(vdb, 2023), handgeld_actuals(vdb, 2023)) == before
    with vdb.reading() as session:
        row = session.get(Volunteer, old)
        assert row is not None
        assert (row.name, row.email, row.languages, row.availability) == (f"Oud-vrijwilliger {old}", "", "", 0)
        assert session.exec(select(VolunteerCertificate).where(VolunteerCertificate.volunteer_id == old)).all() == []
        assert session.exec(select(PopTalk)).all() == []
        assert session.get(Volunteer, recent).name == "Şükrü Öztürk"  # type: ignore[union-attr]
    archived = list_volunteers(vdb, VolunteerFilter(include_archived=True))
    assert {row.name for row in archived} == {f"Oud-vrijwilliger {old}", "Şükrü Öztürk"}
    assert run_check(vdb) == []


def test_startup_task_creates_reference_data_and_reports_anonymisation(context: AppContext) -> None:
    assert startup.run(context) == []
    from buurtzaak_desktop.services.vrijwilligers.reference import role_names

    assert "receptie" in role_names(context.database)


def test_check_reports_a_stopped_volunteer_left_unarchived(vdb, add_volunteer) -> None:
    person = add_volunteer("Zoë Visser")
    with vdb.transaction() as session:
        row = session.get(Volunteer, person)
        assert row is not None
        row.status = "gestopt"
    assert run_check(vdb) == [f"Vrijwilliger {person} is gestopt maar niet gearchiveerd."]
