"""The back-up dialog and the restore flow in the real window (message boxes answered by a timer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.backup.status import last_backup
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.backup import actions
from buurtzaak_desktop.ui.backup.dialog import BackupDialog
from buurtzaak_desktop.ui.main_window import MainWindow
from buurtzaak_desktop.ui.operations import operations

from ..helpers import unnamed_widgets
from .conftest import add_rooms


def answer_boxes(replies: list[str | QMessageBox.StandardButton]) -> list[str]:
    """Answer the next message boxes in order by clicking the button with that text ('' = the default) or that
    standard button (Qt's own "No" reads "Nee" once another test has loaded the Dutch Qt translations); returns
    their texts."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        wanted = replies.pop(0)
        if isinstance(wanted, QMessageBox.StandardButton):
            button = box.button(wanted)
        else:
            button = next((b for b in box.buttons() if b.text().replace("&", "") == wanted), None)
        (button or box.defaultButton() or box.buttons()[0]).click()
        if replies:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    return seen


@pytest.fixture
def window(qtbot, qsettings_isolated, context: AppContext) -> MainWindow:
    add_rooms(context.database, 12)
    main = MainWindow(context)
    qtbot.addWidget(main)
    return main


def test_dialog_checks_folder_and_passphrase(qtbot) -> None:
    dialog = BackupDialog(personal_data=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert unnamed_widgets(dialog) == []
    assert dialog.encrypt.isChecked()  # spreekuur data: encryption is the default
    dialog.folder.setEditText("/tmp")
    dialog.passphrase.setText("kort")
    assert not ok.isEnabled() and "minstens 8" in dialog.hint.text()
    dialog.passphrase.setText("lang genoeg")
    dialog.repeat.setText("anders dan")
    assert not ok.isEnabled() and "niet gelijk" in dialog.hint.text()
    dialog.repeat.setText("lang genoeg")
    assert ok.isEnabled() and dialog.chosen_passphrase() == "lang genoeg"
    dialog.encrypt.setChecked(False)
    assert ok.isEnabled() and "spreekuurgegevens" in dialog.hint.text()
    assert dialog.chosen_passphrase() is None


def test_backup_from_the_window_updates_the_status_bar(qtbot, window: MainWindow, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    assert "nog nooit" in window.backup_label.text()
    operation = actions.backup_to(window, stick, "een wachtwoord")
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass  # the window's event loop runs meanwhile: no nested loop, no frozen window
    result = operation.result
    assert result is not None and result.path.exists()
    assert "gecontroleerd" in window.statusBar().currentMessage() and str(result.path) in operations().last_message
    assert last_backup(window.context.paths) is not None
    assert "nog nooit" not in window.backup_label.text()


def test_backup_to_a_missing_folder_says_why(qtbot, window: MainWindow, tmp_path: Path) -> None:
    operation = actions.backup_to(window, tmp_path / "weg", None)
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass
    assert not operation.succeeded
    refusal = operations().last_refusal
    assert refusal is not None and "bestaat niet" in refusal.text()
    refusal.close()


def test_restore_previews_then_reopens_on_the_restored_data(qtbot, window: MainWindow, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = make_backup(window.context.paths.database, stick).path
    add_rooms(window.context.database, 3, prefix="Later")
    old_pages = set(window.pages.values())
    seen = answer_boxes(["Terugzetten", ""])
    prepared = actions.prepare_with_questions(window.context.paths, copy, window)
    assert prepared is not None
    assert "ruimtes: 12" in seen[0]
    operation = actions.restore_prepared(window, prepared)
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass
    assert operation.succeeded
    assert "teruggezet" in seen[1]
    assert not old_pages & set(window.pages.values())
    with window.context.database.reading() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT count(*) FROM room")).scalar_one() == 12


def test_cancelled_preview_changes_nothing(window: MainWindow, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = make_backup(window.context.paths.database, stick).path
    answer_boxes([QMessageBox.StandardButton.Cancel])
    assert actions.prepare_with_questions(window.context.paths, copy, window) is None
    assert not any(p.name.startswith(".terugzetten") for p in window.context.paths.root.iterdir())


def test_refused_file_is_explained(window: MainWindow, tmp_path: Path) -> None:
    junk = tmp_path / "foto.sqlite"
    junk.write_bytes(b"\x89PNG" + b"\x00" * 500)
    assert actions.prepare_with_questions(window.context.paths, junk, window) is None
    refusal = operations().last_refusal
    assert refusal is not None and "geen Buurtzaak-gegevensbestand" in refusal.text()
    refusal.close()


def test_reminder_at_closing(window: MainWindow) -> None:
    window.remind_backup_on_close = True
    seen = answer_boxes([QMessageBox.StandardButton.No])
    window.close()
    assert "nog nooit een back-up" in seen[0]


def test_restore_into_a_folder_whose_database_is_damaged(
    qtbot, qsettings_isolated, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtzaak_desktop.db.migrate import open_database
    from buurtzaak_desktop.paths import DataPaths

    source = DataPaths(tmp_path / "bron")
    database = open_database(source)
    add_rooms(database, 6)
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = make_backup(database.path, stick).path
    database.close()
    broken = DataPaths(tmp_path / "kapot").ensure()
    broken.database.write_bytes(b"SQLite format 3\x00" + b"\xab" * 5000)
    # the file dialog is Qt's own; answer it as a user would
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(copy), ""))
    answer_boxes(["Terugzetten"])
    assert actions.restore_into(broken, None)
    reopened = open_database(broken)
    with reopened.reading() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT count(*) FROM room")).scalar_one() == 6
    reopened.close()
    kept = list(broken.backups.glob("buurtzaak-beschadigd-*.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes().endswith(b"\xab" * 100)


def test_closing_while_a_backup_runs_waits_for_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    window.show()
    operation = actions.backup_to(window, stick, None)
    window.close()  # asked while the copy is being made: the window stays until it is done
    assert window.isVisible() and operations().busy()
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert operation.succeeded and last_backup(window.context.paths) is not None
