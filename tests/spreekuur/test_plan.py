"""The contract phase: a plan van aanpak with its hulpvragen in order and its agreements (wie doet wat, wanneer)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from buurtzaak_desktop.db.models.spreekuur import SpreekuurTraject
from buurtzaak_desktop.db.models.spreekuur_method import SpreekuurAgreement, SpreekuurPlanNeed
from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.services.spreekuur.audit import audit_lines
from buurtzaak_desktop.services.spreekuur.plan import (
    AgreementInput,
    add_agreement,
    add_need,
    agreements_due,
    agreements_this_week,
    edit_need,
    move_need,
    plan_of,
    remove_need,
    set_agreement_status,
    trajecten_of,
    update_agreement,
)
from buurtzaak_desktop.services.spreekuur.trajecten import advance_phase, close_traject, open_traject

DAY = date(2026, 11, 25)


@pytest.fixture
def traject(database, zoe) -> int:
    return open_traject(database, zoe, DAY, "Henk")


def phase(database, traject_id: int) -> tuple[str, date]:
    with database.reading() as session:
        row = session.get(SpreekuurTraject, traject_id)
        return row.phase, row.phase_since


def test_needs_keep_the_agreed_order_and_move_with_steps(database, traject):
    ids = [add_need(database, traject, text, DAY, "Henk") for text in ("Schulden", "Huur", "Taalles")]
    assert [n.text for n in plan_of(database, traject, "Henk").needs] == ["Schulden", "Huur", "Taalles"]
    assert move_need(database, ids[2], -1, "Henk") == 2
    move_need(database, ids[2], -1, "Henk")
    move_need(database, ids[2], -1, "Henk")  # already first: stays first
    assert [n.text for n in plan_of(database, traject, "Henk").needs] == ["Taalles", "Schulden", "Huur"]
    move_need(database, ids[0], +1, "Henk")
    edit_need(database, ids[1], "  Huurachterstand  ", "Henk")
    remove_need(database, ids[2], "Henk")
    needs = plan_of(database, traject, "Henk").needs
    assert [(n.position, n.text) for n in needs] == [(1, "Huurachterstand"), (2, "Schulden")]


def test_the_first_part_of_the_plan_moves_the_traject_to_the_contract_phase(database, traject):
    assert phase(database, traject) == ("orientatie", DAY)
    add_need(database, traject, "Schulden", date(2026, 11, 30), "Henk")
    assert phase(database, traject) == ("contract", date(2026, 11, 30))
    add_agreement(
        database, traject, AgreementInput("deelnemer", "Brieven meenemen", date(2026, 12, 8)), date(2026, 12, 1), "Henk"
    )
    assert phase(database, traject) == ("contract", date(2026, 11, 30))  # already there: no new date
    advance_phase(database, traject, date(2026, 12, 2), "Henk")
    add_need(database, traject, "Huur", date(2026, 12, 3), "Henk")
    assert phase(database, traject) == ("oplossing", date(2026, 12, 2))  # phases never go back


def test_agreements_say_who_does_what_when(database, traject, partners):
    sezo = partners["SEZO"]
    first = add_agreement(database, traject, AgreementInput("partner", "Intake schuldhulp", DAY, sezo), DAY, "Henk")
    add_agreement(database, traject, AgreementInput("vertrouwenspersoon", "Meebellen", date(2026, 12, 10)), DAY, "Henk")
    rows = plan_of(database, traject, "Henk").agreements
    assert [(a.who, a.partner, a.what, a.due_on, a.status) for a in rows] == [
        ("partner", "SEZO", "Intake schuldhulp", DAY, "open"),
        ("vertrouwenspersoon", "", "Meebellen", date(2026, 12, 10), "open"),
    ]
    update_agreement(database, first, AgreementInput("deelnemer", "Zelf bellen", date(2026, 12, 1), sezo), "Henk")
    set_agreement_status(database, first, "gedaan", date(2026, 12, 1), "Henk")
    row = plan_of(database, traject, "Henk").agreements[0]
    assert (row.who, row.partner_id, row.what, row.status) == ("deelnemer", None, "Zelf bellen", "gedaan")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (AgreementInput("partner", "Intake", DAY), "organisatie"),
        (AgreementInput("buurman", "Intake", DAY), "wie"),
        (AgreementInput("deelnemer", "   ", DAY), "wat"),
        (AgreementInput("deelnemer", "x" * 301, DAY), "wat"),
        (AgreementInput("deelnemer", "Intake", None), "wanneer"),
        (AgreementInput("deelnemer", "Intake", date(2026, 1, 1)), "wanneer"),
    ],
)
def test_a_wrong_agreement_is_refused_and_nothing_is_written(database, traject, data, field):
    with pytest.raises(InputError) as refused:
        add_agreement(database, traject, data, DAY, "Henk")
    assert refused.value.field == field
    with database.reading() as session:
        assert session.exec(select(SpreekuurAgreement)).all() == []
    assert phase(database, traject)[0] == "orientatie"


def test_a_closed_traject_keeps_its_plan_as_it_was(database, traject):
    need = add_need(database, traject, "Schulden", DAY, "Henk")
    close_traject(database, traject, date(2026, 12, 1), "opgelost", "Henk")
    for write in (
        lambda: add_need(database, traject, "Huur", DAY, "Henk"),
        lambda: move_need(database, need, 1, "Henk"),
        lambda: add_agreement(database, traject, AgreementInput("deelnemer", "Bellen", DAY), DAY, "Henk"),
    ):
        with pytest.raises(RuleViolation):
            write()
    assert plan_of(database, traject, "Henk").closed


def test_due_and_overdue_agreements_of_running_trajecten_only(database, zoe, traject):
    other = open_traject(database, zoe, DAY, "Henk")
    today = date(2026, 12, 3)  # a Thursday
    for what, due in (("Te laat", date(2026, 12, 1)), ("Vandaag", today), ("Zondag", date(2026, 12, 6))):
        add_agreement(database, traject, AgreementInput("deelnemer", what, due), DAY, "Henk")
    add_agreement(database, traject, AgreementInput("deelnemer", "Volgende week", date(2026, 12, 7)), DAY, "Henk")
    done = add_agreement(database, traject, AgreementInput("deelnemer", "Al gedaan", date(2026, 11, 30)), DAY, "Henk")
    set_agreement_status(database, done, "gedaan", today, "Henk")
    add_agreement(database, other, AgreementInput("deelnemer", "Afgesloten", date(2026, 12, 1)), DAY, "Henk")
    close_traject(database, other, today, "gestopt", "Henk")
    assert [a.what for a in agreements_due(database, today)] == ["Te laat", "Vandaag"]
    week = agreements_this_week(database, today)
    assert [(a.what, a.overdue(today), a.resident_name) for a in week] == [
        ("Te laat", True, "Zoë Şahin"),
        ("Vandaag", False, "Zoë Şahin"),
        ("Zondag", False, "Zoë Şahin"),
    ]


def test_reading_and_writing_the_plan_is_audited_without_its_text(database, zoe, traject):
    before = len(audit_lines(database, zoe))
    add_need(database, traject, "Geheime hulpvraag", DAY, "Henk")
    plan_of(database, traject, "Fatma")
    plan_of(database, traject, "Fatma", reopened=True)
    lines = audit_lines(database, zoe)[: len(audit_lines(database, zoe)) - before]
    assert [(line.actor, line.action) for line in lines] == [("Fatma", "geopend"), ("Henk", "gewijzigd")]
    assert all("Geheime" not in line.detail for line in audit_lines(database, zoe))


def test_the_dossier_lists_the_residents_trajecten_open_ones_first(database, zoe, traject):
    later = open_traject(database, zoe, date(2026, 11, 28), "Henk")
    close_traject(database, later, date(2026, 12, 1), "opgelost", "Henk")
    third = open_traject(database, zoe, date(2026, 11, 20), "Henk")
    assert [t.id for t in trajecten_of(database, zoe)] == [traject, third, later]
    with database.reading() as session:
        assert session.exec(select(SpreekuurPlanNeed)).all() == []
