"""Back-up maken and Back-up terugzetten, as the main window and app.py call them.

``make_backup(window)`` and ``restore_backup(window)`` are used by ``ui/main_window.py``; ``restore_into(paths,
parent)`` by ``app.py`` when the database cannot be opened; ``remind_on_close(window)`` at closing.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from buurtzaak_desktop.backup.crypto import is_encrypted
from buurtzaak_desktop.backup.errors import WrongPassphrase
from buurtzaak_desktop.backup.make import BackupResult
from buurtzaak_desktop.backup.make import make_backup as make_backup_file
from buurtzaak_desktop.backup.restore import PreparedRestore, prepare_restore, swap_in
from buurtzaak_desktop.backup.server import backup_server
from buurtzaak_desktop.backup.startup import due_reminder
from buurtzaak_desktop.backup.status import record_backup
from buurtzaak_desktop.backup.summary import TABLE_LABELS
from buurtzaak_desktop.backup.verify import Contents
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.spreekuur.privacy import has_personal_spreekuur_data
from buurtzaak_desktop.ui.backup.dialog import BackupDialog
from buurtzaak_desktop.ui.i18n import core_label, error_text
from buurtzaak_desktop.ui.operations import LongOperation, Progress, operations

if TYPE_CHECKING:
    from buurtzaak_desktop.ui.main_window import MainWindow


def summary(contents: Contents, made_at: datetime) -> str:
    """What a back-up holds, in the window's language (backup/summary.describe is the command line's Dutch)."""
    counts = ", ".join(
        f"{core_label(label)}: {contents.counts[table]}"
        for table, label in TABLE_LABELS.items()
        if contents.counts.get(table)
    )
    return QCoreApplication.translate("backup", "gemaakt op {when}; {counts}").format(
        when=f"{made_at:%d-%m-%Y %H:%M}", counts=counts or QCoreApplication.translate("backup", "geen gegevens")
    )


# --- making a back-up ------------------------------------------------------------------------------
def make_backup(window: MainWindow) -> LongOperation[BackupResult] | None:
    context: AppContext = window.context
    with context.database.reading() as session:
        personal = has_personal_spreekuur_data(session)
    dialog = BackupDialog(personal, window)
    if dialog.exec() != BackupDialog.DialogCode.Accepted:
        return None
    return backup_to(window, dialog.chosen_folder(), dialog.chosen_passphrase())


def backup_to(window: MainWindow, folder: Path, passphrase: str | None) -> LongOperation[BackupResult]:
    """Make and check the back-up on a worker thread; the status bar says where it went."""
    context: AppContext = window.context
    paths = context.paths

    def write(progress: Progress) -> BackupResult:
        if paths.database_url:  # the server's rows, read in one snapshot while the desks keep working
            paths.ensure()  # the data folder holds the plain copy while it is encrypted
            return backup_server(
                paths.database_url, paths.root, folder, passphrase, progress=progress.step, opened=context.database
            )
        return make_backup_file(paths.database, folder, passphrase, progress=progress.step)

    def finished(outcome: BackupResult) -> None:
        record_backup(context.paths, outcome.made_at, outcome.encrypted)
        window.update_backup_status()

    # no cancel button: a half-made copy is removed anyway, and stopping halfway gains nothing
    return operations().run_long(
        window,
        write,
        QCoreApplication.translate("backup", "Back-up wordt gemaakt en gecontroleerd…"),
        done=lambda outcome: QCoreApplication.translate(
            "backup", "De back-up is gemaakt en gecontroleerd: {file}"
        ).format(file=outcome.path),
        on_success=finished,
    )


def remind_on_close(window: MainWindow) -> None:
    """At closing: offer a back-up when the last one is too old."""
    text = due_reminder(window.context)
    if text is None:
        return
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("backup", "Back-up"),
        text + "\n\n" + QCoreApplication.translate("backup", "Nu een back-up maken?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        make_backup(window)


# --- restoring -------------------------------------------------------------------------------------
def _choose_and_prepare(paths: DataPaths, parent: QWidget | None) -> PreparedRestore | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("backup", "Kies de back-up om terug te zetten"),
        "",
        QCoreApplication.translate("backup", "Back-ups (*.sqlite *.versleuteld);;Alle bestanden (*)"),
    )
    return prepare_with_questions(paths, Path(name), parent) if name else None


def prepare_with_questions(paths: DataPaths, file: Path, parent: QWidget | None) -> PreparedRestore | None:
    """Ask the passphrase (again, when wrong), check the file and ask to confirm; None when refused or cancelled."""
    asked: tuple[type[BuurtzaakError], ...] = (WrongPassphrase,)
    while True:
        passphrase = None
        if file.is_file() and is_encrypted(file):
            passphrase, ok = QInputDialog.getText(
                parent,
                QCoreApplication.translate("backup", "Back-up terugzetten"),
                QCoreApplication.translate("backup", "Wachtwoord van deze back-up:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        try:
            prepared = operations().run(parent, partial(prepare_restore, paths, file, passphrase), passing=asked)
        except WrongPassphrase as error:  # a question, not a refusal: say so and ask the passphrase again
            QMessageBox.warning(parent, QCoreApplication.translate("backup", "Back-up terugzetten"), error_text(error))
            continue
        if prepared is None:
            return None
        if confirm(prepared, parent):
            return prepared
        prepared.discard()
        return None


def confirm(prepared: PreparedRestore, parent: QWidget | None) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("backup", "Back-up terugzetten"),
        QCoreApplication.translate(
            "backup",
            "Deze back-up is {summary}.\n\nDe huidige gegevens worden vervangen. Ze worden eerst bewaard in de map "
            "backups, zodat u ze kunt terughalen. Terugzetten?",
        ).format(summary=summary(prepared.contents, prepared.made_at)),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    restore = box.addButton(QCoreApplication.translate("backup", "Terugzetten"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


def _refused_on_server(window: MainWindow) -> bool:
    """Replacing a server's data is for the command line, where it is asked for explicitly (--vervang)."""
    paths = window.context.paths
    if not paths.on_server:
        return False
    QMessageBox.information(
        window,
        QCoreApplication.translate("backup", "Back-up terugzetten"),
        QCoreApplication.translate(
            "backup",
            "Een back-up op de server {server} terugzetten gaat met de opdracht:\n\nbuurtzaak restore BESTAND "
            "--database-url ADRES --vervang\n\nDat vervangt de gegevens van alle balies. Er is niets veranderd.",
        ).format(server=paths.location),
    )
    return True


