"""The pure rules: dagdelen, the 60-day edge, the training certificate, POP intervals, hours and their value."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from buurtzaak_desktop.domain.errors import InputError
from buurtzaak_desktop.domain.vrijwilligers.availability import (
    format_availability,
    is_available,
    parse_availability,
    part_of_day,
)
from buurtzaak_desktop.domain.vrijwilligers.certificates import CertificateState, certificate_state
from buurtzaak_desktop.domain.vrijwilligers.hours import format_minutes, hours_value_cents, overlaps, parse_hours
from buurtzaak_desktop.domain.vrijwilligers.pop import talk_overdue
from buurtzaak_desktop.domain.vrijwilligers.training import earns_certificate, goes_on_waiting_list

TODAY = date(2026, 11, 25)


def test_availability_round_trip_and_lookup() -> None:
    mask = parse_availability("ma-ochtend, Wo-Avond, di middag")
    assert format_availability(mask) == "ma-ochtend, di-middag, wo-avond"
    assert is_available(mask, 2, 2) and not is_available(mask, 2, 0)
    assert parse_availability("") == 0


@pytest.mark.parametrize("text", ["ma", "maandagavond", "xx-ochtend", "ma-nacht"])
def test_bad_dagdeel_is_refused_by_name(text: str) -> None:
    with pytest.raises(InputError) as error:
        parse_availability(text)
    assert text.strip() in error.value.message


def test_part_of_day_boundaries() -> None:
    assert [part_of_day(time(h)) for h in (9, 11, 12, 16, 17, 20)] == [0, 0, 1, 1, 2, 2]


@pytest.mark.parametrize(
    ("days_left", "state"),
    [
        (61, CertificateState.VALID),
        (60, CertificateState.EXPIRING),
        (1, CertificateState.EXPIRING),
        (0, CertificateState.EXPIRING),  # valid through its last day
        (-1, CertificateState.EXPIRED),
    ],
)
def test_certificate_state_around_the_60_day_edge(days_left: int, state: CertificateState) -> None:
    assert certificate_state(TODAY + timedelta(days=days_left), TODAY) is state


def test_certificate_without_expiry_stays_valid() -> None:
    assert certificate_state(None, TODAY) is CertificateState.VALID


def test_training_rules() -> None:
    assert not goes_on_waiting_list(11, 12)
    assert goes_on_waiting_list(12, 12)
    assert earns_certificate(8, 6)  # missed 2: allowed
    assert not earns_certificate(8, 5)  # missed 3
    assert earns_certificate(8, 5, max_missed=3)
    assert not earns_certificate(0, 0)


def test_pop_talk_due_half_a_year_after_the_last() -> None:
    last = TODAY - timedelta(days=183)
    assert talk_overdue(TODAY, None, last) is None  # due today: not yet overdue
    assert talk_overdue(TODAY, None, last - timedelta(days=1)) == TODAY - timedelta(days=1)
    assert talk_overdue(TODAY, None, TODAY - timedelta(days=2)) is None
    assert talk_overdue(TODAY, TODAY - timedelta(days=200), None) == TODAY - timedelta(days=17)
    assert talk_overdue(TODAY, TODAY - timedelta(days=400), TODAY - timedelta(days=10)) is None  # the talk counts
    assert talk_overdue(TODAY, None, None) is None


def test_hours_value_is_exact_and_rounds_half_up() -> None:
    assert hours_value_cents(60, 1004) == 1004
    assert hours_value_cents(90, 1004) == 1506
    assert hours_value_cents(1, 1004) == 17  # 16.73 cents
    assert hours_value_cents(-30, 1004) == -502
    assert hours_value_cents(100 * 60 * 1000, 1004) == 100_400_000


def test_hours_text() -> None:
    assert parse_hours("2:15") == 135
    assert parse_hours("2,5") == 150
    assert parse_hours("-0:30") == -30
    assert format_minutes(135) == "2:15" and format_minutes(-30) == "-0:30"
    with pytest.raises(InputError):
        parse_hours("twee")


def test_overlap_is_half_open() -> None:
    assert overlaps(time(9), time(13), time(12), time(14))
    assert not overlaps(time(9), time(13), time(13), time(17))
