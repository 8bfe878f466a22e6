"""The command line: imports all-or-nothing with Dutch per-row errors, the xlsx export, the print command."""

from __future__ import annotations

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import select

from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.db.models.activiteiten import Activity, Registration

HEADER = "naam;categorie;doelgroep;ruimte;dag;begin;eind;van;tot;frequentie;leiding;verwacht\n"


def _setup(data_paths) -> None:
    database = open_database(data_paths)
    with database.transaction() as session:
        session.add(Room(name="Aula", capacity=80))
    database.close()


def _run(data_paths, *argv) -> int:
    return main([*argv, "--data-dir", str(data_paths.root)])


def test_import_activities_reports_every_bad_row_and_imports_nothing(data_paths, tmp_path, capsys) -> None:
    _setup(data_paths)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "Yoga;Sport;Iedereen;Aula;ma;10:00;11:30;2026-09-01;2027-06-30;wekelijks;Sanne;12\n"
        + "Zumba;Sport;Vrouwen;Zaal 9;zondag;19:00;20:00;2026-09-01;2027-06-30;wekelijks;Groep;12\n"
        + "Koken;Eten;;Aula;maandagavond;18:00;17:00;2026-09-01;2027-06-30;soms;Groep;x\n",
        encoding="utf-8",
    )
    assert _run(data_paths, "import", "activiteiten", str(bad)) == 1
    err = capsys.readouterr().err
    assert "rij 3, kolom 'ruimte': de ruimte 'Zaal 9' bestaat niet." in err
    assert "rij 4, kolom 'dag': 'maandagavond' is geen dag" in err
    assert "er is niets geïmporteerd" in err
    database = open_database(data_paths)
    with database.reading() as session:
        assert session.exec(select(Activity)).all() == []
    database.close()


def test_import_activities_then_participants(data_paths, tmp_path, capsys) -> None:
    _setup(data_paths)
    good = tmp_path / "good.csv"
    good.write_text(
        HEADER + "Yoga;Sport;Iedereen;Aula;ma, do;10:00;11:30;2026-09-01;2026-12-31;;Sanne;12\n", encoding="utf-8"
    )
    assert _run(data_paths, "import", "activiteiten", str(good), "--dry-run") == 0
    assert "niets opgeslagen" in capsys.readouterr().out
    assert _run(data_paths, "import", "activiteiten", str(good)) == 0
    assert _run(data_paths, "import", "activiteiten", str(good)) == 1
    assert "er is al een activiteit 'Yoga'" in capsys.readouterr().err
    people = tmp_path / "people.csv"
    people.write_text(
        "activiteit,naam,telefoon,e-mail\nYoga,Zoë Şahin,06-12345678,\nYoga,Ahmed,06-1,\nBreien,Anna,,\n",
        encoding="utf-8",
    )
    assert _run(data_paths, "import", "deelnemers", str(people)) == 1
    err = capsys.readouterr().err
    assert "rij 3, kolom 'telefoon'" in err and "rij 4, kolom 'activiteit': de activiteit 'Breien' bestaat niet." in err
    people.write_text("activiteit,naam,telefoon,e-mail\nyoga,Zoë Şahin,06-12345678,zoe@example.org\n", encoding="utf-8")
    assert _run(data_paths, "import", "deelnemers", str(people)) == 0
    database = open_database(data_paths)
    with database.reading() as session:
        assert len(session.exec(select(Registration)).all()) == 1
    database.close()

    # Registered "today" (the pinned 2026-12-03): the week after lists her at both sessions.
    out = tmp_path / "week.pdf"
    assert _run(data_paths, "print", "presentielijsten", "--week", "2026-W50", "--out", str(out)) == 0
    pages = [p.extract_text() for p in PdfReader(out).pages]
    assert len(pages) == 2 and all("Zoë Şahin" in p for p in pages)
    assert "06-12345678" not in pages[0]  # no consent to print the phone number
    assert _run(data_paths, "print", "presentielijsten", "--date", "2026-12-10", "--out", str(out)) == 0
    assert len(PdfReader(out).pages) == 1
    assert _run(data_paths, "print", "presentielijsten", "--week", "2026-W99", "--out", str(out)) == 1


def test_export_figures(data_paths, tmp_path) -> None:
    _setup(data_paths)
    out = tmp_path / "cijfers.xlsx"
    assert _run(data_paths, "export", "activiteiten", "--out", str(out), "--year", "2026") == 0
    workbook = load_workbook(out)
    assert workbook.sheetnames[0].startswith("Cijfers") and workbook["Totaal"]["D1"].value.startswith("Unieke")


def test_import_lists_the_dates_the_rooster_refuses(data_paths, tmp_path, capsys) -> None:
    _setup(data_paths)
    sundays = tmp_path / "sundays.csv"
    sundays.write_text(
        HEADER + "Hindilessen;Taal;Kinderen;Aula;zo;11:00;13:00;2030-03-01;2030-03-31;;Groep;26\n", encoding="utf-8"
    )
    assert _run(data_paths, "import", "activiteiten", str(sundays)) == 0
    out = capsys.readouterr().out
    skipped = [line for line in out.splitlines() if "overgeslagen" in line]
    assert len(skipped) == 5 and "Hindilessen: zo 3 maart 2030 overgeslagen" in skipped[0]  # closed on Sundays
    assert "1 rijen gecontroleerd, 1 activiteiten geïmporteerd." in out


def test_participants_summary_counts_only_new_registrations(data_paths, tmp_path, capsys) -> None:
    _setup(data_paths)
    activity = tmp_path / "a.csv"
    activity.write_text(
        HEADER + "Yoga;Sport;Iedereen;Aula;ma;10:00;11:30;2026-09-01;2026-12-31;;Sanne;2\n", encoding="utf-8"
    )
    assert _run(data_paths, "import", "activiteiten", str(activity)) == 0
    people = tmp_path / "p.csv"
    people.write_text("activiteit;naam;telefoon;e-mail\nYoga;Zoë;0612345678;\nYoga;Ahmed;0687654321;\n", "utf-8")
    assert _run(data_paths, "import", "deelnemers", str(people)) == 0
    assert "2 rijen gecontroleerd, 2 inschrijvingen geïmporteerd." in capsys.readouterr().out
    people.write_text(
        "activiteit;naam;telefoon;e-mail\nYoga;Zoë;0612345678;\nYoga;Ahmed;0687654321;\nYoga;Anna;0611112222;\n",
        "utf-8",
    )
    assert _run(data_paths, "import", "deelnemers", str(people)) == 0
    out = capsys.readouterr().out
    assert "3 rijen gecontroleerd, 1 inschrijvingen geïmporteerd." in out
    assert "2 inschrijving(en) stonden er al; die zijn ongewijzigd." in out
    database = open_database(data_paths)
    with database.reading() as session:
        statuses = sorted(r.status for r in session.exec(select(Registration)))
    database.close()
    assert statuses == ["ingeschreven"] * 3
