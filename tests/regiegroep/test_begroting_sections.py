"""The month pack's begroting sections on a small hand-made dataset with known figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from buurtzaak_desktop.domain.begroting import initiatives as rules
from buurtzaak_desktop.reports.regiegroep.pdf import write_month_pack_pdf
from buurtzaak_desktop.reports.regiegroep.xlsx import write_month_pack_xlsx
from buurtzaak_desktop.services.begroting import budget, initiatives
from buurtzaak_desktop.services.regiegroep.pack import Money, build_month_pack

NOVEMBER = date(2026, 11, 1)


def pdf_text(path: Path) -> str:
    """The PDF's text with all white space (pypdf puts table cells on lines of their own) as single spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def make_dataset(database) -> None:
    initiatives.set_fund_budget(database, 2026, 1_000_000)  # € 10.000
    new = initiatives.submit(
        database,
        initiatives.Application(
            year=2026,
            applicant="Ayşe Yılmaz",
            title="Taalcafé",
            submitted_on=date(2026, 11, 3),
            description="Wekelijks samen Nederlands oefenen.",
            start_date=date(2026, 12, 5),
            requested_cents=45_000,
        ),
    )
    assert new
    granted = initiatives.submit(
        database,
        initiatives.Application(
            year=2026,
            applicant="Jan de Vries",
            title="Buurtbarbecue",
            submitted_on=date(2026, 9, 20),
            start_date=date(2026, 10, 20),
            requested_cents=80_000,
        ),
    )
    initiatives.start_review(database, granted)
    initiatives.decide(database, granted, rules.GRANTED, date(2026, 10, 14), "Door en voor bewoners.", 60_000)
    initiatives.pay(database, granted, rules.ADVANCE, date(2026, 10, 15), 30_000)
    rejected = initiatives.submit(
        database,
        initiatives.Application(
            year=2026, applicant="Firma X", title="Reclamedag", submitted_on=date(2026, 9, 25), requested_cents=20_000
        ),
    )
    initiatives.start_review(database, rejected)
    initiatives.decide(database, rejected, rules.REJECTED, date(2026, 10, 14), "Commercieel doel.")
    income = budget.add_line(database, 2026, budget.LineDraft("baten", "Gemeente", "Subsidie", 10_000_000))
    expense = budget.add_line(database, 2026, budget.LineDraft("lasten", "Huisvesting", "Huur", 10_050_000))
    budget.add_actual(database, income, date(2026, 2, 1), "Eerste deel", 5_000_000)
    budget.add_actual(database, expense, date(2026, 11, 30), "Huur t/m november", 9_000_000)
    budget.add_actual(database, expense, date(2026, 12, 1), "Huur december (na de maand)", 1_050_000)


def test_agenda_fund_and_budget_figures(database) -> None:
    make_dataset(database)
    pack = build_month_pack(database, NOVEMBER)
    agenda, fund = pack.sections[0], pack.sections[1]
    [report_budget] = [s for s in pack.sections if s.title == "8. Begroting"]
    assert dict(agenda.figures) == {
        "Aanvragen te beoordelen": 1,
        "Besluiten vorige vergadering": 2,
        "Wachten op verantwoording": 1,
    }
    assert agenda.tables[0].rows[0][:4] == ["Ayşe Yılmaz", "Taalcafé", "05-12-2026", Money(45_000)]
    assert dict(fund.figures) == {
        "Budget van het fonds": Money(1_000_000),
        "Toegekend": Money(60_000),
        "Uitbetaald": Money(30_000),
        "Toegezegd, nog niet uitbetaald": Money(30_000),
        "Nog beschikbaar": Money(940_000),
    }
    figures = dict(report_budget.figures)
    assert figures["Saldo begroot"] == Money(-50_000)  # € 500 short
    assert figures["Lasten gerealiseerd"] == Money(9_000_000)  # December's rent is after the month


def test_pdf_and_xlsx_carry_the_same_figures(database, tmp_path: Path) -> None:
    make_dataset(database)
    pack = build_month_pack(database, NOVEMBER)
    pdf, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    write_month_pack_pdf(pack, pdf)
    write_month_pack_xlsx(pack, xlsx)
    text = pdf_text(pdf)
    for expected in (
        "Taalcafé",
        "Ayşe Yılmaz",
        "Nog beschikbaar € 9.400,00",
        "Saldo begroot € -500,00",
        "Commercieel doel.",
        "afgewezen",
    ):
        assert expected in text
    values: dict[str, object] = {}
    for row in load_workbook(xlsx).active.iter_rows(values_only=True):
        if row[0]:
            values.setdefault(row[0], row[1])  # a figure's label comes before a table of the same name
    assert values["Nog beschikbaar"] == 9400
    assert values["Saldo begroot"] == -500
    assert values["Aanvragen te beoordelen"] == 1


def test_a_month_without_data_is_plain(database, tmp_path: Path) -> None:
    pack = build_month_pack(database, NOVEMBER)
    [report_budget] = [s for s in pack.sections if s.title == "8. Begroting"]
    assert "nog geen begroting voor 2026" in report_budget.note
    write_month_pack_pdf(pack, tmp_path / "empty.pdf")
    text = pdf_text(tmp_path / "empty.pdf")
    assert "Aanvragen te beoordelen 0" in text
    assert "Nog beschikbaar € 0,00" in text
