"""Importing a budget: Dutch amounts, all or nothing with every bad row listed, refusing an existing year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.reports.xlsx import set_value
from buurtzaak_desktop.services.begroting.budget import budget_summary, budget_years
from buurtzaak_desktop.services.begroting.importing import import_budget
from buurtzaak_desktop.services.importing import ImportFailed

GOOD = [
    ["jaar", "soort", "categorie", "post", "begroot", "realisatie"],
    ["2027", "baten", "Gemeente", "Subsidie stadsdeel", "€ 1.234,56", "1234,56"],
    ["2027", "Baten", "Fondsen", "Oranje Fonds", "1.234", ""],
    ["2027", "lasten", "Huisvesting", "Huur", "1234.56", "100"],
    ["2027", "lasten", "Activiteiten", "=SOM(A1)", 2500, 12.5],
    ["2027", "lasten", "Activiteiten", "Buurtfeest", 0.1 + 0.2, 1234.5600000000001],  # numbers Excel computed
]


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            set_value(workbook.active.cell(row=number, column=column), value)  # '=SOM(A1)' as text
    workbook.save(path)
    return path


def test_import_reads_dutch_amounts(database: Database, tmp_path: Path) -> None:
    report = import_budget(database, _xlsx(tmp_path / "b.xlsx", GOOD))
    assert report.created == 5
    summary = budget_summary(database, 2027, as_of=date(2027, 12, 31))
    assert summary.income_budget_cents == 123_456 + 123_400
    assert summary.expense_budget_cents == 123_456 + 250_000 + 30
    assert summary.income_actual_cents == 123_456
    assert summary.expense_actual_cents == 10_000 + 1_250 + 123_456
    assert any(line.name == "=SOM(A1)" for c in summary.categories for line in c.lines)


def test_every_bad_row_is_listed_and_nothing_is_imported(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "slecht.csv"
    path.write_text(
        "jaar;soort;categorie;post;begroot;realisatie\n"
        "2027;baten;Gemeente;Subsidie;1.000;\n"
        "27;baten;Gemeente;Extra;10;\n"
        "2027;kosten;Huur;Huur;10;\n"
        "2027;lasten;Huur;GWE;tien euro;\n"
        "2027;lasten;;Schoonmaak;10;\n"
        "2027;lasten;Huur;Sleutels;12.3456789;\n"
        "2027;baten;Gemeente;subsidie;5;\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as failed:
        import_budget(database, path)
    messages = [error.message for error in failed.value.errors]
    assert messages == [
        "rij 3, kolom 'jaar': '27' is geen jaar (bijvoorbeeld 2026).",
        "rij 4, kolom 'soort': 'kosten' is geen soort: vul baten of lasten in.",
        "rij 5, kolom 'begroot': 'tien euro' is geen geldig bedrag (bijvoorbeeld 1.234,56).",
        "rij 6, kolom 'categorie': dit veld is leeg.",
        "rij 7, kolom 'begroot': '12.3456789' is geen geldig bedrag (bijvoorbeeld 1.234,56).",
        "rij 8, kolom 'post': de post 'subsidie' staat al in rij 2.",
    ]
    assert budget_years(database) == []


def test_an_existing_year_needs_replace(database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _xlsx(tmp_path / "b.xlsx", GOOD)
    assert main(["import", "begroting", str(path), "--dry-run"]) == 0
    assert "niets opgeslagen" in capsys.readouterr().out
    assert main(["import", "begroting", str(path)]) == 0
    assert main(["import", "begroting", str(path)]) == 1
    assert "Er is al een begroting voor 2027" in capsys.readouterr().err
    smaller = _xlsx(tmp_path / "c.xlsx", GOOD[:2])
    with pytest.raises(RuleViolation):
        import_budget(database, smaller)
    assert main(["import", "begroting", str(smaller), "--replace"]) == 0
    summary = budget_summary(database, 2027, as_of=date(2027, 12, 31))
    assert (summary.income_budget_cents, summary.expense_budget_cents) == (123_456, 0)
