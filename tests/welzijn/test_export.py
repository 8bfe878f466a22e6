"""`buurtzaak export welzijn-op-recept --year YYYY --out F.xlsx`: the year against its targets, per arrangement, per
verwijzer type and the outcomes, small counts as "<5", never a name or a note; read back with openpyxl."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.services.welzijn import followup, participants

from .conftest import NAME, NOTES, PHONE, TODAY, refer_new


def sheet(path, title: str) -> dict[object, list[object]]:
    rows = list(load_workbook(path)[title].iter_rows(values_only=True))
    return {row[0]: list(row[1:]) for row in rows}


def test_export_counts_without_names(database, data_paths, world, zoe, tmp_path):
    people = [zoe] + [refer_new(database, world, f"Fatima Nieuw {n}", f"06-5555555{n}") for n in range(6)]
    for person in people[1:]:
        participants.record_intake(database, person, participants.IntakeNotes(), date(2026, 11, 5), actor="C")
    for person in people:
        participants.choose_arrangement(database, person, "bewegen_met_plezier", world.yoga, date(2026, 8, 3), "C")
    for person in people[:5]:
        followup.record_outcome(database, person, "structureel", TODAY, actor="C")
    followup.record_outcome(database, people[5], "gestopt", TODAY, actor="C", stop_reason="verhuisd")
    refer_new(database, world, "Vorig Jaar", "06-66666666", on=date(2025, 5, 1))  # another year: not counted
    out = tmp_path / "wor.xlsx"
    command = ["export", "welzijn-op-recept", "--year", "2026", "--out", str(out), "--data-dir", str(data_paths.root)]
    assert main(command) == 0
    assert load_workbook(out).sheetnames == ["Overzicht", "Per arrangement", "Per verwijzer", "Uitkomsten"]
    overview = sheet(out, "Overzicht")
    assert overview["Welzijn op Recept 2026"] == ["Aantal", "Doel"]
    assert overview["Deelnemers"] == [7, 50]
    assert overview["Neemt structureel deel of werd vrijwilliger"] == [5, 40]
    assert overview["Gestopt"][0] == "<5" and overview["Werd vrijwilliger"][0] == 0
    assert sheet(out, "Per arrangement")["Bewegen met plezier"] == [7]
    assert sheet(out, "Per arrangement")["Leven in balans"] == [0]
    assert sheet(out, "Per verwijzer")["huisarts"] == [7]
    outcomes = sheet(out, "Uitkomsten")
    assert outcomes["Neemt structureel deel"] == [5] and outcomes["Gestopt: Verhuisd"] == ["<5"]
    assert outcomes["Nog in begeleiding"] == ["<5"]
    everything = repr([list(s.iter_rows(values_only=True)) for s in load_workbook(out).worksheets])
    for secret in (NAME, PHONE, "Fatima Nieuw", "Huisartsenpraktijk", *vars(NOTES).values()):
        assert secret not in everything
