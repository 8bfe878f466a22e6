"""The main window: five tabs in order, shortcuts, menus, status bar, remembered state, accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.ui.main_window import MainWindow
from tests.helpers import unnamed_widgets

TAB_TITLES = ["Rooster", "Vrijwilligers", "Spreekuur", "Activiteiten", "Begroting"]


def make_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_five_tabs_in_order(qtbot, qsettings_isolated, context) -> None:
    window = make_window(qtbot, context)
    assert window.windowTitle() == "Buurtzaak"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == TAB_TITLES


def test_ctrl_number_switches_tabs(qtbot, qsettings_isolated, context) -> None:
    window = make_window(qtbot, context)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number in (3, 5, 1, 4, 2):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number - 1


def test_menus_and_status_bar(qtbot, qsettings_isolated, context) -> None:
    window = make_window(qtbot, context)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert "&Bestand" in menus and "&Help" in menus
    file_items = [a.text() for a in menus["&Bestand"].actions() if not a.isSeparator()]
    assert file_items == [
        "Back-up maken…",
        "Back-up terugzetten…",
        "Afdrukken…",
        "Maandoverzicht regiegroep…",
        "Verbinden met server…",
        "Instellingen…",
        "Afsluiten",
    ]
    help_items = [a.text() for a in menus["&Help"].actions()]
    assert help_items == ["Over Buurtzaak", "Logbestanden openen"]
    assert context.paths.location in window.data_file_label.text()  # the file, or Server: host/database
    assert window.backup_label.text() == "Laatste back-up: nog nooit"


def test_window_remembers_size_and_last_tab(qtbot, qsettings_isolated, context) -> None:
    window = make_window(qtbot, context)
    window.resize(700, 500)
    window.tabs.setCurrentIndex(3)
    window.close()
    assert QSettings().value("window/last_tab") in (3, "3")
    again = make_window(qtbot, context)
    assert again.tabs.currentIndex() == 3
    assert (again.width(), again.height()) == (700, 500)


def test_rooster_page_shows_the_rooms(qtbot, qsettings_isolated, context) -> None:
    generate_demo(context.database)
    window = make_window(qtbot, context)
    window.tabs.setCurrentIndex(0)
    names = set(window.pages["rooster"].grid.room_names())  # the rooster grid has a lane per room
    assert {"Aula", "Keuken", "Spreekkamer", "Theaterrestaurant"} <= names


def test_every_input_button_and_table_has_an_accessible_name(qtbot, qsettings_isolated, context) -> None:
    generate_demo(context.database)
    window = make_window(qtbot, context)
    missing = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        missing += unnamed_widgets(window.current_page())
    assert missing == []


def test_the_accessible_name_check_finds_a_nameless_button(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    QPushButton("Opslaan", root)
    assert len(unnamed_widgets(root)) == 1


def test_english_translation_is_loaded(qtbot, qsettings_isolated, qapp, context) -> None:
    from buurtzaak_desktop.ui.i18n import install_translations

    install_translations(qapp, "en")
    try:
        window = make_window(qtbot, context)
        assert [window.tabs.tabText(i) for i in range(5)] == [
            "Schedule",
            "Volunteers",
            "Consultation hours",
            "Activities",
            "Budget",
        ]
    finally:
        install_translations(qapp, "nl")


@pytest.mark.sqlite_only("backs up the folder's file")
def test_toolbar_makes_a_backup_in_one_click(qtbot, qsettings_isolated, context) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot, context)
    assert [a.text() for a in window.toolbar.actions()] == ["Back-up maken…", "Afdrukken…"]
    button = window.toolbar.widgetForAction(window.backup_action)
    assert button.accessibleName() == "Back-up maken…" and not button.icon().isNull()
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle() if dialog else "")
        if dialog:
            dialog.reject()

    QTimer.singleShot(50, close_dialog)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["Back-up maken"]


def test_ctrl_number_puts_the_cursor_in_the_tabs_main_view(qtbot, qsettings_isolated, context) -> None:
    from buurtzaak_desktop.services.spreekuur.privacy import set_pin

    generate_demo(context.database)
    set_pin(context.database, "246810")
    window = make_window(qtbot, context)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_1, control)
    assert window.pages["rooster"].grid.hasFocus()  # arrows and Enter work at once
    qtbot.keyClick(window, Qt.Key.Key_3, control)
    assert window.pages["spreekuur"].lock_view.pin.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_4, control)
    week = window.pages["activiteiten"].week
    assert week.table.hasFocus() and week.selected() is not None  # Enter opens its attendance
