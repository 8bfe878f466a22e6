from __future__ import annotations

import logging
from datetime import date

import pytest
from sqlalchemy import event
from sqlmodel import select

from buurtzaak_desktop.domain.errors import InputError, RuleViolation
from buurtzaak_desktop.logging_setup import setup_logging
from buurtzaak_desktop.paths import log_dir
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.settings import write_setting
from buurtzaak_desktop.services.spreekuur import startup
from buurtzaak_desktop.services.spreekuur.audit import audit_lines
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.services.spreekuur.plan import AgreementInput, add_agreement, add_need, plan_of
from buurtzaak_desktop.services.spreekuur.privacy import (
    check_pin,
    has_personal_spreekuur_data,
    remove_resident,
    set_pin,
)
from buurtzaak_desktop.services.spreekuur.referrals import refer
from buurtzaak_desktop.services.spreekuur.residents import NewResident, find_residents, open_record
from buurtzaak_desktop.services.spreekuur.trajecten import close_traject, open_traject
from buurtzaak_desktop.services.spreekuur.visits import VisitInput, record_visit

from .conftest import NAME

PLAN_TEXTS = ("Schuldhulp aanvragen", "Brieven van de deurwaarder meenemen")
NAME_FORMS = (
    NAME,
    "zoe sahin",
    "06-12345678",
    "Terugbetaling zorgtoeslag",
    "Brief van de Belastingdienst",
    *PLAN_TEXTS,
)


@pytest.fixture(autouse=True)
def sqlite_without_default_secure_delete(database):
    """Some SQLite builds overwrite deleted data by default; these tests must pass on builds that do not."""

    def insecure(connection, _record) -> None:
        connection.execute("PRAGMA secure_delete=OFF")

    event.listen(database.engine, "connect", insecure, insert=True)  # the build's default, before the app's own
    yield
    event.remove(database.engine, "connect", insecure)


def file_bytes(database) -> bytes:
    """The database file and its write-ahead log, as raw bytes."""
    wal = database.path.with_name(database.path.name + "-wal")
    return database.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def traces(database) -> list[str]:
    raw = file_bytes(database)
    return [text for text in NAME_FORMS if text.encode("utf-8") in raw]


@pytest.mark.sqlite_only("reads the bytes of the file and its -wal, or the work files beside it")
def test_pin_is_stored_as_a_salted_slow_hash(database):
    set_pin(database, "481516")
    assert check_pin(database, "481516") and not check_pin(database, "481517")
    assert b"481516" not in file_bytes(database)
    from buurtzaak_desktop.services.settings import SettingsService

    stored = SettingsService(database).get("spreekuur_pin")
    assert stored["kdf"] == "scrypt" and stored["n"] >= 2**14 and len(stored["salt"]) >= 20


def test_changing_the_pin_needs_the_current_one(database):
    with pytest.raises(InputError):
        set_pin(database, "12")
    set_pin(database, "123456")
    with pytest.raises(RuleViolation, match="huidige pincode"):
        set_pin(database, "999999", current_pin="000000")
    set_pin(database, "999999", current_pin="123456")
    assert check_pin(database, "999999")


def test_no_pin_set_lets_nobody_in(database):
    assert not check_pin(database, "")


def _history(database, zoe, themes, partners):
    """Zoë's visits in 2022, a traject closed in 2023 and a referral: three years before "today"."""
    for month in (1, 3, 5):
        record_visit(
            database,
            VisitInput(
                visited_on=date(2022, month, 10),
                helped_by="Henk",
                resident_id=zoe,
                theme_ids=[themes["Geldzaken op orde"], themes["Toeslagen"]],
                need="Zoë Şahin belt",
                question="Zoë Şahin heeft schulden",
                minutes=30,
            ),
            actor="Henk",
        )
    traject = open_traject(database, zoe, date(2022, 1, 10), "Henk", notes="Zoë Şahin: afspraken met SEZO")
    add_need(database, traject, PLAN_TEXTS[0], date(2022, 1, 10), "Henk")  # the plan van aanpak: spreekuur texts
    agreement = AgreementInput("deelnemer", PLAN_TEXTS[1], date(2022, 1, 20))
    add_agreement(database, traject, agreement, date(2022, 1, 10), "Henk")
    refer(database, zoe, partners["SEZO"], date(2022, 1, 12), "Henk")
    close_traject(database, traject, date(2023, 1, 5), "opgelost", "Henk")
    return traject


def _backdate(database, resident_id: int) -> None:
    from buurtzaak_desktop.db.models.spreekuur import SpreekuurReferral, SpreekuurResident, SpreekuurVisit

    with database.transaction() as session:
        session.get(SpreekuurResident, resident_id).created_on = date(2022, 1, 10)
        for visit in session.exec(select(SpreekuurVisit).where(SpreekuurVisit.visited_on > date(2025, 1, 1))):
            visit.visited_on = date(2022, 1, 10)
        for referral in session.exec(select(SpreekuurReferral)):
            referral.status, referral.last_news_on = "afgerond", date(2022, 6, 1)


