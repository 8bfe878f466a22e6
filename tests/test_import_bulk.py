"""Large imports are checked in memory and written in bulk: the number of SQL statements an import runs does not
grow with its rows (100,000 rows took minutes when every row had its own queries and flush). bench/imports.py times
100,000 rows per kind; these tests count statements, which does not depend on the machine."""

from __future__ import annotations

import collections
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from buurtzaak_desktop.db.bulk import WRITE_CHUNK, insert_rows
from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.db.models.activiteiten import Participant, Registration
from buurtzaak_desktop.db.models.begroting import KasEntry
from buurtzaak_desktop.db.models.vrijwilligers import Volunteer, VolunteerCertificate, VolunteerRoleLink
from buurtzaak_desktop.services.activiteiten.importing import import_activities, import_participants
from buurtzaak_desktop.services.begroting.kas_file import import_kas
from buurtzaak_desktop.services.importing import ImportFailed
from buurtzaak_desktop.services.rooster.calendar import calendar_for
from buurtzaak_desktop.services.rooster.importing import import_bookings
from buurtzaak_desktop.services.vrijwilligers.import_file import import_volunteers

ROWS = 300
MAX_STATEMENTS = 60  # reading what is there, a few bulk inserts: whatever the number of rows
TODAY = date(2026, 12, 3)


