"""POP talks overdue; hours from shifts held with corrections, month and year totals, value; handgeld actuals."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.services.vrijwilligers.hours import (
    handgeld_actuals,
    hours_by_month,
    hours_by_role,
    hours_value,
    log_hours,
    pay_handgeld,
    record_shift_held,
    set_rate,
)
from buurtzaak_desktop.services.vrijwilligers.pop import overdue_talks, plan_talk, record_talk
from buurtzaak_desktop.services.vrijwilligers.shifts import assign, create_shift

from .conftest import TODAY


def test_overdue_pop_talks(vdb, add_volunteer) -> None:
    on_track = add_volunteer("Op Schema")
    missed = add_volunteer("Gemist Gepland")  # started 01-01-2025, never had a talk
    stale = add_volunteer("Lang Geleden")
    add_volunteer("Nieuw Begonnen", start_date=TODAY - timedelta(days=30))
    add_volunteer("Betaalde Kracht", is_staff=True)  # staff have other talks
    record_talk(vdb, plan_talk(vdb, on_track, TODAY - timedelta(days=100)), TODAY - timedelta(days=100), "Goed gesprek")
    plan_talk(vdb, on_track, TODAY - timedelta(days=3))  # a planned talk missed, but the last one is recent
    plan_talk(vdb, missed, TODAY - timedelta(days=3))
    record_talk(vdb, plan_talk(vdb, stale, TODAY - timedelta(days=200)), TODAY - timedelta(days=200))
    overdue = overdue_talks(vdb, TODAY)
    assert [(row.name, row.due_since) for row in overdue] == [
        ("Gemist Gepland", date(2025, 7, 3)),  # half a year after the start
        ("Lang Geleden", TODAY - timedelta(days=17)),
    ]
    assert "Betaalde Kracht" not in [row.name for row in overdue]


def test_a_planned_talk_does_not_hide_an_overdue_one(vdb, add_volunteer) -> None:
    """Counted from the last talk held: planning one for next month leaves the volunteer on the overdue list."""
    person = add_volunteer("Samira Haddou")
    record_talk(vdb, plan_talk(vdb, person, TODAY - timedelta(days=250)), TODAY - timedelta(days=250))
    plan_talk(vdb, person, TODAY + timedelta(days=20))
    (row,) = overdue_talks(vdb, TODAY)
    assert (row.name, row.due_since, row.last_held, row.planned_on) == (
        "Samira Haddou",
        TODAY - timedelta(days=250) + timedelta(days=183),
        TODAY - timedelta(days=250),
        TODAY + timedelta(days=20),
    )


def test_hours_from_shifts_with_corrections_totals_and_value(vdb, add_volunteer) -> None:
    a = add_volunteer("Fatima Benali", ("receptie",))
    b = add_volunteer("Jan Jansen", ("receptie",))
    shift = create_shift(vdb, "receptie", 1, time(17), time(21), people_needed=2)
    assign(vdb, shift, a, TODAY)
    assign(vdb, shift, b, TODAY)
    tuesday = date(2026, 11, 3)
    assert record_shift_held(vdb, shift, tuesday) == 2
    assert record_shift_held(vdb, shift, tuesday) == 0  # nobody counted twice
    assert record_shift_held(vdb, shift, tuesday + timedelta(days=7), absent={b}) == 1
    with pytest.raises(RuleViolation, match="valt niet op 2026-11-04"):
        record_shift_held(vdb, shift, date(2026, 11, 4))
    log_hours(vdb, b, tuesday + timedelta(days=7), -30, "receptie", source="correctie")  # left early
    log_hours(vdb, a, date(2026, 12, 1), 90, "klussen")
    log_hours(vdb, a, date(2027, 1, 1), 60)  # next year
    assert hours_by_month(vdb, 2026) == {a: {11: 480, 12: 90}, b: {11: 210}}
    assert hours_by_role(vdb, 2026) == {"receptie": 690, "klussen": 90}
    assert hours_value(vdb, 2026).value_cents == 780 * 1004 // 60  # 13 hours at €10,04 = 13052 cents
    set_rate(vdb, 2026, 1100)
    value = hours_value(vdb, 2026)
    assert (value.minutes, value.rate_cents, value.value_cents) == (780, 1100, 14300)
    assert hours_value(vdb, 2027).rate_cents == 1100  # carried forward until the next year's rate is set
    with pytest.raises(InputError):
        log_hours(vdb, a, TODAY, 0)


def test_handgeld_per_month_and_category(vdb, add_volunteer) -> None:
    a = add_volunteer("Khadija Bouzid")
    b = add_volunteer("Roy Pinas")
    for month in (1, 2):
        pay_handgeld(vdb, a, date(2026, month, 15), 25000)
    pay_handgeld(vdb, b, date(2026, 1, 1), 5000, "reiskosten")
    pay_handgeld(vdb, b, date(2025, 12, 1), 5000)
    actuals = [(row.month, row.category, row.amount_cents) for row in handgeld_actuals(vdb, 2026)]
    assert actuals == [
        (date(2026, 1, 1), "reiskosten", 5000),
        (date(2026, 1, 1), "vrijwilligersvergoeding", 25000),
        (date(2026, 2, 1), "vrijwilligersvergoeding", 25000),
    ]


def test_the_tab_lists_the_overdue_talk_with_the_planned_one(qtbot, qsettings_isolated, context, vdb, add_volunteer):
    from buurtzaak_desktop.ui.vrijwilligers.pop_panel import PopPanel

    person = add_volunteer("Samira Haddou")
    record_talk(vdb, plan_talk(vdb, person, TODAY - timedelta(days=250)), TODAY - timedelta(days=250))
    plan_talk(vdb, person, date(2026, 12, 15))
    panel = PopPanel(context, TODAY)
    qtbot.addWidget(panel)
    panel.refresh()
    model = panel.model
    assert model.rowCount() == 1
    assert [model.data(model.index(0, column)) for column in range(model.columnCount())] == [
        "Samira Haddou",
        "19-09-2026",
        "20-03-2026",
        "15-12-2026",
    ]


def test_vergoeding_warns_above_the_yearly_and_monthly_maximum_per_year(vdb, add_volunteer) -> None:
    from buurtzaak_desktop.services.vrijwilligers.vergoeding import maxima, set_maxima, warnings

    a = add_volunteer("Khadija Bouzid")
    for month in range(1, 11):
        pay_handgeld(vdb, a, date(2026, month, 1), 21000)  # at the monthly maximum: fine ten times
    assert warnings(vdb, 2026) == ["Khadija Bouzid: € 2.100,00 in 2026, meer dan het maximum van € 2.000,00 per jaar."]
    pay_handgeld(vdb, a, date(2026, 11, 1), 21001)
    assert "€ 210,01 in 11-2026, meer dan het maximum van € 210,00 per maand." in warnings(vdb, 2026)[0]
    set_maxima(vdb, 2026, 300000, 25000)
    assert warnings(vdb, 2026) == [] and maxima(vdb, 2027).year_cents == 200000  # per year
