"""Erasure holds on any SQLite build: removed or cleared personal data leaves no bytes in the file or its -wal.

SQLite's own default is ``secure_delete=OFF`` (some Linux builds turn it on). Each test forces it off *before* the
app configures a connection, as such a build would, and then reads the raw file and its write-ahead log.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import event

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import StorageError
from buurtzaak_desktop.services.vrijwilligers.privacy import anonymise_due
from buurtzaak_desktop.services.vrijwilligers.volunteers import (
    VolunteerData,
    create_volunteer,
    get_data,
    set_status,
    update_volunteer,
)

PHONE = "06-99887766"
NOTE = "Vertelde over haar schuldsanering"
NAME = "Fatma Yilmaz-Kwakman"


@pytest.fixture(autouse=True)
def build_default_off(database: Database):
    def off(connection, _record) -> None:
        connection.execute("PRAGMA secure_delete=OFF")

    event.listen(database.engine, "connect", off, insert=True)  # before the app's own settings
    yield
    event.remove(database.engine, "connect", off)


def raw_bytes(database: Database) -> bytes:
    wal = database.path.with_name(database.path.name + "-wal")
    return database.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.sqlite_only("SQLite's secure_delete, the bytes of the file and its -wal, a reader's WAL snapshot")
def test_every_connection_has_secure_delete_on(database: Database) -> None:
    with database.reading() as session:
        assert session.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1


@pytest.mark.sqlite_only("SQLite's secure_delete, the bytes of the file and its -wal, a reader's WAL snapshot")
def test_phone_and_notes_cleared_in_an_edit_leave_no_bytes(database: Database) -> None:
    for number in range(3):
        create_volunteer(database, VolunteerData(name=f"Buur {number}", notes="x" * 50))
    volunteer = create_volunteer(database, VolunteerData(name=NAME, phone=PHONE, notes=NOTE * 4))
    create_volunteer(database, VolunteerData(name="Nog een buur"))
    assert PHONE.encode() in raw_bytes(database)  # the test can fail: the phone number is in the file first
    _, data = get_data(database, volunteer)
    data.phone, data.notes = "", ""
    update_volunteer(database, volunteer, data)
    found = raw_bytes(database)
    assert PHONE.encode() not in found and NOTE.encode() not in found


@pytest.mark.sqlite_only("SQLite's secure_delete, the bytes of the file and its -wal, a reader's WAL snapshot")
def test_retention_anonymisation_of_a_volunteer_leaves_no_name(database: Database) -> None:
    volunteer = create_volunteer(
        database, VolunteerData(name=NAME, phone=PHONE, notes=NOTE, start_date=date(2019, 1, 1))
    )
    set_status(database, volunteer, "gestopt", date(2021, 1, 1))
    assert anonymise_due(database, date(2026, 12, 3)) == 1
    found = raw_bytes(database)
    assert [text for text in (NAME, PHONE, NOTE) if text.encode() in found] == []


@pytest.mark.sqlite_only("SQLite's secure_delete, the bytes of the file and its -wal, a reader's WAL snapshot")
def test_removing_a_resident_while_another_connection_reads_is_not_reported_done(database: Database) -> None:
    from buurtzaak_desktop.services.spreekuur.privacy import remove_resident
    from buurtzaak_desktop.services.spreekuur.residents import NewResident, add_resident, find_residents

    with database.transaction() as session:
        added = add_resident(session, NewResident(NAME, consent_given=True), date(2026, 11, 2), "Henk")
        session.flush()
        resident = added.id
    reader = sqlite3.connect(database.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM spreekuur_resident").fetchone()  # holds a snapshot of the file
    try:
        with pytest.raises(StorageError, match="ander programma") as refused:
            remove_resident(database, resident, "Henk")
        assert "verwijderd" in refused.value.message
        assert NAME.encode() in database.path.read_bytes()  # the reason it may not report plain success
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert find_residents(database, "fatma") == []
    assert NAME.encode() not in raw_bytes(database)  # overwritten as soon as the reader is done
