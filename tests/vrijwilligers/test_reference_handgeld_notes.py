"""Roles and certificate types added by the coordinator, handgeld entered per month, POP notes behind a PIN."""

from __future__ import annotations

from datetime import date, time

import pytest

from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.services.vrijwilligers.budget import budget_actual_cents
from buurtzaak_desktop.services.vrijwilligers.certificates import add_certificate
from buurtzaak_desktop.services.vrijwilligers.hours import (
    handgeld_categories,
    handgeld_payments,
    pay_handgeld,
    remove_handgeld,
)
from buurtzaak_desktop.services.vrijwilligers.pop import (
    has_coordinator_pin,
    hold_talk,
    list_talks,
    read_notes,
    set_coordinator_pin,
)
from buurtzaak_desktop.services.vrijwilligers.reference import (
    list_certificate_types,
    list_roles,
    save_certificate_type,
    save_role,
)
from buurtzaak_desktop.services.vrijwilligers.shifts import assign, create_shift
from buurtzaak_desktop.services.vrijwilligers.training import weekly_plans

from .conftest import TODAY


def test_a_new_certificate_type_and_role_requiring_it_refuse_a_volunteer_without_it(vdb, add_volunteer) -> None:
    save_certificate_type(vdb, "Rijbewijs B", "voor de buurtbus", 10)
    role = save_role(vdb, "chauffeur", ["Rijbewijs B", "VOG"])
    assert ("chauffeur", ("Rijbewijs B", "VOG")) in [(row.name, row.certificates) for row in list_roles(vdb)]
    assert ("Rijbewijs B", 10) in [(row.name, row.valid_years) for row in list_certificate_types(vdb)]
    person = add_volunteer("Kees de Vries", ("chauffeur",))
    add_certificate(vdb, person, "VOG", date(2028, 1, 1))
    shift = create_shift(vdb, "chauffeur", 3, time(9), time(12))
    with pytest.raises(RuleViolation, match="Rijbewijs B ontbreekt"):
        assign(vdb, shift, person, TODAY)
    save_role(vdb, "chauffeur", ["VOG"], role)  # the coordinator drops the requirement
    assert assign(vdb, shift, person, TODAY) == []


def test_role_and_certificate_names_are_unique_and_not_empty(vdb) -> None:
    with pytest.raises(RuleViolation, match="'receptie' bestaat al"):
        save_role(vdb, " Receptie ", [])
    with pytest.raises(RuleViolation, match="'VOG' bestaat al"):
        save_certificate_type(vdb, "vog")
    with pytest.raises(InputError):
        save_role(vdb, "  ", [])
    with pytest.raises(InputError, match="Onbekend certificaat"):
        save_role(vdb, "nachtwacht", ["Zwemdiploma"])
    assert "nachtwacht" not in [row.name for row in list_roles(vdb)]  # nothing half-written


def test_handgeld_entered_per_month_feeds_the_begroting_and_refuses_a_double(vdb, add_volunteer) -> None:
    person = add_volunteer("Fatima Bakkali")
    first = pay_handgeld(vdb, person, date(2026, 3, 17), 25000)
    pay_handgeld(vdb, person, date(2026, 3, 1), 1250, " Reiskosten ")
    with pytest.raises(RuleViolation, match="voor 03-2026 al vrijwilligersvergoeding betaald"):
        pay_handgeld(vdb, person, date(2026, 3, 31), 25000)
    rows = handgeld_payments(vdb, 2026)
    assert [(row.month, row.category, row.amount_cents) for row in rows] == [
        (date(2026, 3, 1), "reiskosten", 1250),
        (date(2026, 3, 1), "vrijwilligersvergoeding", 25000),
    ]
    assert handgeld_categories(vdb) == ["reiskosten", "vrijwilligersvergoeding"]
    with vdb.reading() as session:
        assert budget_actual_cents(session, 2026) == 26250
    remove_handgeld(vdb, first)
    with vdb.reading() as session:
        assert budget_actual_cents(session, 2026) == 1250


def test_pop_notes_are_only_read_back_with_the_coordinators_pin(vdb, add_volunteer) -> None:
    person = add_volunteer("Ilse Jansen")
    talk = hold_talk(vdb, person, date(2026, 10, 1), "Wil graag de basistraining doen.")
    rows = list_talks(vdb, TODAY)
    assert [(row.id, row.name, row.has_note) for row in rows] == [(talk, "Ilse Jansen", True)]
    assert "basistraining" not in repr(rows)  # the list itself never carries the note
    assert not has_coordinator_pin(vdb)
    with pytest.raises(RuleViolation):
        read_notes(vdb, "1234", [talk])  # no PIN set yet: nobody reads notes
    set_coordinator_pin(vdb, "471100")
    with pytest.raises(RuleViolation):
        read_notes(vdb, "0000", [talk])
    assert read_notes(vdb, "471100", [talk]) == {talk: "Wil graag de basistraining doen."}
    with pytest.raises(RuleViolation):
        set_coordinator_pin(vdb, "999999", "000000")  # changing it needs the current one


def test_weekly_plans_make_the_basic_course() -> None:
    plans = weekly_plans(date(2026, 1, 5), 8, time(9, 30), time(12, 30), ["Introductie"])
    assert len(plans) == 8 and plans[-1].day == date(2026, 2, 23)
    assert plans[0].topic == "Introductie" and plans[1].topic == ""
    with pytest.raises(InputError):
        weekly_plans(date(2026, 1, 5), 0, time(9), time(12))
