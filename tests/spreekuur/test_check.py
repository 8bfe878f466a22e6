from __future__ import annotations

from sqlalchemy import text

from buurtzaak_desktop.services.check import run_check, run_checks


def test_check_finds_residents_without_consent(database, zoe):
    assert run_check(database) == []
    with database.transaction() as session:
        session.execute(text("DELETE FROM spreekuur_consent"))
    assert run_check(database) == ["Spreekuur: 1 bewoner(s) zonder vastgelegde toestemming."]


def test_check_finds_an_anonymous_visit_with_free_text(database, zoe):
    assert run_checks(database, ["spreekuur-privacy"]) == {"spreekuur-privacy": []}
    with database.transaction() as session:  # a visit whose resident link was emptied past the service
        session.execute(text("UPDATE spreekuur_visit SET person_token = NULL"))
    assert run_checks(database, ["spreekuur-privacy"])["spreekuur-privacy"] == [
        "Spreekuur: 1 anoniem bezoek/bezoeken met vrije tekst."
    ]
