"""The petty cash (kleine kas): top-ups and receipts, the balance, the month closing that locks a month, the limit
warning, its spending as the actual of the budget's handgeld line, and the checks that catch a broken kas."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting.kas import RECEIPT, TOPUP
from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.services.begroting import kas
from buurtzaak_desktop.services.begroting.budget import LineDraft, add_line, budget_summary
from buurtzaak_desktop.services.begroting.sources import HANDGELD
from buurtzaak_desktop.services.check import run_checks


def topup(day: date, cents: int = 25_000) -> kas.KasDraft:
    return kas.KasDraft(day, TOPUP, cents, description="Overboeking")


def receipt(day: date, cents: int, category: str = "A", bon: str = "1") -> kas.KasDraft:
    return kas.KasDraft(day, RECEIPT, cents, category, "Koffie", bon)


@pytest.fixture
def filled(database: Database) -> Database:
    kas.add_entries(
        database,
        [
            topup(date(2026, 10, 1)),
            receipt(date(2026, 10, 3), 1_250, "A", "101"),
            receipt(date(2026, 10, 20), 4_000, "F", "102"),
            topup(date(2026, 11, 2)),
            receipt(date(2026, 11, 5), 2_000, "E", "103"),
        ],
    )
    return database


def test_balance_months_and_categories(filled: Database) -> None:
    year = kas.kas_year(filled, 2026)
    october, november = year.months[9], year.months[10]
    assert (october.topup_cents, october.spent_cents, october.balance_end_cents) == (25_000, 5_250, 19_750)
    assert october.spent_per_category["A"] == 1_250 and october.spent_per_category["F"] == 4_000
    assert november.balance_end_cents == 19_750 + 25_000 - 2_000 == year.balance_cents
    assert [e.balance_after_cents for e in year.entries][:3] == [25_000, 23_750, 19_750]
    assert kas.balance(filled, until=date(2026, 10, 31)) == 19_750
    assert year.warnings == []


def test_a_receipt_needs_a_category_a_to_f_and_a_bon(database: Database) -> None:
    kas.add_entry(database, topup(date(2026, 11, 1)))
    with pytest.raises(InputError, match="categorie"):
        kas.add_entry(database, receipt(date(2026, 11, 2), 100, "G"))
    with pytest.raises(InputError, match="bon"):
        kas.add_entry(database, receipt(date(2026, 11, 2), 100, "A", " "))
    with pytest.raises(InputError, match="niet nul"):
        kas.add_entry(database, receipt(date(2026, 11, 2), 0))


def test_the_balance_never_drops_below_zero(database: Database) -> None:
    kas.add_entry(database, topup(date(2026, 11, 2), 1_000))
    with pytest.raises(RuleViolation, match="negatief"):
        kas.add_entry(database, receipt(date(2026, 11, 1), 500))  # before the money came in
    with pytest.raises(RuleViolation, match="negatief"):
        kas.add_entry(database, receipt(date(2026, 11, 3), 1_001))
    kas.add_entry(database, receipt(date(2026, 11, 2), 1_000))  # the same day as the top-up is fine
    assert kas.balance(database) == 0


def test_a_closed_month_is_locked_and_corrections_go_in_an_open_month(filled: Database) -> None:
    october = kas.kas_year(filled, 2026).entries[1]
    with pytest.raises(RuleViolation, match="nog niet voorbij"):
        kas.close_month(filled, date(2026, 12, 1), "Coördinator", date(2026, 12, 3))
    with pytest.raises(RuleViolation, match="Sluit eerst oktober 2026"):
        kas.close_month(filled, date(2026, 11, 1), "Coördinator", date(2026, 12, 3))
    with pytest.raises(InputError, match="naam"):
        kas.close_month(filled, date(2026, 10, 1), "  ", date(2026, 11, 4))
    kas.close_month(filled, date(2026, 10, 1), "Coördinator Fatima", date(2026, 11, 4))
    with pytest.raises(RuleViolation, match="afgesloten tot en met oktober 2026"):
        kas.update_entry(filled, october.id, receipt(date(2026, 10, 3), 1_300, "A", "101"))
    with pytest.raises(RuleViolation, match="afgesloten"):
        kas.delete_entry(filled, october.id)
    with pytest.raises(RuleViolation, match="afgesloten"):
        kas.add_entry(filled, receipt(date(2026, 10, 31), 100, "A", "104"))
    with pytest.raises(RuleViolation, match="afgesloten"):  # moving a November entry into October is refused too
        kas.update_entry(filled, kas.kas_year(filled, 2026).entries[-1].id, receipt(date(2026, 10, 5), 2_000, "E"))
    kas.add_entry(filled, kas.KasDraft(date(2026, 11, 6), RECEIPT, -50, "A", "Correctie bon 101", "101-c"))
    year = kas.kas_year(filled, 2026)
    assert year.months[9].closed and year.months[9].signed_by == "Coördinator Fatima"
    assert year.entries[1].locked and not year.entries[-1].locked
    with pytest.raises(RuleViolation, match="al afgesloten"):
        kas.close_month(filled, date(2026, 9, 1), "Coördinator", date(2026, 12, 3))
    assert run_checks(filled, ["kas-maand-gesloten", "kas-saldo"]) == {"kas-maand-gesloten": [], "kas-saldo": []}


def test_top_ups_above_the_monthly_limit_are_warned_about(database: Database) -> None:
    kas.add_entries(database, [topup(date(2026, 11, 1)), topup(date(2026, 11, 20), 100)])
    assert "meer dan het maximum van € 250,00" in kas.kas_year(database, 2026).warnings[0]
    kas.set_monthly_limit(database, 30_000)
    year = kas.kas_year(database, 2026)
    assert year.warnings == [] and year.limit_cents == 30_000


def test_spending_is_the_actual_of_the_handgeld_line_up_to_a_day(filled: Database) -> None:
    line = add_line(filled, 2026, LineDraft("lasten", "Handgeld", "Handgeld (kleine kas)", 300_000, HANDGELD))
    summary = budget_summary(filled, 2026)
    figures = next(f for c in summary.categories for f in c.lines if f.line_id == line)
    assert figures.actual_cents == figures.linked_cents == 7_250  # receipts only, not the top-ups
    with filled.reading() as session:
        assert kas.budget_actual_cents(session, 2026, until=date(2026, 10, 31)) == 5_250
        assert kas.budget_actual_cents(session, 2025) == 0


def test_check_finds_an_entry_changed_in_a_closed_month(filled: Database) -> None:
    kas.close_month(filled, date(2026, 10, 1), "Coördinator", date(2026, 11, 4))
    with filled.transaction() as session:
        session.execute(text("UPDATE kas_entry SET amount_cents = 999 WHERE receipt = '101'"))
    found = run_checks(filled, ["kas-maand-gesloten"])["kas-maand-gesloten"]
    assert len(found) == 1 and "10-2026" in found[0] and "€ 52,50" in found[0]


def test_check_finds_an_entry_added_to_a_closed_month(filled: Database) -> None:
    kas.close_month(filled, date(2026, 10, 1), "Coördinator", date(2026, 11, 4))
    with filled.transaction() as session:
        session.execute(
            text(
                "INSERT INTO kas_entry (day, kind, category, description, amount_cents, receipt)"
                " VALUES ('2026-10-15', 'uitgave', 'B', 'Broodjes', 100, '200')"
            )
        )
    assert "heeft er nu 4" in run_checks(filled, ["kas-maand-gesloten"])["kas-maand-gesloten"][0]


def test_check_finds_a_negative_balance(filled: Database) -> None:
    assert run_checks(filled, ["kas-saldo"])["kas-saldo"] == []
    with filled.transaction() as session:
        session.execute(text("UPDATE kas_entry SET amount_cents = 30000 WHERE receipt = '102'"))
    assert run_checks(filled, ["kas-saldo"])["kas-saldo"] == ["Het kassaldo is op 20-10-2026 negatief: € -62,50."]


def test_the_demo_has_a_year_of_kas_with_closed_months_and_stays_clean(database: Database) -> None:
    from buurtzaak_desktop.services.check import run_check
    from buurtzaak_desktop.services.demo import generate_demo

    counts = generate_demo(database, today=date(2026, 12, 3))
    assert counts["kasboekingen"] > 12 * 5 and counts["afgesloten kasmaanden"] == 11  # Dec 2025 … Oct 2026
    year = kas.kas_year(database, 2026)
    assert [m.closed for m in year.months] == [True] * 10 + [False, False]
    assert all(m.spent_cents > 0 for m in year.months[:11]) and year.balance_cents >= 0
    assert year.warnings and "juli 2026" in year.warnings[0]
    summary = budget_summary(database, 2026)
    handgeld = next(f for c in summary.categories for f in c.lines if f.name == "Handgeld (kleine kas)")
    assert handgeld.actual_cents == sum(m.spent_cents for m in year.months) > 0
    assert run_check(database) == []


def test_buurtzaak_check_reports_a_changed_closed_month(filled: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from buurtzaak_desktop.cli import main

    kas.close_month(filled, date(2026, 10, 1), "Coördinator", date(2026, 11, 4))
    assert main(["check"]) == 0
    with filled.transaction() as session:
        session.execute(text("DELETE FROM kas_entry WHERE receipt = '102'"))
    assert main(["check"]) == 1
    assert "Kasmaand 10-2026 is afgetekend met 3 boekingen" in capsys.readouterr().err
