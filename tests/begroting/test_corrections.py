"""Corrections: a booked actual changed or deleted (and brought back), an application changed before the
regiegroep decides, hours given in kind changed or deleted; the totals and the fund follow."""

from __future__ import annotations

from datetime import date

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting.initiatives import ADVANCE, GRANTED, ON_HOLD
from buurtzaak_desktop.domain.errors import InputError, NotFound, RuleViolation
from buurtzaak_desktop.services.begroting.budget import (
    actuals_of_line,
    add_actual,
    budget_summary,
    delete_actual,
    delete_line,
    restore_actual,
    update_actual,
)
from buurtzaak_desktop.services.begroting.initiatives import (
    Application,
    CostLine,
    account,
    application_of,
    cost_lines,
    decide,
    delete_payment,
    fund_status,
    list_initiatives,
    pay,
    payments_of,
    set_fund_budget,
    start_review,
    submit,
    update_application,
)
from buurtzaak_desktop.services.begroting.populair import (
    IN_KIND,
    delete_hours,
    popular_budget,
    record_hours,
    set_hour_rate,
    update_hours,
)

END = date(2026, 12, 31)


def test_an_actual_corrected(database: Database, short_budget: dict[str, int]) -> None:
    rent = short_budget["Huur"]
    entry = add_actual(database, rent, date(2026, 3, 1), "Huur maart", 25_000)
    update_actual(database, entry, date(2026, 4, 1), "  Huur april ", 24_950)
    assert [(a.day, a.description, a.amount_cents) for a in actuals_of_line(database, rent)] == [
        (date(2026, 4, 1), "Huur april", 24_950)
    ]
    summary = budget_summary(database, 2026, as_of=END)
    assert (summary.expense_actual_cents, summary.saldo_actual_cents) == (24_950, -24_950)
    with pytest.raises(InputError, match="2026"):  # the date stays in the line's year
        update_actual(database, entry, date(2025, 12, 31), "Huur", 1)
    assert actuals_of_line(database, rent)[0].amount_cents == 24_950


def test_an_actual_deleted_and_brought_back(database: Database, short_budget: dict[str, int]) -> None:
    rent = short_budget["Huur"]
    add_actual(database, rent, date(2026, 1, 31), "Huur januari", 25_000)
    wrong = add_actual(database, rent, date(2026, 2, 28), "Dubbel geboekt", 25_000)
    removed = delete_actual(database, wrong)
    assert (removed.description, removed.amount_cents) == ("Dubbel geboekt", 25_000)
    assert budget_summary(database, 2026, as_of=END).expense_actual_cents == 25_000
    with pytest.raises(NotFound):
        delete_actual(database, wrong)
    with pytest.raises(NotFound):
        update_actual(database, wrong, date(2026, 2, 28), "x", 1)
    restore_actual(database, removed)
    assert budget_summary(database, 2026, as_of=END).expense_actual_cents == 50_000
    assert [a.description for a in actuals_of_line(database, rent)] == ["Huur januari", "Dubbel geboekt"]
    # the line itself gone: the undo is refused, not booked somewhere else
    removed = delete_actual(database, actuals_of_line(database, rent)[1].id)
    delete_line(database, rent)
    with pytest.raises(NotFound):
        restore_actual(database, removed)


def _application(title: str, lines: list[CostLine]) -> Application:
    return Application(
        year=2026,
        applicant="Fatima el Amrani",
        title=title,
        submitted_on=date(2026, 3, 2),
        group_name="Buurtmoeders",
        description="Koken met de buurt",
        start_date=date(2026, 4, 1),
        end_date=date(2026, 4, 1),
        expected_participants=30,
        cofunding_cents=5_000,
        cost_lines=lines,
    )