@contextmanager
def counted(database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def _count(database, model) -> int:
    with database.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def _csv(path: Path, header: str, lines: list[str]) -> Path:
    path.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def _booking_lines(database, count: int) -> list[str]:
    with database.transaction() as session:
        session.add_all(Room(name=f"Zaal {n}", capacity=30) for n in range(3))
    lines = []
    for hours in calendar_for(database, date(2028, 1, 3), date(2028, 12, 31)):
        if hours.is_open and hours.opens is not None and hours.closes is not None:
            for hour in range(hours.opens.hour + 1, hours.closes.hour):
                for room in range(3):
                    lines.append(f"Zaal {room};{hours.day.isoformat()};{hour:02d}:00;{hour + 1:02d}:00;Les;Club")
                    if len(lines) == count:
                        return lines
    raise AssertionError("not enough open hours")


def test_bookings_import_runs_few_statements_and_still_refuses_a_clash_within_the_file(database, tmp_path) -> None:
    lines = _booking_lines(database, ROWS)
    header = "ruimte;datum;begin;eind;omschrijving;groep"
    clash = lines[0].replace("Les", "Dubbel")
    bad = _csv(tmp_path / "dubbel.csv", header, [*lines, clash])
    with pytest.raises(ImportFailed) as refused:
        import_bookings(database, bad)
    assert len(refused.value.errors) == 1 and refused.value.errors[0].row == ROWS + 2
    assert "al geboekt voor 'Les'" in refused.value.message
    assert _count(database, Booking) == 0
    with counted(database) as statements:
        report = import_bookings(database, _csv(tmp_path / "goed.csv", header, lines))
    assert report.created == ROWS and _count(database, Booking) == ROWS
    assert len(statements) < MAX_STATEMENTS, collections.Counter(s[:90] for s in statements).most_common(4)


def test_volunteers_import_runs_few_statements(database, tmp_path) -> None:
    header = "naam;e-mail;telefoon;rollen;beschikbaar;talen;vog geldig tot;bhv geldig tot"
    lines = [
        f"Vrijwilliger {n};v{n}@example.nl;06{n:08d};receptie, klussen;ma-ochtend;nl;2027-06-30;" for n in range(ROWS)
    ]
    with counted(database) as statements:
        report = import_volunteers(database, _csv(tmp_path / "v.csv", header, lines))
    assert report.created == ROWS and _count(database, Volunteer) == ROWS
    assert _count(database, VolunteerRoleLink) == 2 * ROWS and _count(database, VolunteerCertificate) == ROWS
    assert len(statements) < MAX_STATEMENTS, collections.Counter(s[:90] for s in statements).most_common(4)


def test_participants_import_runs_few_statements(database, tmp_path) -> None:
    activities = _csv(
        tmp_path / "a.csv",
        "naam;categorie;doelgroep;ruimte;dag;begin;eind;van;tot;frequentie;leiding;verwacht",
        [f"Activiteit {n};Sport;Iedereen;;ma;10:00;11:00;2027-01-04;2027-03-29;;Sanne;10" for n in range(3)],
    )
    import_activities(database, activities, TODAY)
    lines = [f"Activiteit {n % 3};Deelnemer {n};06{n:08d};" for n in range(ROWS)]
    with counted(database) as statements:
        report = import_participants(
            database, _csv(tmp_path / "d.csv", "activiteit;naam;telefoon;e-mail", lines), TODAY
        )
    assert report.created == ROWS and _count(database, Registration) == ROWS
    assert len(statements) < MAX_STATEMENTS, collections.Counter(s[:90] for s in statements).most_common(4)


def test_kas_import_runs_few_statements(database, tmp_path) -> None:
    lines = [
        f"2027-01-{1 + n // 20:02d};aanvulling;;50,00;"
        if n % 2 == 0
        else f"2027-01-{1 + n // 20:02d};A;koffie;12,50;B{n}"
        for n in range(ROWS)
    ]
    with counted(database) as statements:
        report = import_kas(database, _csv(tmp_path / "k.csv", "datum;categorie;omschrijving;bedrag;bon", lines))
    assert report.created == ROWS and _count(database, KasEntry) == ROWS
    assert len(statements) < MAX_STATEMENTS, collections.Counter(s[:90] for s in statements).most_common(4)


def test_a_series_row_that_clashes_names_every_clashing_date_as_a_single_booking_does(database, tmp_path) -> None:
    """As ``book_in``: the clash with the database and the clash with an earlier row of the file are both named."""
    first = _booking_lines(database, 1)[0].split(";")  # a room, an open Monday and an hour within the opening hours
    room, day, start, end = first[0], date.fromisoformat(first[1]), first[2], first[3]
    header = "ruimte;datum;begin;eind;omschrijving;groep;herhaling;tot"
    week = [date.fromordinal(day.toordinal() + 7 * n).isoformat() for n in range(4)]
    import_bookings(database, _csv(tmp_path / "een.csv", header, [f"{room};{week[2]};{start};{end};Er al;;;"]))
    rows = [
        f"{room};{week[1]};{start};{end};Eerder in het bestand;;;",
        f"{room};{week[0]};{start};{end};Reeks;;wekelijks;{week[3]}",
    ]
    with pytest.raises(ImportFailed) as refused:
        import_bookings(database, _csv(tmp_path / "reeks.csv", header, rows))
    assert [error.row for error in refused.value.errors] == [3]
    assert "Deze reeks botst op 2 van de 4 datums met een andere boeking" in refused.value.message
    assert "('Eerder in het bestand')" in refused.value.message and "('Er al')" in refused.value.message
    assert _count(database, Booking) == 1


BIG = WRITE_CHUNK + 500  # past the first chunk an import writes while no row has failed


def test_a_bad_last_row_after_chunks_were_written_leaves_every_table_as_it_was(database, tmp_path) -> None:
    """Imports write a chunk at a time while every row so far is good (they never hold the whole file): a bad row
    after that rolls it all back, for each kind that writes so."""
    people = [f"Vrijwilliger {n};v{n}@example.nl;06{n:08d};receptie;ma-ochtend;nl;;" for n in range(BIG)]
    people[-1] = people[-1].replace(f"v{BIG - 1}@example.nl", "geen-adres")
    header = "naam;e-mail;telefoon;rollen;beschikbaar;talen;vog geldig tot;bhv geldig tot"
    with counted(database) as statements, pytest.raises(ImportFailed, match=f"rij {BIG + 1}, kolom 'e-mail'"):
        import_volunteers(database, _csv(tmp_path / "v.csv", header, people))
    assert _wrote(statements, "volunteer")
    assert _count(database, Volunteer) == 0 and _count(database, VolunteerRoleLink) == 0

    activities = "naam;categorie;doelgroep;ruimte;dag;begin;eind;van;tot;frequentie;leiding;verwacht"
    line = "Activiteit 0;Sport;Iedereen;;ma;10:00;11:00;2027-01-04;2027-03-29;;Sanne;10"
    import_activities(database, _csv(tmp_path / "a.csv", activities, [line]), TODAY)
    lines = [f"Activiteit 0;Deelnemer {n};06{n:08d};" for n in range(BIG - 1)] + ["Onbekend;Iemand;0612345678;"]
    with counted(database) as statements, pytest.raises(ImportFailed, match=f"rij {BIG + 1}, kolom 'activiteit'"):
        import_participants(database, _csv(tmp_path / "d.csv", "activiteit;naam;telefoon;e-mail", lines), TODAY)
    assert _wrote(statements, "registration")
    assert _count(database, Registration) == 0 and _count(database, Participant) == 0

    entries = [f"2027-01-{1 + n // 100:02d};aanvulling;;50,00;" for n in range(BIG - 1)] + ["2027-02-01;A;x;nul;B1"]
    with counted(database) as statements, pytest.raises(ImportFailed, match=f"rij {BIG + 1}, kolom 'bedrag'"):
        import_kas(database, _csv(tmp_path / "k.csv", "datum;categorie;omschrijving;bedrag;bon", entries))
    assert _wrote(statements, "kas_entry")
    assert _count(database, KasEntry) == 0

    bookings = _booking_lines(database, BIG - 1)
    bookings.append(bookings[0].replace("Les", "Dubbel"))
    with counted(database) as statements, pytest.raises(ImportFailed, match=f"rij {BIG + 1}, kolom 'begin'"):
        import_bookings(database, _csv(tmp_path / "b.csv", "ruimte;datum;begin;eind;omschrijving;groep", bookings))
    assert _wrote(statements, "booking")
    assert _count(database, Booking) == 0


def _wrote(statements: list[str], table: str) -> bool:
    """The refused import did write a chunk into ``table`` before its bad row (so the rollback is what kept it out)."""
    return any(s.startswith(f"INSERT INTO {table} ") for s in statements)


def _people(prefix: str, count: int) -> list[dict]:
    return [
        {"name": f"{prefix} {n}", "search_name": f"{prefix} {n}".lower(), "created_on": TODAY} for n in range(count)
    ]


def test_bulk_insert_ids_stay_right_while_another_desk_inserts(database) -> None:
    """Desk B inserts and commits while desk A's bulk insert runs (just before A's INSERT): A still gets exactly its
    own rows' ids, in order. Deriving ids from the highest id before the insert took B's rows as A's on a server
    (and on the file made A's insert fail on its stale snapshot)."""
    other = database.reopened()
    desk_b: list[int] = []

    def insert_at_desk_b() -> None:
        with other.transaction() as session:
            desk_b.extend(insert_rows(session, Participant, _people("Balie B", 5)))

    racer = threading.Thread(target=insert_at_desk_b)

    def before_insert(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("INSERT") and not racer.is_alive() and not desk_b:
            racer.start()
            racer.join(timeout=1)  # a server lets B commit now; the file makes B wait for A's write lock

    event.listen(database.engine, "before_cursor_execute", before_insert)
    try:
        with database.transaction() as session:
            desk_a = insert_rows(session, Participant, _people("Balie A", 7))
    finally:
        event.remove(database.engine, "before_cursor_execute", before_insert)
        racer.join()
        other.close()
    assert len(desk_a) == 7 and len(desk_b) == 5 and not set(desk_a) & set(desk_b)
    with database.reading() as session:
        names = dict(session.execute(select(Participant.id, Participant.name)).all())
    assert [names[i] for i in desk_a] == [f"Balie A {n}" for n in range(7)]
    assert [names[i] for i in desk_b] == [f"Balie B {n}" for n in range(5)]
