"""Privacy: forgetting a resident removes their circle rows and leaves no name in the file; no names in the log.
The check's promise: a stalled round is on the action list, the calling order has no gaps."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import text

from buurtzaak_desktop.logging_setup import setup_logging
from buurtzaak_desktop.paths import log_dir
from buurtzaak_desktop.services.check import run_check, run_checks
from buurtzaak_desktop.services.spreekuur.privacy import anonymise_expired, remove_resident
from buurtzaak_desktop.services.telefooncirkel import circles, rounds

from .conftest import CIRCLE, PARTICIPANTS, TODAY


def resident_of(database, member_id: int) -> int:
    with database.reading() as session:
        return session.execute(
            text("SELECT resident_id FROM telefooncirkel_member WHERE id = :id"), {"id": member_id}
        ).scalar_one()


@pytest.mark.sqlite_only("reads the bytes of the file and its -wal for erased text")
def test_erasing_a_resident_removes_their_circle_rows_and_closes_the_order(database, circle):
    omer = circle.participants[1]
    circles.add_away(database, omer, TODAY, TODAY + timedelta(days=3), "vakantie")
    rounds.record_round(database, circle.id, TODAY - timedelta(days=1), "Wim", stalled_at=omer)
    resident_id = resident_of(database, omer)
    remove_resident(database, resident_id, actor="Coördinator")
    assert [m.name for m in circles.members(database, circle.id)] == [
        "Geertruida Bakker",
        "Hendrika Mol",
        "Wim Jansen",
        "Lies de Boer",
    ]
    assert [m.position for m in circles.members(database, circle.id)] == [1, 2, 3, 4]
    with database.reading() as session:
        assert session.execute(text("SELECT COUNT(*) FROM telefooncirkel_away")).scalar_one() == 0
        assert session.execute(text("SELECT stalled_member_id FROM telefooncirkel_round")).scalar_one() is None
    [action] = rounds.actions(database)  # the stall still counts and still asks for an ending, without a name
    assert (action.name, action.phone) == ("", "")
    assert rounds.month_figures(database, TODAY.replace(day=1)).stalled == 1
    raw = database.path.read_bytes()
    wal = database.path.with_name(database.path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert "Ömer Yıldız".encode() not in raw and b"020-6172222" not in raw
    assert b"Geertruida Bakker" in raw  # the test can fail: the others' names are in the file
    assert run_check(database) == []


def test_retention_keeps_residents_who_are_in_a_circle(database, circle):
    with database.transaction() as session:
        session.execute(text("UPDATE spreekuur_resident SET created_on = '2020-01-01'"))
    anonymise_expired(database, TODAY)
    assert len(circles.members(database, circle.id)) == 5
    circles.remove_member(database, circle.participants[0])
    report = anonymise_expired(database, TODAY)
    assert report.residents == 1  # out of the circle and nothing newer: forgotten after the retention period


def test_no_circle_name_or_phone_in_the_log(database, circle):
    log_file = setup_logging(log_dir())
    circles.create_circle(database, "Cirkel Geuzenveld")
    circles.add_participant(
        database, circle.id, "Maria Lodewijks", "020-6179999", consent_given=True, consent_by="Wim", actor="Wim"
    )
    circles.move_member(database, circle.participants[1], -1)
    circles.add_away(database, circle.participants[0], TODAY, TODAY, "ziekenhuis")
    rounds.record_round(database, circle.id, TODAY, "Wim", stalled_at=circle.participants[2])
    [action] = rounds.actions(database)
    rounds.close_action(database, action.id, "Lies de Boer", "hulp", TODAY)
    remove_resident(database, resident_of(database, circle.participants[2]), actor="Coördinator")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = log_file.read_text(encoding="utf-8")
    assert "telefooncirkel" in content  # the log was written
    for name, phone in (*PARTICIPANTS, ("Maria Lodewijks", "020-6179999")):
        assert name not in content and phone not in content
    for word in (CIRCLE, "Geuzenveld", "Wim Jansen", "Lies de Boer"):
        assert word not in content


def test_check_finds_a_stall_without_action_and_a_gap_in_the_order(database, circle):
    rounds.record_round(database, circle.id, TODAY, "Wim", stalled_at=circle.participants[0])
    assert run_checks(database, ["telefooncirkel"]) == {"telefooncirkel": []}
    with database.transaction() as session:
        session.execute(text("DELETE FROM telefooncirkel_action"))
        session.execute(text("UPDATE telefooncirkel_member SET position = 7 WHERE position = 5"))
    found = run_checks(database, ["telefooncirkel"])["telefooncirkel"]
    assert found == [
        "Telefooncirkel: gestokte belronde 1 staat niet op de actielijst.",
        f"Telefooncirkel {circle.id}: de belvolgorde heeft een gat of een dubbele plaats.",
    ]


def test_check_finds_an_action_on_a_completed_round(database, circle):
    round_id = rounds.record_round(database, circle.id, TODAY, "Wim")
    with database.transaction() as session:
        session.execute(
            text("INSERT INTO telefooncirkel_action (round_id, opened_on, checked_by) VALUES (:r, '2026-12-03', '')"),
            {"r": round_id},
        )
    assert run_checks(database, ["telefooncirkel"])["telefooncirkel"] == [
        "Telefooncirkel: actie 1 hoort bij een belronde die rond is gekomen."
    ]


def test_an_anonymised_volunteer_leaves_the_circle_and_its_coordinators(database, circle):
    from datetime import date

    from buurtzaak_desktop.services.vrijwilligers.privacy import anonymise_due
    from buurtzaak_desktop.services.vrijwilligers.volunteers import set_status

    wim = circle.volunteer_ids[0]
    set_status(database, wim, "gestopt", date(2023, 1, 1))
    assert anonymise_due(database, TODAY) == 1
    assert [m.name for m in circles.members(database, circle.id)][-1] == "Lies de Boer"
    assert [m.position for m in circles.members(database, circle.id)] == [1, 2, 3, 4]
    [row] = circles.list_circles(database)
    assert row.coordinator_ids == (None, circle.volunteer_ids[1]) and row.coordinators == "Lies de Boer"
    assert run_check(database) == []


def test_inzage_shows_a_participant_their_circle_data_and_nobody_elses(database, circle, tmp_path):
    from pypdf import PdfReader

    from buurtzaak_desktop.reports.spreekuur.overview_pdf import write_overview
    from buurtzaak_desktop.services.spreekuur.overview import resident_overview

    hendrika = circle.participants[2]
    circles.add_away(database, hendrika, TODAY + timedelta(days=2), TODAY + timedelta(days=9), "ziekenhuis")
    rounds.record_round(database, circle.id, TODAY - timedelta(days=1), "Wim", stalled_at=hendrika)
    [action] = rounds.actions(database)
    rounds.close_action(database, action.id, "Lies de Boer", "niet_thuis", TODAY)
    out = tmp_path / "inzage.pdf"
    write_overview(resident_overview(database, resident_of(database, hendrika), "Wim"), out, TODAY)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert f"{CIRCLE}: u staat op plaats 3 in de belvolgorde." in text
    assert "05-12-2026 12-12-2026 weg (ziekenhuis)" in text and "02-12-2026 Was niet thuis" in text
    assert "Geertruida" not in text and "Ömer" not in text
    other = tmp_path / "other.pdf"
    write_overview(resident_overview(database, resident_of(database, circle.participants[0]), "Wim"), other, TODAY)
    other_text = " ".join(page.extract_text() for page in PdfReader(other).pages)
    assert "Hendrika" not in other_text and "ziekenhuis" not in other_text
