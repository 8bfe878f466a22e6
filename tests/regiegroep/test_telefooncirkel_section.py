"""The month pack's Telefooncirkel section: rounds held, stalls and how they ended, small counts as "<5", no names;
read back from the PDF and the xlsx."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook
from pypdf import PdfReader

from buurtzaak_desktop.services.regiegroep.pack import build_month_pack, write_month_pack
from buurtzaak_desktop.services.telefooncirkel import rounds
from tests.telefooncirkel.conftest import CIRCLE, PARTICIPANTS

NOVEMBER = date(2026, 11, 1)
TITLE = "7. Telefooncirkel"


def _november(database, circle) -> None:
    """30 rounds; stalls on 6 days: 5 closed 'alles goed', one still open."""
    stalls = (2, 6, 11, 15, 19, 27)
    for offset in range(30):
        at = circle.participants[offset % 3] if offset in stalls else None
        rounds.record_round(database, circle.id, NOVEMBER + timedelta(days=offset), "Wim", stalled_at=at)
    for action in rounds.actions(database)[:5]:
        rounds.close_action(database, action.id, "Lies de Boer", "alles_goed", action.opened_on)


def test_section_counts_rounds_and_stalls(database, circle):
    _november(database, circle)
    [section] = [s for s in build_month_pack(database, NOVEMBER).sections if s.title == TITLE]
    assert dict(section.figures) == {"Belrondes": 30, "Rond gekomen": 24, "Gestokt": 6}
    assert section.tables[0].rows == [["Alles goed (telefoon niet gehoord)", 5], ["Nog open", "<5"]]
    [empty] = [s for s in build_month_pack(database, date(2026, 10, 1)).sections if s.title == TITLE]
    assert dict(empty.figures)["Gestokt"] == 0 and "geen belrondes" in empty.note


def test_pdf_and_xlsx_show_the_section_without_names(database, circle, tmp_path):
    _november(database, circle)
    pdf, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    write_month_pack(database, NOVEMBER, pdf, xlsx)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    part = text[text.index(TITLE) : text.index("8. Begroting")]
    assert "Belrondes 30" in part and "Nog open <5" in part
    cells = [str(v) for row in load_workbook(xlsx).active.iter_rows(values_only=True) for v in row if v is not None]
    assert TITLE in cells and "Hoe de gestokte belrondes afliepen" in cells
    for name, phone in PARTICIPANTS:
        assert name not in text and phone not in text and name not in cells
    assert CIRCLE not in text and "Wim Jansen" not in text
