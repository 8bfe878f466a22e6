"""Link 9: payments to bewonersinitiatieven are the actual of the budget's fund line, entered once (on the
initiative); ``initiatief-realisatie`` finds a fund line whose actual is not the payments."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting.initiatives import ADVANCE, FINAL, GRANTED
from buurtzaak_desktop.services.begroting.budget import LineDraft, add_actual, add_line, budget_summary
from buurtzaak_desktop.services.begroting.initiatives import (
    Application,
    budget_actual_cents,
    decide,
    pay,
    set_fund_budget,
    start_review,
    submit,
)
from buurtzaak_desktop.services.begroting.sources import INITIATIVES
from buurtzaak_desktop.services.check import run_checks

CHECK = "initiatief-realisatie"


def _granted(database: Database) -> int:
    set_fund_budget(database, 2026, 500_000)
    initiative = submit(database, Application(2026, "Said", "Kookclub", date(2026, 2, 1), requested_cents=80_000))
    start_review(database, initiative)
    decide(database, initiative, GRANTED, date(2026, 2, 18), "Goed plan", granted_cents=75_000)
    return initiative


def _fund_actual(database: Database, line_id: int) -> int:
    summary = budget_summary(database, 2026)
    return next(f.actual_cents for c in summary.categories for f in c.lines if f.line_id == line_id)


def test_payments_flow_into_the_fund_line_up_to_a_day(database: Database) -> None:
    line = add_line(
        database, 2026, LineDraft("lasten", "Activiteiten", "Bewonersinitiatieven (fonds)", 500_000, INITIATIVES)
    )
    initiative = _granted(database)
    pay(database, initiative, ADVANCE, date(2026, 2, 20), 30_000)
    pay(database, initiative, FINAL, date(2026, 6, 1), 40_000)
    assert _fund_actual(database, line) == 70_000
    with database.reading() as session:
        assert budget_actual_cents(session, 2026, until=date(2026, 5, 31)) == 30_000
    assert run_checks(database, [CHECK]) == {CHECK: []}


def test_check_finds_payments_typed_twice_on_the_fund_line(database: Database) -> None:
    line = add_line(database, 2026, LineDraft("lasten", "Activiteiten", "Fonds", 500_000, INITIATIVES))
    pay(database, _granted(database), ADVANCE, date(2026, 2, 20), 30_000)
    add_actual(database, line, date(2026, 2, 20), "Voorschot Kookclub", 30_000)  # typed a second time
    found = run_checks(database, [CHECK])[CHECK]
    assert found == [
        "Begroting 2026: de realisatie van het fonds bewonersinitiatieven is € 600,00, maar er is € 300,00 betaald."
    ]


def test_check_finds_payments_no_line_shows(database: Database) -> None:
    line = add_line(database, 2026, LineDraft("lasten", "Activiteiten", "Fonds", 500_000, INITIATIVES))
    pay(database, _granted(database), ADVANCE, date(2026, 2, 20), 30_000)
    with database.transaction() as session:
        session.execute(text("UPDATE budget_line SET source = '' WHERE id = :id"), {"id": line})
    assert "geen post" in run_checks(database, [CHECK])[CHECK][0]


def test_the_budget_view_shows_the_payments_on_the_fund_line(qtbot, qsettings_isolated, context) -> None:
    from buurtzaak_desktop.ui.begroting.page import BegrotingPage

    database = context.database
    add_line(database, 2026, LineDraft("lasten", "Activiteiten", "Bewonersinitiatieven (fonds)", 500_000, INITIATIVES))
    pay(database, _granted(database), ADVANCE, date(2026, 2, 20), 30_000)
    page = BegrotingPage(context)
    qtbot.addWidget(page)
    page.year_box.setValue(2026)
    page.reload()
    model = page.budget_view.model
    row = next(n for n in range(model.rowCount()) if model.row_at(n).label.strip() == "Bewonersinitiatieven (fonds)")
    assert model.index(row, 2).data() == "€ 300,00"
    assert "Betaald: € 300,00" in page.fund_panel.labels["paid"].text()


def test_a_budget_imported_after_payments_links_its_fund_post(database: Database, tmp_path) -> None:
    """Found by the stateful test: pay an initiative, then import the year's budget; no post showed the payments."""
    from buurtzaak_desktop.domain.errors import RuleViolation
    from buurtzaak_desktop.services.begroting.importing import import_budget

    pay(database, _granted(database), ADVANCE, date(2026, 2, 20), 30_000)
    without = tmp_path / "zonder.csv"
    without.write_text("jaar;soort;categorie;post;begroot\n2026;lasten;Huisvesting;Huur;1000\n", encoding="utf-8")
    with pytest.raises(RuleViolation, match="€ 300,00 betaald aan bewonersinitiatieven"):
        import_budget(database, without)
    with_fund = tmp_path / "met.csv"
    with_fund.write_text(
        "jaar;soort;categorie;post;begroot;realisatie\n2026;lasten;Huisvesting;Huur;1000;\n"
        "2026;lasten;Fonds;Bewonersinitiatieven;5000;\n",
        encoding="utf-8",
    )
    import_budget(database, with_fund)
    assert run_checks(database, [CHECK]) == {CHECK: []}
    line = next(
        f.line_id
        for c in budget_summary(database, 2026).categories
        for f in c.lines
        if f.name == "Bewonersinitiatieven"
    )
    assert _fund_actual(database, line) == 30_000


def test_a_budget_imported_before_any_payment_links_its_fund_post(database: Database, tmp_path) -> None:
    """Found by the stateful test: import the year's budget, then pay an initiative; no post showed the payment."""
    from buurtzaak_desktop.services.begroting.importing import import_budget

    initiative = _granted(database)
    budget = tmp_path / "begroting.csv"
    budget.write_text(
        "jaar;soort;categorie;post;begroot;realisatie\n2026;lasten;Huisvesting;Huur;1000;\n"
        "2026;lasten;Fonds;Bewonersinitiatieven;5000;\n",
        encoding="utf-8",
    )
    import_budget(database, budget)
    pay(database, initiative, ADVANCE, date(2026, 2, 20), 1)
    assert run_checks(database, [CHECK]) == {CHECK: []}
    line = next(
        f.line_id
        for c in budget_summary(database, 2026).categories
        for f in c.lines
        if f.name == "Bewonersinitiatieven"
    )
    assert _fund_actual(database, line) == 1
