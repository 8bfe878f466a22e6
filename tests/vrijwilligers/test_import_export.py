"""`buurtzaak import vrijwilligers` (all or nothing, every bad row named) and `export vrijwilligers` (xlsx)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.importing import ImportFailed
from buurtzaak_desktop.services.vrijwilligers.certificates import bhv_holders
from buurtzaak_desktop.services.vrijwilligers.hours import log_hours
from buurtzaak_desktop.services.vrijwilligers.import_file import COLUMNS, import_volunteers
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers

GOOD = [
    [
        "Ayşe Yılmaz",
        "ayse@example.org",
        "06-12345678",
        "receptie, taalmaatje",
        "di-avond, do-ochtend",
        "Turks, Nederlands",
        "2027-03-01",
        "",
    ],
    ["Kwame Asante", "", "", "klussen", "za-middag", "engels", "", "31-12-2026"],
]


def write_xlsx(path: Path, rows: list[list[object]], header: tuple[str, ...] = COLUMNS) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([title.upper() for title in header])  # headers are matched without regard to case
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_clean_file_imports_every_field(vdb, tmp_path: Path) -> None:
    report = import_volunteers(vdb, write_xlsx(tmp_path / "v.xlsx", GOOD))
    assert (report.rows_checked, report.created) == (2, 2)
    (ayse,) = list_volunteers(vdb, VolunteerFilter(role="receptie", weekday=1, part=2, language="turks"))
    assert (ayse.name, ayse.roles, ayse.email) == ("Ayşe Yılmaz", ("receptie", "taalmaatje"), "ayse@example.org")
    assert [holder.name for holder in bhv_holders(vdb, date(2026, 12, 31))] == ["Kwame Asante"]


def test_bad_rows_are_all_listed_and_nothing_is_imported(vdb, tmp_path: Path) -> None:
    rows = [
        GOOD[0],
        ["", "geen-adres", "", "kapper", "maandagavond", "", "morgen", ""],
        ["Kwame Asante", "", "", "klussen", "", "", "", ""],
        ["Kwame Asante", "", "", "", "", "", "", ""],
    ]
    with pytest.raises(ImportFailed) as failed:
        import_volunteers(vdb, write_xlsx(tmp_path / "v.xlsx", rows))
    messages = [error.message for error in failed.value.errors]
    assert messages == [
        "rij 3, kolom 'beschikbaar': 'maandagavond' is geen dagdeel (bijvoorbeeld ma-ochtend of wo-avond).",
        "rij 3, kolom 'e-mail': 'geen-adres' is geen geldig e-mailadres.",
        "rij 3, kolom 'naam': Vul een naam in.",
        "rij 3, kolom 'rollen': Onbekende rol 'kapper'. Bekende rollen: activiteitbegeleider, gastvrouw/gastheer, "
        "keukenhulp, klussen, receptie, spreekuur, taalmaatje.",
        "rij 3, kolom 'vog geldig tot': 'morgen' is geen geldige datum (bijvoorbeeld 2026-12-03).",
        "rij 5, kolom 'naam': Kwame Asante staat al eerder in dit bestand (rij 4).",
    ]
    assert list_volunteers(vdb) == []


def test_unknown_column_and_existing_volunteer(vdb, tmp_path: Path) -> None:
    import_volunteers(vdb, write_xlsx(tmp_path / "first.xlsx", GOOD[:1]))
    with pytest.raises(ImportFailed) as failed:
        import_volunteers(vdb, write_xlsx(tmp_path / "again.xlsx", [GOOD[0] + ["x"]], (*COLUMNS, "schoenmaat")))
    assert [error.message for error in failed.value.errors] == [
        "rij 1: onbekende kolom(men): schoenmaat. Bekende kolommen: " + ", ".join(COLUMNS) + ".",
        "rij 2, kolom 'naam': Ayşe Yılmaz staat al in de vrijwilligerslijst.",
    ]


def test_command_line_import_dry_run_then_export_with_hours(tmp_path: Path, capsys) -> None:
    folder = str(tmp_path / "data")
    source = tmp_path / "v.csv"
    source.write_text(";".join(COLUMNS) + "\n" + "\n".join(";".join(row) for row in GOOD) + "\n", encoding="utf-8")
    assert main(["import", "vrijwilligers", str(source), "--dry-run", "--data-dir", folder]) == 0
    assert "niets opgeslagen" in capsys.readouterr().out
    assert main(["import", "vrijwilligers", str(source), "--data-dir", folder]) == 0
    assert "2 vrijwilligers geïmporteerd" in capsys.readouterr().out
    database = open_database(DataPaths(Path(folder)))
    ayse = next(row.id for row in list_volunteers(database) if row.name.startswith("Ayşe"))
    log_hours(database, ayse, date(2026, 3, 3), 150, "receptie")
    log_hours(database, ayse, date(2026, 3, 10), 90, "receptie")
    database.close()

    out = tmp_path / "v.xlsx"
    assert main(["export", "vrijwilligers", "--out", str(out), "--year", "2026", "--data-dir", folder]) == 0
    workbook = load_workbook(out)
    people = workbook["Vrijwilligers"]
    assert [cell.value for cell in people[1]][:3] == ["naam", "e-mail", "telefoon"]
    assert people["A2"].value == "Ayşe Yılmaz" and people["L2"].value.date() == date(2027, 3, 1)
    hours = workbook["Uren 2026"]
    assert hours["A2"].value == "Ayşe Yılmaz" and hours["D2"].value == 4.0  # maart: 2:30 + 1:30
    assert hours["N2"].value == "=SUM(B2:M2)" and hours["B5"].value == 10.04
    assert hours["B6"].value == "=ROUND(N3*B5,2)"


def test_bad_file_exits_1_naming_the_rows(tmp_path: Path, capsys) -> None:
    source = write_xlsx(tmp_path / "bad.xlsx", [["", "x@example.org", "", "", "", "", "", ""], GOOD[1]])
    assert main(["import", "vrijwilligers", str(source), "--data-dir", str(tmp_path / "d")]) == 1
    err = capsys.readouterr().err
    assert "1 fout(en), er is niets geïmporteerd" in err and "rij 2, kolom 'naam'" in err
