"""``buurtzaak backup`` and ``buurtzaak restore`` from the command line, and the lock check without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from buurtzaak_desktop.backup.lock import folder_in_use
from buurtzaak_desktop.backup.status import last_backup
from buurtzaak_desktop.cli import main
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.paths import DataPaths

from .conftest import add_rooms, fingerprint


def test_backup_then_restore(filled: Database, data_paths: DataPaths, stick: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("BUURTZAAK_BACKUP_PASSPHRASE", "script wachtwoord")
    assert main(["--data-dir", str(data_paths.root), "backup", str(stick), "--encrypt"]) == 0
    assert "Back-up gemaakt en gecontroleerd" in capsys.readouterr().out
    assert last_backup(data_paths) is not None
    add_rooms(filled, 4, prefix="Later")
    filled.close()
    (sealed,) = stick.iterdir()
    assert main(["--data-dir", str(data_paths.root), "restore", str(sealed)]) == 0
    out = capsys.readouterr().out
    assert "Back-up teruggezet" in out and "ruimtes: 300" in out


def test_wrong_passphrase_on_the_command_line(
    filled: Database, data_paths: DataPaths, stick: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("BUURTZAAK_BACKUP_PASSPHRASE", "het goede wachtwoord")
    assert main(["--data-dir", str(data_paths.root), "backup", str(stick), "--encrypt"]) == 0
    monkeypatch.setenv("BUURTZAAK_BACKUP_PASSPHRASE", "het foute wachtwoord")
    filled.close()
    before = fingerprint(data_paths.database)
    (sealed,) = stick.iterdir()
    assert main(["--data-dir", str(data_paths.root), "restore", str(sealed)]) == 1
    assert "wachtwoord klopt niet" in capsys.readouterr().err
    assert fingerprint(data_paths.database) == before


def test_short_passphrase_is_refused(filled: Database, data_paths: DataPaths, stick: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("BUURTZAAK_BACKUP_PASSPHRASE", "kort")
    assert main(["--data-dir", str(data_paths.root), "backup", str(stick), "--encrypt"]) == 1
    assert "minstens 8 tekens" in capsys.readouterr().err
    assert list(stick.iterdir()) == []


def _hold_lock(paths: DataPaths) -> subprocess.Popen:
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from buurtzaak_desktop.app import acquire_lock
        from buurtzaak_desktop.paths import DataPaths
        lock = acquire_lock(DataPaths(Path({str(paths.root)!r})))
        print("locked" if lock else "busy", flush=True)
        time.sleep(60)
    """)
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_restore_is_refused_while_the_app_holds_the_folder(
    filled: Database, data_paths: DataPaths, stick: Path, capsys
) -> None:
    assert main(["--data-dir", str(data_paths.root), "backup", str(stick)]) == 0
    filled.close()
    holder = _hold_lock(data_paths)
    try:
        assert folder_in_use(data_paths)
        (copy,) = stick.iterdir()
        assert main(["--data-dir", str(data_paths.root), "restore", str(copy)]) == 1
        assert "Sluit het programma" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()
    assert not folder_in_use(data_paths)  # a killed app's lock does not block a restore


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pid check")
def test_lock_of_a_dead_process_is_not_in_use(data_paths: DataPaths) -> None:
    data_paths.ensure()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    time.sleep(0.05)
    data_paths.lock.write_text(f"{gone.pid}\nbuurtzaak\n{os.uname().nodename}\n")
    assert not folder_in_use(data_paths)


def test_backup_of_an_empty_folder_says_there_is_nothing(data_paths: DataPaths, stick: Path, capsys) -> None:
    assert main(["--data-dir", str(data_paths.root), "backup", str(stick)]) == 1
    assert "niets om te back-uppen" in capsys.readouterr().err
    assert not data_paths.database.exists()


def test_plain_backup_warns_only_when_spreekuur_names_are_kept(
    filled: Database, data_paths: DataPaths, stick: Path, capsys
) -> None:
    from datetime import date

    from buurtzaak_desktop.services.spreekuur.residents import NewResident, add_resident

    assert main(["--data-dir", str(data_paths.root), "backup", str(stick)]) == 0
    assert "spreekuurgegevens" not in capsys.readouterr().err  # rooms only: nothing to warn about
    with filled.transaction() as session:
        add_resident(session, NewResident("Zoë de Vries", consent_given=True), date(2026, 11, 2), "Henk")
    assert main(["--data-dir", str(data_paths.root), "backup", str(stick)]) == 0
    assert "bevat spreekuurgegevens en wordt niet versleuteld" in capsys.readouterr().err


def test_summary_names_the_tables_a_user_knows() -> None:
    from datetime import datetime

    from buurtzaak_desktop.backup.summary import describe
    from buurtzaak_desktop.backup.verify import Contents

    contents = Contents(
        frozenset({"0004"}), {"room": 3, "booking": 12, "volunteer_role_link": 40, "spreekuur_visit": 0}
    )
    text = describe(contents, datetime(2026, 11, 25, 9, 30))
    assert text == "gemaakt op 25-11-2026 09:30; ruimtes: 3, boekingen: 12"
