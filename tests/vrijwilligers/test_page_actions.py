"""Actions on the tab with a small hand-made data set: the clash refusal shown, Enter opens the dialog, English."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.services.vrijwilligers.hours import hours_value
from buurtzaak_desktop.services.vrijwilligers.shifts import assign, create_shift, week_shifts
from buurtzaak_desktop.ui.i18n import install_translations
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.vrijwilligers.detail_dialog import VolunteerDialog
from buurtzaak_desktop.ui.vrijwilligers.page import VrijwilligersPage
from buurtzaak_desktop.ui.vrijwilligers.shifts_panel import PickDialog

from .conftest import TODAY


@pytest.fixture
def small_page(qtbot, qsettings_isolated, context, vdb, add_volunteer):
    person = add_volunteer("Naïma El Amrani", ("receptie",), "wo-ochtend, wo-middag")
    morning = create_shift(vdb, "receptie", 2, time(9), time(13))
    create_shift(vdb, "receptie", 2, time(12), time(17))
    assign(vdb, morning, person, TODAY)
    page = VrijwilligersPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_clash_is_refused_in_the_tab_with_the_other_shift_named(small_page, qtbot) -> None:
    small_page.sections.setCurrentIndex(1)
    panel = small_page.shifts
    panel.table.selectRow(1)  # receptie woensdag 12:00-17:00, still empty

    def choose_first() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PickDialog) and dialog.person.currentText() == "Naïma El Amrani"
        dialog.accept()

    QTimer.singleShot(0, choose_first)
    panel.assign_button.click()
    assert operations().last_refusal is not None
    assert operations().last_refusal.text() == (
        "Naïma El Amrani staat al op de dienst receptie woensdag 09:00–13:00, die overlapt met deze dienst."
    )
    operations().last_refusal.close()
    assert [len(row.volunteers) for row in week_shifts(small_page.context.database)] == [1, 0]
    assert panel.model.data(panel.model.index(1, 4)) == "1"  # the gap stays visible


def test_enter_on_the_list_opens_the_detail_dialog(small_page, qtbot) -> None:
    table = small_page.volunteers.table
    table.setFocus()
    table.selectRow(0)
    seen: list[str] = []

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VolunteerDialog)
        seen.append(dialog.name.text())
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seen == ["Naïma El Amrani"]


def test_the_tab_speaks_english_when_asked(qtbot, qsettings_isolated, context) -> None:
    app = QApplication.instance()
    install_translations(app, "en")
    try:
        page = VrijwilligersPage(context)
        qtbot.addWidget(page)
        titles = [page.sections.tabText(i) for i in range(page.sections.count())]
        assert titles[0] == "&List and certificates" and titles[5] == "&Development talks"
        assert page.volunteers.search.placeholderText() == "Search by name or email"
    finally:
        install_translations(app, "nl")


def test_edit_dialog_changes_details_and_status(small_page, qtbot) -> None:
    panel = small_page.volunteers
    panel.table.selectRow(0)

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VolunteerDialog)
        dialog.phone.setText("06-11112222")
        dialog.status.setCurrentText("pauze")
        dialog.accept()

    QTimer.singleShot(0, edit)
    panel.edit_button.click()
    row = panel.model.row_at(panel.model.index(0, 0))
    assert (row.phone, row.status, row.status_date) == ("06-11112222", "pauze", clock.today())


def test_year_rate_is_set_in_the_hours_tab(small_page, qtbot) -> None:
    small_page.sections.setCurrentIndex(2)
    panel = small_page.hours
    assert panel.rate.text() == "10,04"
    panel.rate.setText("11,50")
    qtbot.keyClick(panel.rate, Qt.Key.Key_Return)
    assert hours_value(small_page.context.database, panel.year.value()).rate_cents == 1150
    assert "€ 11,50 per uur" in panel.value.text()