def test_an_application_changed_before_the_decision(database: Database) -> None:
    set_fund_budget(database, 2026, 100_000)
    initiative = submit(database, _application("Buurtdiner", [CostLine("Boodschappen", 40_000)]))
    changed = _application("Buurtdiner voor 60", [CostLine("Boodschappen", 55_000), CostLine("Zaalhuur", 5_000)])
    update_application(database, initiative, changed)
    view = list_initiatives(database, 2026)[0]
    assert (view.title, view.requested_cents, view.status) == ("Buurtdiner voor 60", 60_000, "submitted")
    assert cost_lines(database, initiative) == [CostLine("Boodschappen", 55_000), CostLine("Zaalhuur", 5_000)]
    assert application_of(database, initiative).cost_lines == tuple(changed.cost_lines)
    assert application_of(database, initiative).description == "Koken met de buurt"

    start_review(database, initiative)
    decide(database, initiative, ON_HOLD, date(2026, 3, 18), "Te weinig cofinanciering")
    update_application(database, initiative, _application("Buurtdiner voor 60", [CostLine("Boodschappen", 50_000)]))
    assert list_initiatives(database, 2026)[0].requested_cents == 50_000  # aangehouden: a better plan may come
    assert fund_status(database, 2026).available_cents == 100_000  # asking commits nothing

    decide(database, initiative, GRANTED, date(2026, 4, 15), "Nu goed", granted_cents=50_000)
    pay(database, initiative, ADVANCE, date(2026, 4, 16), 20_000)
    with pytest.raises(RuleViolation, match="toegekend"):
        update_application(database, initiative, _application("Iets anders", [CostLine("Alles", 90_000)]))
    view = list_initiatives(database, 2026)[0]
    assert (view.title, view.requested_cents, view.granted_cents) == ("Buurtdiner voor 60", 50_000, 50_000)
    fund = fund_status(database, 2026)
    assert (fund.paid_cents, fund.committed_unpaid_cents, fund.available_cents) == (20_000, 30_000, 50_000)


def test_a_changed_application_is_checked(database: Database) -> None:
    initiative = submit(database, _application("Buurtdiner", []))
    with pytest.raises(InputError, match="titel"):
        update_application(database, initiative, _application(" ", []))
    with pytest.raises(InputError, match="negatief"):
        update_application(database, initiative, _application("Buurtdiner", [CostLine("Korting", -100)]))
    assert list_initiatives(database, 2026)[0].title == "Buurtdiner"


def test_hours_in_kind_corrected_and_deleted(database: Database) -> None:
    set_hour_rate(database, 2026, 1_500)
    coach = record_hours(database, 2026, IN_KIND, "Opbouwwerker", 10_000, rate_cents=4_500)  # 100 h x € 45
    host = record_hours(database, 2026, IN_KIND, "Gastvrouwen corporatie", 2_000)  # 20 h x the year's € 15
    assert popular_budget(database, 2026).in_kind_value_cents == 450_000 + 30_000
    update_hours(database, coach, " Opbouwwerker Combiwel ", 12_050, rate_cents=None)  # 120,5 h at the year rate
    popular = popular_budget(database, 2026)
    assert [(i.description, i.hours_centi, i.rate_cents) for i in popular.in_kind] == [
        ("Opbouwwerker Combiwel", 12_050, 1_500),
        ("Gastvrouwen corporatie", 2_000, 1_500),
    ]
    assert popular.in_kind_value_cents == 180_750 + 30_000
    with pytest.raises(InputError):
        update_hours(database, host, "Gastvrouwen", 0)
    with pytest.raises(InputError):
        update_hours(database, host, "Gastvrouwen", 100, rate_cents=0)
    delete_hours(database, host)
    assert popular_budget(database, 2026).in_kind_value_cents == 180_750
    with pytest.raises(NotFound):
        update_hours(database, host, "Gastvrouwen", 100)


def test_a_payment_taken_back_while_granted(database: Database) -> None:
    set_fund_budget(database, 2026, 100_000)
    initiative = submit(database, _application("Buurtdiner", [CostLine("Boodschappen", 40_000)]))
    start_review(database, initiative)
    decide(database, initiative, GRANTED, date(2026, 3, 18), "Goed", granted_cents=40_000)
    pay(database, initiative, ADVANCE, date(2026, 3, 20), 20_000)
    twice = pay(database, initiative, ADVANCE, date(2026, 3, 20), 20_000)  # booked twice by mistake
    assert fund_status(database, 2026).paid_cents == 40_000
    removed = delete_payment(database, twice)
    assert (removed.day, removed.amount_cents) == (date(2026, 3, 20), 20_000)
    assert [p.amount_cents for p in payments_of(database, initiative)] == [20_000]
    fund = fund_status(database, 2026)
    assert (fund.paid_cents, fund.committed_unpaid_cents, fund.available_cents) == (20_000, 20_000, 60_000)
    with pytest.raises(NotFound):
        delete_payment(database, twice)
    account(database, initiative, 20_000, 40, receipts_received=True, closed_on=date(2026, 5, 1))
    with pytest.raises(RuleViolation, match="afgerond"):  # the verantwoording counted it
        delete_payment(database, payments_of(database, initiative)[0].id)
    assert fund_status(database, 2026).paid_cents == 20_000
