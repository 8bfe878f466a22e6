"""`buurtzaak export spreekuur-cijfers`: a Telefooncirkel sheet, a row per month, stalls as "<5", no names."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.services.telefooncirkel import rounds

from .conftest import CIRCLE, PARTICIPANTS


def test_export_has_the_circles_months_without_names(database, data_paths, circle, tmp_path):
    for offset in range(30):
        at = circle.participants[0] if offset in (4, 9) else None
        rounds.record_round(database, circle.id, date(2026, 11, 1) + timedelta(days=offset), "Wim", stalled_at=at)
    first, _ = rounds.actions(database)
    rounds.close_action(database, first.id, "Lies de Boer", "ziekenhuis", date(2026, 11, 6))
    out = tmp_path / "cijfers.xlsx"
    command = ["export", "spreekuur-cijfers", "--out", str(out), "--year", "2026", "--data-dir", str(data_paths.root)]
    assert main(command) == 0
    rows = [list(row) for row in load_workbook(out)["Telefooncirkel"].iter_rows(values_only=True)]
    header = rows[0]
    assert header[:4] == ["Maand", "Belrondes", "Rond gekomen", "Gestokt"] and header[-1] == "Nog open"
    november = dict(zip(header, rows[11], strict=True))
    assert november["Maand"] == "november 2026" and november["Belrondes"] == 30 and november["Rond gekomen"] == 28
    assert november["Gestokt"] == "<5" and november["Weg (ziekenhuis)"] == "<5" and november["Nog open"] == "<5"
    assert november["Was niet thuis"] == 0 and dict(zip(header, rows[1], strict=True))["Belrondes"] == 0
    everything = repr(rows)
    for name, phone in PARTICIPANTS:
        assert name not in everything and phone not in everything
    assert CIRCLE not in everything and "Lies" not in everything


def test_export_without_rounds_has_no_circle_sheet(database, data_paths, tmp_path):
    out = tmp_path / "cijfers.xlsx"
    command = ["export", "spreekuur-cijfers", "--out", str(out), "--year", "2026", "--data-dir", str(data_paths.root)]
    assert main(command) == 0
    assert "Telefooncirkel" not in load_workbook(out).sheetnames
