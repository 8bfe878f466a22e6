"""The Begroting tab with real widgets: totals and shortfall in sight, actuals entry, the fund and its overrun
question, copying a year, and the painted chart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QMessageBox, QWidget

from buurtzaak_desktop.domain.begroting.initiatives import ADVANCE, FINAL, GRANTED, IN_REVIEW
from buurtzaak_desktop.services.begroting.budget import budget_summary, budget_years
from buurtzaak_desktop.services.begroting.initiatives import (
    Application,
    decide,
    fund_status,
    list_initiatives,
    pay,
    set_fund_budget,
    start_review,
    submit,
)
from buurtzaak_desktop.services.begroting.populair import IN_KIND, popular_budget, record_hours
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.hours import log_hours
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer
from buurtzaak_desktop.ui.begroting.budget_model import LINE
from buurtzaak_desktop.ui.begroting.page import BegrotingPage
from buurtzaak_desktop.ui.operations import operations
from tests.helpers import unnamed_widgets

YEAR = 2026


@pytest.fixture
def page(qtbot, qsettings_isolated, context: AppContext, short_budget: dict[str, int]) -> BegrotingPage:
    page = BegrotingPage(context)
    qtbot.addWidget(page)
    page.year_box.setValue(YEAR)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next modal dialog, once its event loop runs."""

    def run() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, run)
            return
        action(widget)

    QTimer.singleShot(0, run)


def answer(yes: bool) -> Callable[[QWidget], None]:
    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        wanted = "Ja" if yes else "Nee"
        next(b for b in box.buttons() if b.text() == wanted).click()

    return click


def test_totals_and_shortfall_in_sight(page: BegrotingPage, qtmodeltester) -> None:
    assert "Saldo € -3,47" in page.totals.text()
    assert page.shortfall.isVisible() and page.shortfall.text() == "Tekort: € 3,47"
    qtmodeltester.check(page.budget_view.model)
    qtmodeltester.check(page.initiatives_view.model)
    qtmodeltester.check(page.popular_view.model)
    model = page.budget_view.model
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "Saldo (baten − lasten)"
    assert model.index(last, 3).data() == "tekort € 3,47"
    assert model.index(last, 1).data(Qt.ItemDataRole.ForegroundRole) is not None  # red
    assert unnamed_widgets(page) == []
    assert not page.budget_view.chart.grab().isNull()
    assert "Huisvesting" in page.budget_view.chart.accessibleDescription()


def _select_line(page: BegrotingPage, name: str) -> None:
    model = page.budget_view.model
    row = next(n for n in range(model.rowCount()) if model.row_at(n).label.strip() == name)
    page.budget_view.table.setCurrentIndex(model.index(row, 0))


def test_actuals_typed_the_dutch_way(refusals, page: BegrotingPage, qtbot, context: AppContext) -> None:
    _select_line(page, "Huur")
    view = page.budget_view
    assert view.actuals_box.title() == "Realisatie van Huur"
    view.actual_date.setDate(date(YEAR, 3, 1))
    qtbot.keyClicks(view.actual_description, "Huur maart")
    qtbot.keyClicks(view.actual_amount, "1.234,56")  # QTest types ASCII only; "€ 1.234,56" is in test_money
    qtbot.mouseClick(view.add_actual_button, Qt.MouseButton.LeftButton)
    summary = budget_summary(context.database, YEAR, as_of=date(YEAR, 12, 31))
    assert summary.expense_actual_cents == 123_456
    assert view.actuals_model.rowCount() == 1
    assert view.actuals_model.index(0, 2).data() == "€ 1.234,56"
    assert "Gerealiseerd saldo € -1.234,56" in page.totals.text()

    qtbot.keyClicks(view.actual_amount, "twaalf")
    qtbot.mouseClick(view.add_actual_button, Qt.MouseButton.LeftButton)
    assert "geen geldig bedrag" in refusals[-1]


def test_budget_amount_edited_in_the_table(page: BegrotingPage, qtbot, context: AppContext) -> None:
    _select_line(page, "GWE")
    model = page.budget_view.model
    index = page.budget_view.table.currentIndex().siblingAtColumn(1)
    assert model.row_at(index.row()).role == LINE
    assert model.setData(index, "1.500,00")
    assert budget_summary(context.database, YEAR).saldo_budget_cents == 0
    qtbot.waitUntil(lambda: not page.shortfall.isVisible())


