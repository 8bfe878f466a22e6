"""Bewonersinitiatieven through a year: statuses, payments, verantwoording and the fund balance."""

from __future__ import annotations

from datetime import date

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting.initiatives import ADVANCE, FINAL, GRANTED, ON_HOLD, REJECTED
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.begroting.initiatives import (
    Application,
    CostLine,
    account,
    cost_lines,
    decide,
    decided_between,
    fund_status,
    list_initiatives,
    pay,
    set_fund_budget,
    start_review,
    submit,
    submitted_between,
)
from buurtzaak_desktop.services.check import run_check


def _apply(database: Database, title: str, requested: int, day: date) -> int:
    initiative_id = submit(
        database,
        Application(
            year=2026,
            applicant="Fatima el Amrani",
            group_name="Buurtmoeders",
            title=title,
            submitted_on=day,
            expected_participants=30,
            cost_lines=[CostLine("Boodschappen", requested - 5_000), CostLine("Zaalhuur", 5_000)],
        ),
    )
    start_review(database, initiative_id)
    return initiative_id


def test_the_fund_through_a_year(database: Database) -> None:
    set_fund_budget(database, 2026, 1_000_000)  # € 10.000
    feast = _apply(database, "Kinderfeest", 150_000, date(2026, 1, 10))
    assert cost_lines(database, feast)[1] == CostLine("Zaalhuur", 5_000)
    swim = _apply(database, "Zwemles vrouwen", 400_000, date(2026, 2, 3))
    cafe = _apply(database, "Taalcafé", 80_000, date(2026, 3, 1))
    late = _apply(database, "Buurtfeest", 700_000, date(2026, 9, 1))

    decide(database, feast, GRANTED, date(2026, 1, 20), "Bereikt nieuwe gezinnen", granted_cents=120_000)
    decide(database, swim, GRANTED, date(2026, 2, 17), "Past bij de criteria", granted_cents=400_000)
    decide(database, cafe, REJECTED, date(2026, 3, 17), "Commercieel doel")
    fund = fund_status(database, 2026)
    assert (fund.granted_cents, fund.paid_cents, fund.committed_unpaid_cents) == (520_000, 0, 520_000)
    assert fund.available_cents == 480_000

    pay(database, feast, ADVANCE, date(2026, 1, 25), 60_000)
    pay(database, swim, ADVANCE, date(2026, 2, 20), 400_000)
    fund = fund_status(database, 2026)
    assert (fund.paid_cents, fund.committed_unpaid_cents, fund.available_cents) == (460_000, 60_000, 480_000)

    # The feast cost less than granted: the final payment is smaller and the rest returns to the fund.
    pay(database, feast, FINAL, date(2026, 6, 10), 40_000)
    account(database, feast, 100_000, 85, receipts_received=True, closed_on=date(2026, 6, 12))
    fund = fund_status(database, 2026)
    assert (fund.paid_cents, fund.committed_unpaid_cents, fund.available_cents) == (500_000, 0, 500_000)

    # 7.000 asked with 5.000 left: refused with the overrun named, granted only when confirmed.
    with pytest.raises(RuleViolation) as refused:
        decide(database, late, GRANTED, date(2026, 9, 15), "Groot bereik", granted_cents=700_000)
    assert "€ 2.000,00" in refused.value.message and "Buurtfeest" in refused.value.message
    assert fund_status(database, 2026).available_cents == 500_000
    decide(database, late, GRANTED, date(2026, 9, 15), "Groot bereik", granted_cents=700_000, confirm_overrun=True)
    fund = fund_status(database, 2026)
    assert fund.available_cents == -200_000
    statuses = {view.title: view.status_label for view in list_initiatives(database, 2026)}
    assert statuses == {
        "Kinderfeest": "afgerond",
        "Zwemles vrouwen": "toegekend",
        "Taalcafé": "afgewezen",
        "Buurtfeest": "toegekend",
    }
    assert findings_of(database) == []
    with database.reading() as session:  # what the regiegroep's month report reads
        assert [v.title for v in submitted_between(session, date(2026, 2, 1), date(2026, 3, 1))] == ["Zwemles vrouwen"]
        decided = decided_between(session, date(2026, 1, 1), date(2026, 2, 1))
        assert [(v.title, v.paid_cents) for v in decided] == [("Kinderfeest", 100_000)]


def test_status_flow_and_payment_rules(database: Database) -> None:
    set_fund_budget(database, 2026, 500_000)
    held = _apply(database, "Naailessen", 60_000, date(2026, 4, 1))
    decide(database, held, ON_HOLD, date(2026, 4, 15), "Begroting onduidelijk")
    with pytest.raises(RuleViolation, match="aangehouden"):
        pay(database, held, ADVANCE, date(2026, 4, 20), 10_000)
    decide(database, held, GRANTED, date(2026, 5, 20), "Nieuwe begroting is helder", granted_cents=50_000)
    with pytest.raises(RuleViolation, match="€ 600,00"):
        pay(database, held, ADVANCE, date(2026, 5, 21), 60_000)
    with pytest.raises(RuleViolation, match="toegekend en kan niet naar afgewezen"):
        decide(database, held, REJECTED, date(2026, 6, 1), "te laat")
    fresh = submit(database, Application(2026, "Jan de Vries", "Moestuin", date(2026, 5, 1), requested_cents=1000))
    with pytest.raises(RuleViolation, match="ingediend"):
        decide(database, fresh, GRANTED, date(2026, 5, 20), "snel", granted_cents=1000)


def findings_of(database: Database) -> list[str]:
    return run_check(database)


def test_check_finds_payments_over_the_grant(database: Database) -> None:
    set_fund_budget(database, 2026, 500_000)
    initiative = _apply(database, "Iftar", 100_000, date(2026, 3, 1))
    decide(database, initiative, GRANTED, date(2026, 3, 10), "Verbindt", granted_cents=100_000)
    pay(database, initiative, ADVANCE, date(2026, 3, 11), 100_000)
    with database.transaction() as session:  # a grant lowered afterwards, outside the service's rules
        from buurtzaak_desktop.db.models.begroting import Initiative

        row = session.get(Initiative, initiative)
        assert row is not None
        row.granted_cents = 90_000
    assert findings_of(database) == [
        f"Bewonersinitiatief {initiative} kreeg € 1.000,00, meer dan de toegekende € 900,00."
    ]
