"""The Vrijwilligers tab's own settings: sessions a participant may miss and still earn the certificate, and how
long a stopped volunteer's details are kept. Stored in the database, so they travel with a back-up."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.services.settings import read_setting, write_setting
from buurtzaak_desktop.services.vrijwilligers.privacy import RETENTION_SETTING
from buurtzaak_desktop.services.vrijwilligers.training import MAX_MISSED_SETTING, max_missed

log = logging.getLogger(__name__)
MAX_RETENTION_YEARS = 10
MAX_MISSED_LIMIT = 10


@dataclass(frozen=True)
class Rules:
    max_missed: int
    retention_years: int


def read_rules(database: Database) -> Rules:
    with database.reading() as session:
        return Rules(max_missed(session), int(read_setting(session, RETENTION_SETTING, 2)))


def save_rules(database: Database, rules: Rules) -> None:
    if not 0 <= rules.max_missed <= MAX_MISSED_LIMIT:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Het aantal gemiste bijeenkomsten moet tussen 0 en {limit} liggen."),
            limit=MAX_MISSED_LIMIT,
        )
    if not 1 <= rules.retention_years <= MAX_RETENTION_YEARS:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De bewaartermijn moet tussen 1 en {limit} jaar liggen."),
            limit=MAX_RETENTION_YEARS,
        )
    with database.transaction() as session:
        write_setting(session, MAX_MISSED_SETTING, rules.max_missed)
        write_setting(session, RETENTION_SETTING, rules.retention_years)
    log.info("vrijwilligers rules saved")
