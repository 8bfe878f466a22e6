"""Wires the app: Qt application, translations, the data folder's lock and database, the main window.

The window's frame is shown first, saying "Laden…"; once it has been painted the database is opened (migrations
first, before any data is shown), the current tab loads its data, then the start-up tasks run. The data layer
(SQLAlchemy, SQLModel, our models and services) is imported only then, so nothing here imports it at module level.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import buurtzaak_desktop
from buurtzaak_desktop import APP_NAME, ORGANIZATION
from buurtzaak_desktop.cli_commands.smoke import smoke_report
from buurtzaak_desktop.domain.errors import DatabaseOpenError
from buurtzaak_desktop.logging_setup import setup_logging
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.ui.app_icon import app_icon
from buurtzaak_desktop.ui.errors import DatabaseChoice, DatabaseProblemDialog, ErrorReporter
from buurtzaak_desktop.ui.first_start import FirstStartDialog, StartChoice
from buurtzaak_desktop.ui.fonts import load_screen_fonts
from buurtzaak_desktop.ui.i18n import choose_language, install_translations, installed_translations
from buurtzaak_desktop.ui.main_window import MainWindow
from buurtzaak_desktop.ui.tabs import TABS

if TYPE_CHECKING:
    from buurtzaak_desktop.services.context import AppContext

log = logging.getLogger(__name__)


# Only what the platform style does not give: headings on the pages.
PREVIEW_WAIT_MS = 1000

STYLE_SHEET = 'QLabel[role="heading"] { font-size: 15pt; font-weight: bold; margin: 4px 0 6px 0; }'


def make_application() -> QApplication:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # typed QCoreApplication | None
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(app_icon())  # window, taskbar and dialogs
    app.setDesktopFileName("buurtzaak")  # Wayland/X11 match the window to packaging/linux/buurtzaak.desktop
    load_screen_fonts(app)
    return app


def acquire_lock(paths: DataPaths) -> QLockFile | None:
    """The data folder's lock, or None when another Buurtzaak has it open. A crashed run's lock is taken over."""
    paths.ensure()
    lock = QLockFile(str(paths.lock))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # LockFile permission or unknown error: say so rather than open the file twice
    return None


def lock_refusal(paths: DataPaths) -> str:
    """Why the lock was not taken: a read-only folder (no lock file can be made there) or another Buurtzaak."""
    from buurtzaak_desktop.db.migrate import is_read_only

    if is_read_only(paths):
        return QApplication.translate(
            "app",
            "De gegevensmap {folder} is alleen-lezen: Buurtzaak kan er niets in opslaan. Kies een andere map, of zorg "
            "dat er weer in geschreven mag worden.",
        ).format(folder=paths.root)
    return QApplication.translate(
        "app", "Buurtzaak is al geopend met de gegevensmap {folder}. Gebruik het venster dat al open is."
    ).format(folder=paths.root)


def open_context(paths: DataPaths, ask_first_start: bool = True) -> AppContext | None:
    """Open the folder's database, asking the user on a first start or when the file cannot be opened."""
    from buurtzaak_desktop.db.migrate import open_database, open_server  # migrates: before any data is shown
    from buurtzaak_desktop.services.context import AppContext
    from buurtzaak_desktop.services.demo import generate_demo

    password: str | None = None  # typed in Verbinden met server… and not remembered: for this session only
    while True:
        # a server's database is shared: no first-start choice (demo data) there, and no file to look for
        is_first_start = not paths.on_server and not paths.database.exists()
        if is_first_start and ask_first_start:
            choice = FirstStartDialog(paths.root).ask()
            if choice is StartChoice.QUIT:
                return None
        try:
            url = paths.database_url
            database = open_server(url, password) if url and password else open_database(paths)
        except DatabaseOpenError as error:
            log.warning("database refused: %s", type(error).__name__)
            way_out = _resolve_problem(error, paths, password)
            if way_out is None:
                return None
            paths, password = way_out
            continue
        if is_first_start and ask_first_start and choice is StartChoice.DEMO:
            generate_demo(database)
        return AppContext(paths=paths, database=database)


WayOut = tuple[DataPaths, str | None]  # where to try next, and a password for this session only


def _resolve_problem(error: DatabaseOpenError, paths: DataPaths, password: str | None) -> WayOut | None:
    if paths.on_server:
        return _resolve_server_problem(error, paths, password)
    choice = DatabaseProblemDialog(error, paths.database).ask()
    if choice is DatabaseChoice.OTHER_FOLDER:
        folder = QFileDialog.getExistingDirectory(None, QApplication.translate("app", "Kies een gegevensmap"))
        return (DataPaths(Path(folder)), None) if folder else None
    if choice is DatabaseChoice.RESTORE:
        from buurtzaak_desktop.ui.backup.actions import restore_into

        restored = restore_into(paths, None)
        return (paths, None) if restored else None
    return None


def _resolve_server_problem(error: DatabaseOpenError, paths: DataPaths, password: str | None) -> WayOut | None:
    """The server cannot be opened (unreachable, the password changed, a schema it may not update): try again (with
    the password typed for this session, if any), put in another address or password (Verbinden met server…; cancelled,
    this box again), use the file on this pc (which forgets a remembered server, so the next start does not stumble
    again), or quit."""
    from buurtzaak_desktop.ui.i18n import error_text
    from buurtzaak_desktop.ui.remembered_server import remember_server

    while True:
        box = _server_problem_box(error_text(error))
        box.exec()
        clicked = box.property("choice")
        if clicked == "retry":
            return paths, password
        if clicked == "connect":
            way_out = _connect_instead(paths)
            if way_out is None:
                continue
            return way_out
        if clicked == "local":
            remember_server(None)
            return DataPaths(paths.root), None
        return None


