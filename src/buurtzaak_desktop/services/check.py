"""``buurtzaak check``: the promises one area makes to another, each a named check with Dutch findings.

Every write changes one shared truth; a row in one tab is often a promise to another (a session's booking in the
rooster, a payment that is a budget actual). Each such promise is a ``Check`` in ``CHECKS``: a name, the promise in
one Dutch sentence, and ``find(session) -> list[str]`` that returns a Dutch finding per break (ids, never names).
``run_check`` runs them all; each has a test that builds the broken state and sees it caught.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import head_revisions
from buurtzaak_desktop.services.activiteiten import check as activiteiten
from buurtzaak_desktop.services.begroting import check as begroting
from buurtzaak_desktop.services.rooster import check as rooster
from buurtzaak_desktop.services.spreekuur import appointment_check
from buurtzaak_desktop.services.spreekuur import check as spreekuur
from buurtzaak_desktop.services.telefooncirkel import check as telefooncirkel
from buurtzaak_desktop.services.vrijwilligers import check as vrijwilligers
from buurtzaak_desktop.services.welzijn import check as welzijn

Finder = Callable[[Session], list[str]]


@dataclass(frozen=True)
class Check:
    name: str
    promise: str  # what holds when the check finds nothing, in Dutch
    find: Finder


def _foreign_keys(session: Session) -> list[str]:
    if session.get_bind().dialect.name != "sqlite":  # a server enforces its foreign keys always; SQLite on request
        return []
    return [
        f"Tabel {table} rij {rowid} verwijst naar een ontbrekende rij in {parent}."
        for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check"))
    ]


def _schema_version(session: Session) -> list[str]:
    revisions = {row[0] for row in session.execute(text("SELECT version_num FROM alembic_version"))}
    if revisions != head_revisions():
        return ["Het bestand is niet bijgewerkt naar de huidige versie van het programma."]
    return []


CHECKS: tuple[Check, ...] = (
    Check("verwijzingen", "Elke verwijzing naar een andere rij wijst naar een bestaande rij.", _foreign_keys),
    Check("schemaversie", "Het bestand heeft de versie van dit programma.", _schema_version),
    Check(
        "rooster-geen-overlap",
        "Geen twee live boekingen overlappen (opbouw, afbouw en gecombineerde ruimtes).",
        rooster.findings,
    ),
    Check(
        "rooster-capaciteit",
        "Geen live boeking is voor meer personen dan haar ruimte mag hebben (brandveiligheid).",
        rooster.capacity_findings,
    ),
    Check(
        "rooster-schorsing",
        "Een geschorste groep heeft in haar schorsingsperiode geen live boekingen.",
        rooster.suspension_findings,
    ),
    Check(
        "rooster-bhv",
        "Elke live boeking vanaf vandaag buiten de openingstijden noemt een beheerder met een "
        "BHV-certificaat dat op die dag geldig is.",
        rooster.bhv_findings,
    ),
    Check(
        "activiteit-boeking",
        "Een geplande bijeenkomst heeft een eigen live boeking van haar activiteit op haar "
        "ruimte, dag en tijd; een bijeenkomst die niet doorging houdt geen ruimte bezet.",
        activiteiten.booking_findings,
    ),
    Check(
        "activiteiten", "Inschrijvingen, tijden, seizoenen en plaatsen van activiteiten kloppen.", activiteiten.findings
    ),
    Check(
        "vrijwilligers", "Status, archief, diensten en trainingen van vrijwilligers kloppen.", vrijwilligers.findings
    ),
    Check(
        "dienst-bezetting",
        "Uren uit een gehouden dienst alleen voor wie die dag meetelde (actief, certificaten geldig).",
        vrijwilligers.shift_hours,
    ),
    Check(
        "certificaat-geldigheid",
        "Een certificaat uit een training is zo lang geldig als het soort certificaat (niet 'verloopt nooit').",
        vrijwilligers.course_certificates,
    ),
    Check(
        "spreekuur-privacy", "Geen naam zonder toestemming, geen vrije tekst bij anonieme bezoeken.", spreekuur.findings
    ),
    Check(
        "spreekuur-afspraak-boeking",
        "Een geplande spreekuur-afspraak heeft een eigen live boeking op haar dag en tijd, een geannuleerde houdt "
        "geen ruimte bezet, en zulke boekingen heten alleen 'Spreekuur-afspraak' (de bewoner staat niet in het "
        "rooster). Het rooster verplaatst of annuleert zo'n boeking niet; dat gaat in het Spreekuur.",
        appointment_check.findings,
    ),
    Check(
        "spreekuur-toeleiding",
        "Elke toeleiding wijst naar een bestaande inschrijving of vrijwilliger van haar soort, of naar niets meer "
        "als die is verwijderd (dan telt ze nog mee).",
        spreekuur.link_findings,
    ),
    Check(
        "telefooncirkel",
        "Elke gestokte belronde staat op de actielijst van de coördinator; de belvolgorde heeft geen gaten.",
        telefooncirkel.findings,
    ),
    Check(
        "welzijn-op-recept",
        "Een lopende WoR-deelnemer heeft een actieve bondgenoot met rol en geldige training, en een inschrijving "
        "bij Activiteiten voor de activiteit van het arrangement.",
        welzijn.findings,
    ),
    Check("initiatief-betalingen", "Nooit meer betaald dan toegekend aan een bewonersinitiatief.", begroting.payments),
    Check("initiatieven", "Status en besluit van bewonersinitiatieven kloppen.", begroting.initiatives),
    Check("begroting", "Begrotingsposten en realisatie kloppen.", begroting.budget),
    Check(
        "initiatief-realisatie",
        "De realisatie van de fondspost is precies wat aan bewonersinitiatieven is betaald.",
        begroting.fund_line,
    ),
    Check(
        "kas-maand-gesloten",
        "Een afgetekende kasmaand heeft nog precies de boekingen die zijn afgetekend.",
        begroting.closed_month_findings,
    ),
    Check("kas-saldo", "Het saldo van de kleine kas is nooit negatief.", begroting.balance_findings),
)


def run_checks(database: Database, names: Iterable[str] | None = None) -> dict[str, list[str]]:
    """The findings per check (all checks, or the ones named); a damaged file gives only ``integriteit``.

    SQLite's integrity check reads the whole file (half a second on ten years of data) without holding Python's
    lock, so it runs on its own connection alongside the checks: on two cores the command takes the longer of the two
    instead of their sum. A check that trips over a damaged file counts as the damage the integrity check reports."""
    wanted = set(names) if names is not None else None
    with ThreadPoolExecutor(max_workers=1) as pool:
        integrity = pool.submit(_integrity_findings, database)
        try:
            with database.reading() as session:
                found = {c.name: c.find(session) for c in CHECKS if wanted is None or c.name in wanted}
        except SQLAlchemyError:  # a damaged file can make a check fail; the integrity check then says why
            if integrity.result():
                return {"integriteit": integrity.result()}
            raise
        damage = integrity.result()
    return {"integriteit": damage} if damage else found


def _integrity_findings(database: Database) -> list[str]:
    """PRAGMA integrity_check, not quick_check: only the full check sees an index that no longer matches its table.

    A server keeps its own pages (and checksums them): there the checks of the data are what ``check`` runs."""
    if database.on_server:
        return []
    with database.reading() as session:
        integrity = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
    return [] if integrity == ["ok"] else [f"Het bestand is beschadigd: {line}" for line in integrity[:20]]


def run_check(database: Database) -> list[str]:
    """Every finding as a Dutch sentence; an empty list means all is well."""
    return [finding for found in run_checks(database).values() for finding in found]