def restore_backup(window: MainWindow) -> LongOperation[Database] | None:
    if _refused_on_server(window):
        return None
    prepared = _choose_and_prepare(window.context.paths, window)
    return None if prepared is None else restore_prepared(window, prepared)


def restore_prepared(window: MainWindow, prepared: PreparedRestore) -> LongOperation[Database]:
    """Close the database, swap the back-up in on a worker thread and show the restored data."""
    context: AppContext = window.context
    context.database.close()
    shown = summary(prepared.contents, prepared.made_at)

    def swap(_progress: Progress) -> Database:
        try:
            return swap_in(context.paths, prepared)
        finally:
            prepared.discard()

    def reopen(database: Database) -> None:
        window.reopen(AppContext(paths=context.paths, database=database))
        QMessageBox.information(
            window,
            QCoreApplication.translate("backup", "Back-up terugzetten"),
            QCoreApplication.translate("backup", "De back-up is teruggezet ({summary}).").format(summary=shown),
        )

    return operations().run_long(
        window,
        swap,
        QCoreApplication.translate("backup", "Back-up wordt teruggezet…"),
        done=QCoreApplication.translate("backup", "De back-up is teruggezet ({summary}).").format(summary=shown),
        on_success=reopen,
    )


def restore_into(paths: DataPaths, parent: QWidget | None) -> bool:
    """From the start-up problem dialog: restore into a folder whose database cannot be opened.

    No window is open yet, so there is nothing to keep responsive: this runs on the caller's thread.
    """
    prepared = _choose_and_prepare(paths, parent)
    if prepared is None:
        return False
    try:
        return operations().ok(parent, lambda: swap_in(paths, prepared).close())
    finally:
        prepared.discard()
