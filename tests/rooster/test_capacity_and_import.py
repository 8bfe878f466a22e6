"""Room capacity is a hard limit (fire safety) in a booking, a series, an edit and the import; the import brings
the number of people and the tariff (so imported rentals bring in rent) and finds groups in any spelling."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.models import Group, Room
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.rooster.bookings import BookingChanges, update_booking
from buurtzaak_desktop.services.rooster.budget import budget_actual_cents
from buurtzaak_desktop.services.rooster.queries import bookings_for

HEADER = "ruimte;datum;begin;eind;omschrijving;groep;herhaling;tot;bhv;personen;tarief"


def test_a_series_over_capacity_is_refused_whole(booker, database) -> None:
    with pytest.raises(RuleViolation, match=r"Keuken is voor hoogstens 20 personen.*voor 21"):
        booker("Keuken", "10:00", "11:00", people=21, frequency="weekly", until=date(2027, 1, 25))
    assert bookings_for(database) == []


def test_a_combined_room_has_its_own_capacity(booker) -> None:
    assert booker("Activiteitenruimte 1+2", "10:00", "11:00", people=40).booking_ids
    with pytest.raises(RuleViolation, match="Activiteitenruimte 1\\+2 is voor hoogstens 40"):
        booker("Activiteitenruimte 1+2", "12:00", "13:00", people=41)


def test_moving_or_growing_a_booking_past_capacity_is_refused(booker, database, rooms) -> None:
    booking_id = booker("Aula", "10:00", "11:00", people=30).booking_ids[0]
    with pytest.raises(RuleViolation, match="Activiteitenruimte 2 is voor hoogstens 15"):
        update_booking(database, booking_id, BookingChanges(room_id=rooms["Activiteitenruimte 2"]))
    with pytest.raises(RuleViolation, match="Aula is voor hoogstens 80"):
        update_booking(database, booking_id, BookingChanges(people=81))
    assert [(b.room_id, b.people) for b in bookings_for(database)] == [(rooms["Aula"], 30)]


def test_capacity_check_finds_a_booking_over_capacity(booker, database) -> None:
    booking_id = booker("Keuken", "10:00", "11:00", people=20).booking_ids[0]
    assert run_checks(database, ["rooster-capaciteit"]) == {"rooster-capaciteit": []}
    with database.transaction() as session:
        session.execute(text("UPDATE booking SET people = 25 WHERE id = :id"), {"id": booking_id})
    found = run_checks(database, ["rooster-capaciteit"])["rooster-capaciteit"]
    assert found == [f"Boeking {booking_id} is voor 25 personen; de ruimte is voor hoogstens 20."]


def _import(data_paths, tmp_path: Path, rows: list[str], *extra: str) -> int:
    path = tmp_path / "boekingen.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return main(["import", "boekingen", str(path), *extra, "--data-dir", str(data_paths.root)])


def test_import_brings_people_and_tariff_and_so_the_rent(data_paths, database, rooms, tmp_path, capsys) -> None:
    assert (
        _import(
            data_paths,
            tmp_path,
            [
                "Aula;2026-12-07;10:00;12:00;Verhuur;Stichting X;;;;60;commercieel",
                "Keuken;2026-12-07;10:00;11:00;Koken;Kookgroep 1;;;;12;niet-commercieel",
                "Keuken;2026-12-08;10:00;11:00;Gratis;kookgroep 1 ;;;;;",
            ],
        )
        == 0
    )
    capsys.readouterr()
    booked = {b.title: b for b in bookings_for(database)}
    assert (booked["Verhuur"].people, booked["Verhuur"].tariff) == (60, "commercial")
    assert (booked["Koken"].people, booked["Koken"].tariff) == (12, "non_commercial")
    assert (booked["Gratis"].people, booked["Gratis"].tariff) == (0, "free")
    with database.reading() as session:
        # €15 an hour commercial x 2 h + €5 x 1 h (the default rates)
        assert budget_actual_cents(session, 2026, until=date(2026, 12, 31)) == 3500
        assert [g.name for g in session.exec(select(Group).order_by(Group.id))] == ["Stichting X", "Kookgroep 1"]


def test_import_matches_a_known_group_in_any_spelling(data_paths, database, booker, tmp_path, capsys) -> None:
    booker("Aula", "08:00", "09:00", group_name="Kookgroep 1")
    assert _import(data_paths, tmp_path, ["Keuken;2026-12-08;10:00;11:00;Koken;  KOOKGROEP   1;;;;;"]) == 0
    assert {b.group_name for b in bookings_for(database)} == {"Kookgroep 1"}
    with database.reading() as session:
        assert len(list(session.exec(select(Group)))) == 1


def test_import_refuses_rows_over_capacity_and_bad_values(data_paths, database, rooms, tmp_path, capsys) -> None:
    assert (
        _import(
            data_paths,
            tmp_path,
            [
                "Spreekkamer;2026-12-07;10:00;11:00;Te vol;;;;;5;",
                "Keuken;2026-12-07;12:00;13:00;Reeks te vol;;wekelijks;2027-01-25;;21;gratis",
                "Aula;2026-12-07;10:00;11:00;Veel;;;;;veel;",
                "Aula;2026-12-07;12:00;13:00;Duur;;;;;;duur",
                "Aula;2026-12-07;14:00;15:00;Goed;;;;;80;gratis",
            ],
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "4 fout(en), er is niets geïmporteerd" in err
    assert "rij 2, kolom 'personen'" in err and "Spreekkamer is voor hoogstens 4 personen" in err
    assert "rij 3, kolom 'personen'" in err and "Keuken is voor hoogstens 20 personen" in err
    assert "rij 4, kolom 'personen'" in err and "'veel'" in err
    assert "rij 5, kolom 'tarief'" in err and "'duur'" in err
    assert bookings_for(database) == []


def test_an_activity_books_for_its_leader_group_and_within_capacity(database) -> None:
    from buurtzaak_desktop.services.activiteiten.programme import ProgrammeService
    from tests.activiteiten.conftest import TODAY, yoga_input

    with database.transaction() as session:
        session.add(Room(name="Activiteitenruimte 1", capacity=25))
    with database.reading() as session:
        room_id = session.exec(select(Room.id)).one()
    service = ProgrammeService(database)
    too_many = service.preview(None, yoga_input(room_id, expected=30), TODAY)
    assert too_many and "hoogstens 25 personen" in too_many[0].error.message
    activity_id, skipped, _ = service.save(None, yoga_input(room_id, leader="Vrouwengroep Al Amal"), TODAY)
    assert skipped == []
    assert {b.group_name for b in bookings_for(database)} == {"Vrouwengroep Al Amal"}
    with pytest.raises(RuleViolation, match="hoogstens 25 personen"):
        service.save(activity_id, yoga_input(room_id, leader="VROUWENGROEP AL AMAL", expected=30), TODAY)
    assert {b.people for b in bookings_for(database)} == {4}
    service.save(activity_id, yoga_input(room_id, leader="vrouwengroep al amal ", expected=25), TODAY)
    assert {(b.group_name, b.people) for b in bookings_for(database)} == {("Vrouwengroep Al Amal", 25)}
    assert run_checks(database, ["rooster-capaciteit", "activiteit-boeking"]) == {
        "rooster-capaciteit": [],
        "activiteit-boeking": [],
    }
