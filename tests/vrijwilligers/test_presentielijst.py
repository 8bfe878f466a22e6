"""The printable presentielijst of a training session: enrolled participants only, read back with pypdf."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from pypdf import PdfReader

from buurtzaak_desktop.services.vrijwilligers.printing import write_session_list, write_week_overview
from buurtzaak_desktop.services.vrijwilligers.shifts import assign, create_shift
from buurtzaak_desktop.services.vrijwilligers.training import SessionPlan, create_course, enrol, sessions_of

from .conftest import TODAY


def test_presentielijst_lists_the_enrolled_not_the_waiting(vdb, add_volunteer, tmp_path: Path) -> None:
    plans = [SessionPlan(TODAY + timedelta(weeks=n), time(9, 30), time(12), "Introductie") for n in range(2)]
    course = create_course(vdb, "Basistraining", 2, plans)
    for number, name in enumerate(("Ayşe Yılmaz", "Kofi Mensah", "Wachtende Derde")):
        enrol(vdb, course, add_volunteer(name), datetime(2026, 11, 1, 10, number))
    first = sessions_of(vdb, course)[0]
    assert first.id is not None
    out = tmp_path / "lijst.pdf"
    assert write_session_list(vdb, first.id, out) == 2
    text = PdfReader(out).pages[0].extract_text()
    assert "Basistraining" in text and "Bijeenkomst: 1 — Introductie" in text
    assert "PRESENTIELIJST" in text and "Handtekening" in text  # the activity lists' page, not a page of its own
    assert "Ayşe Yılmaz" in text and "Kofi Mensah" in text and "Wachtende" not in text
    assert "09:30–12:00" in text
    again = tmp_path / "again.pdf"
    write_session_list(vdb, first.id, again)
    assert again.read_bytes() == out.read_bytes()  # deterministic output


def test_week_overview_names_the_people_and_the_open_places(vdb, add_volunteer, tmp_path: Path) -> None:
    person = add_volunteer("Şükrü Öztürk", ("receptie",))
    shift = create_shift(vdb, "receptie", 1, time(17), time(21), people_needed=2)
    create_shift(vdb, "receptie", 0, time(9), time(13))
    assign(vdb, shift, person, TODAY)
    out = tmp_path / "week.pdf"
    assert write_week_overview(vdb, out) == 2
    text = PdfReader(out).pages[0].extract_text()
    assert "2 diensten, 2 plaatsen open" in text
    assert "dinsdag\n17:00–21:00\nreceptie\n2\nŞükrü Öztürk\n1" in text
