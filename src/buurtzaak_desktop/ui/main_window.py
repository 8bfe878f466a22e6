"""The main window: five tabs, the menu bar and the status bar."""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from buurtzaak_desktop import __version__
from buurtzaak_desktop.backup.status import last_backup
from buurtzaak_desktop.logging_setup import LOG_FILENAME
from buurtzaak_desktop.paths import log_dir
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.errors import open_folder
from buurtzaak_desktop.ui.page import TabPage
from buurtzaak_desktop.ui.settings_dialog import SettingsDialog
from buurtzaak_desktop.ui.tabs import TABS

# The back-up issue provides this module with make_backup(window) and restore_backup(window).
BACKUP_ACTIONS_MODULE = "buurtzaak_desktop.ui.backup.actions"


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle("Buurtzaak")
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Tabbladen"))
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, TabPage] = {}
        self.remind_backup_on_close = False  # app.py turns this on; tests and scripts never get a question
        self._build_pages()
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        self._restore_window_state()

    def _build_pages(self) -> None:
        for spec in TABS:
            page = spec.page(self.context, self.tabs)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.tabs.addTab(page, spec.title())

    def reopen(self, context: AppContext) -> None:
        """After a restore: the pages are made anew on the restored data, on the same tab."""
        current = self.tabs.currentIndex()
        self.context = context
        self.tabs.clear()
        for page in self.pages.values():
            page.deleteLater()
        self.pages = {}
        self._build_pages()
        self.tabs.setCurrentIndex(current)
        self.update_backup_status()

    # --- menus -------------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.backup_action = self._action(self.tr("Back-up maken…"), self.make_backup, "Ctrl+B")
        self.restore_action = self._action(self.tr("Back-up terugzetten…"), self.restore_backup)
        self.print_action = self._action(self.tr("Afdrukken…"), self.print_current, QKeySequence.StandardKey.Print)
        self.settings_action = self._action(self.tr("Instellingen…"), self.open_settings)
        self.quit_action = self._action(self.tr("Afsluiten"), self.close, "Ctrl+Q")
        for action in (self.backup_action, self.restore_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("Beel&d"))
        for number, spec in enumerate(TABS, start=1):
            action = self._action(
                spec.title(), lambda _=False, n=number - 1: self.tabs.setCurrentIndex(n), f"Ctrl+{number}"
            )
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("Over Buurtzaak"), self.show_about))
        help_menu.addAction(self._action(self.tr("Logbestanden openen"), lambda: open_folder(log_dir())))

    def _build_status_bar(self) -> None:
        self.data_file_label = QLabel(self.tr("Gegevens: {file}").format(file=self.context.paths.database))
        self.data_file_label.setAccessibleName(self.tr("Gegevensbestand"))
        self.backup_label = QLabel()
        self.backup_label.setAccessibleName(self.tr("Laatste back-up"))
        self.statusBar().addWidget(self.data_file_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.update_backup_status()

    def update_backup_status(self) -> None:
        last = last_backup(self.context.paths)  # a small file beside the database, see backup/status.py
        self.backup_label.setText(
            self.tr("Laatste back-up: {when}").format(when=f"{last:%d-%m-%Y %H:%M}")
            if last
            else self.tr("Laatste back-up: nog nooit")
        )

    # --- actions -----------------------------------------------------------------------------------
    def _backup_module(self):
        if importlib.util.find_spec(BACKUP_ACTIONS_MODULE) is None:
            QMessageBox.information(
                self, self.tr("Back-up"), self.tr("Back-ups maken en terugzetten kan in deze versie nog niet.")
            )
            return None
        return importlib.import_module(BACKUP_ACTIONS_MODULE)

    def make_backup(self) -> None:
        if (module := self._backup_module()) is not None:
            module.make_backup(self)
            self.update_backup_status()

    def restore_backup(self) -> None:
        if (module := self._backup_module()) is not None:
            module.restore_backup(self)

    def current_page(self) -> TabPage:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def print_current(self) -> None:
        if not self.current_page().print_current():
            QMessageBox.information(
                self, self.tr("Afdrukken"), self.tr("Op dit tabblad is (nog) niets om af te drukken.")
            )

    def open_settings(self) -> None:
        SettingsDialog(self.context, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over Buurtzaak"),
            self.tr(
                "<h3>Buurtzaak {version}</h3><p>Rooster, vrijwilligers, spreekuur, activiteiten en begroting voor "
                "Huis van de Wijk De Buurtzaak.</p><p>Gegevensbestand:<br>{file}</p><p>Logbestand:<br>{log}</p>"
                "<p>Licentie: GNU GPL versie 3 of later.</p>"
            ).format(version=__version__, file=self.context.paths.database, log=log_dir() / LOG_FILENAME),
        )

    def data_changed(self, source: TabPage | None = None) -> None:
        """After an action on one page, the other pages reload when next shown."""
        for page in self.pages.values():
            if page is not source:
                page.mark_stale()

    # --- window state (per machine) ----------------------------------------------------------------
    def _restore_window_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.tabs.setCurrentIndex(int(settings.value("window/last_tab", 0)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remind_backup_on_close and importlib.util.find_spec(BACKUP_ACTIONS_MODULE) is not None:
            self.remind_backup_on_close = False  # once, even if closing is asked twice
            importlib.import_module(BACKUP_ACTIONS_MODULE).remind_on_close(self)
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/last_tab", self.tabs.currentIndex())
        super().closeEvent(event)
