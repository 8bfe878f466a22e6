"""Appointments with a traject's fixed vertrouwenspersoon, planned in the Spreekkamer through the Rooster's rules."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlmodel import select

from buurtzaak_desktop.db.models import Booking, ClosingDay
from buurtzaak_desktop.db.models.appointments import SpreekuurAppointment
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.services.rooster.bookings import (
    BookingChanges,
    BookingRequest,
    book,
    cancel_booking,
    update_booking,
)
from buurtzaak_desktop.services.spreekuur.appointments import (
    BOOKING_TITLE,
    AppointmentInput,
    cancel,
    list_appointments,
    move,
    plan,
    record,
    traject_person,
)
from buurtzaak_desktop.services.spreekuur.audit import audit_lines
from buurtzaak_desktop.services.spreekuur.trajecten import open_traject

from .conftest import MONDAY, NAME, TODAY


def bookings(database) -> list[Booking]:
    with database.reading() as session:
        return list(session.exec(select(Booking).order_by(Booking.id)))


def appointment(database, appointment_id: int) -> SpreekuurAppointment:
    with database.reading() as session:
        found = session.get(SpreekuurAppointment, appointment_id)
        assert found is not None
        return found


def test_planning_books_the_spreekkamer_under_a_title_without_the_resident(database, planner, spreekkamer, zoe):
    planned = planner("10:00", 45)
    [booking] = bookings(database)
    assert (booking.room_id, booking.day, booking.start, booking.end) == (spreekkamer, MONDAY, time(10), time(10, 45))
    assert booking.title == BOOKING_TITLE and booking.status == BookingStatus.LIVE
    assert NAME not in booking.title + booking.contact
    row = appointment(database, planned)
    assert (row.booking_id, row.resident_id, row.status, row.person_name) == (
        booking.id,
        zoe,
        "gepland",
        "Fatima Amrani",
    )
    assert audit_lines(database, zoe)[0].action == "gewijzigd"


def test_the_first_appointment_fixes_the_vertrouwenspersoon_of_the_traject(database, planner, traject, helpers):
    assert traject_person(database, traject) is None
    with pytest.raises(InputError, match="vaste vertrouwenspersoon"):
        plan(database, AppointmentInput(traject_id=traject, day=MONDAY, start=time(10)), "Henk")
    planner("10:00")
    fixed = traject_person(database, traject)
    assert fixed is not None and fixed.name == "Fatima Amrani"
    plan(database, AppointmentInput(traject_id=traject, day=MONDAY, start=time(14)), "Henk")  # no need to say who
    with pytest.raises(RuleViolation, match="de afspraak is met Fatima Amrani"):
        plan(
            database,
            AppointmentInput(traject_id=traject, day=MONDAY, start=time(16), person_id=helpers["Henk de Vries"]),
            "Henk",
        )


def test_a_clash_in_the_spreekkamer_is_refused_with_the_rooster_message(database, planner, spreekkamer):
    book(database, BookingRequest(spreekkamer, MONDAY, time(10, 30), time(11, 30), "Gesprek wijkagent"))
    with pytest.raises(RuleViolation, match="Gesprek wijkagent") as refused:
        planner("10:00", 45)
    assert "10:30" in refused.value.message
    assert len(bookings(database)) == 1
    with database.reading() as session:
        assert session.exec(select(SpreekuurAppointment)).all() == []  # nothing written


def test_opening_hours_and_closing_days_are_the_roosters(database, planner):
    with pytest.raises(RuleViolation, match="buiten de openingstijden"):
        planner("20:45", 45)
    with database.transaction() as session:
        session.add(ClosingDay(day=MONDAY, reason="Studiedag"))
    with pytest.raises(RuleViolation, match="gesloten"):
        planner("10:00")
    assert bookings(database) == []


def test_a_vertrouwenspersoon_holds_one_talk_at_a_time(database, planner, zoe, helpers):
    planner("10:00", 45)
    other = open_traject(database, zoe, TODAY, "Henk")  # a second traject, same vertrouwenspersoon
    with pytest.raises(RuleViolation, match=r"Fatima Amrani heeft op .* van 10:00 tot 10:45 al een afspraak"):
        planner("10:30", 45, traject_id=other)
    planner("10:45", 30, traject_id=other, day=MONDAY)  # touching is not overlapping (room: no set-up in the test)


def test_cancelling_the_appointment_cancels_its_booking_and_frees_the_room(database, planner, spreekkamer):
    planned = planner("10:00")
    cancel(database, planned, "Henk")
    [booking] = bookings(database)
    assert booking.status == BookingStatus.CANCELLED
    assert appointment(database, planned).status == "geannuleerd"
    book(database, BookingRequest(spreekkamer, MONDAY, time(10), time(11), "Overleg"))  # the room is free
    with pytest.raises(RuleViolation, match="al geannuleerd"):
        cancel(database, planned, "Henk")


def test_moving_the_appointment_moves_its_booking_in_one_transaction(database, planner, spreekkamer):
    planned = planner("10:00")
    move(database, planned, date(2026, 12, 8), time(13), 60, "Henk")
    [booking] = bookings(database)
    assert (booking.day, booking.start, booking.end, booking.status) == (
        date(2026, 12, 8),
        time(13),
        time(14),
        BookingStatus.LIVE,
    )
    book(database, BookingRequest(spreekkamer, date(2026, 12, 8), time(14), time(15), "Overleg"))
    with pytest.raises(RuleViolation, match="Overleg"):  # the Rooster checks the new time
        move(database, planned, date(2026, 12, 8), time(13, 30), 60, "Henk")
    row = appointment(database, planned)
    assert (row.day, row.start, row.minutes) == (date(2026, 12, 8), time(13), 60)  # unchanged after the refusal
    assert bookings(database)[0].start == time(13)


def test_the_rooster_refuses_to_cancel_or_move_an_appointments_booking(database, planner):
    planned = planner("10:00")
    [booking] = bookings(database)
    with pytest.raises(RuleViolation, match="tabblad Spreekuur"):
        cancel_booking(database, booking.id)
    with pytest.raises(RuleViolation, match="tabblad Spreekuur"):
        update_booking(database, booking.id, BookingChanges(start=time(11), end=time(11, 45)))
    assert bookings(database)[0].status == BookingStatus.LIVE and bookings(database)[0].start == time(10)
    assert appointment(database, planned).status == "gepland"


def test_an_appointment_is_planned_ahead_and_recorded_after_its_time(database, planner):
    with pytest.raises(InputError, match="al voorbij"):
        planner("09:00", day=date(2026, 12, 3))  # the clock says 10:00 that day
    planned = planner("10:00")
    with pytest.raises(RuleViolation, match="begint pas"):
        record(database, planned, "gehouden", "Henk")
    clock.set_now(datetime(2026, 12, 7, 10, 5))
    try:
        record(database, planned, "niet_verschenen", "Henk")
        assert appointment(database, planned).status == "niet_verschenen"
        record(database, planned, "gehouden", "Fatima Amrani")  # a mistake corrected
        row = appointment(database, planned)
        assert (row.status, row.recorded_by) == ("gehouden", "Fatima Amrani")
        with pytest.raises(RuleViolation, match="al gehouden"):
            cancel(database, planned, "Henk")
    finally:
        clock.set_now(None)


def test_lists_of_the_week_and_of_appointments_not_yet_recorded(database, planner):
    first = planner("10:00")
    second = planner("14:00")
    later = planner("10:00", day=date(2026, 12, 15))
    week = list_appointments(database, MONDAY, date(2026, 12, 13))
    assert [row.id for row in week] == [first, second]
    assert week[0].resident_name == NAME and week[0].room_name == "Spreekkamer" and week[0].end == time(10, 45)
    assert list_appointments(database, unrecorded_before=datetime(2026, 12, 7, 12)) == [week[0]]
    assert [r.id for r in list_appointments(database, unrecorded_before=datetime(2026, 12, 20))] == [
        first,
        second,
        later,
    ]
    cancel(database, second, "Henk")
    assert [r.id for r in list_appointments(database, MONDAY, MONDAY)] == [first]
    assert [r.id for r in list_appointments(database, MONDAY, MONDAY, include_cancelled=True)] == [first, second]


def test_figures_count_appointments_apart_from_visits_per_month(database, planner, zoe):
    from buurtzaak_desktop.services.spreekuur.figures import year_figures

    visits_before = year_figures(database, 2026).visits
    first, second, third = planner("10:00"), planner("11:00"), planner("13:00")
    january = planner("10:00", day=date(2027, 1, 11))
    cancel(database, third, "Henk")
    clock.set_now(datetime(2026, 12, 7, 12))
    try:
        record(database, first, "gehouden", "Henk")
        record(database, second, "niet_verschenen", "Henk")
    finally:
        clock.set_now(None)
    figures = year_figures(database, 2026)
    assert figures.visits == visits_before  # an appointment is no walk-in visit
    assert (figures.appointments_planned, figures.appointments_held, figures.appointments_not_shown) == (2, 1, 1)
    assert figures.appointments_per_month == {"2026-12": (2, 1, 1)}
    assert year_figures(database, 2027).appointments_per_month == {"2027-01": (1, 0, 0)}
    assert january


def test_a_traject_with_appointments_still_planned_does_not_close(database, planner, traject):
    from buurtzaak_desktop.services.spreekuur.trajecten import close_traject

    planned = planner("10:00")
    with pytest.raises(RuleViolation, match="nog 1 geplande afspraak"):
        close_traject(database, traject, date(2026, 12, 3), "opgelost", "Henk")
    cancel(database, planned, "Henk")
    close_traject(database, traject, date(2026, 12, 3), "opgelost", "Henk")


def test_the_figures_export_has_appointments_per_month_with_small_counts_hidden(database, planner, tmp_path):
    from openpyxl import load_workbook

    from buurtzaak_desktop.reports.spreekuur.figures_xlsx import write_figures
    from buurtzaak_desktop.services.spreekuur.figures import year_figures

    for start in ("09:00", "10:00", "11:00", "13:00", "14:00", "15:00"):
        planner(start)
    out = tmp_path / "cijfers.xlsx"
    write_figures(year_figures(database, 2026), out)
    workbook = load_workbook(out)
    rows = list(workbook["Afspraken per maand"].iter_rows(values_only=True))
    assert rows == [("Maand", "Gepland", "Gehouden", "Niet verschenen"), ("2026-12", 6, 0, 0)]
    summary = {row[0]: row[1] for row in workbook["Overzicht"].iter_rows(values_only=True)}
    assert summary["Afspraken gepland"] == 6 and summary["Afspraken gehouden"] == 0


def test_the_regiegroep_pack_counts_appointments_apart_and_hides_small_counts(database, planner):
    from buurtzaak_desktop.services.regiegroep.pack import build_month_pack

    for start in ("09:00", "10:00", "11:00", "13:00", "14:00", "15:00"):
        planned = planner(start)
    cancel(database, planned, "Henk")  # five stay planned
    clock.set_now(datetime(2026, 12, 7, 18))
    try:
        record(database, planned - 1, "niet_verschenen", "Henk")
    finally:
        clock.set_now(None)
    section = build_month_pack(database, date(2026, 12, 1)).sections[5]
    figures = dict(section.figures)
    assert figures["Bezoeken"] == 0  # the appointments are no visits
    assert figures["Afspraken gepland (naast de bezoeken)"] == 5
    assert figures["Afspraken gehouden"] == 0 and figures["Afspraken: niet verschenen"] == "<5"


def test_another_fixed_vertrouwenspersoon_on_request_or_when_the_fixed_one_left(database, planner, traject, helpers):
    from buurtzaak_desktop.services.vrijwilligers.volunteers import set_status

    planner("10:00")  # Fatima is the fixed one
    henk = helpers["Henk de Vries"]
    plan(database, AppointmentInput(traject, MONDAY, time(11), person_id=henk, new_fixed_person=True), "Henk")
    assert traject_person(database, traject).name == "Henk de Vries"
    set_status(database, henk, "gestopt", date(2026, 12, 3))  # Henk leaves the spreekuur
    assert traject_person(database, traject) is None  # so the dialog asks again
    with pytest.raises(NotFound, match="werkt niet"):
        plan(database, AppointmentInput(traject, MONDAY, time(14)), "Henk")
    plan(database, AppointmentInput(traject, MONDAY, time(14), person_id=helpers["Fatima Amrani"]), "Henk")
    assert traject_person(database, traject).name == "Fatima Amrani"
