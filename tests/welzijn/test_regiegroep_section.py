"""The month pack's Welzijn op Recept section: the year to the month's end against the targets, small counts as
"<5", no names or notes; read back from the PDF and the xlsx."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from buurtzaak_desktop.services.regiegroep.pack import build_month_pack, write_month_pack
from buurtzaak_desktop.services.welzijn import followup, participants

from .conftest import NAME, NOTES, refer_new

TITLE = "9. Welzijn op Recept"
NOVEMBER = date(2026, 11, 1)


def _year(database, world, zoe) -> None:
    """Six participants referred in 2026 (five in spring), five structural by 1 November; one referred in December."""
    people = [zoe] + [
        refer_new(database, world, f"Fatima Nieuw {n}", f"06-7777777{n}", date(2026, 3, 2)) for n in range(5)
    ]
    for person in people[1:]:
        participants.record_intake(database, person, participants.IntakeNotes(), date(2026, 3, 9), actor="C")
    for person in people:
        participants.choose_arrangement(database, person, "bewegen_met_plezier", world.yoga, date(2026, 11, 9), "C")
    for person in people[1:]:
        followup.record_outcome(database, person, "structureel", date(2026, 11, 20), actor="C")
    refer_new(database, world, "Later Verwezen", "06-88888888", date(2026, 12, 2))


def test_section_counts_the_year_to_the_months_end(database, world, zoe):
    _year(database, world, zoe)
    [section] = [s for s in build_month_pack(database, NOVEMBER).sections if s.title == TITLE]
    figures = dict(section.figures)
    assert figures["Deelnemers dit jaar"] == 6 and figures["Doel deelnemers"] == 50
    assert figures["Structureel"] == 5 and figures["Doel structureel"] == 40 and figures["Nog in begeleiding"] == "<5"
    assert ["Bewegen met plezier", 6] in section.tables[0].rows and ["huisarts", 6] in section.tables[1].rows
    [october] = [s for s in build_month_pack(database, date(2026, 10, 1)).sections if s.title == TITLE]
    assert dict(october.figures)["Structureel"] == 0  # the outcomes came in November
    [january] = [s for s in build_month_pack(database, date(2026, 1, 1)).sections if s.title == TITLE]
    assert dict(january.figures)["Deelnemers dit jaar"] == 0 and "nog geen deelnemers" in january.note


def test_pdf_and_xlsx_show_the_section_without_names(database, world, zoe, tmp_path):
    _year(database, world, zoe)
    pdf, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    write_month_pack(database, NOVEMBER, pdf, xlsx)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    part = text[text.index(TITLE) :]
    assert "Deelnemers dit jaar 6" in part and "Doel structureel 40" in part
    cells = [str(v) for row in load_workbook(xlsx).active.iter_rows(values_only=True) for v in row if v is not None]
    assert TITLE in cells and "Per arrangement" in cells
    for secret in (NAME, "Fatima Nieuw", "Wim Jansen", "Huisartsenpraktijk", *vars(NOTES).values()):
        assert secret not in text and secret not in cells