def test_grant_over_the_fund_asks_first(page: BegrotingPage, context: AppContext) -> None:
    set_fund_budget(context.database, YEAR, 100_000)
    initiative = submit(
        context.database, Application(YEAR, "Noor", "Buurtfeest", date(YEAR, 5, 1), requested_cents=150_000)
    )
    page.views.setCurrentWidget(page.initiatives_view)
    page.reload()
    view = page.initiatives_view
    view.select(initiative)
    assert view.detail.text() == "Buurtfeest: ingediend"
    view.start_review()
    assert list_initiatives(context.database, YEAR)[0].status == IN_REVIEW

    def fill_decision(dialog: QWidget, confirm_overrun: bool) -> None:
        assert isinstance(dialog, QDialog)
        dialog.reason.setPlainText("Groot bereik")  # type: ignore[attr-defined]
        when_modal(answer(confirm_overrun))
        dialog.accept()

    when_modal(lambda dialog: fill_decision(dialog, confirm_overrun=False))
    view.decide()
    assert list_initiatives(context.database, YEAR)[0].status == IN_REVIEW  # said no: nothing changed

    when_modal(lambda dialog: fill_decision(dialog, confirm_overrun=True))
    view.decide()
    decided = list_initiatives(context.database, YEAR)[0]
    assert (decided.status, decided.granted_cents) == (GRANTED, 150_000)
    assert fund_status(context.database, YEAR).available_cents == -50_000
    assert "Nog beschikbaar: € -500,00" in page.fund_panel.labels["available"].text()
    assert "c0392b" in page.fund_panel.labels["available"].styleSheet()


def test_copy_to_next_year(page: BegrotingPage, context: AppContext) -> None:
    when_modal(answer(True))
    page.copy_to_next_year()
    assert page.year == YEAR + 1
    assert budget_years(context.database) == [YEAR, YEAR + 1]
    assert "Saldo € -3,47" in page.totals.text()


