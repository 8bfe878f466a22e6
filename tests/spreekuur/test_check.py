from __future__ import annotations

from sqlalchemy import text

from buurtzaak_desktop.services.check import run_check


def test_check_finds_residents_without_consent(database, zoe):
    assert run_check(database) == []
    with database.transaction() as session:
        session.execute(text("DELETE FROM spreekuur_consent"))
    assert run_check(database) == ["Spreekuur: 1 bewoner(s) zonder vastgelegde toestemming."]
