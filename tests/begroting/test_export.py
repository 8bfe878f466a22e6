"""The Begroting workbook read back: numbers are numbers, totals are live formulas, text stays text;
and LibreOffice, recalculating it, arrives at the app's totals."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting.initiatives import ADVANCE, GRANTED
from buurtzaak_desktop.services.begroting.budget import LineDraft, add_actual, add_line
from buurtzaak_desktop.services.begroting.export import BegrotingExport, export_year
from buurtzaak_desktop.services.begroting.initiatives import (
    Application,
    decide,
    pay,
    set_fund_budget,
    start_review,
    submit,
)
from buurtzaak_desktop.services.begroting.populair import IN_KIND, record_hours
from buurtzaak_desktop.services.vrijwilligers.hours import log_hours
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer

AS_OF = date(2026, 7, 2)


@pytest.fixture
def exported(database: Database, short_budget: dict[str, int], tmp_path: Path) -> tuple[Path, BegrotingExport]:
    add_line(database, 2026, LineDraft("lasten", "Activiteiten", "=SOM(A1)", 12_345))
    add_line(database, 2026, LineDraft("lasten", "Activiteiten", "@buurtfeest +extra", 0))
    add_actual(database, short_budget["Huur"], date(2026, 1, 31), "Huur januari", 25_000)
    add_actual(database, short_budget["Zaalhuur"], date(2026, 3, 5), "Verhuur", 4_550)
    set_fund_budget(database, 2026, 500_000)
    volunteer = create_volunteer(database, VolunteerData(name="Gastvrouw"))
    log_hours(database, volunteer, date(2026, 12, 31), 72_030, source="correctie")  # 1.200,5 hours in one go
    record_hours(database, 2026, IN_KIND, "Opbouwwerker corporatie", 20_000, rate_cents=4_500)
    initiative = submit(database, Application(2026, "Said", "-Kookclub", date(2026, 2, 1), requested_cents=80_000))
    start_review(database, initiative)
    decide(database, initiative, GRANTED, date(2026, 2, 18), "Goed plan", granted_cents=75_000)
    pay(database, initiative, ADVANCE, date(2026, 2, 20), 30_000)
    out = tmp_path / "begroting.xlsx"
    return out, export_year(database, 2026, out, as_of=AS_OF)


def test_numbers_formulas_and_text(exported: tuple[Path, BegrotingExport]) -> None:
    out, data = exported
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Begroting", "Populaire begroting", "Bewonersinitiatieven"]
    sheet = workbook["Begroting"]
    rows = list(sheet.iter_rows(min_row=5))
    line = next(r for r in rows if r[2].value == "Huur")
    assert isinstance(line[3].value, (int, float)) and line[3].value == 3000  # a number, not text
    assert line[3].data_type == "n"
    assert "€" in line[3].number_format
    assert "€" in line[5].number_format and "Red" not in line[5].number_format  # underspent lasten are not bad news
    injected = next(r for r in rows if r[2].value == "=SOM(A1)")
    assert injected[2].data_type == "s"  # text, not a formula
    assert next(r for r in rows if r[2].value == "@buurtfeest +extra")[2].data_type == "s"
    totals = {r[0].value: r for r in rows if isinstance(r[0].value, str) and r[0].value.startswith(("Totaal", "Saldo"))}
    assert str(totals["Totaal lasten"][3].value).startswith("=SUM(")
    assert totals["Saldo"][3].value.startswith("=ROUND(D")
    assert sheet.freeze_panes == "A5"
    assert int(sheet.page_setup.paperSize) == 9 and sheet.page_setup.fitToWidth == 1  # A4, one page wide
    assert sheet.column_dimensions["C"].width > 8
    initiatives = workbook["Bewonersinitiatieven"]
    row = next(r for r in initiatives.iter_rows(min_row=5) if r[3].value == "Said")
    assert row[2].value == "-Kookclub" and row[2].data_type == "s"
    assert row[11].value.startswith("=IF(")
    assert data.fund.committed_unpaid_cents == 45_000


def _recalculate(source: Path, folder: Path) -> Path:
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(folder / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / "out" / source.name


def _cents(value: object) -> int:
    assert isinstance(value, (int, float)), value
    return round(value * 100)


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui to run this test",
)
def test_libreoffice_recalculates_the_apps_totals(exported: tuple[Path, BegrotingExport], tmp_path: Path) -> None:
    out, data = exported
    recalculated = load_workbook(_recalculate(out, tmp_path), data_only=True)

    def value(sheet: str, label: str, column: int, label_column: int = 0) -> object:
        for row in recalculated[sheet].iter_rows(min_row=5, values_only=True):
            if row[label_column] == label:
                return row[column]
        raise AssertionError(f"{label} not in {sheet}")

    summary = data.summary
    assert _cents(value("Begroting", "Totaal baten", 3)) == summary.income_budget_cents
    assert _cents(value("Begroting", "Totaal lasten", 3)) == summary.expense_budget_cents
    assert _cents(value("Begroting", "Totaal lasten", 4)) == summary.expense_actual_cents
    assert _cents(value("Begroting", "Saldo", 3)) == summary.saldo_budget_cents == -347 + 0 - 12_345
    assert _cents(value("Begroting", "Saldo", 4)) == summary.saldo_actual_cents
    assert value("Begroting", "Saldo", 2) == "Tekort"
    forecasts = {(f.kind, f.name): f.expected_cents for c in summary.categories for f in c.lines}
    for row in recalculated["Begroting"].iter_rows(min_row=5, values_only=True):
        if (row[0], row[2]) in forecasts:  # the forecast column is the app's figure to the cent
            assert _cents(row[7]) == forecasts[(row[0], row[2])], row
    popular = data.popular
    assert _cents(value("Populaire begroting", "Waarde van de gegeven uren", 3)) == (
        popular.volunteer_value_cents + popular.in_kind_value_cents
    )
    assert _cents(value("Populaire begroting", "Wat het centrum werkelijk kost (lasten + uren)", 3)) == (
        popular.total_value_cents
    )
    assert _cents(value("Bewonersinitiatieven", "Nog beschikbaar", 7, label_column=2)) == data.fund.available_cents
    assert _cents(value("Bewonersinitiatieven", "Toegekend, nog niet betaald", 7, label_column=2)) == 45_000


def test_cli_export_and_refused_reimport(
    database: Database, short_budget: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.xlsx"
    assert main(["export", "begroting", "--year", "2026", "--out", str(out)]) == 0
    assert "tekort € 3,47" in capsys.readouterr().out
    assert load_workbook(out)["Begroting"]["A1"].value == "Begroting 2026 met realisatie"