def test_export_and_reimport_from_the_page(page: BegrotingPage, qtbot, context: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "b.xlsx"
    with qtbot.waitSignal(page.export_to(out).finished, timeout=20_000):
        pass  # written on a worker thread
    assert operations().last_message == f"Begroting opgeslagen in {out}."
    assert load_workbook(out)["Begroting"]["A1"].value == f"Begroting {YEAR} met realisatie"
    sheet_file = tmp_path / "import.csv"
    sheet_file.write_text(f"jaar;soort;categorie;post;begroot\n{YEAR};baten;Gemeente;Subsidie;12.503,47\n")
    when_modal(answer(True))  # replace the existing year
    reading = page.import_from(sheet_file)
    assert reading is not None
    with qtbot.waitSignal(reading.finished, timeout=20_000):
        pass
    assert budget_summary(context.database, YEAR).income_budget_cents == 1_250_347


def test_hours_recorded_in_the_popular_budget(page: BegrotingPage, context: AppContext) -> None:
    page.views.setCurrentWidget(page.popular_view)

    kinds: list[str] = []

    def fill(dialog: QWidget) -> None:
        kinds.extend(dialog.kind.itemText(i) for i in range(dialog.kind.count()))  # type: ignore[attr-defined]
        dialog.description.setText("Gastvrouwen van de woningcorporatie")  # type: ignore[attr-defined]
        dialog.hours_edit.setText("12,5")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    # Volunteer hours come from the Vrijwilligers tab (never typed twice): 12 h 30 there
    volunteer = create_volunteer(context.database, VolunteerData(name="Zoë Şahin"))
    log_hours(context.database, volunteer, date(YEAR, 3, 4), 750)
    when_modal(fill)
    page.popular_view.record_hours()
    assert kinds == ["uren in natura"]
    popular = popular_budget(context.database, YEAR)
    assert "tabblad Vrijwilligers" in page.popular_view.source.text()
    assert popular.volunteer_hours_centi == 1250
    assert popular.volunteer_value_cents == 12_550  # 12,5 hours x € 10,04
    assert [item.description for item in popular.in_kind] == ["Gastvrouwen van de woningcorporatie"]
    page.reload()
    rows = {page.popular_view.model.index(n, 0).data(): n for n in range(page.popular_view.model.rowCount())}
    assert page.popular_view.model.index(rows["Vrijwilligersuren"], 3).data() == "€ 125,50"
    assert page.popular_view.model.index(rows["Vrijwilligersuren"], 1).data() == "12,50"


def test_application_to_afgerond_through_the_dialogs(page: BegrotingPage, context: AppContext) -> None:
    set_fund_budget(context.database, YEAR, 100_000)
    page.views.setCurrentWidget(page.initiatives_view)
    view = page.initiatives_view

    def apply(dialog: QWidget) -> None:
        dialog.applicant.setText("Ayşe Yılmaz")  # type: ignore[attr-defined]
        dialog.title_edit.setText("Kinderfeest")  # type: ignore[attr-defined]
        dialog.costs.setPlainText("Boodschappen; 250,00\nZaalhuur; 50")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(apply)
    view.new_application()
    created = list_initiatives(context.database, YEAR)[0]
    assert (created.title, created.requested_cents) == ("Kinderfeest", 30_000)
    view.select(created.id)
    assert "Boodschappen € 250,00; Zaalhuur € 50,00" in view.detail.text()
    view.start_review()
    when_modal(lambda dialog: dialog.accept())  # type: ignore[attr-defined] - grant what was asked
    view.decide()
    when_modal(lambda dialog: dialog.accept())  # type: ignore[attr-defined] - pay the rest of the grant
    view.pay()

    def account(dialog: QWidget) -> None:
        dialog.cost.setText("287,50")  # type: ignore[attr-defined]
        dialog.participants.setValue(64)  # type: ignore[attr-defined]
        dialog.receipts.setChecked(True)  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(account)
    view.account()
    done = list_initiatives(context.database, YEAR)[0]
    assert (done.status_label, done.paid_cents, done.actual_cost_cents) == ("afgerond", 30_000, 28_750)
    assert "Nog beschikbaar: € 700,00" in page.fund_panel.labels["available"].text()
    # it cost less than was paid: the check says what to ask back
    assert run_checks(context.database, ["initiatief-betalingen"])["initiatief-betalingen"] == [
        f"Bewonersinitiatief {done.id} is afgerond met € 287,50 kosten maar kreeg € 300,00: € 12,50 terug te vragen."
    ]


def test_deleting_a_line_asks_first(page: BegrotingPage, context: AppContext) -> None:
    _select_line(page, "GWE")
    when_modal(answer(False))
    page.budget_view.delete_line()
    assert budget_summary(context.database, YEAR).expense_budget_cents == 1_250_347
    _select_line(page, "GWE")
    when_modal(answer(True))
    page.budget_view.delete_line()
    assert budget_summary(context.database, YEAR).expense_budget_cents == 1_100_000
    assert not page.shortfall.isVisible()


def focus(qtbot, widget: QWidget) -> None:
    """Keyboard focus on ``widget`` in an active window, as after a dialog closes on a real screen."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _actual_rows(page: BegrotingPage) -> list[tuple[str, str, str]]:
    model = page.budget_view.actuals_model
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]  # type: ignore[misc]


def test_an_actual_corrected_deleted_and_brought_back(page: BegrotingPage, qtbot, context: AppContext) -> None:
    _select_line(page, "Huur")
    view = page.budget_view
    assert not view.edit_actual_button.isEnabled() and not view.undo_button.isVisible()
    view.actual_date.setDate(date(YEAR, 3, 1))
    qtbot.keyClicks(view.actual_description, "Huur maart")
    qtbot.keyClicks(view.actual_amount, "2.500")
    qtbot.keyClick(view.actual_amount, Qt.Key.Key_Return)  # Enter books it
    assert _actual_rows(page) == [("01-03-2026", "Huur maart", "€ 2.500,00")]

    # A typing error corrected: chosen with the keyboard, F2 opens the entry
    focus(qtbot, view.actuals_table)
    view.actuals_table.setCurrentIndex(view.actuals_model.index(0, 0))
    assert view.edit_actual_button.isEnabled()

    def correct(dialog: QWidget) -> None:
        assert dialog.amount.text() == "2.500,00"  # type: ignore[attr-defined]
        dialog.amount.setText("250,00")  # type: ignore[attr-defined]
        dialog.day.setDate(date(YEAR, 3, 2))  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(correct)
    qtbot.keyClick(view.actuals_table, Qt.Key.Key_F2)
    assert _actual_rows(page) == [("02-03-2026", "Huur maart", "€ 250,00")]
    assert budget_summary(context.database, YEAR).expense_actual_cents == 25_000
    assert "Gerealiseerd saldo € -250,00" in page.totals.text()

    # The date stays in the line's year
    def outside_year(dialog: QWidget) -> None:
        dialog.day.setDate(date(YEAR + 1, 1, 2))  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(outside_year)
    view.edit_actual()
    assert _actual_rows(page) == [("31-12-2026", "Huur maart", "€ 250,00")]  # held at the year's end

    # Delete asks first; No keeps it
    asked: list[str] = []

    def reply(yes: bool) -> Callable[[QWidget], None]:
        def click(box: QWidget) -> None:
            asked.append(box.windowTitle())
            answer(yes)(box)

        return click

    view.actuals_table.setCurrentIndex(view.actuals_model.index(0, 0))
    focus(qtbot, view.actuals_table)
    when_modal(reply(False))
    qtbot.keyClick(view.actuals_table, Qt.Key.Key_Delete)
    assert asked == ["Boeking verwijderen"] and len(_actual_rows(page)) == 1
    focus(qtbot, view.actuals_table)
    when_modal(reply(True))
    qtbot.keyClick(view.actuals_table, Qt.Key.Key_Delete)
    assert len(asked) == 2 and _actual_rows(page) == []
    assert "Gerealiseerd saldo € 0,00" in page.totals.text()
    assert view.undo_button.isVisible() and "Huur maart" in view.undo_button.toolTip()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert _actual_rows(page) == [("31-12-2026", "Huur maart", "€ 250,00")]
    assert "Gerealiseerd saldo € -250,00" in page.totals.text()
    assert not view.undo_button.isVisible()


def test_budget_amount_edited_from_the_keyboard(page: BegrotingPage, qtbot, context: AppContext) -> None:
    _select_line(page, "GWE")
    table = page.budget_view.table
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == table.State.EditingState and table.currentIndex().column() == 1
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "1.503,47"
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    qtbot.keyClicks(editor, "1.500")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on its next turn of the event loop
    qtbot.waitUntil(lambda: not page.shortfall.isVisible())
    assert budget_summary(context.database, YEAR).saldo_budget_cents == 0
    assert table.state() == table.State.NoState


def test_the_shortfall_is_red_and_on_screen(page: BegrotingPage) -> None:
    page.views.setCurrentWidget(page.initiatives_view)  # whichever view is open
    shortfall = page.shortfall
    assert shortfall.isVisible() and shortfall.visibleRegion().boundingRect().width() >= shortfall.sizeHint().width()
    image = shortfall.grab().toImage()
    reds = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if (c := image.pixelColor(x, y)).red() > 150 and c.green() < 100 and c.blue() < 100
    )
    assert reds > 20  # red text, drawn


def test_an_application_corrected_before_the_decision(page: BegrotingPage, qtbot, context: AppContext) -> None:
    set_fund_budget(context.database, YEAR, 100_000)
    initiative = submit(
        context.database,
        Application(
            YEAR, "Noor", "Buurtfeest", date(YEAR, 5, 1), description="Voor de hele straat", requested_cents=60_000
        ),
    )
    page.views.setCurrentWidget(page.initiatives_view)
    page.reload()
    view = page.initiatives_view
    view.select(initiative)
    assert view.buttons["edit"].isEnabled()

    def change(dialog: QWidget) -> None:
        assert dialog.windowTitle() == "Aanvraag wijzigen"
        assert dialog.description.toPlainText() == "Voor de hele straat"  # type: ignore[attr-defined]
        assert dialog.requested.text() == "600,00"  # type: ignore[attr-defined]
        dialog.title_edit.setText("Buurtfeest Pieter Calandlaan")  # type: ignore[attr-defined]
        dialog.costs.setPlainText("Springkussen; 150\nBoodschappen; 300,50")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(change)
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    changed = list_initiatives(context.database, YEAR)[0]
    assert (changed.title, changed.requested_cents) == ("Buurtfeest Pieter Calandlaan", 45_050)
    assert view.selected() is not None and view.selected().id == initiative  # type: ignore[union-attr]
    assert "Springkussen € 150,00; Boodschappen € 300,50" in view.detail.text()

    view.start_review()
    when_modal(lambda dialog: dialog.accept())  # type: ignore[attr-defined] - grant what was asked
    view.decide()
    assert list_initiatives(context.database, YEAR)[0].granted_cents == 45_050
    assert not view.buttons["edit"].isEnabled()  # decided: the application stays as it was judged
    assert "Nog beschikbaar: € 549,50" in page.fund_panel.labels["available"].text()


def test_hours_in_kind_corrected_and_deleted(page: BegrotingPage, qtbot, context: AppContext) -> None:
    record_hours(context.database, YEAR, IN_KIND, "Opbouwwerker", 10_000, rate_cents=4_500)
    page.views.setCurrentWidget(page.popular_view)
    page.reload()
    view = page.popular_view
    model = view.model
    row = next(n for n in range(model.rowCount()) if model.index(n, 0).data() == "In natura: Opbouwwerker")
    view.table.setCurrentIndex(model.index(0, 0))
    assert not view.edit_button.isEnabled()  # the money rows are not hours
    view.table.setCurrentIndex(model.index(row, 0))
    assert view.edit_button.isEnabled()

    def change(dialog: QWidget) -> None:
        assert dialog.hours_edit.text() == "100,00"  # type: ignore[attr-defined]
        assert dialog.rate_edit.text() == "45,00"  # type: ignore[attr-defined]
        dialog.hours_edit.setText("80")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(change)
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert popular_budget(context.database, YEAR).in_kind_value_cents == 360_000
    assert model.index(row, 3).data() == "€ 3.600,00"

    view.table.setCurrentIndex(model.index(row, 0))
    focus(qtbot, view.table)
    when_modal(answer(True))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert popular_budget(context.database, YEAR).in_kind == ()
    assert all("Opbouwwerker" not in str(model.index(n, 0).data()) for n in range(model.rowCount()))


def test_a_bad_import_file_lists_its_rows_and_changes_nothing(
    refusals, page: BegrotingPage, qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "slecht.csv"
    path.write_text(
        "jaar;soort;categorie;post;begroot\n2027;baten;Gemeente;Subsidie;1.000\n2027;kosten;Huur;Huur;tien\n",
        encoding="utf-8",
    )
    reading = page.import_from(path)
    if reading is not None:
        with qtbot.waitSignal(reading.finished, timeout=20_000):
            pass
    message = refusals[-1]
    assert "1 fout(en), er is niets geïmporteerd" in message
    assert "rij 3, kolom 'soort': 'kosten' is geen soort: vul baten of lasten in." in message
    assert budget_years(page.context.database) == [YEAR]
    assert page.year == YEAR
    box = operations().last_refusal
    assert box is not None and box.isVisible() and "rij 3" in box.text()


def test_the_tab_works_from_the_keyboard(page: BegrotingPage, qtbot) -> None:
    """Alt+letter reaches the year, the three views and the entry form; Enter books an entry."""
    alt = Qt.KeyboardModifier.AltModifier
    focus(qtbot, page.budget_view.table)
    qtbot.keyClick(page.budget_view.table, Qt.Key.Key_J, alt)
    assert page.year_box.hasFocus()
    qtbot.keyClick(page.year_box, Qt.Key.Key_P, alt)
    assert page.views.currentWidget() is page.popular_view
    qtbot.keyClick(page.year_box, Qt.Key.Key_N, alt)
    assert page.views.currentWidget() is page.initiatives_view
    qtbot.keyClick(page.year_box, Qt.Key.Key_S, alt)
    assert page.initiatives_view.status_filter.hasFocus()
    qtbot.keyClick(page.year_box, Qt.Key.Key_R, alt)
    assert page.views.currentWidget() is page.budget_view

    _select_line(page, "Huur")
    view = page.budget_view
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_O, alt)
    assert view.actual_description.hasFocus()
    qtbot.keyClicks(view.actual_description, "Huur april")
    qtbot.keyClick(view.actual_description, Qt.Key.Key_G, alt)
    assert view.actual_amount.hasFocus()
    qtbot.keyClicks(view.actual_amount, "100")
    qtbot.keyClick(view.actual_amount, Qt.Key.Key_Return)
    assert view.actuals_model.rowCount() == 1 and view.actuals_model.index(0, 2).data() == "€ 100,00"
    assert [b.text() for b in (page.import_button, page.export_button)] == ["&Importeren…", "E&xporteren…"]
    assert page.import_button.accessibleName() == "Importeren"


def test_a_line_renamed_and_moved(refusals, page: BegrotingPage, context: AppContext) -> None:
    _select_line(page, "GWE")
    view = page.budget_view
    assert view.edit_line_button.isEnabled()

    def change(dialog: QWidget) -> None:
        assert dialog.windowTitle() == "Post wijzigen"
        assert (dialog.name.text(), dialog.category.currentText()) == ("GWE", "Huisvesting")  # type: ignore[attr-defined]
        assert dialog.amount.text() == "1.503,47"  # type: ignore[attr-defined]
        dialog.name.setText("Energie")  # type: ignore[attr-defined]
        dialog.category.setCurrentText("Energie en water")  # type: ignore[attr-defined]
        dialog.amount.setText("1.500")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(change)
    view.edit_line()
    summary = budget_summary(context.database, YEAR)
    assert [(c.category, c.budget_cents) for c in summary.of_kind("lasten")] == [
        ("Personeel", 800_000),
        ("Huisvesting", 300_000),
        ("Energie en water", 150_000),
    ]
    assert summary.saldo_budget_cents == 0 and not page.shortfall.isVisible()
    assert view.selected_line_id() is not None
    assert view.model.row_at(view.table.currentIndex().row()).label.strip() == "Energie"

    def clash(dialog: QWidget) -> None:  # the name of another post in the same place: refused, and said why
        dialog.name.setText("Huur")  # type: ignore[attr-defined]
        dialog.category.setCurrentText("Huisvesting")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(clash)
    view.edit_line()
    assert "Huur" in refusals[-1]
    assert budget_summary(context.database, YEAR).saldo_budget_cents == 0


def test_a_payment_taken_back_from_the_tab(page: BegrotingPage, context: AppContext) -> None:
    set_fund_budget(context.database, YEAR, 100_000)
    initiative = submit(
        context.database, Application(YEAR, "Noor", "Buurtfeest", date(YEAR, 5, 1), requested_cents=60_000)
    )
    start_review(context.database, initiative)
    decide(context.database, initiative, GRANTED, date(YEAR, 5, 20), "Goed plan", granted_cents=60_000)
    pay(context.database, initiative, ADVANCE, date(YEAR, 5, 21), 30_000)
    pay(context.database, initiative, FINAL, date(YEAR, 5, 22), 25_000)
    page.views.setCurrentWidget(page.initiatives_view)
    page.reload()
    view = page.initiatives_view
    view.select(initiative)
    assert view.buttons["unpay"].isEnabled()
    assert "Betaald: € 550,00" in page.fund_panel.labels["paid"].text()
    choices: list[str] = []

    def choose(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        choices.extend(combo.itemText(n) for n in range(combo.count()))
        when_modal(answer(True))
        dialog.accept()  # type: ignore[attr-defined] - the last payment is chosen

    when_modal(choose)
    view.take_back_payment()
    assert choices == ["21-05-2026 voorschot € 300,00", "22-05-2026 eindbetaling € 250,00"]
    assert list_initiatives(context.database, YEAR)[0].paid_cents == 30_000
    assert "Betaald: € 300,00" in page.fund_panel.labels["paid"].text()
    assert "Nog beschikbaar: € 400,00" in page.fund_panel.labels["available"].text()
