"""The rooster's command line: free, imports (all or nothing), exports, printed roosters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.rooster.queries import bookings_between
from buurtzaak_desktop.services.vrijwilligers.certificates import bhv_holders

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture
def demo_dir(data_paths, database) -> Path:
    """Demo data up to mid 2027; tests that import pick dates in 2028, clear of whatever the demo books."""
    generate_demo(database, today=TODAY)
    return data_paths.root


def run(folder: Path, *args: str) -> int:
    return main([*args, "--data-dir", str(folder)])


def test_free_lists_rooms_best_fit_first(demo_dir, capsys) -> None:
    assert run(demo_dir, "free", "--date", "2026-12-25", "--from", "10:00", "--to", "11:00", "--people", "30") == 0
    out = capsys.readouterr().out
    assert "gesloten" in out  # Christmas
    names = [line.strip().split(" (")[0] for line in out.splitlines() if line.startswith("  ")]
    assert names == ["Activiteitenruimte 1+2", "Aula", "Theaterrestaurant", "Tuin / moestuin"]  # the garden last


def test_free_with_end_before_start_exits_1(demo_dir, capsys) -> None:
    assert run(demo_dir, "free", "--date", "2026-12-03", "--from", "12:00", "--to", "11:00") == 1
    assert "eindtijd" in capsys.readouterr().err


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


HEADER = "ruimte;datum;begin;eind;omschrijving;groep;herhaling;tot;bhv"


def test_import_with_mixed_rows_imports_nothing_and_lists_every_bad_row(demo_dir, database, tmp_path, capsys) -> None:
    with database.reading() as session:
        before = len(bookings_between(session, date(2028, 3, 1), date(2028, 3, 31)))
    path = _write(
        tmp_path / "boekingen.csv",
        [
            HEADER,
            "Aula;2028-03-07;08:00;09:00;Goed;Groep A;;;",
            "Aula;07-03-2028;08:30;09:30;Overlapt in het bestand;Groep B;;;",
            "Zolder;2028-03-07;10:00;11:00;Onbekend;;;;",
            "Aula;2028-03-07;12:00;11:00;Eind voor begin;;;;",
            "Aula;2028-03-32;12:00;13:00;Slechte datum;;;;",
            "Keuken;2028-03-07;21:00;23:00;Laat zonder BHV;;;;",
            "Keuken;2028-03-08;21:00;23:00;Laat met BHV;;;;Fatima Bakkali 2028-12-31",
            "Aula;2028-03-09;08:00;08:30;Reeks;;wekelijks;2028-03-30;",
        ],
    )
    assert run(demo_dir, "import", "boekingen", str(path)) == 1
    err = capsys.readouterr().err
    assert "6 fout(en), er is niets geïmporteerd" in err
    assert "rij 3, kolom 'begin'" in err and "Goed" in err
    assert "rij 4, kolom 'ruimte'" in err and "Zolder" in err
    assert "rij 5, kolom 'eind'" in err
    assert "rij 6, kolom 'datum'" in err
    assert "rij 7, kolom 'begin'" in err and "BHV" in err
    assert "rij 8, kolom 'bhv'" in err and "Fatima Bakkali" in err  # a typed name with a typed date: refused
    with database.reading() as session:
        assert len(bookings_between(session, date(2028, 3, 1), date(2028, 3, 31))) == before


def test_import_of_good_rows_and_dry_run(demo_dir, database, tmp_path, capsys) -> None:
    beheerder = bhv_holders(database, date(2028, 3, 30))[0].name  # a demo staff member with a BHV valid then
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(";"))
    sheet.append(["Aula", "2028-03-07", "07:00", "07:30", "Vroeg", "Groep", "", "", f"{beheerder.upper()} 31-12-2028"])
    sheet.append(["Aula", "2028-03-09", "07:00", "07:30", "Reeks", "Groep", "wekelijks", "2028-03-30", beheerder])
    path = tmp_path / "boekingen.xlsx"
    book.save(path)
    assert run(demo_dir, "import", "boekingen", str(path), "--dry-run") == 0
    assert "niets opgeslagen" in capsys.readouterr().out
    with database.reading() as session:
        assert not [b for b in bookings_between(session, date(2028, 3, 1), date(2028, 3, 31)) if b.title == "Vroeg"]
    assert run(demo_dir, "import", "boekingen", str(path)) == 0
    assert "5 boekingen" in capsys.readouterr().out
    with database.reading() as session:
        titles = [b.title for b in bookings_between(session, date(2028, 3, 1), date(2028, 3, 31))]
    assert titles.count("Reeks") == 4 and titles.count("Vroeg") == 1


def test_import_rooms(demo_dir, database, tmp_path, capsys) -> None:
    path = _write(
        tmp_path / "ruimtes.csv", ["naam,capaciteit,rolstoeltoegankelijk,tarief", 'Zolder,12,nee,"7,50"', "Aula,90,ja,"]
    )
    assert run(demo_dir, "import", "ruimtes", str(path)) == 0
    from buurtzaak_desktop.services.rooms import list_rooms

    rooms = {room.name: room for room in list_rooms(database)}
    assert (rooms["Zolder"].capacity, rooms["Zolder"].wheelchair_accessible, rooms["Zolder"].rate_cents) == (
        12,
        False,
        750,
    )
    assert rooms["Aula"].capacity == 90
    assert rooms["Zolder"].indoor and not rooms["Tuin / moestuin"].indoor  # no column "binnen": as they were
    outside = _write(tmp_path / "binnen.csv", ["naam,capaciteit,binnen", "Zolder,12,nee", "Tuin / moestuin,40,nee"])
    assert run(demo_dir, "import", "ruimtes", str(outside)) == 0
    assert not {room.name: room for room in list_rooms(database)}["Zolder"].indoor
    bad = _write(tmp_path / "slecht.csv", ["naam,capaciteit,rolstoeltoegankelijk,tarief", "Zaal,veel,misschien,"])
    assert run(demo_dir, "import", "ruimtes", str(bad)) == 1
    err = capsys.readouterr().err
    assert "kolom 'capaciteit'" in err


def test_export_xlsx_and_ics(demo_dir, tmp_path) -> None:
    xlsx = tmp_path / "b.xlsx"
    assert run(demo_dir, "export", "boekingen", "--out", str(xlsx), "--year", "2026") == 0
    sheet = load_workbook(xlsx).active
    assert [c.value for c in sheet[1]][:5] == ["Datum", "Begin", "Eind", "Ruimte", "Omschrijving"]
    assert sheet.max_row > 100
    ics = tmp_path / "b.ics"
    assert run(demo_dir, "export", "boekingen", "--out", str(ics), "--year", "2026") == 0
    text = ics.read_bytes().decode()
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") > 100
    assert "DTSTART;TZID=Europe/Amsterdam:2026" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    events = Calendar.from_ical(text).walk("VEVENT")  # a calendar program reads it back in local time
    assert {str(event.decoded("dtstart").tzinfo) for event in events} == {"Europe/Amsterdam"}
    assert run(demo_dir, "export", "boekingen", "--out", str(tmp_path / "b.txt")) == 1


def test_print_week_and_day(demo_dir, tmp_path) -> None:
    week = tmp_path / "week.pdf"
    assert run(demo_dir, "print", "weekrooster", "--week", "2026-W48", "--out", str(week)) == 0
    reader = PdfReader(week)
    text = reader.pages[0].extract_text()
    assert "Weekrooster week 48" in text and "Teamoverleg" in text
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    day = tmp_path / "dag.pdf"
    assert run(demo_dir, "print", "dagrooster", "--date", "2026-12-25", "--out", str(day)) == 0
    assert "Gesloten" in PdfReader(day).pages[0].extract_text()
    assert run(demo_dir, "print", "dagrooster", "--week", "2026-W48", "--out", str(day)) == 1


def test_demo_has_no_overlaps_and_check_is_clean(demo_dir, capsys) -> None:
    assert run(demo_dir, "check") == 0


def test_xlsx_export_shows_the_rent(demo_dir, tmp_path) -> None:
    xlsx = tmp_path / "b.xlsx"
    assert run(demo_dir, "export", "boekingen", "--out", str(xlsx), "--year", "2026") == 0
    sheet = load_workbook(xlsx).active
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=False)) for row in sheet.iter_rows(min_row=2)]
    free = [r for r in rows if r["Tarief"] == "gratis"]
    paid = [r for r in rows if r["Tarief"] == "niet-commercieel"]
    assert free and all(r["Bedrag"] == 0 for r in free)
    assert paid and all(r["Bedrag"] > 0 for r in paid)
    assert sheet.cell(row=2, column=10).number_format.startswith('"€"')
