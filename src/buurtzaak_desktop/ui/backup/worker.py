"""Running a back-up off the window's thread, with a progress dialog, so that the window stays usable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from buurtzaak_desktop.backup.make import BackupResult, make_backup
from buurtzaak_desktop.domain.errors import BuurtzaakError


class BackupWorker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, source: Path, folder: Path, passphrase: str | None) -> None:
        super().__init__()
        self.source, self.folder, self.passphrase = source, folder, passphrase

    @Slot()
    def run(self) -> None:
        try:
            result = make_backup(self.source, self.folder, self.passphrase, progress=self.progressed.emit)
        except BuurtzaakError as error:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class _Receiver(QObject):
    """Lives on the window's thread, so that the worker's signals arrive queued there."""

    def __init__(self, progress: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.progress, self.loop = progress, loop
        self.outcome: object = None

    @Slot(int, int)
    def step(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    @Slot(object)
    def finish(self, outcome: object) -> None:
        self.outcome = outcome
        self.loop.quit()


def run_backup(parent: QWidget, source: Path, folder: Path, passphrase: str | None) -> BackupResult | BuurtzaakError:
    """Make the back-up in a thread while a progress dialog shows; returns the result or the refusal."""
    progress = QProgressDialog(
        QCoreApplication.translate("backup", "Back-up wordt gemaakt en gecontroleerd…"), "", 0, 0, parent
    )
    progress.setCancelButton(None)  # a half-made copy is removed anyway; stopping halfway gains nothing
    progress.setAccessibleName(QCoreApplication.translate("backup", "Voortgang van de back-up"))
    progress.setMinimumDuration(300)
    loop = QEventLoop()
    receiver = _Receiver(progress, loop)
    thread = QThread()
    worker = BackupWorker(source, folder, passphrase)
    worker.moveToThread(thread)
    worker.progressed.connect(receiver.step)
    worker.succeeded.connect(receiver.finish)
    worker.failed.connect(receiver.finish)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    progress.close()
    progress.deleteLater()
    return receiver.outcome  # type: ignore[return-value]
