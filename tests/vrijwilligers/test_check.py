"""The ``vrijwilligers`` check: each break it promises to find, written past the services as a repair by hand
would, is found and named by id, in the order the check reads them."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import text

from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.vrijwilligers.hours import record_shift_held
from buurtzaak_desktop.services.vrijwilligers.shifts import assign, create_shift
from buurtzaak_desktop.services.vrijwilligers.training import SessionPlan, create_course, enrol

from .conftest import TODAY

TUESDAY, WEDNESDAY = date(2026, 11, 24), date(2026, 11, 25)


def found(database) -> list[str]:
    return run_checks(database, ["vrijwilligers"])["vrijwilligers"]


def test_check_finds_each_break_of_the_volunteer_tables(vdb, add_volunteer) -> None:
    unknown = add_volunteer("Zoë Visser")
    forgotten = add_volunteer("Kofi Mensah", email="kofi@example.org", phone="06-12345678")
    archived = add_volunteer("Fatima Benali", ("receptie",))
    shift = create_shift(vdb, "receptie", TUESDAY.weekday(), time(9), time(13))
    assign(vdb, shift, archived, TODAY)
    assert record_shift_held(vdb, shift, TUESDAY) == 1
    course = create_course(vdb, "Taalmaatje", 1, [SessionPlan(date(2026, 12, 7), time(19), time(21))])
    assert not enrol(vdb, course, unknown, datetime(2026, 11, 1, 10))
    assert enrol(vdb, course, forgotten, datetime(2026, 11, 2, 10))  # full: on the waiting list
    assert found(vdb) == []
    with vdb.transaction() as session:
        statements = (
            ("UPDATE volunteer SET status = 'vakantie' WHERE id = :id", {"id": unknown}),
            ("UPDATE volunteer SET anonymised_on = :day WHERE id = :id", {"day": TODAY, "id": forgotten}),
            ("UPDATE volunteer SET archived = :yes WHERE id = :id", {"yes": True, "id": archived}),
            ("UPDATE training_enrolment SET waiting = :no", {"no": False}),
            ("UPDATE volunteer_hours SET day = :day", {"day": WEDNESDAY}),
        )
        for statement, values in statements:
            session.execute(text(statement), values)
        hours = session.execute(text("SELECT id FROM volunteer_hours")).scalar_one()
    assert found(vdb) == [
        f"Vrijwilliger {unknown} heeft een onbekende status 'vakantie'.",
        f"Vrijwilliger {forgotten} is geanonimiseerd maar heeft nog contactgegevens.",
        f"Gearchiveerde vrijwilliger {archived} staat nog op dienst {shift}.",
        f"Training {course} (Taalmaatje) heeft 2 deelnemers, meer dan het maximum 1.",
        f"Uren {hours} horen bij een dienst die niet op 2026-11-25 valt.",
    ]
