"""The month pack's activities and spreekuur sections on small hand-made datasets with known figures,
read back from the PDF (pypdf) and the xlsx (openpyxl)."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput, add_participant, register
from buurtzaak_desktop.services.activiteiten.programme import create_activity
from buurtzaak_desktop.services.activiteiten.sessions import cancel_session, save_attendance, sessions_between
from buurtzaak_desktop.services.regiegroep.pack import build_month_pack, write_month_pack
from buurtzaak_desktop.services.spreekuur.referrals import refer
from buurtzaak_desktop.services.spreekuur.visits import VisitInput, record_visit
from tests.activiteiten.conftest import yoga_input

NOVEMBER = date(2026, 11, 1)
ACTIVITIES, SPREEKUUR = 2, 5  # positions of sections 3 and 6 in the pack
THEME_ROWS = [["Toeslagen", "<5"], ["Taal", 5], ["Wonen", "<5"]]  # in the themes' own order (DOMAIN.md)


def _session_on(session, activity_id: int, day: date) -> int:
    (found,) = [
        s.session_id for s in sessions_between(session, day, day + timedelta(days=1)) if s.activity_id == activity_id
    ]
    return found


def _programme(database, yoga, room_id) -> None:
    """Yoga (Mondays, Nov 2026) and a Taalcafé (Wednesdays since Nov 2025) with attendance in three months."""
    zoe, ahmed, anil, mohamed = yoga["participants"].values()
    with database.transaction() as session:
        yoga_id = yoga["activity_id"]
        save_attendance(session, _session_on(session, yoga_id, date(2026, 11, 2)), [zoe, ahmed], anonymous_walk_ins=1)
        save_attendance(session, _session_on(session, yoga_id, date(2026, 11, 9)), [zoe])
        cancel_session(session, _session_on(session, yoga_id, date(2026, 11, 16)), "Docent ziek")
        save_attendance(session, _session_on(session, yoga_id, date(2026, 11, 23)), [zoe, anil, mohamed])
        cafe = create_activity(
            session,
            yoga_input(
                room_id,
                name="Taalcafé",
                weekdays=(2,),
                start_time=time(14, 0),
                end_time=time(16, 0),
                season_start=date(2025, 11, 1),
                season_end=date(2026, 11, 30),
            ),
            date(2025, 10, 1),
        )
        kees = add_participant(session, ParticipantInput("Kees Bakker"), date(2025, 10, 1)).id or 0
        for person in (kees, zoe):
            register(session, cafe.id or 0, person, date(2025, 10, 1))
        save_attendance(session, _session_on(session, cafe.id, date(2025, 11, 5)), [kees], anonymous_walk_ins=2)
        save_attendance(session, _session_on(session, cafe.id, date(2026, 10, 7)), [zoe, kees])
        save_attendance(session, _session_on(session, cafe.id, date(2026, 11, 4)), [zoe, kees])


def test_activities_this_month_against_last_month_and_last_year(database, yoga, room_id) -> None:
    _programme(database, yoga, room_id)
    section = build_month_pack(database, NOVEMBER).sections[ACTIVITIES]
    assert dict(section.figures) == {
        "Bijeenkomsten gehouden": 4,
        "Bijeenkomsten vervallen": 1,
        "Bezoeken": 9,  # Yoga 2+1 anonymous, 1, 3; Taalcafé 2
        "Unieke deelnemers": 5,  # Zoë counts once across both activities
    }
    comparison, busiest = section.tables
    assert comparison.columns == ["", "november 2026", "oktober 2026", "november 2025"]
    assert comparison.rows == [
        ["Bijeenkomsten gehouden", 4, 1, 1],
        ["Bijeenkomsten vervallen", 1, 0, 0],
        ["Bezoeken", 9, 2, 3],
        ["Unieke deelnemers", 5, 2, 1],
    ]
    assert busiest.rows == [["Yoga", 3, 7, 4, Decimal("2.3")], ["Taalcafé", 1, 2, 2, Decimal("2.0")]]


def test_activities_read_back_from_pdf_and_xlsx(database, yoga, room_id, tmp_path: Path) -> None:
    _programme(database, yoga, room_id)
    pdf, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    write_month_pack(database, NOVEMBER, pdf, xlsx)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Bijeenkomsten gehouden 4 1 1" in text and "Unieke deelnemers 5 2 1" in text
    assert "Yoga 3 7 4 2,3" in text
    rows = [list(r) for r in load_workbook(xlsx).active.iter_rows(values_only=True)]
    assert rows[_index(rows, "Bezoeken", skip=1)][:4] == ["Bezoeken", 9, 2, 3]
    assert rows[_index(rows, "Yoga")][:5] == ["Yoga", 3, 7, 4, 2.3]  # a number, not text


def _index(rows: list[list], first_cell: str, skip: int = 0) -> int:
    """The row whose first cell is first_cell; skip=1 takes the second such row (figures come before tables)."""
    return [i for i, row in enumerate(rows) if row[0] == first_cell][skip]


def _spreekuur_month(database, zoe, themes, partners) -> None:
    """Zoë (fixture: new, 25 Nov, Toeslagen) also came on 10 Nov and was referred; five anonymous visits about Taal
    in November and one in October."""
    record_visit(
        database,
        VisitInput(date(2026, 11, 10), "Henk", [themes["Toeslagen"], themes["Wonen"]], resident_id=zoe, minutes=15),
        "Henk",
    )
    for day in (3, 3, 10, 17, 24):
        record_visit(database, VisitInput(date(2026, 11, day), "Henk", [themes["Taal"]], minutes=5), "Henk")
    record_visit(database, VisitInput(date(2026, 10, 27), "Henk", [themes["Taal"]], minutes=5), "Henk")
    refer(database, zoe, partners["SEZO"], date(2026, 11, 10), "Henk")


def test_spreekuur_counts_under_five_are_hidden(database, zoe, themes, partners) -> None:
    _spreekuur_month(database, zoe, themes, partners)
    section = build_month_pack(database, NOVEMBER).sections[SPREEKUUR]
    assert dict(section.figures) == {
        "Bezoeken": 7,
        "Unieke bewoners": "<5",
        "Nieuwe bewoners": "<5",
        "Anonieme bezoeken": 5,
        "Nieuwe anonieme bezoekers": 0,
        "Trajecten gestart": 0,
        "Trajecten afgesloten": 0,
        "Afspraken gepland (naast de bezoeken)": 0,
        "Afspraken gehouden": 0,
        "Afspraken: niet verschenen": 0,
    }
    themes_table, partners_table, status_table = section.tables
    assert themes_table.rows == THEME_ROWS
    assert partners_table.rows == [["SEZO", "<5"]]
    assert status_table.rows == [["Doorverwezen", "<5"]]


def test_spreekuur_pack_holds_no_name(database, zoe, themes, partners, tmp_path: Path) -> None:
    _spreekuur_month(database, zoe, themes, partners)
    pdf, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    write_month_pack(database, NOVEMBER, pdf, xlsx)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Unieke bewoners <5" in text and "Anonieme bezoeken 5" in text and "SEZO <5" in text
    cells = [str(c) for row in load_workbook(xlsx).active.iter_rows(values_only=True) for c in row if c is not None]
    assert "<5" in cells
    for secret in ("Zoë", "Şahin", "Belastingdienst", "06-12345678", "Samen gebeld"):
        assert secret not in text and not any(secret in c for c in cells)


def test_a_month_without_activities_or_visits_says_so(database) -> None:
    pack = build_month_pack(database, date(2031, 2, 1))
    activities, spreekuur = pack.sections[ACTIVITIES], pack.sections[SPREEKUUR]
    assert activities.available and "geen aanwezigheid geregistreerd" in activities.note
    assert activities.tables[1].rows == [] and dict(activities.figures)["Bezoeken"] == 0
    assert "geen spreekuurbezoeken" in spreekuur.note and dict(spreekuur.figures)["Bezoeken"] == 0
