"""``buurtzaak export KIND --out x.csv``: a real CSV (UTF-8 with BOM, ';', formula-like text escaped) or a Dutch
refusal, never an xlsx under a .csv name."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from buurtzaak_desktop.cli import EXPORT_KINDS, main
from buurtzaak_desktop.services.demo import generate_demo


@pytest.fixture
def demo_dir(data_paths, database) -> Path:
    generate_demo(database, today=date(2026, 11, 25))
    return data_paths.root


@pytest.mark.parametrize("kind", EXPORT_KINDS)
def test_export_to_csv_writes_csv_or_refuses(kind: str, demo_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / f"{kind}.csv"
    code = main(["export", kind, "--out", str(out), "--year", "2026", "--data-dir", str(demo_dir)])
    captured = capsys.readouterr()
    if code == 1:
        assert "Traceback" not in captured.err and ("CSV" in captured.err or ".xlsx" in captured.err)
        assert not out.exists()
        return
    assert code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not data.startswith(b"PK")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) > 1 and all(len(row) == len(rows[0]) for row in rows)


def test_bookings_export_as_csv_escapes_formula_like_text(demo_dir: Path, tmp_path: Path, capsys) -> None:
    bookings = tmp_path / "in.csv"
    bookings.write_text(
        'ruimte;datum;begin;eind;omschrijving;groep\nAula;2028-03-07;10:00;11:00;=HYPERLINK("x");@groep\n',
        encoding="utf-8",
    )
    assert main(["import", "boekingen", str(bookings), "--data-dir", str(demo_dir)]) == 0
    out = tmp_path / "b.csv"
    assert main(["export", "boekingen", "--out", str(out), "--year", "2028", "--data-dir", str(demo_dir)]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:5] == ["Datum", "Begin", "Eind", "Ruimte", "Omschrijving"]
    mine = next(row for row in rows if row[0] == "07-03-2028" and row[3] == "Aula")
    assert mine[1:6] == ["10:00", "11:00", "Aula", '\'=HYPERLINK("x")', "'@groep"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
