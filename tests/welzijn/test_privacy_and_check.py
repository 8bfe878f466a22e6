"""Privacy: the WoR intake notes never reach the log file, the lists or the figures; forgetting a resident (on
request or after the retention period) removes their WoR data from the raw file. The check's promise: a running
match has a bondgenoot who may be one and a registration that exists in Activiteiten."""

from __future__ import annotations

import logging
from dataclasses import fields
from datetime import date

import pytest
from sqlalchemy import event, text

from buurtzaak_desktop.logging_setup import setup_logging
from buurtzaak_desktop.paths import log_dir
from buurtzaak_desktop.services.check import run_check, run_checks
from buurtzaak_desktop.services.spreekuur.privacy import anonymise_expired, has_personal_spreekuur_data, remove_resident
from buurtzaak_desktop.services.vrijwilligers.volunteers import set_status
from buurtzaak_desktop.services.welzijn import followup, participants
from buurtzaak_desktop.services.welzijn.figures import year_figures

from .conftest import NAME, NOTES, PHONE, TODAY, refer_new

NOTE_TEXTS = [getattr(NOTES, f.name) for f in fields(NOTES)]


def file_bytes(database) -> bytes:
    wal = database.path.with_name(database.path.name + "-wal")
    return database.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def resident_of(database, participant_id: int) -> int | None:
    with database.reading() as session:
        return session.execute(
            text("SELECT resident_id FROM wor_participant WHERE id = :id"), {"id": participant_id}
        ).scalar_one()


def start(database, world, participant_id: int, on: date = date(2026, 11, 9), bondgenoot: bool = True) -> None:
    participants.choose_arrangement(database, participant_id, "bewegen_met_plezier", world.yoga, on, actor="Coach")
    if bondgenoot:  # the fixture's bondgenoten were trained in January 2026
        participants.assign_bondgenoot(database, participant_id, world.bondgenoten[0], on, actor="Coach")


@pytest.mark.sqlite_only("reads the bytes of the file and its -wal for erased text")
def test_forgetting_a_resident_removes_their_wor_data_from_the_file(database, world, zoe):
    event.listen(database.engine, "connect", lambda c, _r: c.execute("PRAGMA secure_delete=OFF"), insert=True)
    database.engine.dispose()  # new connections: without the build's own secure_delete, the app's must do the work
    start(database, world, zoe)
    other = refer_new(database, world, "Ahmed Bakkali", "06-22222222")
    participants.record_intake(
        database, other, participants.IntakeNotes(interests="Schaken in het park"), TODAY, actor="Coach"
    )
    assert all(note.encode() in file_bytes(database) for note in NOTE_TEXTS)  # the test can fail
    remove_resident(database, resident_of(database, zoe) or 0, actor="Coördinator")
    raw = file_bytes(database)
    for secret in NOTE_TEXTS:
        assert secret.encode() not in raw, secret
    with database.reading() as session:
        residents = session.execute(text("SELECT COUNT(*) FROM spreekuur_resident WHERE name = :n"), {"n": NAME})
        assert residents.scalar() == 0
        linked = session.execute(text("SELECT resident_id, bondgenoot_id, registration_id FROM wor_participant"))
        assert (None, None, None) in [tuple(row) for row in linked]
        # she still goes to Yoga: Activiteiten keeps her as its own participant, without a word about the referral
        came_via = session.execute(text("SELECT came_via FROM participant WHERE name = :n"), {"n": NAME}).scalar()
    assert came_via == "warm contact"
    assert b"Schaken in het park" in raw and b"Ahmed Bakkali" in raw  # the others stay
    figures = year_figures(database, 2026)
    assert figures.participants == 2 and figures.per_arrangement["bewegen_met_plezier"] == 1  # the counts stay
    assert [r.name for r in participants.list_participants(database)] == ["Ahmed Bakkali"]
    assert run_check(database) == []


@pytest.mark.sqlite_only("reads the bytes of the file and its -wal for the erased notes")
def test_retention_forgets_an_ended_match_and_keeps_a_running_one(database, world, zoe):
    start(database, world, zoe, date(2024, 1, 8), bondgenoot=False)
    with database.transaction() as session:
        session.execute(text("UPDATE spreekuur_resident SET created_on = '2024-01-01'"))
        session.execute(text("UPDATE wor_participant SET referred_on = '2024-01-02', intake_on = '2024-01-03'"))
    assert anonymise_expired(database, TODAY).residents == 0  # the match still runs: the resident stays
    followup.record_outcome(database, zoe, "structureel", date(2024, 4, 8), actor="Coach")
    report = anonymise_expired(database, TODAY)
    assert report.residents == 1
    for secret in NOTE_TEXTS:
        assert secret.encode() not in file_bytes(database), secret
    assert participants.list_participants(database) == []
    with database.reading() as session:
        kept = session.execute(text("SELECT outcome, arrangement, anonymised FROM wor_participant")).one()
    assert tuple(kept) == ("structureel", "bewegen_met_plezier", 1)


def test_retention_blanks_the_notes_of_an_old_match_even_when_the_resident_stays(database, world, zoe):
    with database.transaction() as session:
        session.execute(text("UPDATE wor_participant SET referred_on = '2024-01-02'"))
    followup.record_outcome(database, zoe, "gestopt", date(2024, 3, 1), actor="Coach", stop_reason="geen_tijd")
    anonymise_expired(database, TODAY)  # the resident is recent (November 2026): only the old notes go
    with database.reading() as session:
        assert session.execute(text("SELECT interests, anonymised FROM wor_participant")).one() == ("", 1)
    assert [r.name for r in participants.list_participants(database)] == [NAME]


