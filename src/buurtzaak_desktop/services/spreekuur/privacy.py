"""The spreekuur's privacy rules: the PIN, removal on request, anonymisation after retention, no traces left.

Deleted personal data must not linger in the SQLite file: every connection runs with ``secure_delete`` (db/engine.py:
freed space is overwritten with zeros), and after a removal the file is vacuumed and the write-ahead log truncated,
so that neither the main file nor the -wal file holds an old copy of a name.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text, update
from sqlmodel import Session, col, select

from buurtzaak_desktop.backup.files import remove_stale_work_files
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import (
    SpreekuurReferral,
    SpreekuurResident,
    SpreekuurTraject,
    SpreekuurVisit,
)
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound, StorageError
from buurtzaak_desktop.services import pins
from buurtzaak_desktop.services.settings import read_setting
from buurtzaak_desktop.services.spreekuur import plan, toeleiding
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.telefooncirkel import circles as telefooncirkel
from buurtzaak_desktop.services.welzijn import participants as welzijn

log = logging.getLogger(__name__)
PIN_KEY = "spreekuur_pin"
RETENTION_KEY = "spreekuur_retention_years"
IDLE_KEY = "spreekuur_idle_minutes"
DEFAULT_IDLE_MINUTES = 5
AWAY_KEY = "spreekuur_away_seconds"
DEFAULT_AWAY_SECONDS = 60


@dataclass(frozen=True)
class AnonymisationReport:
    trajecten: int
    residents: int

    def messages(self) -> list[str]:
        if not (self.trajecten or self.residents):
            return []
        return [
            f"Spreekuur: {self.trajecten} afgesloten traject(en) en {self.residents} bewoner(s) zijn na de "
            "bewaartermijn geanonimiseerd (namen, contactgegevens en notities verwijderd; de tellingen blijven)."
        ]


# --- PIN ---------------------------------------------------------------------------------------------------


def has_pin(database: Database) -> bool:
    return pins.has_pin(database, PIN_KEY)


def set_pin(database: Database, new_pin: str, current_pin: str | None = None) -> None:
    """The coordinator sets the PIN; changing it needs the current one."""
    pins.set_pin(database, PIN_KEY, new_pin, current_pin)
    log.info("spreekuur PIN set")


def check_pin(database: Database, pin: str) -> bool:
    """True for the right PIN; raises PinPaused after too many wrong tries (a restart does not end the wait)."""
    return pins.check_pin(database, PIN_KEY, pin)


def pin_wait_seconds(database: Database) -> int:
    return pins.wait_seconds(database, PIN_KEY)


def idle_minutes(database: Database) -> int:
    with database.reading() as session:
        return int(read_setting(session, IDLE_KEY, DEFAULT_IDLE_MINUTES))


def away_seconds(database: Database) -> int:
    """How long the user may be on another tab before the spreekuur locks again."""
    with database.reading() as session:
        return int(read_setting(session, AWAY_KEY, DEFAULT_AWAY_SECONDS))


# --- Leaving no trace --------------------------------------------------------------------------------------


def scrub_file(database: Database) -> None:
    """Rewrite the file without free pages and empty the write-ahead log, so no deleted text survives in it.

    Refuses to report success while another connection (a back-up, a second program) still reads an older snapshot:
    the old pages stay in the file until that reader is done.
    """
    if database.on_server:
        database.vacuum()
        return
    raw = database.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        connection.execute("VACUUM")
    finally:
        raw.close()
    if not database.checkpoint():
        log.warning("scrub incomplete: another connection reads the database")
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "core",
                "De gegevens zijn verwijderd, maar een ander programma leest het gegevensbestand nog (bijvoorbeeld "
                "een back-up). De oude gegevens worden pas overschreven als dat programma klaar is.",
            )
        )


def _forget_person(session: Session, resident_ids: list[int], tokens: list[str]) -> None:
    """Visits, trajecten and referrals keep their dates, themes and outcomes; names and texts go.

    The person token is replaced per year by a fresh random one: unique-resident counts per year and month stay
    the same, while the years of one person's history can no longer be linked.
    """
    _retoken(session, tokens)
    if resident_ids:
        _forget_method(
            session,
            list(
                session.exec(
                    select(col(SpreekuurTraject.id)).where(col(SpreekuurTraject.resident_id).in_(resident_ids))
                )
            ),
        )
        ids = col(SpreekuurVisit.resident_id).in_(resident_ids)
        session.execute(update(SpreekuurVisit).where(ids).values(need="", question="", action="", resident_id=None))
        session.execute(
            update(SpreekuurTraject)
            .where(col(SpreekuurTraject.resident_id).in_(resident_ids))
            .values(notes="", resident_id=None, person_token=None, anonymised=True)
        )
        session.execute(
            update(SpreekuurReferral)
            .where(col(SpreekuurReferral.resident_id).in_(resident_ids))
            .values(notes="", resident_id=None)
        )
        telefooncirkel.forget_residents(session, resident_ids)
        welzijn.forget_residents(session, resident_ids)
        # imported here: appointments reads the spreekuur people, who read this module's PIN key
        from buurtzaak_desktop.services.spreekuur import appointments

        appointments.forget_residents(session, resident_ids, clock.now())
        for resident in session.exec(select(SpreekuurResident).where(col(SpreekuurResident.id).in_(resident_ids))):
            session.delete(resident)  # consents go with it (ON DELETE CASCADE)


def _forget_method(session: Session, traject_ids: list[int | None]) -> None:
    """The plan van aanpak's texts go, and the toeleidingen lose their links to the other tabs (counts stay)."""
    ids = [i for i in traject_ids if i]
    plan.forget_plans(session, ids)
    toeleiding.forget_links(session, ids)


