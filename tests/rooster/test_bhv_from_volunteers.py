"""Out-of-hours bookings name a volunteer or staff member whose BHV certificate is valid on the day: through the
service, a series, a series edit, the import (service and command line) and the `rooster-bhv` check."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import text

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.domain.dates import format_date
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.domain.rooster.hours import DEFAULT_WEEK, WeekdayHours, week_setting
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.importing import ImportFailed
from buurtzaak_desktop.services.rooster.bookings import BookingChanges, update_booking
from buurtzaak_desktop.services.rooster.calendar import set_weekend_opening
from buurtzaak_desktop.services.rooster.importing import import_bookings
from buurtzaak_desktop.services.rooster.queries import booking_by_id, bookings_between
from buurtzaak_desktop.services.settings import SettingsService
from tests.rooster.conftest import MONDAY

LATER = date(2026, 12, 21)  # after Henk Bakker's BHV (valid until 2026-12-15)


def test_out_of_hours_needs_a_volunteer_whose_bhv_is_valid_that_day(booker, beheerders, database) -> None:
    with pytest.raises(RuleViolation, match="buiten de openingstijden"):
        booker("Aula", "20:00", "22:30")
    result = booker("Aula", "20:00", "22:30", bhv_volunteer_id=beheerders["valid"])
    assert booking_by_id(database, result.booking_ids[0]).bhv_volunteer_id == beheerders["valid"]
    with pytest.raises(RuleViolation, match=r"Wilma Visser heeft op .* geen geldig BHV-certificaat"):
        booker("Aula", "20:00", "22:30", day=date(2026, 12, 8), bhv_volunteer_id=beheerders["expired"])
    with pytest.raises(RuleViolation, match=r"Henk Bakker heeft op .* geen geldig BHV-certificaat"):
        booker("Aula", "20:00", "22:30", day=LATER, bhv_volunteer_id=beheerders["valid"])


def test_a_series_lists_every_out_of_hours_date_the_bhv_does_not_cover(booker, beheerders, database) -> None:
    with pytest.raises(RuleViolation) as refused:
        booker(
            "Aula",
            "20:00",
            "22:00",
            day=date(2026, 11, 30),
            frequency="weekly",
            until=date(2026, 12, 28),
            bhv_volunteer_id=beheerders["valid"],
        )
    message = refused.value.message
    assert "Henk Bakker" in message
    assert format_date(date(2026, 12, 21)) in message and format_date(date(2026, 12, 28)) in message
    assert format_date(date(2026, 12, 14)) not in message
    with database.reading() as session:
        assert bookings_between(session, date(2026, 11, 30), date(2026, 12, 28)) == []
    # inside the opening hours the series needs no BHV at all
    assert (
        len(
            booker(
                "Aula", "19:00", "21:00", day=date(2026, 11, 30), frequency="weekly", until=date(2026, 12, 28)
            ).booking_ids
        )
        == 5
    )


def test_a_series_edit_out_of_hours_lists_the_dates_too(booker, beheerders, database) -> None:
    result = booker(
        "Aula",
        "19:00",
        "21:00",
        day=date(2026, 11, 30),
        frequency="weekly",
        until=date(2026, 12, 28),
        bhv_volunteer_id=beheerders["valid"],
    )
    first = result.booking_ids[0]
    with pytest.raises(RuleViolation) as refused:
        update_booking(database, first, BookingChanges(end=time(22, 30)), scope="all")
    assert format_date(date(2026, 12, 28)) in refused.value.message
    assert booking_by_id(database, first).end == time(21)  # nothing changed
    update_booking(database, first, BookingChanges(end=time(22, 30)), scope="this")  # 30 Nov: covered
    assert booking_by_id(database, first).end == time(22, 30)


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text(
        "\n".join(["ruimte;datum;begin;eind;omschrijving;groep;herhaling;tot;bhv", *rows]) + "\n", encoding="utf-8"
    )
    return path


def test_import_names_the_beheerder_case_and_space_insensitively(database, rooms, beheerders, tmp_path) -> None:
    path = _write(
        tmp_path / "b.csv",
        [
            "Aula;2026-12-07;20:00;22:30;Laat;;;;  henk   BAKKER ",
            "Aula;2026-12-08;20:00;22:30;Oude vorm;;;;Henk Bakker 2030-01-01",  # the typed date is dropped
        ],
    )
    assert import_bookings(database, path).created == 2
    with database.reading() as session:
        found = bookings_between(session, MONDAY, date(2026, 12, 8))
    assert [b.bhv_volunteer_id for b in found] == [beheerders["valid"]] * 2


def test_import_refuses_a_typed_name_or_an_uncovered_date_with_row_and_column(
    database, rooms, beheerders, tmp_path
) -> None:
    path = _write(
        tmp_path / "b.csv",
        [
            "Aula;2026-12-07;20:00;22:30;Getypte naam;;;;Fatima Bakkali 2030-01-01",
            "Aula;2026-12-08;20:00;22:30;Verlopen;;;;Wilma Visser 2030-01-01",
            "Aula;2026-12-21;20:00;22:30;Na de einddatum;;;;Henk Bakker",
            "Aula;2026-12-09;20:00;22:30;Reeks;;wekelijks;2026-12-23;Henk Bakker",
            "Aula;2026-12-10;10:00;11:00;Binnen de tijden;;;;",
        ],
    )
    with pytest.raises(ImportFailed) as failed:
        import_bookings(database, path)
    lines = str(failed.value)
    assert "rij 2, kolom 'bhv'" in lines and "Fatima Bakkali" in lines
    assert "rij 3, kolom 'bhv'" in lines and "Wilma Visser" in lines
    assert "rij 4, kolom 'bhv'" in lines
    assert "rij 5, kolom 'bhv'" in lines and format_date(date(2026, 12, 16)) in lines
    assert "rij 6" not in lines
    with database.reading() as session:
        assert bookings_between(session, MONDAY, date(2026, 12, 31)) == []


def test_import_on_the_command_line(data_paths, database, rooms, beheerders, tmp_path, capsys) -> None:
    good = _write(tmp_path / "goed.csv", ["Aula;2026-12-07;20:00;22:30;Laat;;;;henk bakker"])
    bad = _write(tmp_path / "fout.csv", ["Aula;2026-12-07;20:00;22:30;Laat;;;;Fatima Bakkali 2027-06-30"])
    folder = str(data_paths.root)
    assert main(["import", "boekingen", str(bad), "--data-dir", folder]) == 1
    assert "rij 2, kolom 'bhv'" in capsys.readouterr().err
    assert main(["import", "boekingen", str(good), "--data-dir", folder]) == 0
    with database.reading() as session:
        assert [b.bhv_volunteer_id for b in bookings_between(session, MONDAY, MONDAY)] == [beheerders["valid"]]


def test_check_finds_an_out_of_hours_booking_whose_bhv_no_longer_covers_it(booker, beheerders, database) -> None:
    late = booker("Aula", "20:00", "22:30", day=date(2026, 12, 14), bhv_volunteer_id=beheerders["valid"])
    booker("Aula", "10:00", "11:00")  # inside the hours: no beheerder needed
    assert run_checks(database, ["rooster-bhv"]) == {"rooster-bhv": []}
    with database.transaction() as session:  # the certificate is shortened behind the app's back
        session.execute(text("UPDATE volunteer_certificate SET valid_until = '2026-12-10'"))
    found = run_checks(database, ["rooster-bhv"])["rooster-bhv"]
    assert len(found) == 1 and f"Boeking {late.booking_ids[0]} op 2026-12-14" in found[0]
    with database.transaction() as session:
        session.execute(text("UPDATE volunteer_certificate SET valid_until = '2027-12-31'"))
        session.execute(text("UPDATE booking SET bhv_volunteer_id = NULL"))
    assert len(run_checks(database, ["rooster-bhv"])["rooster-bhv"]) == 1


def test_check_reads_the_opening_calendar_the_booking_rules_read(booker, database) -> None:
    """The check judges "out of hours" by the same calendar as booking does: the week's hours and the opened days.
    When they change after booking, an ordinary booking becomes an out-of-hours one without a beheerder."""
    saturday = date(2026, 12, 12)
    set_weekend_opening(database, saturday, True)  # 10:00-17:00, the weekend's hours
    weekend = booker("Aula", "11:00", "12:00", day=saturday)
    evening = booker("Aula", "19:00", "20:30")  # MONDAY: open until 21:00
    assert run_checks(database, ["rooster-bhv"]) == {"rooster-bhv": []}
    shorter = (WeekdayHours(True, time(8), time(20)), *DEFAULT_WEEK[1:])  # Mondays until 20:00
    SettingsService(database).set("opening_hours", week_setting(shorter))
    with database.transaction() as session:  # the opened Saturday is removed behind the app's back
        session.execute(text("DELETE FROM weekend_opening"))
    found = run_checks(database, ["rooster-bhv"])["rooster-bhv"]
    assert [line.split(" valt ")[0] for line in found] == [
        f"Boeking {evening.booking_ids[0]} op 2026-12-07",
        f"Boeking {weekend.booking_ids[0]} op 2026-12-12",
    ]


def test_demo_has_out_of_hours_bookings_naming_a_bhv_holder_and_checks_clean(database) -> None:
    from buurtzaak_desktop.services.demo import generate_demo
    from buurtzaak_desktop.services.vrijwilligers.certificates import bhv_holders

    counts = generate_demo(database, today=date(2026, 12, 3))
    assert counts["boekingen buiten openingstijd"] >= 10
    with database.reading() as session:
        late = [b for b in bookings_between(session, date(2026, 12, 3), date(2027, 4, 1)) if b.bhv_volunteer_id]
    assert {b.title for b in late} == {"Bewonersavond (laat)", "Buurtfeest"}
    for booking in late:
        assert booking.bhv_volunteer_id in {h.volunteer_id for h in bhv_holders(database, booking.day)}
    assert run_checks(database, ["rooster-bhv"]) == {"rooster-bhv": []}


def test_a_bhv_on_future_bookings_cannot_pause_or_stop_until_replaced(booker, beheerders, database) -> None:
    from buurtzaak_desktop.services.rooster.bookings import cancel_booking
    from buurtzaak_desktop.services.vrijwilligers.volunteers import get_data, set_status

    late = booker("Aula", "20:00", "22:30", day=date(2026, 12, 14), bhv_volunteer_id=beheerders["valid"])
    for status in ("pauze", "gestopt"):
        with pytest.raises(RuleViolation) as refused:
            set_status(database, beheerders["valid"], status, date(2026, 12, 3))
        assert refused.value.message == (
            "Deze vrijwilliger is de BHV'er van 1 boeking(en) vanaf ma 14 december 2026. Kies daar eerst in het "
            "Rooster een andere BHV'er; er is niets gewijzigd."
        )
    assert get_data(database, beheerders["valid"])[0].status == "actief"
    assert run_checks(database, ["rooster-bhv"]) == {"rooster-bhv": []}
    in_hours = booker("Aula", "10:00", "11:00", day=date(2026, 12, 15), bhv_volunteer_id=beheerders["valid"])
    cancel_booking(database, late.booking_ids[0])
    set_status(database, beheerders["valid"], "pauze", date(2026, 12, 3))  # only a booking that needs no BHV is left
    assert get_data(database, beheerders["valid"])[0].status == "pauze"
    with database.transaction() as session:  # moved into the evening behind the app's back while they pause
        evening = "start = '20:00:00.000000', \"end\" = '21:30:00.000000'"
        session.execute(text(f"UPDATE booking SET {evening} WHERE id = {in_hours.booking_ids[0]}"))
    set_status(database, beheerders["valid"], "gestopt", date(2026, 12, 3))  # no longer active: nothing to hold back
