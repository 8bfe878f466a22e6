"""Welzijn op Recept's services: referral, intake, arrangement through Activiteiten' registration (waiting list
included), bondgenoot with role, training and a maximum, follow-up and outcome, the year's figures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.services.activiteiten.participants import ParticipantService
from buurtzaak_desktop.services.welzijn import followup, participants, reference
from buurtzaak_desktop.services.welzijn.figures import year_figures
from buurtzaak_desktop.services.welzijn.reference import WorSettings

from .conftest import NAME, TODAY, refer_new


def test_referral_intake_arrangement_and_activity_registration(database, world, zoe):
    status = participants.choose_arrangement(
        database, zoe, "bewegen_met_plezier", world.yoga, date(2026, 11, 9), actor="Coach"
    )
    assert status == "ingeschreven"
    [row] = ParticipantService(database).registrations(world.yoga)
    assert (row.name, row.status) == (NAME, "ingeschreven")  # through Activiteiten' own service
    [listed] = participants.list_participants(database, 2026)
    assert (listed.name, listed.referrer_kind, listed.arrangement, listed.activity) == (
        NAME,
        "huisarts",
        "bewegen_met_plezier",
        "Yoga",
    )
    assert listed.registration_status == "ingeschreven" and listed.started_on == date(2026, 11, 9)
    weeks = [(week, planned) for _, week, planned, _ in followup.contacts_of(database, zoe)]
    assert weeks == [(2, date(2026, 11, 23)), (6, date(2026, 12, 21)), (12, date(2027, 2, 1))]
    record = participants.open_participant(database, zoe, actor="Coach")
    assert record.notes.interests == "Tuinieren en breien"


def test_an_activity_outside_the_arrangement_or_before_the_intake_is_refused(database, world, zoe):
    with pytest.raises(RuleViolation, match="hoort niet bij het gekozen arrangement"):
        participants.choose_arrangement(database, zoe, "bewegen_met_plezier", world.kook, TODAY, actor="Coach")
    other = refer_new(database, world, "Ahmed Bakkali", "06-22222222")
    with pytest.raises(RuleViolation, match="intakegesprek"):
        participants.choose_arrangement(database, other, "bewegen_met_plezier", world.yoga, TODAY, actor="Coach")


def test_a_full_activity_puts_the_participant_on_its_waiting_list(database, world, zoe):
    people = [refer_new(database, world, f"Deelnemer {n}", f"06-3333333{n}") for n in range(3)]
    for person in people:
        participants.record_intake(database, person, participants.IntakeNotes(), TODAY, actor="Coach")
    statuses = [
        participants.choose_arrangement(database, p, "smakelijke_ontmoetingen", world.kook, TODAY, actor="Coach")
        for p in people
    ]
    assert statuses == ["ingeschreven", "ingeschreven", "wachtlijst"]
    waiting = [r for r in participants.list_participants(database) if r.registration_status == "wachtlijst"]
    assert [r.name for r in waiting] == ["Deelnemer 2"]


def test_changing_the_activity_leaves_the_first_one(database, world, zoe):
    participants.choose_arrangement(database, zoe, "bewegen_met_plezier", world.yoga, TODAY, actor="Coach")
    participants.choose_arrangement(database, zoe, "smakelijke_ontmoetingen", world.kook, TODAY, actor="Coach")
    assert ParticipantService(database).registrations(world.yoga) == []
    assert [r.name for r in ParticipantService(database).registrations(world.kook)] == [NAME]
    assert len(followup.contacts_of(database, zoe)) == 3  # the follow-up started once


def test_bondgenoot_needs_role_training_and_room(database, world, zoe):
    with pytest.raises(RuleViolation, match="Piet Nieuw kan geen bondgenoot zijn"):
        participants.assign_bondgenoot(database, zoe, world.untrained, TODAY, actor="Coach")
    wim = world.bondgenoten[0]
    participants.assign_bondgenoot(database, zoe, wim, TODAY, actor="Coach")
    others = [refer_new(database, world, f"Deelnemer {n}", f"06-4444444{n}") for n in range(3)]
    participants.assign_bondgenoot(database, others[0], wim, TODAY, actor="Coach")
    participants.assign_bondgenoot(database, others[1], wim, TODAY, actor="Coach")
    with pytest.raises(RuleViolation) as refused:
        participants.assign_bondgenoot(database, others[2], wim, TODAY, actor="Coach")
    assert refused.value.message == "Wim Jansen begeleidt al 3 deelnemers, het maximum per bondgenoot; kies een ander."
    choices = {c.name: (c.participants, c.full) for c in participants.bondgenoot_choices(database, TODAY)}
    assert choices == {"Lies de Boer": (0, False), "Wim Jansen": (3, True)}
    settings = reference.read_settings(database)
    reference.save_settings(database, WorSettings(settings.weeks, 4, 50, 40))
    participants.assign_bondgenoot(database, others[2], wim, TODAY, actor="Coach")  # the maximum is a setting


def test_follow_up_list_done_and_outcome(database, world, zoe):
    participants.choose_arrangement(database, zoe, "bewegen_met_plezier", world.yoga, date(2026, 9, 1), actor="C")
    due = followup.follow_ups(database, TODAY)
    assert [(r.week, r.due_on, r.overdue) for r in due] == [
        (2, date(2026, 9, 15), True),
        (6, date(2026, 10, 13), True),
        (12, date(2026, 11, 24), True),
        (0, date(2026, 12, 1), True),  # three months (13 weeks) after the start: the outcome is due
    ]
    assert [r.week for r in due] == [2, 6, 12, 0]
    assert due[-1].contact_id is None and due[-1].due_on == date(2026, 9, 1) + timedelta(weeks=13)
    followup.mark_contact_done(database, due[0].contact_id or 0, date(2026, 9, 16), actor="C")
    with pytest.raises(RuleViolation, match="al afgevinkt"):
        followup.mark_contact_done(database, due[0].contact_id or 0, TODAY, actor="C")
    assert [r.week for r in followup.follow_ups(database, TODAY)] == [6, 12, 0]
    with pytest.raises(InputError, match="waarom"):
        followup.record_outcome(database, zoe, "gestopt", TODAY, actor="C")
    followup.record_outcome(database, zoe, "structureel", TODAY, actor="C")
    assert followup.follow_ups(database, TODAY) == []  # a closed match has nothing due


def test_stopping_needs_a_reason_from_the_list_and_is_counted(database, world, zoe):
    followup.record_outcome(database, zoe, "gestopt", TODAY, actor="C", stop_reason="verhuisd")
    figures = year_figures(database, 2026)
    assert (figures.participants, figures.stopped, figures.structural) == (1, 1, 0)
    assert figures.stop_reasons == {"verhuisd": 1} and figures.per_referrer_kind == {"huisarts": 1}


def test_year_figures_against_the_targets(database, world, zoe):
    participants.choose_arrangement(database, zoe, "bewegen_met_plezier", world.yoga, date(2026, 9, 1), actor="C")
    followup.record_outcome(database, zoe, "vrijwilliger", TODAY, actor="C")
    refer_new(database, world, "Ahmed Bakkali", "06-22222222")
    figures = year_figures(database, 2026)
    assert (figures.participants, figures.structural, figures.volunteers, figures.running) == (2, 1, 1, 1)
    assert (figures.target_participants, figures.target_structural) == (50, 40)
    assert figures.per_arrangement == {"bewegen_met_plezier": 1, "": 1}
    assert year_figures(database, 2026, until=date(2026, 11, 30)).structural == 0  # not known yet at November's end


def test_referrers_are_a_list_with_kinds(database, world):
    with pytest.raises(RuleViolation, match="al een verwijzer"):
        reference.save_referrer(database, "Fysio West", "huisarts")
    with pytest.raises(InputError):
        reference.save_referrer(database, "Tandarts", "tandarts")
    assert [(r.name, r.kind) for r in reference.list_referrers(database)] == [
        ("Fysio West", "fysiotherapeut"),
        ("Huisartsenpraktijk Slotervaart", "huisarts"),
    ]


def test_a_resident_in_a_running_match_is_not_referred_twice(database, world, zoe):
    with database.reading() as session:
        resident_id = session.execute(text("SELECT resident_id FROM wor_participant")).scalar_one()
    with pytest.raises(RuleViolation, match="doet al mee"):
        participants.refer(
            database,
            participants.Referral(world.referrers["Fysio West"], TODAY, resident_id=resident_id),
            actor="Coach",
        )


def test_bondgenoot_reference_is_added_once(database, world):
    with database.transaction() as session:
        reference.ensure_bondgenoot_reference(session)
    with database.reading() as session:
        assert session.execute(text("SELECT COUNT(*) FROM volunteer_role WHERE name = 'bondgenoot'")).scalar_one() == 1


def test_choosing_again_after_leaving_the_activity_registers_anew(database, world, zoe):
    participants.choose_arrangement(database, zoe, "bewegen_met_plezier", world.yoga, TODAY, actor="Coach")
    service = ParticipantService(database)
    [row] = service.registrations(world.yoga)
    service.leave(row.registration_id, TODAY)  # left through the Activiteiten tab
    assert (
        participants.choose_arrangement(database, zoe, "bewegen_met_plezier", world.yoga, TODAY, "C") == "ingeschreven"
    )
    assert [r.name for r in service.registrations(world.yoga)] == [NAME]


def test_startup_adds_the_bondgenoot_role_to_a_file_that_has_roles(database, data_paths):
    from buurtzaak_desktop.services.context import AppContext
    from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data, list_roles
    from buurtzaak_desktop.services.welzijn import startup

    with database.transaction() as session:
        ensure_reference_data(session)  # a file from before: the default roles, no bondgenoot
    assert "bondgenoot" not in [r.name for r in list_roles(database)]
    assert startup.run(AppContext(paths=data_paths, database=database)) == []
    roles = {r.name: r.certificates for r in list_roles(database)}
    assert roles["bondgenoot"] == ("Training bondgenoot",) and "receptie" in roles


def test_structural_is_refused_on_the_waiting_list_or_without_a_registration(database, world, zoe):
    people = [refer_new(database, world, f"Deelnemer {n}", f"06-3333333{n}") for n in range(2)]
    for person in [*people, zoe]:
        participants.record_intake(database, person, participants.IntakeNotes(), TODAY, actor="Coach")
        participants.choose_arrangement(database, person, "smakelijke_ontmoetingen", world.kook, TODAY, actor="C")
    # two places: Zoë, the third, waits
    with pytest.raises(RuleViolation) as refused:
        followup.record_outcome(database, zoe, "structureel", TODAY, actor="C")
    assert refused.value.message == (
        "De deelnemer staat nog op de wachtlijst van Kookgroep 5 (lotgenoten): kies een activiteit met plaats of een "
        "andere uitkomst."
    )
    assert participants.open_participant(database, zoe, actor="C").row.outcome is None  # nothing written
    followup.record_outcome(database, zoe, "vrijwilliger", TODAY, actor="C")  # another outcome is possible
    with database.transaction() as session:  # the first one left the activity in Activiteiten
        session.execute(
            text(
                "UPDATE registration SET status = 'vertrokken' "
                "WHERE id = (SELECT registration_id FROM wor_participant WHERE id = :id)"
            ),
            {"id": people[0]},
        )
    with pytest.raises(RuleViolation, match="niet \\(meer\\) ingeschreven voor Kookgroep 5"):
        followup.record_outcome(database, people[0], "structureel", TODAY, actor="C")
    followup.record_outcome(database, people[1], "structureel", TODAY, actor="C")  # registered: takes part
