"""The regiegroep month pack: a valid, plain report even where an area has no figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.reports.regiegroep.pdf import write_month_pack_pdf
from buurtzaak_desktop.services.regiegroep.pack import (
    Money,
    MonthPack,
    Section,
    Table,
    anonymous_count,
    build_month_pack,
)


def test_small_counts_are_hidden() -> None:
    assert [anonymous_count(n) for n in (0, 1, 4, 5, 12)] == [0, "<5", "<5", 5, 12]


def test_every_section_is_present_in_order(database) -> None:
    pack = build_month_pack(database, date(2026, 11, 1))
    assert [s.title.split(".")[0] for s in pack.sections] == ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    assert pack.month_title == "november 2026"
    assert pack.centre_name == "Huis van de Wijk De Buurtzaak"


def test_pdf_has_centre_month_and_page_number_on_every_page(tmp_path: Path) -> None:
    long_table = Table("Veel rijen", ["Naam", "Bedrag"], [[f"Regel {i}", Money(i * 100)] for i in range(150)])
    pack = MonthPack(
        "Buurthuis Test",
        date(2026, 3, 1),
        [
            Section("1. Lang", tables=[long_table], bars=[("Begroot", 500000), ("Besteed", 123456)]),
            Section("2. Leeg", available=False, note="Dit onderdeel zit nog niet in deze versie van Buurtzaak."),
        ],
    )
    path = tmp_path / "pack.pdf"
    write_month_pack_pdf(pack, path)
    pages = PdfReader(path).pages
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert "Buurthuis Test" in text and "maart 2026" in text and f"pagina {number}" in text
    everything = "".join(page.extract_text() for page in pages)
    assert "Regel 149" in everything and "€ 1.234,56" in everything and "nog niet in deze versie" in everything


def test_command_writes_pdf_and_xlsx(tmp_path: Path, capsys) -> None:
    folder = str(tmp_path / "data")
    assert main(["demo", "--data-dir", folder]) == 0
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert (
        main(
            ["report", "regiegroep", "--month", "2026-11", "--out", str(pdf), "--xlsx", str(xlsx), "--data-dir", folder]
        )
        == 0
    )
    assert "november 2026" in PdfReader(pdf).pages[0].extract_text()
    sheet = load_workbook(xlsx).active
    assert "regiegroep november 2026" in sheet["A1"].value


def test_bad_month_is_refused_in_dutch(tmp_path: Path, capsys) -> None:
    code = main(
        [
            "report",
            "regiegroep",
            "--month",
            "2026-13",
            "--out",
            str(tmp_path / "r.pdf"),
            "--data-dir",
            str(tmp_path / "d"),
        ]
    )
    assert code == 1
    assert "geen geldige maand" in capsys.readouterr().err


def test_names_in_any_script_and_numbers_the_dutch_way(tmp_path: Path) -> None:
    """An Arabic or Devanagari applicant is drawn in the Noto fonts (DejaVu has no such glyphs: empty boxes)."""
    names = Table("Aanvragers", ["Aanvrager", "Bezoeken"], [["Youssef بنعلي", 1155], ["Leyla शर्मा", 3]])
    pack = MonthPack("Buurthuis Test", date(2026, 3, 1), [Section("1. Namen", tables=[names])])
    path = tmp_path / "pack.pdf"
    write_month_pack_pdf(pack, path)
    page = PdfReader(path).pages[0]
    fonts = {str(font["/BaseFont"]).split("+")[-1] for font in page["/Resources"]["/Font"].values()}
    assert {"NotoSansArabic", "NotoSansDevanagari"} <= {name.split("-")[0] for name in fonts}
    text = page.extract_text()
    assert "1.155" in text and "Youssef" in text and "Leyla" in text
