"""Issue 15, link 8: who is on pauze, stopped, or without a valid required certificate on the shift's day leaves a
gap, gets no hours from the shift held, and the shift list says why; the Check finds hours logged anyway."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from buurtzaak_desktop.domain.vrijwilligers.shifts import Held, unfit_reasons
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.vrijwilligers.certificates import add_certificate
from buurtzaak_desktop.services.vrijwilligers.hours import record_shift_held
from buurtzaak_desktop.services.vrijwilligers.shifts import assign, create_shift, unfit_on, week_shifts
from buurtzaak_desktop.services.vrijwilligers.volunteers import set_status
from buurtzaak_desktop.ui.vrijwilligers.page import VrijwilligersPage

from .conftest import TODAY  # Wednesday 25-11-2026

EARLIER_TUESDAY, NEXT_TUESDAY, LATER_TUESDAY = date(2026, 11, 24), date(2026, 12, 1), date(2026, 12, 8)


@pytest.fixture
def spreekuur(vdb, add_volunteer) -> dict[str, int]:
    """A Tuesday spreekuur (requires a VOG) for three: one fine, one whose VOG expires 05-12, one who pauses 01-12."""
    shift = create_shift(vdb, "spreekuur", 1, time(13), time(16), people_needed=3)
    fine = add_volunteer("Fatima Benali", ("spreekuur",))
    expiring = add_volunteer("Jan Jansen", ("spreekuur",))
    pausing = add_volunteer("Wilma de Wit", ("spreekuur",))
    add_certificate(vdb, fine, "VOG", date(2028, 1, 1))
    add_certificate(vdb, expiring, "VOG", date(2026, 12, 5))
    add_certificate(vdb, pausing, "VOG", date(2028, 1, 1))
    for person in (fine, expiring, pausing):
        assign(vdb, shift, person, TODAY)
    set_status(vdb, pausing, "pauze", NEXT_TUESDAY)
    return {"shift": shift, "fine": fine, "expiring": expiring, "pausing": pausing}


def test_the_shift_list_shows_the_gap_and_why(vdb, spreekuur) -> None:
    (row,) = week_shifts(vdb, TODAY)  # next Tuesday: 01-12, the pause has begun, the VOG still holds
    assert row.day == NEXT_TUESDAY
    assert [(vid, [r.text for r in reasons]) for vid, reasons in row.unfit] == [(spreekuur["pausing"], ["pauze"])]
    assert (row.filling, row.gap) == (2, 1)
    (row,) = week_shifts(vdb, date(2026, 12, 3))  # 08-12: the VOG has expired as well
    assert row.day == LATER_TUESDAY and (row.filling, row.gap) == (1, 2)
    assert row.names_text == "Fatima Benali, Jan Jansen (VOG verlopen op 05-12-2026), Wilma de Wit (pauze)"
    assert len(row.volunteers) == 3  # they stay on the weekly shift: a renewed VOG or a return fills it again


def test_no_hours_for_who_did_not_qualify_on_the_day(vdb, spreekuur) -> None:
    shift = spreekuur["shift"]
    assert record_shift_held(vdb, shift, EARLIER_TUESDAY) == 3  # before the pause and the expiry: all three
    assert record_shift_held(vdb, shift, LATER_TUESDAY) == 1
    assert [(name, [r.text for r in reasons]) for name, reasons in unfit_on(vdb, shift, LATER_TUESDAY)] == [
        ("Jan Jansen", ["VOG verlopen op 05-12-2026"]),
        ("Wilma de Wit", ["pauze"]),
    ]
    add_certificate(vdb, spreekuur["expiring"], "VOG", date(2029, 12, 31), obtained_on=date(2026, 12, 10))
    assert record_shift_held(vdb, shift, LATER_TUESDAY) == 0  # the new VOG came after that day
    assert record_shift_held(vdb, shift, date(2026, 12, 15)) == 2
    assert run_checks(vdb, ["dienst-bezetting"]) == {"dienst-bezetting": []}


def test_check_finds_hours_logged_for_a_day_the_volunteer_did_not_qualify(vdb, spreekuur) -> None:
    record_shift_held(vdb, spreekuur["shift"], EARLIER_TUESDAY)
    assert run_checks(vdb, ["dienst-bezetting"]) == {"dienst-bezetting": []}
    with vdb.transaction() as session:  # as the old code did: hours for everyone on the shift on 08-12
        session.execute(text("UPDATE volunteer_hours SET day = '2026-12-08'"))
    found = run_checks(vdb, ["dienst-bezetting"])["dienst-bezetting"]
    assert len(found) == 2
    expiring, pausing = (f"vrijwilliger {spreekuur[key]} " for key in ("expiring", "pausing"))
    assert any(expiring in line and "VOG verlopen op 05-12-2026" in line for line in found)
    assert any(pausing in line and "(pauze)" in line for line in found)


def test_reasons_of_the_domain_rule() -> None:
    vog = Held("VOG", date(2023, 1, 1), date(2026, 11, 1))
    day = date(2026, 11, 3)
    assert [r.text for r in unfit_reasons("actief", None, ["VOG"], [vog], day)] == ["VOG verlopen op 01-11-2026"]
    assert [r.text for r in unfit_reasons("gestopt", None, ["VOG", "Hygiëne"], [vog], day)] == [
        "gestopt",
        "VOG verlopen op 01-11-2026",
        "Hygiëne ontbreekt",
    ]
    assert unfit_reasons("pauze", date(2026, 11, 4), ["VOG"], [vog], date(2026, 11, 1)) == ()  # not yet paused
    assert unfit_reasons("actief", None, [], [], day) == ()


def test_the_tab_shows_the_gap_the_reason_and_the_hours_not_logged(qtbot, qsettings_isolated, context, spreekuur):
    page = VrijwilligersPage(context)
    page.today = date(2026, 12, 8)
    for panel in page.panels():
        panel.today = page.today
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.sections.setCurrentIndex(1)
    panel = page.shifts
    panel.refresh()
    model = panel.model
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    row = {header: model.data(model.index(0, column)) for column, header in enumerate(headers)}
    assert row["Tekort"] == "2"
    assert row["Volgende keer"] == "08-12-2026"
    assert row["Telt niet mee"] == "Jan Jansen (VOG verlopen op 05-12-2026); Wilma de Wit (pauze)"
    assert "2 plaatsen open" in panel.summary.text()
    panel.table.selectRow(0)
    panel.held_button.click()
    assert panel.summary.text() == (
        "1 urenregels geboekt voor 08-12-2026. "
        "Geen uren voor: Jan Jansen (VOG verlopen op 05-12-2026); Wilma de Wit (pauze)."
    )
    assert run_checks(context.database, ["dienst-bezetting"]) == {"dienst-bezetting": []}


def test_the_printed_week_overview_says_why(vdb, spreekuur, tmp_path) -> None:
    from pypdf import PdfReader

    from buurtzaak_desktop.services.vrijwilligers.printing import write_week_overview

    out = tmp_path / "week.pdf"
    assert write_week_overview(vdb, out) == 2  # the clock's today, 03-12-2026: next Tuesday is 08-12
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Jan Jansen (VOG verlopen op 05-12-2026)" in text and "Wilma de Wit (pauze)" in text


def test_the_reasons_speak_english_when_asked(qtbot, qsettings_isolated, context, spreekuur) -> None:
    from PySide6.QtWidgets import QApplication

    from buurtzaak_desktop.ui.i18n import install_translations
    from buurtzaak_desktop.ui.vrijwilligers.shifts_panel import ShiftsPanel

    app = QApplication.instance()
    install_translations(app, "en")
    try:
        panel = ShiftsPanel(context, date(2026, 12, 8))
        qtbot.addWidget(panel)
        panel.refresh()
        model = panel.model
        headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
        assert "Does not count" in headers
        reasons = model.data(model.index(0, headers.index("Does not count")))
        assert reasons == "Jan Jansen (VOG expired on 05-12-2026); Wilma de Wit (on a break)"
    finally:
        install_translations(app, "nl")