def _retoken(session: Session, tokens: list[str]) -> None:
    """One fresh random token per (old token, year), written in one bulk update."""
    fresh: dict[tuple[str, int], str] = {}
    changes = []
    for start in range(0, len(tokens), 500):  # SQLite limits the number of parameters in one query
        rows = session.execute(
            select(col(SpreekuurVisit.id), col(SpreekuurVisit.person_token), col(SpreekuurVisit.visited_on)).where(
                col(SpreekuurVisit.person_token).in_(tokens[start : start + 500])
            )
        ).all()
        for visit_id, token, visited_on in rows:
            new = fresh.setdefault((token, visited_on.year), secrets.token_hex(16))
            changes.append({"visit_id": visit_id, "token": new})
    if changes:
        session.execute(text("UPDATE spreekuur_visit SET person_token = :token WHERE id = :visit_id"), changes)


def remove_resident(database: Database, resident_id: int, actor: str) -> None:
    """Recht op vergetelheid: every trace of the resident goes, only anonymous counts stay."""
    with database.transaction() as session:
        resident = session.get(SpreekuurResident, resident_id)
        if resident is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bewoner bestaat niet (meer)."))
        _forget_person(session, [resident_id], [resident.token])
        audit(session, actor, "verwijderd", resident_id)
    # a copy that a killed back-up or restore left beside the database would still hold the resident
    if not database.on_server:
        remove_stale_work_files(database.path.parent)
    scrub_file(database)
    log.info("spreekuur resident %s removed on request", resident_id)


def anonymise_expired(database: Database, today: date) -> AnonymisationReport:
    """Closed trajecten older than the retention period lose their notes; residents with nothing newer are forgotten.

    A resident is forgotten when none of their trajecten is open or closed within the period and they had no visit
    and no referral within it, and they are not in a Telefooncirkel (the circle calls them every day).
    """
    with database.transaction() as session:
        years = int(read_setting(session, RETENTION_KEY, 2))
        cutoff = _years_before(today, years)
        trajecten = session.exec(
            select(SpreekuurTraject).where(
                col(SpreekuurTraject.closed_on).is_not(None),
                col(SpreekuurTraject.closed_on) < cutoff,
                col(SpreekuurTraject.anonymised).is_(False),
            )
        ).all()
        for traject in trajecten:
            traject.notes, traject.anonymised = "", True
        welzijn.expire_notes(session, cutoff)
        _forget_method(session, [t.id for t in trajecten])
        stale = _stale_residents(session, cutoff)
        _forget_person(session, [r.id or 0 for r in stale], [r.token for r in stale])
        for resident in stale:
            audit(session, "bewaartermijn", "geanonimiseerd", resident.id)
    report = AnonymisationReport(trajecten=len(trajecten), residents=len(stale))
    if report.trajecten or report.residents:
        scrub_file(database)
    log.info("spreekuur retention: %d trajecten, %d residents anonymised", report.trajecten, report.residents)
    return report


def _stale_residents(session: Session, cutoff: date) -> list[SpreekuurResident]:
    recent = text(
        """
        SELECT r.id FROM spreekuur_resident r WHERE r.created_on < :cutoff
        AND NOT EXISTS (SELECT 1 FROM spreekuur_traject t WHERE t.resident_id = r.id
                        AND (t.closed_on IS NULL OR t.closed_on >= :cutoff))
        AND NOT EXISTS (SELECT 1 FROM spreekuur_visit v WHERE v.resident_id = r.id AND v.visited_on >= :cutoff)
        AND NOT EXISTS (SELECT 1 FROM spreekuur_referral f WHERE f.resident_id = r.id
                        AND (f.last_news_on >= :cutoff OR f.status NOT IN ('afgerond', 'uitgevallen')))
        AND NOT EXISTS (SELECT 1 FROM telefooncirkel_member m WHERE m.resident_id = r.id)
        AND NOT EXISTS (SELECT 1 FROM wor_participant w WHERE w.resident_id = r.id
                        AND (w.outcome_on IS NULL OR w.outcome_on >= :cutoff))
        AND NOT EXISTS (SELECT 1 FROM spreekuur_appointment a WHERE a.resident_id = r.id AND a.day >= :cutoff)
        """
    )
    ids = [row[0] for row in session.execute(recent, {"cutoff": cutoff.isoformat()})]
    if not ids:
        return []
    return list(session.exec(select(SpreekuurResident).where(col(SpreekuurResident.id).in_(ids))).all())


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def has_personal_spreekuur_data(session: Session) -> bool:
    """True when the database holds names or notes of spreekuur residents (the back-up warns before an
    unencrypted copy)."""
    if session.exec(select(SpreekuurResident.id).limit(1)).first() is not None:
        return True
    texts = select(SpreekuurVisit.id).where(
        (SpreekuurVisit.need != "") | (SpreekuurVisit.question != "") | (SpreekuurVisit.action != "")
    )
    traject_notes = select(SpreekuurTraject.id).where(SpreekuurTraject.notes != "")
    referral_notes = select(SpreekuurReferral.id).where(SpreekuurReferral.notes != "")
    if plan.has_plan_texts(session):
        return True
    queries = (texts, traject_notes, referral_notes)
    return any(session.exec(query.limit(1)).first() is not None for query in queries) or welzijn.has_notes(session)
