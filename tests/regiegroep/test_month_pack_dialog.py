"""The month pack from the app: the Begroting tab's button opens the dialog, which writes the PDF (and xlsx)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from buurtzaak_desktop.ui.regiegroep.month_pack_dialog import MonthPackDialog
from tests.helpers import unnamed_widgets


def test_dialog_writes_pdf_and_xlsx_for_the_chosen_month(qtbot, context, tmp_path: Path) -> None:
    dialog = MonthPackDialog(context, today=date(2026, 11, 25))
    qtbot.addWidget(dialog)
    assert unnamed_widgets(dialog) == []
    assert dialog.chosen_month() == date(2026, 11, 1)
    dialog.month.setDate(dialog.month.date().addMonths(-1))
    dialog.with_xlsx.setChecked(True)
    dialog.open_after.setChecked(False)
    saving = dialog.save(tmp_path / "overzicht.pdf")
    with qtbot.waitSignal(saving.finished, timeout=60_000):
        pass  # written on a worker thread while the window stays responsive
    assert saving.succeeded and not dialog.isVisible()
    assert dialog.written == [tmp_path / "overzicht.pdf", tmp_path / "overzicht.xlsx"]
    assert "oktober 2026" in PdfReader(tmp_path / "overzicht.pdf").pages[0].extract_text()
    assert "oktober 2026" in load_workbook(tmp_path / "overzicht.xlsx").active["A1"].value


def test_unwritable_place_is_told_not_crashed(refusals, qtbot, context, tmp_path: Path) -> None:
    dialog = MonthPackDialog(context, today=date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    saving = dialog.save(tmp_path / "bestaat-niet" / "overzicht.pdf")
    with qtbot.waitSignal(saving.finished, timeout=60_000):
        pass
    assert not saving.succeeded and dialog.written == []
    assert refusals and "kon niet worden" in refusals[0]


def test_file_menu_opens_the_month_pack_from_any_tab(qtbot, qsettings_isolated, context) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from buurtzaak_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(0)  # the Rooster
    file_menu = window.menuBar().actions()[0].menu()
    assert window.month_pack_action in file_menu.actions()
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle() if dialog else "")
        if dialog:
            dialog.reject()

    QTimer.singleShot(50, close_dialog)
    window.month_pack_action.trigger()
    assert seen == ["Maandoverzicht regiegroep"]
