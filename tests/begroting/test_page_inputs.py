"""The Begroting tab's small inputs: the fund budget typed in a plain form, and the view remembered per machine."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from buurtzaak_desktop.services.begroting.initiatives import fund_status, set_fund_budget
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.begroting.initiative_dialogs import FormDialog
from buurtzaak_desktop.ui.begroting.page import VIEW_SETTING, BegrotingPage

YEAR = 2026


def open_page(qtbot, context: AppContext) -> BegrotingPage:
    page = BegrotingPage(context)
    qtbot.addWidget(page)
    page.year_box.setValue(YEAR)
    return page


def test_a_fund_budget_that_is_not_an_amount_keeps_the_form_open(qtbot, qsettings_isolated, context) -> None:
    set_fund_budget(context.database, YEAR, 100_000)
    page = open_page(qtbot, context)
    seen: list[str] = []

    def type_amounts() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FormDialog):
            QTimer.singleShot(10, type_amounts)
            return
        amount = dialog.findChild(QLineEdit)
        assert amount is not None
        amount.setText("twaalf euro")
        dialog.accept()  # refused: the form stays open and says why
        seen.append(dialog.error.text())
        seen.append("open" if dialog.isVisible() else "closed")
        amount.setText("1.250,50")
        dialog.accept()

    QTimer.singleShot(0, type_amounts)
    page.change_fund_budget()
    assert seen[1] == "open" and seen[0]
    assert fund_status(context.database, YEAR).budget_cents == 125_050


def test_a_damaged_remembered_view_opens_the_first_view(qtbot, qsettings_isolated, context) -> None:
    QSettings().setValue(VIEW_SETTING, "abc")  # typed over by hand in the settings file
    page = open_page(qtbot, context)
    assert page.views.currentIndex() == 0
