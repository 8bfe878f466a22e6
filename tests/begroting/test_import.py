"""Importing a budget: Dutch amounts, all or nothing with every bad row listed, refusing an existing year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.reports.xlsx import set_value
from buurtzaak_desktop.services.begroting import sources
from buurtzaak_desktop.services.begroting.budget import LineDraft, add_actual, add_line, budget_summary, budget_years
from buurtzaak_desktop.services.begroting.importing import import_budget
from buurtzaak_desktop.services.importing import ImportFailed
from buurtzaak_desktop.services.rooster import budget as room_rent
from tests.begroting import linked_rent
from tests.begroting.linked_rent import RENT_2026_CENTS

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


def test_numbers_in_cells_are_read_as_numbers(database: Database, tmp_path: Path) -> None:
    """A cell holding the number 12.345 is twelve euros and a fraction of a cent, not the Dutch "12.345"."""
    rows = [
        ["jaar", "soort", "categorie", "post", "begroot", "realisatie"],
        [2027, "lasten", "Activiteiten", "Koffie", 12.345, None],
        [2027, "lasten", "Activiteiten", "Thee", 1.5, 0.25],
        [2027, "lasten", "Activiteiten", "Soep", "12.345", None],  # typed as text: the Dutch way
    ]
    with pytest.raises(ImportFailed) as failed:
        import_budget(database, _xlsx(tmp_path / "getallen.xlsx", rows))
    assert [error.message for error in failed.value.errors] == [
        "rij 2, kolom 'begroot': 12,345 is geen bedrag in hele centen (meer dan twee decimalen)."
    ]
    assert budget_years(database) == []
    rows[1][4] = 12.34
    import_budget(database, _xlsx(tmp_path / "getallen.xlsx", rows))
    summary = budget_summary(database, 2027, as_of=date(2027, 12, 31))
    budgets = {line.name: line.budget_cents for c in summary.categories for line in c.lines}
    assert budgets == {"Koffie": 1_234, "Thee": 150, "Soep": 1_234_500}
    assert summary.expense_actual_cents == 25


def test_a_file_without_posts_is_refused(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "leeg.csv"
    path.write_text("jaar;soort;categorie;post;begroot;realisatie\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="geen enkele begrotingspost"):
        import_budget(database, path)
    missing = tmp_path / "kolommen.csv"
    missing.write_text("jaar;soort;categorie;post\n2027;baten;Gemeente;Subsidie\n", encoding="utf-8")
    with pytest.raises(InputError, match="mist de kolom\\(men\\): begroot"):
        import_budget(database, missing)


def test_replacing_a_year_keeps_the_link_to_the_rooster(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(room_rent, "budget_actual_cents", linked_rent.budget_actual_cents)  # a fixed rent
    rent = add_line(database, 2026, LineDraft("baten", "Eigen inkomsten", "Zaalhuur", 1_800_000, sources.ROOM_RENT))
    add_actual(database, rent, date(2026, 3, 1), "Verhuur buiten het rooster", 10_000)
    path = tmp_path / "nieuw.csv"
    whole = RENT_2026_CENTS + 25_000  # the coordinator's figure: all room rent so far
    path.write_text(
        "jaar;soort;categorie;post;begroot;realisatie\n"
        f"2026;baten;Eigen inkomsten;zaalhuur;19.000;{format_cents(whole, symbol=False)}\n"
        "2026;baten;Eigen inkomsten;Bijdragen;6.500;\n",
        encoding="utf-8",
    )
    report = import_budget(database, path, dry_run=True, replace=True)
    assert report.details[-1] == (
        f"2026 zaalhuur: blijft gekoppeld, {format_cents(RENT_2026_CENTS)} komt uit zaalhuur uit het Rooster, "
        "€ 250,00 geboekt uit het bestand"
    )
    import_budget(database, path, replace=True)
    summary = budget_summary(database, 2026, as_of=date(2026, 12, 31))
    lines = {line.name: line for c in summary.categories for line in c.lines}
    assert (lines["zaalhuur"].actual_cents, lines["zaalhuur"].linked_cents) == (whole, RENT_2026_CENTS)  # not twice
    assert lines["zaalhuur"].budget_cents == 1_900_000
    assert (lines["Bijdragen"].actual_cents, lines["Bijdragen"].linked_cents) == (0, 0)
