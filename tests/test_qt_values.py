"""Qt values read as typed Python values: dates and times from the edits, whole numbers from the settings."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QSettings, QTime

from buurtzaak_desktop.ui.main_window import MainWindow
from buurtzaak_desktop.ui.qt_values import from_qdate, from_qtime, int_setting


def test_dates_and_times_as_python_values() -> None:
    assert from_qdate(QDate(2026, 12, 3)) == date(2026, 12, 3)
    assert from_qtime(QTime(9, 30)) == time(9, 30)
    assert from_qtime(QTime(23, 59, 58, 250)) == time(23, 59, 58, 250_000)


def test_a_setting_saved_as_text_or_damaged(qsettings_isolated) -> None:
    settings = QSettings()
    settings.setValue("test/number", 3)
    assert int_setting("test/number", 0) == 3
    settings.setValue("test/number", "4")  # what an ini file gives back
    assert int_setting("test/number", 0) == 4
    settings.setValue("test/number", "vier")
    assert int_setting("test/number", 1) == 1
    assert int_setting("test/missing", 2) == 2


def test_a_damaged_last_tab_opens_the_first_tab(qtbot, qsettings_isolated, context) -> None:
    QSettings().setValue("window/last_tab", "abc")  # typed over by hand in the settings file
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == 0
