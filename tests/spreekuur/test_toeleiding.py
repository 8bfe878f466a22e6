"""Toeleiding: with consent, from a traject to an activity (waiting list included) or to volunteering; counted."""

from __future__ import annotations

from datetime import date, time

import pytest
from openpyxl import load_workbook
from sqlalchemy import text
from sqlmodel import select

from buurtzaak_desktop.db.models.activiteiten import Participant, Registration
from buurtzaak_desktop.db.models.spreekuur import SpreekuurConsent
from buurtzaak_desktop.db.models.spreekuur_method import SpreekuurToeleiding
from buurtzaak_desktop.db.models.vrijwilligers import Volunteer
from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.reports.spreekuur.figures_xlsx import write_figures
from buurtzaak_desktop.services.activiteiten.participants import ParticipantService
from buurtzaak_desktop.services.activiteiten.programme import ActivityInput, create_activity
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.regiegroep.sections_spreekuur import spreekuur as pack_section
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.spreekuur.privacy import remove_resident
from buurtzaak_desktop.services.spreekuur.residents import NewResident
from buurtzaak_desktop.services.spreekuur.toeleiding import (
    open_activities,
    participant_matches,
    to_activity,
    to_volunteering,
    toeleidingen_of,
    volunteer_matches,
)
from buurtzaak_desktop.services.spreekuur.trajecten import open_traject
from buurtzaak_desktop.services.spreekuur.visits import VisitInput, record_visit
from buurtzaak_desktop.services.vrijwilligers.volunteers import get_data, set_status

from .conftest import NAME, add_helper

DAY = date(2026, 11, 25)


def make_activity(database, name: str = "Taalcafé", capacity: int | None = None) -> int:
    data = ActivityInput(
        name=name,
        start_time=time(10, 0),
        end_time=time(11, 30),
        season_start=date(2026, 11, 2),
        season_end=date(2026, 12, 28),
        weekdays=(2,),
        room_id=None,
        leader="Sanne",
        capacity=capacity,
    )
    with database.transaction() as session:
        return create_activity(session, data, DAY).id or 0


@pytest.fixture
def traject(database, zoe) -> int:
    return open_traject(database, zoe, DAY, "Henk")


def second_resident(database, themes, name: str = "Ahmed Bakkali") -> int:
    saved = record_visit(
        database,
        VisitInput(
            visited_on=DAY,
            helped_by="Henk",
            theme_ids=[themes["Taal"]],
            new=NewResident(name=name, consent_given=True, consent_by="Henk"),
        ),
        actor="Henk",
    )
    return saved.resident_id or 0


def links(database) -> list[SpreekuurToeleiding]:
    with database.reading() as session:
        return list(session.exec(select(SpreekuurToeleiding).order_by(SpreekuurToeleiding.id)).all())


def test_registration_goes_through_the_activities_own_service_with_its_waiting_list(database, zoe, themes, traject):
    cafe = make_activity(database, capacity=1)
    ahmed = second_resident(database, themes)
    assert to_activity(database, traject, cafe, True, DAY, "Henk") == "ingeschreven"
    other = open_traject(database, ahmed, DAY, "Henk")
    assert to_activity(database, other, cafe, True, DAY, "Henk") == "wachtlijst"  # full: waiting list
    rows = ParticipantService(database).registrations(cafe)
    assert [(r.name, r.status, r.waiting_position) for r in rows] == [
        (NAME, "ingeschreven", None),
        ("Ahmed Bakkali", "wachtlijst", 1),
    ]
    assert [(t.kind, t.target, t.first_status, t.status_now) for t in toeleidingen_of(database, zoe)] == [
        ("activiteit", "Taalcafé", "ingeschreven", "ingeschreven")
    ]
    with database.reading() as session:
        purposes = [
            c.purpose for c in session.exec(select(SpreekuurConsent).where(SpreekuurConsent.resident_id == zoe))
        ]
        participant = session.exec(select(Participant).where(Participant.name == NAME)).one()
    assert purposes[-1] == "Aanmelden bij de activiteit Taalcafé"
    assert (participant.phone, participant.came_via) == ("06-12345678", "")  # the spreekuur is not named there
    assert [c.free for c in open_activities(database) if c.id == cafe] == [0]


