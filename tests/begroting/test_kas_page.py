"""The Kleine kas view on the Begroting tab: entries typed the Dutch way with the balance after each, a receipt
without a bon refused, the month closed by the coordinator and then locked, the limit warning, and the spending as
the actual of the handgeld line."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from buurtzaak_desktop.services.begroting import kas
from buurtzaak_desktop.services.begroting.budget import LineDraft, add_line, budget_summary
from buurtzaak_desktop.services.begroting.sources import HANDGELD
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.begroting.page import BegrotingPage
from tests.helpers import unnamed_widgets


@pytest.fixture
def page(qtbot, qsettings_isolated, context: AppContext) -> BegrotingPage:
    add_line(context.database, 2026, LineDraft("lasten", "Handgeld", "Handgeld (kleine kas)", 300_000, HANDGELD))
    page = BegrotingPage(context)
    qtbot.addWidget(page)
    page.year_box.setValue(2026)
    page.views.setCurrentWidget(page.kas_view)
    page.resize(1300, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def _type(page: BegrotingPage, qtbot, day: date, category: str, description: str, amount: str, bon: str) -> None:
    view = page.kas_view
    view.day.setDate(QDate(day.year, day.month, day.day))
    view.category.setCurrentIndex(view.category.findData(category))
    view.description.setText(description)
    view.receipt.setText(bon)
    view.amount.setText(amount)
    qtbot.keyClick(view.amount, Qt.Key.Key_Return)


def test_kas_entries_balance_closing_and_lock_through_the_gui(
    refusals, page: BegrotingPage, qtbot, qtmodeltester
) -> None:
    view = page.kas_view
    assert unnamed_widgets(page) == []
    _type(page, qtbot, date(2026, 10, 1), "", "Overboeking", "250", "")
    _type(page, qtbot, date(2026, 10, 5), "A", "Koffie en thee", "12,50", "101")
    _type(page, qtbot, date(2026, 10, 6), "F", "Knutselspullen", "€ 40", "")  # no bon: refused
    assert "elke uitgave heeft een bon" in refusals[-1]
    assert view.entries_model.rowCount() == 2
    assert [view.entries_model.index(1, c).data() for c in (1, 5, 6)] == ["A koffie, thee e.d.", "€ 12,50", "€ 237,50"]
    assert "Saldo € 237,50" in view.summary.text()
    qtmodeltester.check(view.entries_model)
    qtmodeltester.check(view.months_model)
    summary = budget_summary(page.context.database, 2026)
    assert summary.expense_actual_cents == 1_250  # the spending is the handgeld line's actual

    assert view.close_month_box.itemData(0) == "2026-01-01"
    view.close_month_box.setCurrentIndex(view.close_month_box.findData("2026-10-01"))
    view.signed_by.setText("Fatima (coördinator)")
    view.close_button.click()
    assert len(refusals) == 1  # nothing new refused
    october = view.months_model.index(9, 5).data()
    assert october == "Fatima (coördinator)" and view.months_model.index(9, 6).data() == "03-12-2026"
    assert view.entries_model.index(1, 7).data() == "ja"

    assert not view.delete_button.isEnabled()  # nothing chosen yet
    view.entries.selectRow(1)
    view.delete_button.click()
    assert "afgesloten tot en met oktober 2026" in refusals[-1]
    assert view.entries_model.rowCount() == 2
    _type(page, qtbot, date(2026, 11, 2), "A", "Correctie bon 101", "-2,50", "101-c")  # a correction in November
    assert view.entries_model.rowCount() == 3 and "Saldo € 240,00" in view.summary.text()
    assert view.close_month_box.findData("2026-10-01") == -1


def test_the_warning_above_the_monthly_limit_and_the_limit_as_a_setting(page: BegrotingPage, qtbot) -> None:
    view = page.kas_view
    assert view.warning.isHidden() and view.limit.text() == "250,00"
    _type(page, qtbot, date(2026, 7, 1), "", "Overboeking", "250", "")
    _type(page, qtbot, date(2026, 7, 14), "", "Extra Keti Koti", "50", "")
    assert not view.warning.isHidden() and "juli 2026 is € 300,00 aangevuld" in view.warning.text()
    assert view.months_model.index(6, 4).data() == "ja"
    view.limit.setText("300")
    view.limit_button.click()
    assert view.warning.isHidden()
    with page.context.database.reading() as session:
        assert kas.monthly_limit(session) == 30_000
