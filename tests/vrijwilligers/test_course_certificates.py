"""Issue 15, link 8: a certificate earned in a course gets its type's validity (EHBO two years), not "never"; the
Check finds one that never expires, and migration 0013 gives the ones saved before their expiry."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import text

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.services.check import run_checks
from buurtzaak_desktop.services.vrijwilligers.certificates import certificates_of
from buurtzaak_desktop.services.vrijwilligers.training import (
    SessionPlan,
    create_course,
    enrol,
    record_attendance,
    sessions_of,
    settle_certificates,
)
from tests.schema_versions import migrate_file

START = date(2026, 9, 7)
END = START + timedelta(weeks=3)


def ehbo_course(vdb, add_volunteer) -> tuple[int, int]:
    plans = [SessionPlan(START + timedelta(weeks=n), time(19), time(21, 30)) for n in range(4)]
    course = create_course(vdb, "EHBO-cursus", 12, plans, "EHBO")
    person = add_volunteer("Kofi Mensah")
    enrol(vdb, course, person, datetime(2026, 8, 1, 10))
    for meeting in sessions_of(vdb, course):
        assert meeting.id is not None
        record_attendance(vdb, meeting.id, {person})
    return course, person


def test_a_course_certificate_has_the_types_validity(vdb, add_volunteer) -> None:
    course, person = ehbo_course(vdb, add_volunteer)
    assert settle_certificates(vdb, course, END) == [person]
    (certificate,) = certificates_of(vdb, person, END)
    assert (certificate.certificate, certificate.valid_until) == ("EHBO", date(2028, 9, 28))  # two years
    assert run_checks(vdb, ["certificaat-geldigheid"]) == {"certificaat-geldigheid": []}


def test_check_finds_a_course_certificate_that_never_expires(vdb, add_volunteer) -> None:
    course, _person = ehbo_course(vdb, add_volunteer)
    settle_certificates(vdb, course, END)
    with vdb.transaction() as session:  # as the old code saved it
        session.execute(text("UPDATE volunteer_certificate SET valid_until = NULL"))
    (found,) = run_checks(vdb, ["certificaat-geldigheid"])["certificaat-geldigheid"]
    assert f"uit training {course} verloopt nooit, maar EHBO is 2 jaar geldig" in found


@pytest.mark.sqlite_only("downgrades and upgrades the schema of the folder's file")
def test_migration_0013_gives_old_course_certificates_their_expiry(data_paths, add_volunteer, vdb) -> None:
    course, person = ehbo_course(vdb, add_volunteer)
    settle_certificates(vdb, course, END)
    with vdb.transaction() as session:
        session.execute(text("UPDATE volunteer_certificate SET valid_until = NULL"))
        session.execute(
            text(
                "INSERT INTO volunteer_certificate (volunteer_id, certificate_type_id, obtained_on, valid_until)"
                " SELECT :person, id, '2026-01-05', NULL FROM certificate_type WHERE name = 'VOG'"
            ),
            {"person": person},
        )  # typed in by hand as never expiring: not from a course, so it stays as it is
    vdb.close()
    migrate_file(data_paths, "0008", "downgrade")
    open_database(data_paths).close()  # upgrades to head again
    with sqlite3.connect(data_paths.database) as connection:
        rows = connection.execute(
            "SELECT t.name, c.valid_until FROM volunteer_certificate c"
            " JOIN certificate_type t ON t.id = c.certificate_type_id ORDER BY t.name"
        ).fetchall()
    connection.close()
    assert rows == [("EHBO", "2028-09-28"), ("VOG", None)]
