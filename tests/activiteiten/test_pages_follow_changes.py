"""No page is stale: a booking made or cancelled in the Rooster shows in the Begroting figures and the Activiteiten
week, pages that were already built, without reopening anything."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from buurtzaak_desktop.db.models.activiteiten import ActivitySession
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.services.activiteiten.programme import ProgrammeService
from buurtzaak_desktop.services.begroting.budget import LineDraft, add_line, budget_summary
from buurtzaak_desktop.ui.activiteiten.page import ActiviteitenPage
from buurtzaak_desktop.ui.begroting.page import BegrotingPage
from buurtzaak_desktop.ui.main_window import MainWindow
from buurtzaak_desktop.ui.rooster.booking_dialog import BookingDialog
from buurtzaak_desktop.ui.rooster.page import RoosterPage
from buurtzaak_desktop.ui.tabs import TABS

from .conftest import TODAY, yoga_input

MONDAY = date(2026, 11, 30)  # the week of the pinned clock (Thursday 3 December 2026); Yoga at 10:00
TUESDAY = date(2026, 12, 1)


@pytest.fixture
def window(qtbot, qsettings_isolated, context, room_id, monkeypatch) -> MainWindow:
    ProgrammeService(context.database).create(yoga_input(room_id), TODAY)
    add_line(context.database, 2026, LineDraft("baten", "Verhuur", "Zaalhuur", 500_000, "room_rent"))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)  # booking warnings: not what is tested
    main = MainWindow(context)
    main.remember_state = False
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


def show_tab(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(next(i for i, spec in enumerate(TABS) if spec.key == key))
    return window.pages[key]


def statuses(page: ActiviteitenPage) -> list[str]:
    model = page.week.model
    return [model.index(row, 5).data() for row in range(model.rowCount())]


def test_a_booking_in_the_rooster_shows_in_begroting_and_a_cancel_in_activiteiten(window, context, monkeypatch) -> None:
    begroting = show_tab(window, "begroting")
    activiteiten = show_tab(window, "activiteiten")
    assert isinstance(begroting, BegrotingPage) and isinstance(activiteiten, ActiviteitenPage)
    activiteiten.sections.setCurrentWidget(activiteiten.week)
    assert statuses(activiteiten) == ["gepland"]
    rent_before = budget_summary(context.database, 2026).saldo_actual_cents

    rooster = show_tab(window, "rooster")
    assert isinstance(rooster, RoosterPage)

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BookingDialog) and w.isVisible())
        dialog.title.setText("Buurtvergadering")
        dialog.day.setDate(dialog.day.date().fromString(TUESDAY.isoformat(), "yyyy-MM-dd"))
        dialog.start.setCurrentText("19:00")
        dialog.end.setCurrentText("21:00")
        dialog.tariff.setCurrentIndex(dialog.tariff.findData("non_commercial"))
        dialog.accept()

    QTimer.singleShot(50, fill)
    rooster.new_booking()
    assert "Geboekt: Activiteitenruimte 1" in window.statusBar().currentMessage()
    rent_after = budget_summary(context.database, 2026).saldo_actual_cents
    assert rent_after > rent_before  # the booking has taken place by today: its rent counts

    show_tab(window, "begroting")  # built before the booking, not rebuilt
    assert window.pages["begroting"] is begroting
    assert f"Gerealiseerd saldo {format_cents(rent_after)}" in begroting.totals.text()

    with context.database.reading() as session:
        yoga_monday = session.exec(select(ActivitySession).where(ActivitySession.day == MONDAY)).one()
    show_tab(window, "rooster")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)  # cancel, lapse
    rooster.cancel_booking(yoga_monday.booking_id or 0)
    show_tab(window, "activiteiten")
    assert window.pages["activiteiten"] is activiteiten
    assert statuses(activiteiten)[0].startswith("niet doorgegaan")


def test_a_hidden_page_marks_itself_stale_and_a_visible_one_reloads_at_once(window, context) -> None:
    from buurtzaak_desktop.ui.operations import ROOSTER, operations

    begroting = show_tab(window, "begroting")
    rooster = show_tab(window, "rooster")
    loads: list[str] = []
    begroting.refresh = lambda: loads.append("begroting")  # type: ignore[method-assign]
    rooster.refresh = lambda: loads.append("rooster")  # type: ignore[method-assign]
    operations().run(window, lambda: None, {ROOSTER})
    assert loads == ["rooster"]  # the visible page at once; the hidden one waits
    show_tab(window, "begroting")
    assert loads == ["rooster", "begroting"]
    operations().run(window, lambda: None, {"spreekuur"})
    assert loads == ["rooster", "begroting"]  # not an area either page shows


def test_buttons_that_need_a_chosen_activity_are_off_without_one(window) -> None:
    page = show_tab(window, "activiteiten")
    page.sections.setCurrentWidget(page.programme)
    programme = page.programme
    assert programme.model.rowCount() == 1
    assert not any(widget.isEnabled() for widget in programme.row_buttons)
    programme.table.selectRow(0)
    assert all(widget.isEnabled() for widget in programme.row_buttons)
    programme.refresh()  # a reload forgets the choice: the buttons follow
    assert not any(widget.isEnabled() for widget in programme.row_buttons)