@pytest.mark.sqlite_only("reads the bytes of the file and its -wal, or the work files beside it")
def test_anonymisation_after_retention_keeps_counts_and_leaves_no_name(database, data_paths, zoe, themes, partners):
    _history(database, zoe, themes, partners)
    _backdate(database, zoe)
    before = [year_figures(database, year) for year in (2022, 2023)]
    assert traces(database)  # the test can fail: the name is in the file before
    messages = startup.run(AppContext(paths=data_paths, database=database))
    assert len(messages) == 1 and "1 afgesloten traject" in messages[0] and "1 bewoner" in messages[0]
    assert [year_figures(database, year) for year in (2022, 2023)] == before
    assert before[0].unique_residents == 1 and before[0].visits == 4
    assert traces(database) == []
    assert find_residents(database, "zoe") == []
    with database.reading() as session:
        assert not has_personal_spreekuur_data(session)
    assert startup.run(AppContext(paths=data_paths, database=database)) == []  # nothing more to do


@pytest.mark.sqlite_only("reads the bytes of the file and its -wal for the erased texts")
def test_recent_or_open_cases_are_kept(database, data_paths, zoe, themes, partners):
    _history(database, zoe, themes, partners)  # Zoë also visited "today" (2026): she stays
    write_setting_value(database, "spreekuur_retention_years", 2)
    messages = startup.run(AppContext(paths=data_paths, database=database))
    assert "0 bewoner" in messages[0] and "1 afgesloten traject" in messages[0]
    assert [hit.id for hit in find_residents(database, "zoe")] == [zoe]
    from buurtzaak_desktop.db.models.spreekuur import SpreekuurTraject

    with database.reading() as session:
        [traject] = session.exec(select(SpreekuurTraject)).all()
    assert (traject.notes, traject.anonymised, traject.resident_id, traject.outcome) == ("", True, zoe, "opgelost")
    assert plan_of(database, traject.id, "Henk").agreements == []  # the plan's texts went with the notes
    assert not any(text.encode() in file_bytes(database) for text in PLAN_TEXTS)
    record = open_record(database, zoe, "Henk")
    assert record.name == NAME and record.consents == [(date(2026, 11, 25), record.consents[0][1], "Henk")]


def write_setting_value(database, key, value):
    with database.transaction() as session:
        write_setting(session, key, value)


@pytest.mark.sqlite_only("reads the bytes of the file and its -wal, or the work files beside it")
def test_removal_on_request_removes_every_trace_but_counts(database, zoe, themes, partners):
    _history(database, zoe, themes, partners)
    before = [year_figures(database, year) for year in (2022, 2023, 2026)]
    with database.reading() as session:
        assert has_personal_spreekuur_data(session)
    remove_resident(database, zoe, actor="Coördinator")
    assert [year_figures(database, year) for year in (2022, 2023, 2026)] == before
    assert traces(database) == []
    with database.reading() as session:
        assert not has_personal_spreekuur_data(session)
    assert audit_lines(database, zoe)[0].action == "verwijderd"
    assert all(line.resident_id == zoe for line in audit_lines(database, zoe))


def test_no_personal_data_in_the_log_file(database, zoe, themes, partners):
    log_file = setup_logging(log_dir())
    _history(database, zoe, themes, partners)
    open_record(database, zoe, "Henk")
    find_residents(database, "zoe")
    record_visit(
        database,
        VisitInput(
            visited_on=date(2026, 1, 2),
            helped_by="Henk",
            theme_ids=[themes["Taal"]],
            new=NewResident(name="Ayşe Kılıç", consent_given=False),
        ),
        "Henk",
    )
    remove_resident(database, zoe, actor="Henk")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = log_file.read_text(encoding="utf-8")
    assert "spreekuur visit" in content and "removed on request" in content  # the log was written
    for text in (*NAME_FORMS, "Ayşe", "Kılıç", "Şahin", "schulden"):
        assert text not in content


@pytest.mark.sqlite_only("reads the bytes of the file and its -wal, or the work files beside it")
def test_removal_on_request_also_removes_work_files_left_by_a_killed_backup(database, data_paths, zoe):
    import subprocess
    import sys

    from buurtzaak_desktop.backup.files import WORK_PREFIX

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    left = data_paths.root / f"{WORK_PREFIX}{gone.pid}-backup-0000.sqlite"
    left.write_bytes(NAME.encode("utf-8"))
    remove_resident(database, zoe, "Henk")
    assert not left.exists()
