"""``buurtzaak check`` catches a Begroting tab broken around the services (a tool, an old version, a hand edit):
initiatives with a status or decision that cannot be, money paid to an initiative that was never granted, and
budget lines of an unknown kind or with actuals outside their year."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting.initiatives import ADVANCE, GRANTED
from buurtzaak_desktop.domain.begroting.kas import RECEIPT, TOPUP
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.begroting import kas
from buurtzaak_desktop.services.begroting.budget import LineDraft, add_actual, add_line
from buurtzaak_desktop.services.begroting.initiatives import (
    Application,
    account,
    decide,
    pay,
    set_fund_budget,
    start_review,
    submit,
)
from buurtzaak_desktop.services.begroting.sources import INITIATIVES
from buurtzaak_desktop.services.check import run_checks
from tests.fresh_checks import run_finders_fresh


def _initiative(database: Database, title: str) -> int:
    initiative = submit(database, Application(2026, "Said", title, date(2026, 2, 1), requested_cents=80_000))
    start_review(database, initiative)
    return initiative


def _granted(database: Database, title: str) -> int:
    initiative = _initiative(database, title)
    decide(database, initiative, GRANTED, date(2026, 2, 18), "Goed plan", granted_cents=75_000)
    return initiative


def _set(database: Database, sql: str, **values: object) -> None:
    with database.transaction() as session:
        session.execute(text(sql), values)


def test_check_finds_initiatives_whose_status_or_decision_cannot_be(database: Database) -> None:
    set_fund_budget(database, 2026, 500_000)
    unknown, no_amount, no_receipts = (_granted(database, title) for title in ("Kookclub", "Moestuin", "Buurtfeest"))
    account(database, no_receipts, 70_000, 40, True, date(2026, 6, 1))
    assert run_checks(database, ["initiatieven"]) == {"initiatieven": []}
    _set(database, "UPDATE initiative SET status = 'betaald' WHERE id = :id", id=unknown)
    _set(database, "UPDATE initiative SET granted_cents = NULL WHERE id = :id", id=no_amount)
    _set(database, "UPDATE initiative SET receipts_received = :no WHERE id = :id", no=False, id=no_receipts)
    assert run_checks(database, ["initiatieven"]) == {
        "initiatieven": [
            f"Bewonersinitiatief {unknown} heeft een onbekende status 'betaald'.",
            f"Bewonersinitiatief {no_amount} is toegekend zonder bedrag.",
            f"Bewonersinitiatief {no_receipts} is afgerond zonder ontvangen bonnen.",
        ]
    }


def test_check_finds_money_paid_to_an_initiative_that_is_not_granted(database: Database) -> None:
    set_fund_budget(database, 2026, 500_000)
    initiative = _granted(database, "Kookclub")
    pay(database, initiative, ADVANCE, date(2026, 2, 20), 30_000)
    assert run_checks(database, ["initiatief-betalingen"]) == {"initiatief-betalingen": []}
    _set(database, "UPDATE initiative SET status = 'in_review' WHERE id = :id", id=initiative)
    assert run_checks(database, ["initiatief-betalingen"]) == {
        "initiatief-betalingen": [f"Bewonersinitiatief {initiative} is niet toegekend maar kreeg € 300,00."]
    }


def test_check_finds_budget_lines_of_an_unknown_kind_and_actuals_outside_their_year(database: Database) -> None:
    rent = add_line(database, 2026, LineDraft("lasten", "Huisvesting", "Huur", 300_000))
    grant = add_line(database, 2026, LineDraft("baten", "Gemeente", "Subsidie", 1_000_000))
    add_actual(database, rent, date(2026, 1, 31), "Huur januari", 25_000)
    add_actual(database, rent, date(2026, 2, 28), "Huur februari", 25_000)
    assert run_checks(database, ["begroting"]) == {"begroting": []}
    _set(database, "UPDATE budget_line SET kind = 'overig' WHERE id = :id", id=grant)
    _set(database, "UPDATE budget_actual SET day = :day WHERE line_id = :id", day=date(2025, 12, 31), id=rent)
    assert run_checks(database, ["begroting"]) == {
        "begroting": [
            f"Begrotingspost {grant} heeft een onbekende soort 'overig'.",
            "2 realisatieboeking(en) vallen buiten het jaar van hun begrotingspost.",
        ]
    }


FINDERS = "begroting.check:payments,initiatives,budget,fund_line,closed_month_findings,balance_findings"
LIGHT = {
    "buurtzaak_desktop.db.models.versioned",
    "buurtzaak_desktop.services.begroting",
    "buurtzaak_desktop.services.begroting.check",
    "buurtzaak_desktop.services.begroting.initiative_totals",
    "buurtzaak_desktop.services.begroting.kas_totals",
    "buurtzaak_desktop.services.begroting.sources",
}


def test_the_checks_build_no_model_classes(database: Database, data_paths: DataPaths) -> None:
    """``buurtzaak check`` must start fast (issue 17): the Begroting and kas checks read through the Core tables and
    load no model module and no heavy service, also when a fund line links the payments."""
    set_fund_budget(database, 2026, 500_000)
    add_line(database, 2026, LineDraft("lasten", "Activiteiten", "Fonds", 500_000, INITIATIVES))
    pay(database, _granted(database, "Kookclub"), ADVANCE, date(2026, 2, 20), 30_000)
    kas.add_entries(
        database,
        [
            kas.KasDraft(date(2026, 10, 1), TOPUP, 25_000),
            kas.KasDraft(date(2026, 10, 3), RECEIPT, 1_250, "A", "Koffie", "101"),
        ],
    )
    kas.close_month(database, date(2026, 10, 1), "Coördinator", date(2026, 11, 4))
    count, loaded = run_finders_fresh(data_paths, database, FINDERS)
    assert count == 0
    assert sorted(loaded - LIGHT) == []
