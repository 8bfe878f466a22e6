"""Appointments are the resident's spreekuur data: forgotten with the resident (counts stay), never in the log; and
``buurtzaak check`` keeps the promise between an appointment and its booking."""

from __future__ import annotations

import logging
from datetime import date, datetime, time

import pytest
from sqlalchemy import text
from sqlmodel import select

from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.db.models.appointments import SpreekuurAppointment
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.logging_setup import setup_logging
from buurtzaak_desktop.paths import log_dir
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.spreekuur.appointments import cancel, list_appointments, move, record
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.spreekuur.privacy import anonymise_expired, remove_resident

from .conftest import MONDAY
from .test_privacy import NAME_FORMS, sqlite_without_default_secure_delete, traces  # noqa: F401

CHECK = "spreekuur-afspraak-boeking"


@pytest.mark.sqlite_only("reads the bytes of the file and its -wal for the erased name")
def test_forgetting_the_resident_cancels_appointments_to_come_and_keeps_the_counts(database, planner, zoe):
    clock.set_now(datetime(2026, 12, 1, 9))
    try:
        held = planner("10:00", day=date(2026, 12, 2))
    finally:
        clock.set_now(None)
    record(database, held, "gehouden", "Henk")
    to_come = planner("10:00")
    before = year_figures(database, 2026)
    assert traces(database)  # the test can fail: the name is in the file first
    remove_resident(database, zoe, actor="Coördinator")
    assert traces(database) == []
    with database.reading() as session:
        rows = {a.id: a for a in session.exec(select(SpreekuurAppointment))}
        booking = session.get(Booking, rows[to_come].booking_id)
    assert rows[held].status == "gehouden" and rows[to_come].status == "geannuleerd"
    assert all(a.resident_id is None and a.traject_id is None for a in rows.values())
    assert booking is not None and booking.status == BookingStatus.CANCELLED  # the room comes free
    assert year_figures(database, 2026).appointments_held == before.appointments_held == 1
    assert [row.resident_name for row in list_appointments(database, include_cancelled=True)] == ["", ""]
    assert run_checks(database, [CHECK]) == {CHECK: []}


def test_retention_keeps_a_resident_with_an_appointment_to_come(database, planner, zoe):
    planner("10:00")
    with database.transaction() as session:  # all else long ago: only the appointment keeps her
        session.execute(text("UPDATE spreekuur_resident SET created_on = '2020-01-01'"))
        session.execute(text("UPDATE spreekuur_visit SET visited_on = '2020-01-02'"))
        session.execute(
            text(
                "UPDATE spreekuur_traject SET opened_on = '2020-01-02', closed_on = '2020-02-01', outcome = 'opgelost'"
            )
        )
    assert anonymise_expired(database, date(2026, 12, 3)).residents == 0
    with database.transaction() as session:
        session.execute(text("UPDATE spreekuur_appointment SET day = '2020-01-20'"))
    assert anonymise_expired(database, date(2026, 12, 3)).residents == 1  # the test can fail


def test_no_resident_data_in_the_log(database, planner, zoe):
    log_file = setup_logging(log_dir())
    planned = planner("10:00")
    move(database, planned, MONDAY, datetime(2026, 1, 1, 11).time(), 45, "Henk")
    cancel(database, planned, "Henk")
    list_appointments(database, MONDAY, MONDAY)
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = log_file.read_text(encoding="utf-8")
    assert "appointment" in content and "cancelled" in content  # the log was written
    for found in (*NAME_FORMS, "Şahin", "Fatima"):
        assert found not in content


def test_check_finds_a_planned_appointment_whose_booking_went_and_a_cancelled_one_holding_a_room(database, planner):
    first = planner("10:00")
    second = planner("13:00")
    assert run_checks(database, [CHECK]) == {CHECK: []}
    with database.transaction() as session:  # around the services, as a faulty edit would
        session.execute(
            text(
                "UPDATE booking SET status = 'cancelled' WHERE id = (SELECT booking_id FROM spreekuur_appointment "
                "WHERE id = :id)"
            ),
            {"id": first},
        )
        session.execute(text("UPDATE spreekuur_appointment SET status = 'geannuleerd' WHERE id = :id"), {"id": second})
        session.execute(text("UPDATE booking SET title = 'Gesprek met Zoë' WHERE title = 'Spreekuur-afspraak'"))
    found = run_checks(database, [CHECK])[CHECK]
    assert any(f"Afspraak {first}: de boeking ontbreekt" in line for line in found)
    assert any(f"Afspraak {second} is geannuleerd maar houdt boeking" in line for line in found)
    assert any("andere titel" in line for line in found)
    assert not any("Zoë" in line for line in found)  # a finding names ids, never the title's words


def test_the_inzage_print_lists_the_residents_appointments(database, planner, zoe, tmp_path):
    from buurtzaak_desktop.reports.spreekuur.overview_pdf import write_overview
    from buurtzaak_desktop.services.spreekuur.overview import resident_overview

    from .test_inzage_and_corrections import pdf_text

    planned = planner("10:00")
    planner("14:00")
    cancel(database, planned, "Henk")
    out = tmp_path / "inzage.pdf"
    write_overview(resident_overview(database, zoe, "Henk"), out, date(2026, 12, 3))
    text = pdf_text(out)
    assert "Afspraken (2)" in text
    assert "10:00-10:45" in text and "14:00-14:45" in text and "Fatima Amrani" in text and "geannuleerd" in text


def test_check_finds_a_planned_appointment_whose_booking_moved_in_the_rooster(database, planner):
    """The booking is live but no longer at the appointment's time (an edit around the Spreekuur)."""
    from sqlalchemy import update

    from buurtzaak_desktop.db import tables

    moved = planner("10:00")
    planner("13:00")
    with database.transaction() as session:
        booking_id = session.get(SpreekuurAppointment, moved).booking_id
        session.execute(update(tables.booking).where(tables.booking.c.id == booking_id).values(start=time(10, 15)))
    assert run_checks(database, [CHECK]) == {
        CHECK: [f"Afspraak {moved}: de boeking ontbreekt, is vervallen of staat op een andere dag of tijd."]
    }