def test_intake_notes_count_as_personal_data_for_the_backup_warning(database, world):
    participant_id = refer_new(database, world)
    with database.transaction() as session:
        session.execute(text("DELETE FROM spreekuur_resident"))
        session.execute(text("UPDATE wor_participant SET interests = 'x'"))
    with database.reading() as session:
        assert has_personal_spreekuur_data(session)
    assert participant_id


def test_no_intake_note_or_name_in_the_log_or_the_list(database, world):
    log_file = setup_logging(log_dir())
    participant_id = refer_new(database, world)
    participants.record_intake(database, participant_id, NOTES, TODAY, actor="Coach")
    start(database, world, participant_id, TODAY)
    [due] = [r for r in followup.follow_ups(database, date(2026, 12, 17))]
    followup.mark_contact_done(database, due.contact_id or 0, date(2026, 12, 17), actor="Coach")
    followup.record_outcome(
        database, participant_id, "gestopt", date(2026, 12, 18), actor="Coach", stop_reason="anders"
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = log_file.read_text(encoding="utf-8")
    assert "wor participant" in content  # the log was written
    for secret in (*NOTE_TEXTS, NAME, PHONE, "Wim Jansen"):
        assert secret not in content, secret
    listed = repr(participants.list_participants(database)) + repr(followup.follow_ups(database, TODAY))
    assert NAME in listed and not any(note in listed for note in NOTE_TEXTS)


def test_check_finds_a_bondgenoot_who_stopped_and_a_lost_registration(database, world, zoe):
    start(database, world, zoe)
    assert run_checks(database, ["welzijn-op-recept"]) == {"welzijn-op-recept": []}
    set_status(database, world.bondgenoten[0], "gestopt", TODAY)
    with database.transaction() as session:
        session.execute(text("UPDATE wor_participant SET registration_id = 999"))
    assert run_checks(database, ["welzijn-op-recept"])["welzijn-op-recept"] == [
        f"Welzijn op Recept: deelnemer {zoe} heeft als bondgenoot vrijwilliger {world.bondgenoten[0]}, die geen "
        "actieve bondgenoot met een geldige training meer is.",
        f"Welzijn op Recept: deelnemer {zoe} heeft geen inschrijving bij Activiteiten voor de activiteit van het "
        "arrangement.",
    ]


def test_check_finds_an_expired_training_and_ignores_ended_matches(database, world, zoe):
    start(database, world, zoe)
    with database.transaction() as session:
        session.execute(text("UPDATE volunteer_certificate SET valid_until = '2026-12-01'"))
    assert len(run_checks(database, ["welzijn-op-recept"])["welzijn-op-recept"]) == 1
    followup.record_outcome(database, zoe, "structureel", TODAY, actor="Coach")
    assert run_checks(database, ["welzijn-op-recept"])["welzijn-op-recept"] == []


def test_inzage_shows_a_participant_their_wor_data_and_nobody_elses(database, world, zoe, tmp_path):
    from pypdf import PdfReader

    from buurtzaak_desktop.reports.spreekuur.overview_pdf import write_overview
    from buurtzaak_desktop.services.spreekuur.overview import resident_overview

    start(database, world, zoe)
    [first, *_] = followup.follow_ups(database, date(2026, 11, 23))
    followup.mark_contact_done(database, first.contact_id or 0, date(2026, 11, 24), actor="Coach")
    other = refer_new(database, world, "Ahmed Bakkali", "06-22222222")
    participants.record_intake(
        database, other, participants.IntakeNotes(interests="Schaken in het park"), TODAY, actor="Coach"
    )
    out = tmp_path / "inzage.pdf"
    write_overview(resident_overview(database, resident_of(database, zoe) or 0, "Coach"), out, TODAY)
    content = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Verwezen op 02-11-2026 door Huisartsenpraktijk Slotervaart. Intakegesprek op 04-11-2026." in content
    assert "Arrangement: Bewegen met plezier, activiteit Yoga. Bondgenoot: Wim Jansen." in content
    assert "Tuinieren en breien" in content and "2 weken 23-11-2026 24-11-2026" in content
    assert "Schaken" not in content and "Ahmed" not in content


def test_check_finds_a_structural_participant_on_the_waiting_list(database, world, zoe):
    start(database, world, zoe, bondgenoot=False)
    followup.record_outcome(database, zoe, "structureel", TODAY, actor="Coach")
    assert run_checks(database, ["welzijn-op-recept"]) == {"welzijn-op-recept": []}
    with database.transaction() as session:  # written past the service, as the demo once did
        session.execute(text("UPDATE registration SET status = 'wachtlijst'"))
    assert run_checks(database, ["welzijn-op-recept"])["welzijn-op-recept"] == [
        f"Welzijn op Recept: deelnemer {zoe} neemt volgens de uitkomst structureel deel, maar staat op de wachtlijst "
        "van Yoga."
    ]


def test_check_finds_intake_notes_left_without_their_resident(database, world, zoe):
    assert run_checks(database, ["welzijn-op-recept"]) == {"welzijn-op-recept": []}
    with database.transaction() as session:  # the resident removed past the service, which blanks the notes
        session.execute(text("UPDATE wor_participant SET resident_id = NULL"))
    assert run_checks(database, ["welzijn-op-recept"])["welzijn-op-recept"] == [
        "Welzijn op Recept: 1 intakenotitie(s) zonder bewoner."
    ]