def test_an_existing_participant_is_offered_and_not_added_twice(database, zoe, traject):
    cafe, knit = make_activity(database), make_activity(database, "Breiclub")
    to_activity(database, traject, cafe, True, DAY, "Henk")
    [match] = participant_matches(database, zoe)
    assert match.name == NAME
    to_activity(database, traject, knit, True, DAY, "Henk", participant_id=match.id)
    with database.reading() as session:
        assert len(session.exec(select(Participant)).all()) == 1
    with pytest.raises(RuleViolation):  # the activities' own rule: not twice on one activity
        to_activity(database, traject, knit, True, DAY, "Henk", participant_id=match.id)
    assert len(links(database)) == 2


@pytest.mark.parametrize("consent", [None, False])
def test_without_a_yes_to_the_consent_question_nothing_is_passed_on(database, traject, consent):
    cafe = make_activity(database)
    add_helper(database, "Henk")  # the default roles
    with pytest.raises(RuleViolation) as refused:
        to_activity(database, traject, cafe, consent, DAY, "Henk")
    assert ("Vraag eerst" in str(refused.value)) == (consent is None)
    with pytest.raises(RuleViolation):
        to_volunteering(database, traject, "receptie", consent, DAY, "Henk")
    with database.reading() as session:
        assert session.exec(select(Participant)).all() == []
        assert session.exec(select(Volunteer).where(Volunteer.name == NAME)).all() == []
    assert links(database) == []


def test_a_volunteer_is_proposed_through_the_volunteers_intake_with_the_wanted_role(database, zoe, traject):
    add_helper(database, "Henk")
    volunteer_id = to_volunteering(database, traject, "taalmaatje", True, DAY, "Henk")
    _volunteer, data = get_data(database, volunteer_id)
    assert (data.name, data.roles, data.ladder_step, data.start_date) == (NAME, ["taalmaatje"], "deelnemer", None)
    assert "spreekuur" not in data.notes.lower()
    assert [(t.kind, t.target, t.status_now) for t in toeleidingen_of(database, zoe)] == [
        ("vrijwilliger", "taalmaatje", "actief")
    ]
    assert [m.id for m in volunteer_matches(database, zoe)] == [volunteer_id]
    to_volunteering(database, traject, "receptie", True, DAY, "Henk", volunteer_id=volunteer_id)
    assert sorted(get_data(database, volunteer_id)[1].roles) == ["receptie", "taalmaatje"]
    with pytest.raises(InputError):  # an unknown role: refused before anything is written
        to_volunteering(database, traject, "astronaut", True, DAY, "Henk")
    assert len(links(database)) == 2


def test_figures_count_participants_led_on_and_the_pack_masks_small_counts(database, zoe, themes, traject, tmp_path):
    cafe = make_activity(database)
    add_helper(database, "Henk")
    to_activity(database, traject, cafe, True, DAY, "Henk")
    to_activity(database, traject, make_activity(database, "Breiclub"), True, DAY, "Henk")  # the same participant
    to_volunteering(database, traject, "receptie", True, DAY, "Henk")
    figures = year_figures(database, 2026)
    assert (figures.to_activity, figures.to_volunteering) == (1, 1)
    assert year_figures(database, 2025).to_activity == 0
    with database.reading() as session:
        section = pack_section(session, date(2026, 11, 1))
    assert ("Toegeleid naar een activiteit", "<5") in section.figures
    assert ("Toegeleid naar vrijwilligerswerk", "<5") in section.figures
    write_figures(figures, tmp_path / "cijfers.xlsx")
    rows = [list(r) for r in load_workbook(tmp_path / "cijfers.xlsx")["Overzicht"].iter_rows(values_only=True)]
    assert ["Toegeleid naar een activiteit", "<5"] in rows and ["Toegeleid naar vrijwilligerswerk", "<5"] in rows


def test_removed_registration_or_volunteer_keeps_the_count_and_the_dossier(database, zoe, traject):
    cafe = make_activity(database)
    add_helper(database, "Henk")
    to_activity(database, traject, cafe, True, DAY, "Henk")
    volunteer_id = to_volunteering(database, traject, "receptie", True, DAY, "Henk")
    set_status(database, volunteer_id, "gestopt", DAY)
    assert [t.status_now for t in toeleidingen_of(database, zoe)] == ["ingeschreven", "gestopt"]
    with database.transaction() as session:  # removed rows, as a later "forget a participant" would
        session.execute(text("DELETE FROM registration"))
        session.execute(text("DELETE FROM volunteer_role_link WHERE volunteer_id = :v"), {"v": volunteer_id})
        session.execute(text("DELETE FROM volunteer WHERE id = :v"), {"v": volunteer_id})
    assert [t.status_now for t in toeleidingen_of(database, zoe)] == ["weg", "weg"]
    assert [(link.registration_id, link.volunteer_id) for link in links(database)] == [(None, None), (None, None)]
    figures = year_figures(database, 2026)
    assert (figures.to_activity, figures.to_volunteering) == (1, 1)
    assert run_checks(database, ["spreekuur-toeleiding", "verwijzingen"]) == {
        "spreekuur-toeleiding": [],
        "verwijzingen": [],
    }


