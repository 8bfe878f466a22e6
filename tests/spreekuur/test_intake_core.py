from __future__ import annotations

from datetime import date, timedelta

import pytest

from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.domain.spreekuur.text import masked, search_key
from buurtzaak_desktop.services.spreekuur.audit import audit_lines
from buurtzaak_desktop.services.spreekuur.residents import NewResident, find_residents, open_record
from buurtzaak_desktop.services.spreekuur.visits import (
    VisitInput,
    follow_ups_due,
    follow_ups_this_week,
    mark_follow_up_done,
    record_visit,
)

from .conftest import NAME, TODAY


@pytest.mark.parametrize("typed", ["zoe", "ZOË", "sahin", "şahin", "zoe sah", "  Zoe   SAHIN "])
def test_find_resident_ignores_accents_and_case(database, zoe, typed):
    assert [hit.id for hit in find_residents(database, typed)] == [zoe]


def test_search_does_not_match_other_words_or_wildcards(database, zoe):
    assert find_residents(database, "zoe jansen") == []
    assert find_residents(database, "%") == []
    assert find_residents(database, "") == []


def test_search_key_handles_letters_without_decomposition():
    assert search_key("Kılıç Łukasz Øster") == "kilic lukasz oster"


def test_without_consent_only_an_anonymous_visit_is_kept(database, themes):
    saved = record_visit(
        database,
        VisitInput(
            visited_on=TODAY,
            helped_by="Henk",
            theme_ids=[themes["Taal"]],
            need="Zoë wil Nederlands leren",
            new=NewResident(name=NAME, consent_given=False),
        ),
        actor="Henk",
    )
    assert saved.anonymous
    assert find_residents(database, "zoe") == []
    from buurtzaak_desktop.services.spreekuur.figures import year_figures

    figures = year_figures(database, 2026)
    assert (figures.visits, figures.anonymous_visits, figures.unique_residents) == (1, 1, 0)


def test_visit_needs_a_theme_and_sane_minutes(database, zoe, themes):
    with pytest.raises(InputError, match="thema"):
        record_visit(database, VisitInput(visited_on=TODAY, helped_by="H", theme_ids=[], resident_id=zoe), "H")
    with pytest.raises(InputError, match="minuten"):
        record_visit(
            database, VisitInput(visited_on=TODAY, helped_by="H", theme_ids=[1], minutes=-5, resident_id=zoe), "H"
        )


def test_adding_a_resident_without_a_name_is_refused(database, themes):
    from buurtzaak_desktop.services.spreekuur.residents import add_resident

    with database.transaction() as session, pytest.raises(InputError, match="naam"):
        add_resident(session, NewResident(name="  ", consent_given=True), TODAY, "H")
    with database.transaction() as session, pytest.raises(RuleViolation, match="toestemming"):
        add_resident(session, NewResident(name="Ayşe", consent_given=False), TODAY, "H")


def test_follow_ups_due_today_and_this_week(database, zoe, themes):
    monday = date(2026, 11, 23)
    for offset in (0, 2, 9):
        record_visit(
            database,
            VisitInput(
                visited_on=monday,
                helped_by="Henk",
                theme_ids=[themes["Wonen"]],
                resident_id=zoe,
                follow_up_on=monday + timedelta(days=offset),
            ),
            actor="Henk",
        )
    today = monday + timedelta(days=1)
    assert [f.due_on for f in follow_ups_due(database, today)] == [monday]
    week = follow_ups_this_week(database, today)
    assert [f.due_on for f in week] == [monday, monday + timedelta(days=2)]
    assert week[0].resident_name == NAME and week[0].themes == ["Wonen"]
    mark_follow_up_done(database, week[0].visit_id, "Henk")
    assert [f.due_on for f in follow_ups_this_week(database, today)] == [monday + timedelta(days=2)]


def test_sensitive_themes_have_neutral_labels(themes):
    assert "Geen vrede in de relatie" in themes
    assert not any("geweld" in label.lower() for label in themes)


def test_audit_log_names_who_and_what_without_content(database, zoe):
    open_record(database, zoe, actor="Fatima")
    lines = audit_lines(database, zoe)
    assert [(line.actor, line.action) for line in lines][:2] == [("Fatima", "geopend"), ("Henk", "aangemaakt")]
    with database.reading() as session:
        from sqlalchemy import inspect

        columns = [column["name"] for column in inspect(session.connection()).get_columns("spreekuur_audit")]
    assert columns == ["id", "at", "actor", "action", "resident_id", "detail"]  # detail: PIN lines only
    assert {line.detail for line in lines} == {""}


def test_small_counts_are_masked():
    assert [masked(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]
