"""The Telefooncirkel's services: order, away periods, rounds in one call, the action list and month figures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.services.telefooncirkel import circles, rounds

from .conftest import CIRCLE, TODAY


def names(database, circle_id, day=None):
    return [m.name for m in circles.members(database, circle_id, day)]


def test_circle_has_an_order_and_two_coordinators(database, circle):
    [row] = circles.list_circles(database)
    assert (row.name, row.coordinators, row.members) == (CIRCLE, "Wim Jansen, Lies de Boer", 5)
    assert names(database, circle.id) == [
        "Geertruida Bakker",
        "Ömer Yıldız",
        "Hendrika Mol",
        "Wim Jansen",
        "Lies de Boer",
    ]
    assert [m.position for m in circles.members(database, circle.id)] == [1, 2, 3, 4, 5]
    assert [m.is_volunteer for m in circles.members(database, circle.id)] == [False] * 3 + [True] * 2


def test_same_coordinator_twice_and_double_names_are_refused(database, circle):
    with pytest.raises(RuleViolation):
        circles.update_circle(database, circle.id, CIRCLE, (circle.volunteer_ids[0], circle.volunteer_ids[0]))
    with pytest.raises(RuleViolation):
        circles.create_circle(database, f"  {CIRCLE} ")
    with pytest.raises(InputError):
        circles.create_circle(database, "  ")
    with pytest.raises(RuleViolation):
        circles.add_volunteer_member(database, circle.id, circle.volunteer_ids[0])
    assert len(circles.members(database, circle.id)) == 5


def test_moving_up_and_down_and_removing_keep_the_order_without_gaps(database, circle):
    circles.move_member(database, circle.participants[2], -1)
    assert names(database, circle.id)[:3] == ["Geertruida Bakker", "Hendrika Mol", "Ömer Yıldız"]
    circles.move_member(database, circle.participants[0], -1)  # already first: nothing changes
    circles.move_member(database, circle.volunteers[1], +1)  # already last
    circles.move_member(database, circle.participants[0], +1)
    assert names(database, circle.id)[:3] == ["Hendrika Mol", "Geertruida Bakker", "Ömer Yıldız"]
    circles.remove_member(database, circle.participants[0])
    assert [m.position for m in circles.members(database, circle.id)] == [1, 2, 3, 4]
    assert names(database, circle.id)[:2] == ["Hendrika Mol", "Ömer Yıldız"]


def test_away_member_is_skipped_on_those_dates_only(database, circle):
    omer = circle.participants[1]
    circles.add_away(database, omer, TODAY, TODAY + timedelta(days=6), "ziekenhuis")
    today = {m.name: m.away for m in circles.members(database, circle.id, TODAY)}
    assert today["Ömer Yıldız"] == "ziekenhuis" and today["Geertruida Bakker"] is None
    later = {m.name: m.away for m in circles.members(database, circle.id, TODAY + timedelta(days=7))}
    assert later["Ömer Yıldız"] is None
    with pytest.raises(RuleViolation):  # nobody rings someone who is away
        rounds.record_round(database, circle.id, TODAY, "Wim", stalled_at=omer)
    with pytest.raises(InputError):
        circles.add_away(database, omer, TODAY, TODAY - timedelta(days=1), "vakantie")
    with pytest.raises(InputError):  # only reasons from the fixed list: no health details
        circles.add_away(database, omer, TODAY, TODAY, "hartklachten")
    [period] = circles.away_periods(database, circle.id, TODAY)
    circles.remove_away(database, period.id)
    assert circles.away_periods(database, circle.id, TODAY) == []


def test_a_completed_round_is_one_call_and_once_a_day(database, circle):
    rounds.record_round(database, circle.id, TODAY, "Wim")
    with pytest.raises(RuleViolation):
        rounds.record_round(database, circle.id, TODAY, "Wim")
    assert rounds.actions(database) == []
    [held] = rounds.rounds(database, circle.id)
    assert (held.held_on, held.stalled) == (TODAY, False)


def test_a_stalled_round_puts_an_action_on_the_list_until_closed(database, circle):
    hendrika = circle.participants[2]
    rounds.record_round(database, circle.id, TODAY, "Wim", stalled_at=hendrika)
    [action] = rounds.actions(database)
    assert (action.name, action.phone, action.circle, action.found) == ("Hendrika Mol", "020-6173333", CIRCLE, None)
    with pytest.raises(InputError):
        rounds.close_action(database, action.id, "Lies", "ze was ziek", TODAY)  # not from the list
    with pytest.raises(InputError):
        rounds.close_action(database, action.id, " ", "niet_thuis", TODAY)
    rounds.close_action(database, action.id, "Lies de Boer", "niet_thuis", TODAY)
    assert rounds.actions(database) == []
    [closed] = rounds.actions(database, include_closed=True)
    assert (closed.checked_by, closed.found, closed.closed_on) == ("Lies de Boer", "niet_thuis", TODAY)
    with pytest.raises(RuleViolation):
        rounds.close_action(database, action.id, "Lies de Boer", "alles_goed", TODAY)


def test_month_figures_count_rounds_stalls_and_how_they_ended(database, circle):
    start = date(2026, 11, 1)
    for offset in range(30):
        stall = circle.participants[offset % 3] if offset in (3, 10, 20) else None
        rounds.record_round(database, circle.id, start + timedelta(days=offset), "Wim", stalled_at=stall)
    first, second, _ = rounds.actions(database)
    rounds.close_action(database, first.id, "Lies", "alles_goed", date(2026, 11, 4))
    rounds.close_action(database, second.id, "Lies", "ziekenhuis", date(2026, 11, 12))
    rounds.record_round(database, circle.id, date(2026, 12, 1), "Wim")
    figures = rounds.month_figures(database, start)
    assert (figures.rounds, figures.completed, figures.stalled) == (30, 27, 3)
    assert figures.endings == {"alles_goed": 1, "ziekenhuis": 1, "open": 1}
    assert rounds.month_figures(database, date(2026, 12, 1)).rounds == 1


def test_bad_input_leaves_the_database_unchanged(database, circle):
    def dump():
        with database.reading() as session:
            return [
                session.execute(text(f"SELECT * FROM {table} ORDER BY id")).all()
                for table in ("telefooncirkel_member", "telefooncirkel_round", "telefooncirkel_action")
            ]

    rounds.record_round(database, circle.id, TODAY, "Wim", stalled_at=circle.participants[1])
    before = dump()
    with pytest.raises(InputError):
        circles.add_participant(
            database, circle.id, "Klaas Vaak", " ", consent_given=True, consent_by="Wim", actor="Wim"
        )
    with pytest.raises(InputError):
        circles.add_participant(
            database, circle.id, " ", "020-1234567", consent_given=True, consent_by="Wim", actor="Wim"
        )
    with pytest.raises(RuleViolation):  # the day's round is already there
        rounds.record_round(database, circle.id, TODAY, "Wim", stalled_at=circle.participants[0])
    assert dump() == before


def test_no_round_for_a_stopped_circle_or_a_day_to_come(database, circle):
    with pytest.raises(InputError):
        rounds.record_round(database, circle.id, TODAY + timedelta(days=1), "Wim")
    circles.update_circle(database, circle.id, CIRCLE, (None, None), active=False)
    with pytest.raises(RuleViolation):
        rounds.record_round(database, circle.id, TODAY, "Wim")
    assert rounds.rounds(database, circle.id) == []
    [row] = circles.list_circles(database)
    assert (row.active, row.coordinators) == (False, "")