@pytest.mark.sqlite_only("removes a row with SQLite's foreign keys switched off")
def test_the_check_finds_a_link_to_a_row_removed_behind_the_foreign_keys_back(database, traject):
    cafe = make_activity(database)
    to_activity(database, traject, cafe, True, DAY, "Henk")
    assert run_checks(database, ["spreekuur-toeleiding"]) == {"spreekuur-toeleiding": []}
    raw = database.engine.raw_connection()  # a repair by hand with the foreign keys off
    try:
        raw.driver_connection.execute("PRAGMA foreign_keys=OFF")
        raw.driver_connection.execute("DELETE FROM registration")
        raw.driver_connection.commit()
        raw.driver_connection.execute("PRAGMA foreign_keys=ON")
    finally:
        raw.close()
    [link] = links(database)
    found = run_checks(database, ["spreekuur-toeleiding"])["spreekuur-toeleiding"]
    assert found == [f"Spreekuur: toeleiding {link.id} wijst naar een inschrijving of vrijwilliger die er niet is."]


def test_forgetting_the_resident_empties_the_links_and_keeps_the_counts(database, zoe, traject):
    cafe = make_activity(database)
    add_helper(database, "Henk")
    to_activity(database, traject, cafe, True, DAY, "Henk")
    to_volunteering(database, traject, "receptie", True, DAY, "Henk")
    before = year_figures(database, 2026)
    remove_resident(database, zoe, "Coördinator")
    assert year_figures(database, 2026) == before
    assert [(x.participant_id, x.registration_id, x.volunteer_id, x.made_by) for x in links(database)] == [
        (None, None, None, ""),
        (None, None, None, ""),
    ]
    with database.reading() as session:  # the person stays a participant and a volunteer in their own right
        assert session.exec(select(Registration)).one().status == "ingeschreven"


def test_the_inzage_print_holds_the_plan_and_the_toeleidingen(database, zoe, partners, traject, tmp_path):
    from pypdf import PdfReader

    from buurtzaak_desktop.reports.spreekuur.overview_pdf import write_overview
    from buurtzaak_desktop.services.spreekuur.overview import resident_overview
    from buurtzaak_desktop.services.spreekuur.plan import AgreementInput, add_agreement, add_need

    add_need(database, traject, "Schulden op een rij", DAY, "Henk")
    add_need(database, traject, "Taalles vinden", DAY, "Henk")
    sezo = AgreementInput("partner", "Intake schuldhulp plannen", date(2026, 12, 8), partners["SEZO"])
    add_agreement(database, traject, sezo, DAY, "Henk")
    to_activity(database, traject, make_activity(database, capacity=0), True, DAY, "Henk")
    out = tmp_path / "inzage.pdf"
    write_overview(resident_overview(database, zoe, "Fatima"), out, DAY)
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(str(out)).pages).split())
    for expected in (
        "1. Schulden op een rij",
        "2. Taalles vinden",
        "08-12-2026 SEZO Intake schuldhulp plannen Open",
        "Aangemeld bij de activiteit Taalcafé (op de wachtlijst)",
        "Aanmelden bij de activiteit Taalcafé",  # the consent
    ):
        assert expected in text, expected


def test_no_name_or_plan_text_in_the_log_file(database, zoe, traject):
    import logging

    from buurtzaak_desktop.logging_setup import setup_logging
    from buurtzaak_desktop.paths import log_dir
    from buurtzaak_desktop.services.spreekuur.plan import AgreementInput, add_agreement, add_need

    log_file = setup_logging(log_dir())
    add_helper(database, "Henk")
    add_need(database, traject, "Schulden op een rij", DAY, "Henk")
    add_agreement(database, traject, AgreementInput("deelnemer", "Brieven meenemen", DAY), DAY, "Henk")
    to_activity(database, traject, make_activity(database), True, DAY, "Henk")
    to_volunteering(database, traject, "receptie", True, DAY, "Henk")
    remove_resident(database, zoe, "Henk")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = log_file.read_text(encoding="utf-8")
    assert "toeleiding to activity" in content and "agreement" in content  # the log was written
    for secret in ("Zoë", "Şahin", "Schulden op een rij", "Brieven meenemen", "06-12345678", "Taalcafé"):
        assert secret not in content
