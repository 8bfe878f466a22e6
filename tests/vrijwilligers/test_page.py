"""The Vrijwilligers tab with demo data: real widgets, the filter bar, the dialog, hours entry, refusals shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.vrijwilligers.hours import hours_value
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.vrijwilligers.detail_dialog import VolunteerDialog
from buurtzaak_desktop.ui.vrijwilligers.page import VrijwilligersPage
from tests.helpers import unnamed_widgets


@pytest.fixture
def page(qtbot, qsettings_isolated, context) -> VrijwilligersPage:
    generate_demo(context.database)
    widget = VrijwilligersPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_table_model_and_sub_tab(page, qtmodeltester) -> None:
    for index in range(page.sections.count()):
        page.sections.setCurrentIndex(index)
    for model in (
        page.volunteers.model,
        page.certificates.model,
        page.shifts.model,
        page.hours.model,
        page.training.courses,
        page.training.people,
        page.pop.model,
        page.pop.talks,
        page.handgeld.model,
        page.reference.roles,
        page.reference.kinds,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    assert unnamed_widgets(page) == []
    assert page.certificates.model.data(page.certificates.model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert "plaatsen open" in page.shifts.summary.text()


def test_filter_bar_finds_receptie_on_tuesday_evening(page) -> None:
    panel = page.volunteers
    everyone = panel.model.rowCount()
    panel.role.setCurrentIndex(panel.role.findData("receptie"))
    panel.day.setCurrentIndex(panel.day.findData("dinsdag"))
    panel.part.setCurrentIndex(panel.part.findData("avond"))
    rows = [panel.model.row_at(panel.model.index(row, 0)) for row in range(panel.model.rowCount())]
    assert 0 < len(rows) < everyone
    assert all("receptie" in row.roles and row.availability & (1 << (1 * 3 + 2)) for row in rows)
    expected = list_volunteers(page.context.database, VolunteerFilter(role="receptie", weekday=1, part=2))
    assert [row.id for row in rows] == [row.id for row in expected]
    assert panel.count.text() == f"{len(rows)} personen"


def test_new_volunteer_through_the_dialog(page, qtbot) -> None:
    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VolunteerDialog)
        assert unnamed_widgets(dialog) == []
        dialog.name.setText("Selin Şahin")
        dialog.languages.setText("Turks, Koerdisch")
        for row in range(dialog.roles.count()):
            if dialog.roles.item(row).text() == "receptie":
                dialog.roles.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.slots[1 << (1 * 3 + 2)].setChecked(True)  # di-avond
        dialog.accept()

    QTimer.singleShot(0, fill_and_save)
    page.volunteers.add_new()
    page.volunteers.search.setText("Selin Ş")
    (row,) = [
        page.volunteers.model.row_at(page.volunteers.model.index(n, 0)) for n in range(page.volunteers.model.rowCount())
    ]
    assert row.roles == ("receptie",) and row.languages == ("turks", "koerdisch")


def test_hours_entry_by_keyboard_and_a_refusal_in_dutch(page, qtbot) -> None:
    page.sections.setCurrentIndex(2)
    panel = page.hours
    before = hours_value(page.context.database, clock.today().year).minutes
    panel.amount.setText("2:30")
    qtbot.keyClick(panel.amount, Qt.Key.Key_Return)
    assert hours_value(page.context.database, clock.today().year).minutes == before + 150
    panel.amount.setText("twee")
    qtbot.keyClick(panel.amount, Qt.Key.Key_Return)
    assert (
        operations().last_refusal is not None
        and "'twee' is geen geldig aantal uren" in operations().last_refusal.text()
    )
    operations().last_refusal.close()


def test_buttons_for_a_chosen_row_are_off_without_one(page) -> None:
    panel = page.volunteers
    assert panel.model.rowCount() > 0
    assert not panel.edit_button.isEnabled() and not panel.certificates_button.isEnabled()
    assert panel.new_button.isEnabled()  # needs no choice
    panel.table.selectRow(0)
    assert panel.edit_button.isEnabled() and panel.certificates_button.isEnabled()
    page.sections.setCurrentWidget(page.shifts)
    assert not page.shifts.assign_button.isEnabled()
    page.shifts.table.selectRow(0)
    assert page.shifts.assign_button.isEnabled()
