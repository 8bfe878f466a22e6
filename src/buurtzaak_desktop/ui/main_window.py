"""The main window: five tabs, the menu bar and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

import buurtzaak_desktop
from buurtzaak_desktop.backup.status import last_backup
from buurtzaak_desktop.logging_setup import LOG_FILENAME
from buurtzaak_desktop.paths import DataPaths, log_dir
from buurtzaak_desktop.ui.app_icon import app_pixmap
from buurtzaak_desktop.ui.errors import open_folder
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.page import TabPage
from buurtzaak_desktop.ui.qt_values import int_setting
from buurtzaak_desktop.ui.tabs import TABS

if TYPE_CHECKING:  # the frame is painted before the data layer (SQLAlchemy, the models) is imported
    from buurtzaak_desktop.services.context import AppContext
    from buurtzaak_desktop.ui.live import LiveViews

DEFAULT_SIZE = (1280, 800)
# Qt.AlignmentFlag.AlignCenter and Qt.ToolButtonStyle.ToolButtonTextBesideIcon as Qt's property system takes them:
# the frame is painted before anything imports PySide6's Qt namespace, which makes its ~100 enums on first use (15 ms)
ALIGN_CENTER, TEXT_BESIDE_ICON = 0x84, 2
MESSAGE_MS = 20_000  # long enough to read after looking back from the visitor at the desk


LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def where_text(paths: DataPaths, encrypted: bool | None) -> str:
    """The status bar's "Gegevens: file" or "Server: host/database", with "(versleuteld)" when the connection uses
    TLS, and "(niet versleuteld)" when it goes over a network without it (None: not connected yet, not known)."""
    translate = QCoreApplication.translate
    if not paths.on_server:
        return translate("MainWindow", "Gegevens: {file}").format(file=paths.database)
    if encrypted:
        return translate("MainWindow", "Server: {server} (versleuteld)").format(server=paths.location)
    host = paths.location.rsplit("/", 1)[0]
    if encrypted is None or host.startswith("/") or host in LOCAL_HOSTS:  # a socket or this pc: no network
        return translate("MainWindow", "Server: {server}").format(server=paths.location)
    return translate("MainWindow", "Server: {server} (niet versleuteld)").format(server=paths.location)


class _BuiltOnFirstUse(dict[str, TabPage]):
    """The tab pages by key; a page is built the first time it is asked for."""

    def __init__(self, build: Callable[[str], TabPage]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> TabPage:
        page = self[key] = self._build(key)
        return page


class MainWindow(QMainWindow):
    """With a context the window shows its data at once. Without one (app start-up) it is a frame saying "Laden…"
    until ``set_context``: the window appears before the database is opened and the first tab's modules load."""

    firstPainted = Signal()  # once, after the first paint has been handed to the screen
    firstPageShown = Signal()  # once, when the first tab shows its data

    def __init__(self, context: AppContext | None = None, paths: DataPaths | None = None) -> None:
        super().__init__()
        self._context = context
        resolved = context.paths if context is not None else paths
        if resolved is None:
            raise ValueError("MainWindow needs a context or the data folder's paths")
        self.paths: DataPaths = resolved
        self._painted = False
        self.loading_label: QLabel | None = None
        self.preview: QWidget | None = None  # what the tab shows read-only before set_context (see show_preview)
        self.live: LiveViews | None = None  # from set_context: other desks' changes shown without a click
        self.remember_state = True  # off for --smoke runs, which must leave no trace
        self.setWindowTitle("Buurtzaak")
        self.setMinimumSize(640, 480)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Tabbladen"))
        self.tabs.setDocumentMode(True)
        self.remind_backup_on_close = False  # app.py turns this on; tests and scripts never get a question
        self._shortcuts: list[tuple[QAction, QKeySequence | QKeySequence.StandardKey | str]] = []
        self._build_pages()
        if context is None:
            self._show_loading()
        self.tabs.currentChanged.connect(self._show_tab)
        self.read_only_banner = QLabel(self.tr("Alleen lezen: u mag op deze server niets wijzigen."), self)
        self.read_only_banner.setAccessibleName(self.tr("Alleen lezen"))
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px; font-weight: bold;")
        self.read_only_banner.hide()
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.file_lock: QLockFile | None = None  # the data folder's, when this window switched back to the file
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._restore_window_state()
        if context is not None:
            self._finish_frame()
            self._show_where(context)

    def _build_pages(self) -> None:
        self.pages = _BuiltOnFirstUse(self._build_page)
        for spec in TABS:
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, spec.title())

    @property
    def context(self) -> AppContext:
        assert self._context is not None, "set_context() first"
        return self._context

    def _show_loading(self) -> None:  # placed on the tab that will be shown, by _restore_window_state
        self.loading_label = QLabel(self.tr("Laden…"), self)
        self.loading_label.setProperty("alignment", ALIGN_CENTER)
        self.loading_label.setAccessibleName(self.tr("Laden…"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the zero timer fires after this whole paint has been flushed to the screen
            self._painted = True
            QTimer.singleShot(0, self._finish_frame)
            QTimer.singleShot(0, self.firstPainted.emit)

    def show_preview(self, preview: QWidget) -> None:
        """Before ``set_context``: the current tab's data as read without the data layer (the Rooster's week), in
        place of "Laden…", which the status bar says until the page itself is ready."""
        holder = self.tabs.currentWidget()
        layout = holder.layout() if holder is not None else None
        if layout is None or self._context is not None:
            return
        if self.loading_label is not None:
            self.loading_label.deleteLater()
            self.loading_label = None
        self.preview = preview
        layout.addWidget(preview)
        self.statusBar().showMessage(self.tr("Laden…"))

    def set_context(self, context: AppContext) -> None:
        """The database is open: the current tab loads its data in place of "Laden…" (or of the preview)."""
        self._context = context
        self.paths = context.paths  # another folder, or the file instead of a server that could not be opened
        if self.loading_label is not None:
            self.loading_label.deleteLater()
            self.loading_label = None
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None
            self.statusBar().clearMessage()
        self._show_tab(self.tabs.currentIndex())
        self.firstPageShown.emit()
        self._follow_other_desks(context)
        self._show_where(context)

    def _show_where(self, context: AppContext) -> None:
        """The status bar says where the data is (and whether the server's connection is encrypted); a banner says
        when this user may only read it."""
        self.data_file_label.setText(where_text(context.paths, context.database.encrypted))
        self.read_only_banner.setVisible(context.database.read_only)

    def _follow_other_desks(self, context: AppContext) -> None:
        """Changes made at another desk or window show here without a click (ui/live.py)."""
        from buurtzaak_desktop.ui.live import LiveViews  # after the first paint, like the data layer

        if self.live is not None:
            self.live.stop()
            self.live.deleteLater()
        self.live = LiveViews(context.database, self)

    def _build_page(self, key: str) -> TabPage:
        index = next(i for i, spec in enumerate(TABS) if spec.key == key)
        holder = self.tabs.widget(index)
        layout = holder.layout() if holder is not None else None
        assert layout is not None  # _build_pages gave every tab a holder with a layout
        page = TABS[index].load_page_class()(self.context, holder)
        page.setObjectName(f"page_{key}")
        layout.addWidget(page)
        return page

    def _show_tab(self, index: int) -> None:
        if index >= 0 and self._context is not None:  # before set_context the tab shows "Laden…"
            self.pages[TABS[index].key].show()

    def reopen(self, context: AppContext) -> None:
        """After a restore: the pages are made anew on the restored data, on the same tab."""
        current = self.tabs.currentIndex()
        self._context = context
        self.paths = context.paths
        self.tabs.blockSignals(True)  # no page is built on the old data while the tabs are emptied
        while self.tabs.count():
            holder = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if holder is not None:
                holder.deleteLater()
        self._build_pages()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self._show_tab(self.tabs.currentIndex())
        self.update_backup_status()
        self._follow_other_desks(context)
        self._show_where(context)

    # --- menus -------------------------------------------------------------------------------------
    def _action(
        self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        action.triggered.connect(slot)
        return action

    def _finish_frame(self) -> None:
        """The menus' keyboard shortcuts and the toolbar's icons. At start-up just after the first paint: a
        QKeySequence makes PySide6 build the enums of the whole Qt namespace (~15 ms) and the style's icons those of
        QStyle (~10 ms), which the frame's first paint does not need."""
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        self._shortcuts.clear()
        from PySide6.QtWidgets import QStyle

        style = self.style()
        self.backup_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DriveFDIcon))
        self.print_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.backup_action = self._action(self.tr("Back-up maken…"), self.make_backup, "Ctrl+B")
        self.restore_action = self._action(self.tr("Back-up terugzetten…"), self.restore_backup)
        self.print_action = self._action(self.tr("Afdrukken…"), self.print_current, QKeySequence.StandardKey.Print)
        self.month_pack_action = self._action(self.tr("Maandoverzicht regiegroep…"), self.open_month_pack)
        self.connect_action = self._action(self.tr("Verbinden met server…"), self.connect_to_server)
        self.settings_action = self._action(self.tr("Instellingen…"), self.open_settings)
        self.quit_action = self._action(self.tr("Afsluiten"), self.close, "Ctrl+Q")
        for action in (self.backup_action, self.restore_action, self.print_action, self.month_pack_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.connect_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("Beel&d"))
        for number, spec in enumerate(TABS, start=1):
            action = self._action(spec.title(), lambda _=False, n=number - 1: self.go_to_tab(n), f"Ctrl+{number}")
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("Over Buurtzaak"), self.show_about))
        help_menu.addAction(self._action(self.tr("Logbestanden openen"), lambda: open_folder(log_dir())))

    def go_to_tab(self, index: int) -> None:
        """Ctrl+1..5: the tab, with the cursor in its main view (the rooster grid, the week's sessions...)."""
        self.tabs.setCurrentIndex(index)
        self.current_page().focus_main()

    def _build_toolbar(self) -> None:
        """The two things the desk does daily, one click away, with words beside the icons."""
        toolbar = self.addToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("main_toolbar")  # saveState() needs a name
        toolbar.setAccessibleName(self.tr("Werkbalk"))
        toolbar.setMovable(False)
        toolbar.setProperty("toolButtonStyle", TEXT_BESIDE_ICON)
        for action in (self.backup_action, self.print_action):
            toolbar.addAction(action)
            toolbar.widgetForAction(action).setAccessibleName(action.text())
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        self.data_file_label = QLabel(where_text(self.paths, None))
        self.data_file_label.setAccessibleName(self.tr("Gegevensbestand"))
        self.backup_label = QLabel()
        self.backup_label.setAccessibleName(self.tr("Laatste back-up"))
        self.statusBar().addWidget(self.data_file_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.update_backup_status()
        operations().message.connect(self.show_message)

    def show_message(self, text: str) -> None:
        """What the last action did ("Geboekt: Aula, do 10-12 19:00–21:00"), until the next one."""
        self.statusBar().showMessage(text, MESSAGE_MS)

    def update_backup_status(self) -> None:
        last = last_backup(self.paths)  # a small file beside the database, see backup/status.py
        self.backup_label.setText(
            self.tr("Laatste back-up: {when}").format(when=f"{last:%d-%m-%Y %H:%M}")
            if last
            else self.tr("Laatste back-up: nog nooit")
        )

    # --- actions -----------------------------------------------------------------------------------
    def make_backup(self) -> None:
        from buurtzaak_desktop.ui.backup import actions  # loaded on first use: not needed for the first screen

        actions.make_backup(self)  # the status line follows when the back-up is done

    def restore_backup(self) -> None:
        from buurtzaak_desktop.ui.backup import actions

        actions.restore_backup(self)

    def current_page(self) -> TabPage:
        return self.pages[TABS[self.tabs.currentIndex()].key]

    def print_current(self) -> None:
        if not self.current_page().print_current():
            QMessageBox.information(
                self, self.tr("Afdrukken"), self.tr("Op dit tabblad is (nog) niets om af te drukken.")
            )

    def open_month_pack(self) -> None:
        """The regiegroep's month pack from any tab: the coordinator need not look for it under Begroting."""
        from buurtzaak_desktop.ui.regiegroep.month_pack_dialog import MonthPackDialog

        MonthPackDialog(self.context, self).exec()

    def connect_to_server(self) -> None:
        """Bestand > Verbinden met server…: another server, or back to the file on this pc, in this window."""
        from buurtzaak_desktop.ui.connect_dialog import ConnectDialog  # the data layer: loaded on first use

        dialog = ConnectDialog(self.paths.database_url, self)
        if dialog.exec() == ConnectDialog.DialogCode.Accepted:
            self.switch_to(dialog.chosen_url, dialog.password)

    def switch_to(self, url: str | None, password: str | None = None) -> bool:
        """Open the server at ``url`` (or the data folder's file, with None) and show it in this window. When it
        cannot be opened, say why and stay on what is open now."""
        from buurtzaak_desktop.db.migrate import open_database, open_server
        from buurtzaak_desktop.domain.errors import BuurtzaakError
        from buurtzaak_desktop.services.context import AppContext
        from buurtzaak_desktop.ui.i18n import error_text

        paths = DataPaths(self.paths.root, url)
        lock = None
        if url is None and not self.paths.on_server:
            return True  # the file is open already
        if url is None:
            from buurtzaak_desktop.app import acquire_lock, lock_refusal

            lock = acquire_lock(paths)
            if lock is None:
                QMessageBox.warning(self, self.tr("Verbinden met server"), lock_refusal(paths))
                return False
        try:
            database = open_server(url, password) if url else open_database(paths)
        except BuurtzaakError as error:
            if lock is not None:
                lock.unlock()
            QMessageBox.warning(self, self.tr("Verbinden met server"), error_text(error))
            return False
        previous = self._context
        if self.file_lock is not None:  # the file this window had switched back to is no longer in use here
            self.file_lock.unlock()
        self.file_lock = lock
        self.reopen(AppContext(paths=paths, database=database))
        if previous is not None:
            previous.database.close()
        self.show_message(self.tr("Geopend: {where}").format(where=paths.location))
        return True

    def open_settings(self) -> None:
        from buurtzaak_desktop.ui.settings_dialog import SettingsDialog  # loads the settings services

        SettingsDialog(self.context, self).exec()

    def about_box(self) -> QMessageBox:
        """Over Buurtzaak: the icon, the version, the data file, the log file and the licence."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Over Buurtzaak"))
        box.setAccessibleName(self.tr("Over Buurtzaak"))
        box.setIconPixmap(app_pixmap(64))
        import html

        from PySide6.QtCore import Qt

        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "<h3>Buurtzaak {version}</h3><p>Rooster, vrijwilligers, spreekuur, activiteiten en begroting voor "
                "Huis van de Wijk De Buurtzaak.</p><p>Gegevensbestand:<br>{file}</p><p>Logbestand:<br>{log}</p>"
                "<p>Licentie: GNU GPL versie 3 of later.</p>"
            ).format(
                version=buurtzaak_desktop.__version__,
                file=html.escape(self.paths.location),
                log=html.escape(str(log_dir() / LOG_FILENAME)),
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        return box

    def show_about(self) -> None:
        self.about_box().exec()

    # --- window state (per machine) ----------------------------------------------------------------
    def _restore_window_state(self) -> None:
        # the first tab shown is built here; the others when the user first opens them
        settings = QSettings()
        geometry = settings.value("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        if not restored or self.width() < DEFAULT_SIZE[0] // 2 or self.height() < DEFAULT_SIZE[1] // 2:
            self.resize(*self._first_size())  # first start, or a saved size too small to work with
        last_tab = int_setting("window/last_tab", 0)
        self.tabs.setCurrentIndex(last_tab if 0 <= last_tab < len(TABS) else 0)
        if self.loading_label is not None:  # "Laden…" goes to the tab that will be shown
            holder = self.tabs.currentWidget()
            if holder is not None and (layout := holder.layout()) is not None:
                layout.addWidget(self.loading_label)
        self._show_tab(self.tabs.currentIndex())

    def _first_size(self) -> tuple[int, int]:
        """Most of the screen (the tables want room), at least the default where the screen has it."""
        available = self.screen().availableGeometry()
        width = max(min(DEFAULT_SIZE[0], available.width()), available.width() * 9 // 10)
        height = max(min(DEFAULT_SIZE[1], available.height()), available.height() * 9 // 10)
        return width, height

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remind_backup_on_close:
            from buurtzaak_desktop.ui.backup import actions

            self.remind_backup_on_close = False  # once, even if closing is asked twice
            actions.remind_on_close(self)
        running = operations().running
        if running:  # a back-up (or other long work) is still being made: close when it is done
            event.ignore()
            running[-1].finished.connect(self.close)
            return
        if self.remember_state:
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/last_tab", self.tabs.currentIndex())
        if self.live is not None:  # a server's watcher holds a connection of its own
            self.live.stop()
            self.live = None
        super().closeEvent(event)
