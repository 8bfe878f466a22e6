"""``buurtzaak check``: integrity and consistency of the database.

Areas add consistency checks as modules in ``AREA_CHECKS`` with ``findings(session) -> list[str]``
(Dutch sentences); a module that does not exist yet is skipped.
"""

from __future__ import annotations

import importlib
import importlib.util

from sqlalchemy import text

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import head_revisions

AREA_CHECKS = (
    "buurtzaak_desktop.services.rooster.check",
    "buurtzaak_desktop.services.vrijwilligers.check",
    "buurtzaak_desktop.services.activiteiten.check",
    "buurtzaak_desktop.services.spreekuur.check",
    "buurtzaak_desktop.services.begroting.check",
)


def run_check(database: Database) -> list[str]:
    """Every finding as a Dutch sentence; an empty list means all is well."""
    with database.reading() as session:
        integrity = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
        if integrity != ["ok"]:
            return [f"Het bestand is beschadigd: {line}" for line in integrity[:20]]
        findings = [
            f"Tabel {table} rij {rowid} verwijst naar een ontbrekende rij in {parent}."
            for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check"))
        ]
        revisions = {row[0] for row in session.execute(text("SELECT version_num FROM alembic_version"))}
        if revisions != head_revisions():
            findings.append("Het bestand is niet bijgewerkt naar de huidige versie van het programma.")
        for module_name in AREA_CHECKS:
            if _module_exists(module_name):
                findings.extend(importlib.import_module(module_name).findings(session))
    return findings


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # the area's package itself does not exist yet
        return False
