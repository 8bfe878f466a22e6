"""The command line contract: demo, check, --version, Dutch help, exit statuses."""

from __future__ import annotations

import gc
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.paths import DataPaths


def buurtzaak(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "buurtzaak_desktop", *args], capture_output=True, text=True)


def test_version() -> None:
    result = buurtzaak("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("buurtzaak 0.")


def test_help_is_dutch() -> None:
    result = buurtzaak("--help")
    assert result.returncode == 0
    assert "gebruik: buurtzaak" in result.stdout
    assert "toon deze hulp en stop" in result.stdout
    assert "opdrachten" in result.stdout


def test_usage_error_exits_2_in_dutch(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import", "schoenen", "bestand.csv"])
    assert exited.value.code == 2
    assert "ongeldige keuze" in capsys.readouterr().err


def test_restore_vervang_without_a_server_is_a_usage_error_not_ignored(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("BUURTZAAK_DATABASE_URL", raising=False)
    with pytest.raises(SystemExit) as exited:
        main(["restore", str(tmp_path / "backup.zip"), "--vervang", "--data-dir", str(tmp_path / "data")])
    assert exited.value.code == 2
    assert "--vervang hoort bij --database-url" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()  # nothing touched


def test_demo_fills_an_empty_folder_then_refuses_unless_forced(tmp_path: Path, capsys) -> None:
    folder = str(tmp_path / "demo")
    assert main(["--data-dir", folder, "demo"]) == 0
    assert "Demogegevens aangemaakt" in capsys.readouterr().out
    with sqlite3.connect(Path(folder) / "buurtzaak.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM room").fetchone()[0] == 8  # 7 rooms and a combined one

    assert main(["demo", "--data-dir", folder]) == 1
    assert "bevat al gegevens" in capsys.readouterr().err

    assert main(["demo", "--data-dir", folder, "--force"]) == 0
    with sqlite3.connect(Path(folder) / "buurtzaak.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM room").fetchone()[0] == 8  # 7 rooms and a combined one


def test_demo_is_reproducible_with_a_seed(tmp_path: Path) -> None:
    def dump(folder: Path) -> list[str]:
        with sqlite3.connect(folder / "buurtzaak.sqlite") as connection:
            return list(connection.iterdump())

    for name in ("a", "b"):
        assert main(["demo", "--data-dir", str(tmp_path / name), "--seed", "7"]) == 0
    assert dump(tmp_path / "a") == dump(tmp_path / "b")


def test_data_dir_from_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BUURTZAAK_DATA_DIR", str(tmp_path / "env"))
    assert main(["demo"]) == 0
    assert (tmp_path / "env" / "buurtzaak.sqlite").exists()


def test_check_passes_on_demo_and_reports_a_broken_reference(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "checked"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    assert main(["check", "--data-dir", str(folder)]) == 0
    assert "in orde" in capsys.readouterr().out

    with sqlite3.connect(folder / "buurtzaak.sqlite") as connection:  # foreign keys are off here
        connection.execute("CREATE TABLE loan (id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES room(id))")
        connection.execute("INSERT INTO loan (room_id) VALUES (999)")
    assert main(["check", "--data-dir", str(folder)]) == 1
    assert "Tabel loan" in capsys.readouterr().err


def test_refused_file_exits_1_with_a_dutch_message_naming_it(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "wrong"
    folder.mkdir()
    (folder / "buurtzaak.sqlite").write_text("geen database")
    assert main(["check", "--data-dir", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "geen Buurtzaak-gegevensbestand" in err and str(folder / "buurtzaak.sqlite") in err


# What a command must not load: the window's toolkit, the libraries of other commands' output, and the holidays package
# (its package imports every country; domain/rooster/public_holidays.py computes the Dutch days). Each costs a tenth of
# a second or more at every start (bench/cli.py).
HEAVY = ("PySide6", "reportlab", "openpyxl", "holidays")
LOADED = """
import sys
from buurtzaak_desktop.cli import main
if sys.argv[1:]:
    main(sys.argv[1:])
wanted = sys.argv[0].split(",")
print("loaded:", *sorted(name for name in sys.modules if any(name == w or name.startswith(w + ".") for w in wanted)))
"""


def loaded_modules(packages: tuple[str, ...], *args: str) -> list[str]:
    """The modules (and their submodules) of ``packages`` that a fresh process has loaded after importing the cli
    (and running ``args``)."""
    code = LOADED.replace("sys.argv[0]", repr(",".join(packages)))
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return result.stdout.splitlines()[-1].split()[1:]


def test_importing_the_command_line_loads_no_qt_reportlab_or_openpyxl() -> None:
    assert loaded_modules(HEAVY) == []


def test_free_loads_only_what_it_uses(tmp_path: Path) -> None:
    folder = tmp_path / "free"
    open_database(DataPaths(folder)).close()
    args = ("free", "--date", "2026-12-03", "--from", "10:00", "--to", "11:00", "--data-dir", str(folder))
    # nor the tables of other areas (vrijwilligers: only a booking outside the opening hours asks for a BHV)
    areas = ("activiteiten", "begroting", "spreekuur", "vrijwilligers")
    assert loaded_modules((*HEAVY, *(f"buurtzaak_desktop.db.models.{area}" for area in areas)), *args) == []


# every module of db/models that builds tables (versioned.py is the mixin)
MODEL_MODULES = tuple(
    f"buurtzaak_desktop.db.models.{module.stem}"
    for module in (Path(__file__).parents[1] / "src" / "buurtzaak_desktop" / "db" / "models").glob("*.py")
    if module.stem not in ("__init__", "versioned")
)


def test_check_builds_no_model_class_and_loads_no_qt_reportlab_or_openpyxl(tmp_path: Path) -> None:
    # every finder reads plain rows through db/tables.py: building the 64 model classes would cost more than checking
    folder = tmp_path / "checked"
    assert main(["demo", "--data-dir", str(folder)]) == 0  # its budget has a line linked to the rooster's rent
    assert loaded_modules((*HEAVY, *MODEL_MODULES), "check", "--data-dir", str(folder)) == []


def test_export_ics_loads_no_spreadsheet_nor_calendar_library(tmp_path: Path) -> None:
    folder = tmp_path / "ics"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    args = ("export", "boekingen", "--out", str(tmp_path / "b.ics"), "--data-dir", str(folder))
    assert loaded_modules((*HEAVY, "icalendar"), *args) == []  # reports/ics.py writes the file itself
    assert (tmp_path / "b.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_print_dagrooster_loads_no_platypus(tmp_path: Path) -> None:
    folder = tmp_path / "dag"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    args = ("print", "dagrooster", "--date", "2026-12-03", "--out", str(tmp_path / "d.pdf"), "--data-dir", str(folder))
    # drawn straight on a canvas (reports/rooster/day_pdf.py): ReportLab's layout engine costs ~0.15 s to import
    unused = ("PySide6", "openpyxl", "reportlab.platypus", "buurtzaak_desktop.db.models.vrijwilligers")
    assert loaded_modules(unused, *args) == []  # the BHV names are read without the volunteers' models
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")


def test_export_xlsx_loads_no_openpyxl(tmp_path: Path) -> None:
    folder = tmp_path / "xlsx"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    args = ("export", "boekingen", "--out", str(tmp_path / "b.xlsx"), "--data-dir", str(folder))
    # written as SpreadsheetML by reports/xlsx_table.py: openpyxl took 0.4 s of the command's 0.7 s
    assert loaded_modules(HEAVY, *args) == []
    assert load_workbook(tmp_path / "b.xlsx").active["A1"].value == "Datum"


def test_a_command_as_its_own_process_freezes_its_imports_and_a_call_from_python_does_not() -> None:
    # frozen objects are never freed: fine for a process that ends with its command, not for a test run or a script
    from buurtzaak_desktop import cli

    frozen = gc.get_freeze_count()
    assert cli._loaded(lambda: cli.handler_of("free", None), whole_process=False) is not None
    assert gc.get_freeze_count() == frozen and gc.isenabled()
    code = (
        "import gc; from buurtzaak_desktop import cli\n"
        "cli._loaded(lambda: cli.handler_of('free', None), whole_process=True)\n"
        "print(gc.get_freeze_count() > 50000, gc.isenabled())"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True"]  # the tables and SQLAlchemy frozen; collection on again


def test_the_window_started_as_its_own_process_resumes_collection_once_loaded(tmp_path: Path) -> None:
    # cli.main pauses the collector for the window's start; app.py freezes what the start made and resumes it
    code = (
        "import gc, sys; from buurtzaak_desktop import cli\n"
        f"sys.argv = ['buurtzaak', '--data-dir', {str(tmp_path / 'data')!r}, '--smoke']\n"
        "cli.main()\n"
        "print('collector:', gc.isenabled(), gc.get_freeze_count() > 100000)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.splitlines()[-1] == "collector: True True"
