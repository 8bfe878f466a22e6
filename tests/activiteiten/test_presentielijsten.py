"""The week's presentielijsten read back with pypdf: one page per session, every name, blank rows, 'vervallen'."""

from __future__ import annotations

from datetime import date, time

from pypdf import PdfReader

from buurtzaak_desktop.reports.activiteiten.presentielijst import AttendanceSheet, SheetLine, write_attendance_sheets
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput, add_participant, register
from buurtzaak_desktop.services.activiteiten.printing import print_presentielijsten
from buurtzaak_desktop.services.activiteiten.programme import create_activity
from buurtzaak_desktop.services.activiteiten.sessions import cancel_session, week_sessions

from .conftest import TODAY, yoga_input

MONDAY = date(2026, 11, 30)


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_a_week_of_lists(database, yoga, room_id, tmp_path) -> None:
    with database.transaction() as session:
        other = create_activity(session, yoga_input(room_id, name="Kookgroep 1", weekdays=(2,), walk_in_rows=4), TODAY)
        cook = add_participant(session, ParticipantInput("Şükrü Öztürk", phone="06-99999999"), TODAY)
        register(session, other.id or 0, cook.id or 0, TODAY)
        wednesday = next(s for s in week_sessions(session, MONDAY) if s.activity == "Kookgroep 1")
        cancel_session(session, wednesday.session_id, "Keuken in onderhoud")
    out = tmp_path / "week.pdf"
    assert print_presentielijsten(database, out, MONDAY) == 2
    yoga_page, cook_page = _pages(out)
    assert "Yoga" in yoga_page and "ma 30 november 2026" in yoga_page and "10:00" in yoga_page
    assert "Activiteitenruimte 1" in yoga_page and "Sanne de Vries" in yoga_page
    for name in ("Zoë Şahin", "Ahmed Bakkali"):
        assert name in yoga_page
    # phone numbers only with consent: Zoë consented, Ahmed did not
    assert "06-12345678" in yoga_page and "06-22222222" not in yoga_page
    assert "Handtekening" in yoga_page
    assert "VERVALLEN" in cook_page and "Keuken in onderhoud" in cook_page and "Şükrü" not in cook_page
    assert "VERVALLEN" not in yoga_page


def test_names_sorted_blank_rows_and_scripts(tmp_path) -> None:
    names = ["Zoë Şahin", "Ayşe Yılmaz", "محمد العلوي", "अनिल शर्मा", "Brahim Aït Taleb"]
    sheet = AttendanceSheet(
        "Taalcafé",
        date(2026, 12, 2),
        time(19),
        time(21),
        "Aula",
        "Buurtgroep",
        tuple(SheetLine(n) for n in names),
        blank_rows=6,
    )
    out = tmp_path / "one.pdf"
    write_attendance_sheets(out, "De Buurtzaak", "Presentielijsten", [sheet])
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for latin in ("Zoë Şahin", "Ayşe Yılmaz", "Brahim Aït Taleb", "Taalcafé"):
        assert latin in text
    assert "अनिल शर्मा" in text
    assert "محمد العلوي" in text  # drawn right to left; pypdf reads it back as typed
    raw = out.read_bytes()
    assert b"NotoSansArabic" in raw and b"NotoSansDevanagari" in raw  # the shaped scripts are embedded
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert content.count(" re S") == len(names) + 6  # one stroked tick box per row: names and blank rows


def test_mixed_script_names_keep_their_latin_part(tmp_path) -> None:
    """The Noto fonts for Arabic and Devanagari have no Latin letters: a name is drawn in runs per script."""
    from buurtzaak_desktop.reports.pdf import text_runs

    assert text_runs("Ilse الإدريسي") == ["Ilse ", "الإدريسي"]
    sheet = AttendanceSheet(
        "Taalcafé",
        date(2026, 12, 2),
        time(19),
        time(21),
        lines=(SheetLine("Ilse الإدريسي"), SheetLine("रवि Kowalski")),
        blank_rows=0,
    )
    out = tmp_path / "mixed.pdf"
    write_attendance_sheets(out, "De Buurtzaak", "Presentielijsten", [sheet])
    text = _pages(out)[0]
    assert "Ilse" in text and "Kowalski" in text and "रवि" in text


def test_same_data_same_bytes(database, yoga, tmp_path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    print_presentielijsten(database, first, MONDAY)
    print_presentielijsten(database, second, MONDAY)
    assert first.read_bytes() == second.read_bytes()


def test_a_long_list_continues_on_a_second_page(tmp_path) -> None:
    sheet = AttendanceSheet(
        "Doorlopende inloop",
        date(2026, 12, 2),
        time(9),
        time(12),
        lines=tuple(SheetLine(f"Deelnemer {i:03d}") for i in range(60)),
        blank_rows=5,
    )
    out = tmp_path / "long.pdf"
    assert write_attendance_sheets(out, "De Buurtzaak", "Presentielijsten", [sheet]) == 2
    texts = _pages(out)
    assert "blad 1 van 2" in texts[0] and "Deelnemer 059" in texts[1]
    assert all(f"Deelnemer {i:03d}" in "".join(texts) for i in range(60))


def test_no_sessions_gives_a_notice(database, tmp_path) -> None:
    out = tmp_path / "empty.pdf"
    assert print_presentielijsten(database, out, MONDAY) == 1
    assert "Geen bijeenkomsten" in _pages(out)[0]
