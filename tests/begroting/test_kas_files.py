"""``buurtzaak import kas`` (xlsx or csv, all or nothing, Dutch amounts) and ``buurtzaak export kas`` read back
with openpyxl: entries, per month and category totals, the balance."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting.kas import TOPUP
from buurtzaak_desktop.services.begroting import kas

GOOD = """datum;categorie;omschrijving;bedrag;bon
01-11-2026;aanvulling;Overboeking;€ 250,00;
03-11-2026;A;Koffie en thee;12,50;2026-101
2026-11-04;b;Broodjes overleg;"1.234";2026-102
05-11-2026;F materialen;Knutselspullen;-2,5;2026-103
"""


def _csv(tmp_path: Path, text: str, name: str = "kas.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_reads_dutch_amounts_and_dry_run_saves_nothing(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kas.add_entry(database, kas.KasDraft(date(2026, 10, 1), TOPUP, 200_000))  # enough for the broodjes
    path = _csv(tmp_path, GOOD)
    assert main(["import", "kas", str(path), "--dry-run"]) == 0
    assert "niets opgeslagen" in capsys.readouterr().out
    assert len(kas.kas_year(database, 2026).entries) == 1
    assert main(["import", "kas", str(path)]) == 0
    assert "4 kasboekingen geïmporteerd" in capsys.readouterr().out
    november = kas.kas_year(database, 2026).months[10]
    assert (november.topup_cents, november.spent_cents) == (25_000, 1_250 + 123_400 - 250)
    assert november.spent_per_category["B"] == 123_400 and november.spent_per_category["F"] == -250


def test_any_bad_row_imports_nothing_and_every_bad_row_is_named(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = GOOD + (
        "31-02-2026;A;Koffie;1,00;1\n06-11-2026;G;Iets;1,00;2\n07-11-2026;A;Thee;twaalf;3\n08-11-2026;C;Parkeren;3,00;\n"
    )
    assert main(["import", "kas", str(_csv(tmp_path, bad))]) == 1
    err = capsys.readouterr().err
    assert "4 fout(en), er is niets geïmporteerd" in err
    for expected in ("rij 6, kolom 'datum'", "rij 7, kolom 'categorie'", "rij 8, kolom 'bedrag'", "rij 9, kolom 'bon'"):
        assert expected in err
    assert kas.kas_year(database, 2026).entries == []


def test_a_negative_balance_or_a_closed_month_imports_nothing(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "kas", str(_csv(tmp_path, GOOD))]) == 1  # 1.234 for broodjes is more than the kas holds
    assert "rij 4, kolom 'bedrag': het kassaldo wordt negatief" in capsys.readouterr().err
    kas.add_entry(database, kas.KasDraft(date(2026, 10, 1), TOPUP, 200_000))
    kas.close_month(database, date(2026, 10, 1), "Coördinator", date(2026, 11, 2))
    late = 'datum,categorie,omschrijving,bedrag,bon\n2026-10-30,A,Koffie,"1,00",9\n'
    assert main(["import", "kas", str(_csv(tmp_path, late, "late.csv"))]) == 1
    assert "rij 2, kolom 'datum': de kas is afgesloten tot en met oktober 2026" in capsys.readouterr().err
    assert len(kas.kas_year(database, 2026).entries) == 1


def test_xlsx_numbers_are_amounts_and_a_top_up_above_the_limit_is_warned_about(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (
        ["Datum", "Categorie", "Omschrijving", "Bedrag", "Bon"],
        ["2026-07-01", "aanvulling", "Overboeking", 250, None],
        ["2026-07-14", "aanvulling", "Extra Keti Koti", 50.5, None],
        ["2026-07-15", "B", "Catering", 99.99, "K-1"],
    ):
        sheet.append(row)
    path = tmp_path / "kas.xlsx"
    workbook.save(path)
    assert main(["import", "kas", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Let op: In juli 2026 is € 300,50 aangevuld, meer dan het maximum van € 250,00 per maand." in out
    assert kas.kas_year(database, 2026).months[6].spent_cents == 9_999


def test_export_kas_reads_back_entries_months_and_balance(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kas.add_entry(database, kas.KasDraft(date(2025, 12, 1), TOPUP, 1_000))  # last year's balance carries over
    kas.add_entries(
        database,
        [
            kas.KasDraft(date(2026, 3, 1), TOPUP, 25_000, description="Overboeking"),
            kas.KasDraft(date(2026, 3, 2), "uitgave", 1_250, "A", "Koffie", "101"),
            kas.KasDraft(date(2026, 4, 2), "uitgave", 4_000, "F", "=SOM(A1)", "102"),
        ],
    )
    kas.close_month(database, date(2025, 12, 1), "Fatima", date(2026, 1, 3))  # months close in order
    kas.close_month(database, date(2026, 3, 1), "Fatima", date(2026, 4, 3))
    out = tmp_path / "kas-2026.xlsx"
    assert main(["export", "kas", "--year", "2026", "--out", str(out)]) == 0
    assert "3 boekingen" in capsys.readouterr().out
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Kasboek", "Per maand"]
    entries = [row for row in workbook["Kasboek"].iter_rows(min_row=5, values_only=True)]
    assert entries[0][3] == "Beginsaldo" and entries[0][7] == 10
    assert entries[1][1:7] == ("aanvulling", None, "Overboeking", None, 250, None)
    assert entries[3][3] == "=SOM(A1)" and entries[3][6] == 40 and entries[3][7] == 10 + 250 - 12.5 - 40
    assert entries[-1][3] == "Saldo" and entries[-1][7] == 207.5
    cell = workbook["Kasboek"].cell(row=7, column=7)
    assert cell.data_type == "n" and "€" in cell.number_format
    months = list(workbook["Per maand"].iter_rows(min_row=4, values_only=True))
    header, march, april, total = months[0], months[3], months[4], months[-1]
    assert header[2].startswith("A ") and header[7].startswith("F ")
    assert march[:3] == ("maart", 250, 12.5) and march[9] == 247.5 and march[10] == "Fatima"
    assert april[7] == 40 and april[8] == 40
    assert total[0] == "Totaal" and total[8] == 52.5 and total[9] == 207.5
