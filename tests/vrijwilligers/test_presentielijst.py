"""The printable presentielijst of a training session: enrolled participants only, read back with pypdf."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from pypdf import PdfReader

from buurtzaak_desktop.reports.vrijwilligers.presentielijst import write_session_list
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
    assert "Presentielijst Basistraining" in text and "Bijeenkomst 1: Introductie" in text
    assert "Ayşe Yılmaz" in text and "Kofi Mensah" in text and "Wachtende" not in text
    assert "09:30–12:00" in text
    again = tmp_path / "again.pdf"
    write_session_list(vdb, first.id, again)
    assert again.read_bytes() == out.read_bytes()  # deterministic output