def _server_problem_box(text: str) -> QMessageBox:
    """The box with its four ways out; after exec, its ``choice`` property names the one clicked."""
    title = QApplication.translate("app", "Server kan niet worden geopend")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton)
    box.setAccessibleName(title)
    ways = (
        ("retry", QApplication.translate("app", "Opnieuw proberen"), QMessageBox.ButtonRole.AcceptRole),
        ("connect", QApplication.translate("app", "Verbinden met server…"), QMessageBox.ButtonRole.ActionRole),
        (
            "local",
            QApplication.translate("app", "Gegevensbestand op deze pc gebruiken"),
            QMessageBox.ButtonRole.ActionRole,
        ),
        ("quit", QApplication.translate("app", "Afsluiten"), QMessageBox.ButtonRole.RejectRole),
    )
    for choice, label, role in ways:
        button = box.addButton(label, role)
        button.setAccessibleName(label)
        button.clicked.connect(lambda _checked=False, choice=choice: box.setProperty("choice", choice))
    return box


def _connect_instead(paths: DataPaths) -> WayOut | None:
    """The connect dialog on the failing server's address: the user corrects it, or chooses the file; None when
    cancelled."""
    from buurtzaak_desktop.ui.connect_dialog import ConnectDialog

    dialog = ConnectDialog(paths.database_url)
    if dialog.exec() != ConnectDialog.DialogCode.Accepted:
        return None
    return DataPaths(paths.root, dialog.chosen_url), dialog.password


def run_app(paths: DataPaths, language: str | None = None, smoke: bool = False) -> int:
    app = make_application()
    install_translations(app, choose_language(language))
    reporter = ErrorReporter(setup_logging(), app)
    reporter.install()
    paths = with_remembered_server(paths)
    # the folder's lock keeps a second window off the file; on a server many windows are the point
    lock = None if paths.on_server else acquire_lock(paths)
    if lock is None and not paths.on_server:
        QMessageBox.information(None, "Buurtzaak", lock_refusal(paths))
        return 1
    opened: list[AppContext] = []
    window = MainWindow(paths=paths)  # the frame, "Laden…": shown before the database is opened
    window.file_lock = lock  # the window lets go of it when it moves to a server, and takes it again coming back
    window.remember_state = not smoke

    def load() -> None:
        try:
            opened.extend(_load(window, paths, smoke))
        finally:
            _resume_collection()

    window.firstPainted.connect(lambda: _preview_then_load(window, paths, load))
    window.show()
    try:
        return app.exec()
    finally:
        for context in opened:
            context.database.close()
        if window.file_lock is not None:
            window.file_lock.unlock()


def _resume_collection() -> None:
    """The command line pauses Python's cycle collector while the window starts (cli.py: the toolkit, the data layer
    and the first tab make some 180,000 objects that live as long as the window). Once the first tab is loaded they
    are frozen, so the collector never walks them again, and collection resumes for what the user does next."""
    if not gc.isenabled():
        gc.collect()  # the start's own garbage first (a first start's migration and demo leave ~20,000 objects)
        gc.freeze()
        gc.enable()


def with_remembered_server(paths: DataPaths) -> DataPaths:
    """The server chosen in Bestand > Verbinden met server…, unless --database-url or $BUURTZAAK_DATABASE_URL names
    one (they win: a command line is the more deliberate choice)."""
    from buurtzaak_desktop.ui.remembered_server import remembered_server

    url = None if paths.on_server else remembered_server()
    return DataPaths(paths.root, url) if url else paths


def _preview_then_load(window: MainWindow, paths: DataPaths, load: Callable[[], None]) -> None:
    """After the frame's first paint: the Rooster's week read with sqlite3 (a few ms) and painted before the data
    layer loads (0.6 s); then the load. Without a preview (another tab, a file to migrate) the load follows at once."""
    preview = None
    if TABS[window.tabs.currentIndex()].key == "rooster" and not paths.on_server:  # a server has no file to peek in
        from buurtzaak_desktop.ui.rooster.preview import after_first_paint, week_preview

        preview = week_preview(paths, window)
    if preview is None:
        load()
        return
    window.show_preview(preview)
    after_first_paint(preview, load, PREVIEW_WAIT_MS)


def _load(window: MainWindow, paths: DataPaths, smoke: bool) -> list[AppContext]:
    """After the frame's first paint: open (and migrate) the database, show the current tab, run the start-up tasks."""
    # after the paint: the version comes from the package metadata (importlib.metadata, ~25 ms)
    QApplication.setApplicationVersion(buurtzaak_desktop.__version__)
    context = open_context(paths, ask_first_start=not smoke)
    if context is None:
        window.remember_state = False
        window.close()  # the last window: the app quits
        return []
    if paths.on_server and not context.paths.on_server:  # the server failed; the user chose the file on this pc
        window.file_lock = acquire_lock(context.paths)
        if window.file_lock is None:
            QMessageBox.information(window, "Buurtzaak", lock_refusal(context.paths))
            context.database.close()
            window.remember_state = False
            window.close()
            return []
    window.set_context(context)
    window.remind_backup_on_close = not smoke
    from buurtzaak_desktop.services.startup import run_startup_tasks

    # a user who may only read: no retention clean-ups or rolling copies, each of which would be refused
    messages = [] if context.database.read_only else run_startup_tasks(context)
    if messages and not smoke:
        QMessageBox.information(window, "Buurtzaak", "\n".join(messages))
    if smoke:  # packaging and benchmarks: the window with its first tab painted, then quit
        QApplication.processEvents()
        smoke_report([window.tabs.tabText(i) for i in range(window.tabs.count())], installed_translations())
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, QApplication.quit)
    return [context]
