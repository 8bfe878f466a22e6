from __future__ import annotations

from datetime import date

import pytest

from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.settings import SettingsService
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.spreekuur.referrals import history, refer, referrals_to_chase, set_status
from buurtzaak_desktop.services.spreekuur.residents import NewResident
from buurtzaak_desktop.services.spreekuur.trajecten import advance_phase, close_traject, list_trajecten, open_traject
from buurtzaak_desktop.services.spreekuur.visits import VisitInput, record_visit


def test_traject_goes_through_the_phases_and_closes_with_an_outcome(database, zoe):
    traject = open_traject(database, zoe, date(2026, 1, 5), "Henk")
    phases = [advance_phase(database, traject, date(2026, m, 1), "Henk") for m in (2, 3, 4)]
    assert phases == ["contract", "oplossing", "nazorg"]
    with pytest.raises(RuleViolation, match="laatste fase"):
        advance_phase(database, traject, date(2026, 5, 1), "Henk")
    with pytest.raises(RuleViolation, match="Onbekende uitkomst"):
        close_traject(database, traject, date(2026, 5, 1), "weg", "Henk")
    close_traject(database, traject, date(2026, 5, 1), "opgelost", "Henk")
    assert list_trajecten(database) == []
    [row] = list_trajecten(database, include_closed=True)
    assert (row.phase, row.outcome, row.closed_on) == ("nazorg", "opgelost", date(2026, 5, 1))
    with pytest.raises(RuleViolation, match="al afgesloten op 01-05-2026"):
        advance_phase(database, traject, date(2026, 6, 1), "Henk")


def test_referral_warm_handover_with_dates(database, zoe, partners):
    referral = refer(database, zoe, partners["Sociale raadslieden"], date(2026, 10, 1), "Henk")
    set_status(database, referral, "intake_gepland", date(2026, 10, 8), "Henk")
    with pytest.raises(RuleViolation, match="niet terug"):
        set_status(database, referral, "doorverwezen", date(2026, 10, 9), "Henk")
    set_status(database, referral, "in_traject", date(2026, 10, 20), "Henk")
    set_status(database, referral, "afgerond", date(2026, 11, 20), "Henk")
    with pytest.raises(RuleViolation, match="al beëindigd"):
        set_status(database, referral, "uitgevallen", date(2026, 11, 21), "Henk")
    assert history(database, referral) == [
        ("doorverwezen", date(2026, 10, 1)),
        ("intake_gepland", date(2026, 10, 8)),
        ("in_traject", date(2026, 10, 20)),
        ("afgerond", date(2026, 11, 20)),
    ]


def test_referrals_without_news_after_n_weeks(database, zoe, partners):
    quiet = refer(database, zoe, partners["SEZO"], date(2026, 10, 1), "Henk")
    recent = refer(database, zoe, partners["OKC"], date(2026, 10, 1), "Henk")
    set_status(database, recent, "wachtend", date(2026, 11, 15), "Henk")
    done = refer(database, zoe, partners["Huisarts"], date(2026, 9, 1), "Henk")
    set_status(database, done, "uitgevallen", date(2026, 9, 2), "Henk")
    today = date(2026, 11, 25)
    assert [r.id for r in referrals_to_chase(database, today)] == [quiet]
    SettingsService(database).set("spreekuur_referral_chase_weeks", 1)
    assert [r.id for r in referrals_to_chase(database, today)] == [quiet, recent]
    assert referrals_to_chase(database, today)[0].resident_name == "Zoë Şahin"


def test_figures_on_a_known_dataset(database, zoe, themes, partners):
    """zoe: 1 visit on 2026-11-25 (new, Toeslagen). Add: Zoë again in March, a new resident Daan in March and
    two anonymous visits (one in 2025, outside the year)."""
    record_visit(
        database,
        VisitInput(date(2026, 3, 2), "Henk", [themes["Toeslagen"], themes["Wonen"]], resident_id=zoe, minutes=15),
        "Henk",
    )
    daan = record_visit(
        database,
        VisitInput(
            date(2026, 3, 9),
            "Henk",
            [themes["Geldzaken op orde"]],
            minutes=40,
            new=NewResident("Daan de Vries", consent_given=True),
        ),
        "Henk",
    )
    record_visit(
        database,
        VisitInput(date(2026, 3, 9), "Henk", [themes["Taal"]], minutes=5, new=NewResident("Ayşe", False)),
        "Henk",
    )
    record_visit(database, VisitInput(date(2025, 12, 31), "Henk", [themes["Taal"]], minutes=5), "Henk")
    refer(database, zoe, partners["SEZO"], date(2026, 3, 2), "Henk")
    second = refer(database, daan.resident_id, partners["SEZO"], date(2026, 3, 9), "Henk")
    set_status(database, second, "afgerond", date(2026, 4, 1), "Henk")
    figures = year_figures(database, 2026)
    assert (figures.visits, figures.unique_residents, figures.new_residents, figures.anonymous_visits) == (4, 2, 2, 1)
    assert figures.new_anonymous == 1  # a newcomer without consent: not among the named new residents
    assert figures.minutes == 20 + 15 + 40 + 5
    assert figures.per_month == {"2026-03": 3, "2026-11": 1}
    assert figures.per_theme == {"Toeslagen": 2, "Geldzaken op orde": 1, "Taal": 1, "Wonen": 1}
    assert figures.per_partner == {("SEZO", "afgerond"): 1, ("SEZO", "doorverwezen"): 1}
    assert year_figures(database, 2025).visits == 1
