"""An unexpected error: a Dutch dialog naming the log folder, the error logged without its message."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from buurtzaak_desktop.logging_setup import setup_logging
from buurtzaak_desktop.paths import log_dir
from buurtzaak_desktop.ui.errors import ErrorReporter


def raise_and_catch(error: BaseException):
    try:
        raise error
    except BaseException:
        return sys.exc_info()


def test_unexpected_error_shows_dutch_dialog_and_logs_without_personal_data(qtbot) -> None:
    log_file = setup_logging(log_dir())
    reporter = ErrorReporter(log_file)
    reporter.install()
    try:
        assert sys.excepthook == reporter.handle
        reporter.handle(*raise_and_catch(ValueError("Zoë Şahin heeft schulden")))
    finally:
        reporter.uninstall()
    dialog = reporter.last_dialog
    assert isinstance(dialog, QMessageBox)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Er ging iets mis"
    assert "onverwachte fout" in dialog.text()
    assert str(log_file.parent) in dialog.informativeText()
    assert any(b.text() == "Logbestanden openen" for b in dialog.buttons())
    dialog.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "ValueError" in logged
    assert "test_error_dialog.py" in logged
    assert "Zoë" not in logged and "schulden" not in logged


def test_refused_action_shows_its_dutch_reason(qtbot) -> None:
    reporter = ErrorReporter(setup_logging(log_dir()))
    refusal = RuleViolation(QT_TRANSLATE_NOOP("core", "De {room} is dan al bezet."), room="Aula")
    reporter.handle(*raise_and_catch(refusal))
    dialog = reporter.last_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.text() == "De Aula is dan al bezet."
    assert dialog.icon() == QMessageBox.Icon.Warning
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_reaches_the_dialog_and_the_app_keeps_running(qtbot) -> None:
    from PySide6.QtCore import QTimer

    reporter = ErrorReporter(setup_logging(log_dir()))
    reporter.install()
    try:

        def broken_slot() -> None:
            raise KeyError("geheim")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: reporter.last_dialog is not None and reporter.last_dialog.isVisible())
    finally:
        reporter.uninstall()
    dialog = reporter.last_dialog
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Er ging iets mis"
    dialog.close()
    still_running: list[bool] = []
    QTimer.singleShot(0, lambda: still_running.append(True))
    qtbot.waitUntil(lambda: still_running == [True])
