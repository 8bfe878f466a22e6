from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.services.spreekuur.visits import VisitInput, record_visit


def test_export_figures_has_counts_and_no_names(database, data_paths, zoe, themes, tmp_path, capsys):
    for day in range(1, 7):
        record_visit(database, VisitInput(date(2026, 2, day), "Henk", [themes["Taal"]], resident_id=zoe), "Henk")
    out = tmp_path / "cijfers.xlsx"
    assert (
        main(["export", "spreekuur-cijfers", "--out", str(out), "--year", "2026", "--data-dir", str(data_paths.root)])
        == 0
    )
    workbook = load_workbook(out)
    cells = {
        sheet.title: [[c for c in row] for row in sheet.iter_rows(values_only=True)] for sheet in workbook.worksheets
    }
    overview = dict((row[0], row[1]) for row in cells["Overzicht"])
    assert overview["Bezoeken"] == 7 and overview["Unieke bewoners"] == "<5"
    assert ["Taal", 6] in [list(r) for r in cells["Per thema"]]
    assert ["Toeslagen", "<5"] in [list(r) for r in cells["Per thema"]]
    everything = repr(cells)
    for text in ("Zoë", "Şahin", "Henk", "06-1234", "zorgtoeslag", "Belastingdienst"):
        assert text not in everything
    assert "zonder namen" in capsys.readouterr().out
