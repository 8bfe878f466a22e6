"""Opening hours are a setting: per weekday (open or not, from, to) and exceptions per date (closed, opened, other
hours; a public holiday can be opened). Through the service, `buurtzaak free` and the old stored form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.domain.rooster.hours import DEFAULT_WEEK, WeekdayHours, day_hours, week_setting, weekly_hours
from buurtzaak_desktop.services.rooster.calendar import (
    OpeningCalendar,
    OpeningException,
    calendar_for,
    list_exceptions,
    set_exception_in,
)
from buurtzaak_desktop.services.rooster.settings import read_rooster_settings, save_rooster_settings
from buurtzaak_desktop.services.settings import SettingsService, write_setting
from tests.rooster.conftest import MONDAY

WEDNESDAY, FRIDAY, CHRISTMAS = date(2026, 12, 9), date(2026, 12, 11), date(2026, 12, 25)


def _save(database, week=DEFAULT_WEEK, exceptions=None) -> None:
    save_rooster_settings(database, replace(read_rooster_settings(database), week=tuple(week)), exceptions)


def test_defaults_are_the_werkplan_hours_and_the_old_stored_form_still_reads(database) -> None:
    assert read_rooster_settings(database).week == DEFAULT_WEEK
    assert DEFAULT_WEEK[0] == WeekdayHours(True, time(8), time(21))
    assert DEFAULT_WEEK[5] == WeekdayHours(False, time(10), time(17))  # opened by exception only
    SettingsService(database).set("opening_hours", {"weekday": ["09:00", "20:00"], "weekend": ["11:00", "16:00"]})
    assert weekly_hours(SettingsService(database).get("opening_hours"))[2] == WeekdayHours(True, time(9), time(20))
    assert calendar_for(database, MONDAY, MONDAY)[0].closes == time(20)


def test_weekday_table_closes_a_day_and_changes_hours(booker, database) -> None:
    week = list(DEFAULT_WEEK)
    week[2] = WeekdayHours(False, time(8), time(21))  # Wednesday closed
    week[4] = WeekdayHours(True, time(9), time(17))  # Friday 09:00-17:00
    _save(database, week)
    with pytest.raises(RuleViolation, match="gesloten"):
        booker("Aula", "10:00", "11:00", day=WEDNESDAY)
    with pytest.raises(RuleViolation, match="09:00–17:00"):
        booker("Aula", "16:00", "18:00", day=FRIDAY)
    assert booker("Aula", "09:00", "17:00", day=FRIDAY).booking_ids


def test_exceptions_open_a_public_holiday_give_other_hours_and_close_a_day(booker, database) -> None:
    _save(
        database,
        exceptions={
            CHRISTMAS: OpeningException(CHRISTMAS, True, time(12), time(16), "Kerstlunch"),
            WEDNESDAY: OpeningException(WEDNESDAY, True, time(10), time(14)),
            MONDAY: OpeningException(MONDAY, False, reason="Teamdag"),
            date(2026, 12, 12): OpeningException(date(2026, 12, 12), True),  # a Saturday, the weekday's hours
        },
    )
    assert booker("Aula", "12:00", "15:00", day=CHRISTMAS).booking_ids
    with pytest.raises(RuleViolation, match="12:00–16:00"):
        booker("Aula", "15:00", "17:00", day=CHRISTMAS)
    with pytest.raises(RuleViolation, match="10:00–14:00"):
        booker("Aula", "15:00", "16:00", day=WEDNESDAY)
    with pytest.raises(RuleViolation, match="Teamdag"):
        booker("Aula", "10:00", "11:00")
    saturday = calendar_for(database, date(2026, 12, 12), date(2026, 12, 12))[0]
    assert (saturday.opens, saturday.closes) == (time(10), time(17))
    assert [(e.day, e.is_open) for e in list_exceptions(database, date(2026, 12, 1))] == [
        (MONDAY, False),
        (WEDNESDAY, True),
        (date(2026, 12, 12), True),
        (CHRISTMAS, True),
    ]
    _save(database, exceptions={WEDNESDAY: None, MONDAY: OpeningException(MONDAY, True)})  # back to normal; reopened
    assert calendar_for(database, WEDNESDAY, WEDNESDAY)[0].closes == time(21)
    assert calendar_for(database, MONDAY, MONDAY)[0].is_open


def test_bad_hours_save_nothing(database) -> None:
    week = list(DEFAULT_WEEK)
    week[0] = WeekdayHours(True, time(21), time(8))
    with pytest.raises(InputError, match="maandag"):
        _save(database, week)
    with pytest.raises(InputError):
        _save(database, exceptions={WEDNESDAY: OpeningException(WEDNESDAY, True, time(14), time(10))})
    with pytest.raises(InputError):
        _save(database, exceptions={WEDNESDAY: OpeningException(WEDNESDAY, True, time(14), None)})
    assert read_rooster_settings(database).week == DEFAULT_WEEK
    assert list_exceptions(database, date(2026, 1, 1)) == []


def test_an_opening_wins_over_a_holiday_and_a_closing_day_wins_over_an_opening() -> None:
    opened = day_hours(CHRISTMAS, DEFAULT_WEEK, {}, {CHRISTMAS: (None, None)})
    assert (opened.opens, opened.closes) == (time(8), time(21))
    assert not day_hours(CHRISTMAS, DEFAULT_WEEK, {CHRISTMAS: "dicht"}, {CHRISTMAS: (None, None)}).is_open


def test_free_warns_outside_the_hours_on_an_open_day(data_paths, database, rooms, capsys) -> None:
    folder = str(data_paths.root)
    assert main(["free", "--date", "2026-12-07", "--from", "20:00", "--to", "22:00", "--data-dir", folder]) == 0
    out = capsys.readouterr().out
    assert "Let op: buiten de openingstijden; alleen met BHV." in out and "08:00–21:00" in out
    assert "Aula" in out
    assert main(["free", "--date", "2026-12-07", "--from", "19:00", "--to", "21:00", "--data-dir", folder]) == 0
    assert "Let op" not in capsys.readouterr().out
    assert main(["free", "--date", "2026-12-25", "--from", "19:00", "--to", "21:00", "--data-dir", folder]) == 0
    assert "gesloten" in capsys.readouterr().out


def test_dagrooster_pdf_shows_an_out_of_hours_booking_with_its_beheerder(
    booker, beheerders, database, tmp_path
) -> None:
    from pypdf import PdfReader

    from buurtzaak_desktop.services.rooster.printing import print_day

    booker("Aula", "21:00", "23:30", title="Nachtoverleg", bhv_volunteer_id=beheerders["valid"])
    booker("Keuken", "10:00", "12:00", title="Koken")
    out = tmp_path / "dag.pdf"
    print_day(database, MONDAY, out)
    text = PdfReader(out).pages[0].extract_text()
    assert "21:00–23:30" in text and "Nachtoverleg" in text and "BHV: Henk Bakker" in text
    assert "23:00" in text and "24:00" in text  # the hours grew past 22:00
    assert "Koken" in text and "BHV: Henk Bakker" not in text.split("Koken")[1][:20]


def test_one_exception_per_date_whichever_dialog_sets_it(database) -> None:
    from buurtzaak_desktop.services.rooster.calendar import set_closing_day, set_weekend_opening

    saturday = date(2026, 12, 12)
    set_weekend_opening(database, saturday, True)
    set_closing_day(database, saturday, "Schoonmaak")
    assert [(e.day, e.is_open, e.reason) for e in list_exceptions(database, saturday)] == [
        (saturday, False, "Schoonmaak")
    ]
    set_weekend_opening(database, saturday, True)
    assert [(e.day, e.is_open) for e in list_exceptions(database, saturday)] == [(saturday, True)]


def test_the_calendar_sees_what_its_own_transaction_changed(database) -> None:
    """The calendar reads plain tables (no models), which the ORM does not flush before reading: it flushes first, so
    a rule checked in the same transaction as a change of the hours or an exception sees that change."""
    week = (WeekdayHours(True, time(9), time(17)), *DEFAULT_WEEK[1:])
    with database.transaction() as session:
        write_setting(session, "opening_hours", week_setting(week))
        set_exception_in(session, FRIDAY, OpeningException(FRIDAY, False, reason="Studiedag"))
        calendar = OpeningCalendar(session, MONDAY, FRIDAY)
        assert (calendar.hours(MONDAY).opens, calendar.hours(MONDAY).closes) == (time(9), time(17))
        assert calendar.hours(FRIDAY).opens is None and calendar.hours(FRIDAY).reason == "Studiedag"
