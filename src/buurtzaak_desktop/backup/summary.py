"""Describing a back-up's contents in Dutch, for the command line and the window."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from datetime import datetime

from sqlmodel import Session

from buurtzaak_desktop.backup.verify import Contents

log = logging.getLogger(__name__)

SPREEKUUR_MODULE = "buurtzaak_desktop.services.spreekuur"
# Dutch names of tables a user recognises; other areas' tables show under their own name.
TABLE_LABELS = {"room": "ruimtes", "setting": "instellingen"}


def describe(contents: Contents, made_at: datetime) -> str:
    counts = ", ".join(
        f"{TABLE_LABELS.get(table, table)}: {count}" for table, count in contents.counts.items() if count
    )
    return f"gemaakt op {made_at:%d-%m-%Y %H:%M}; {counts or 'geen gegevens'}"


def has_personal_data(session: Session) -> bool:
    """Whether the database holds spreekuur data (asked of the Spreekuur area when it is there)."""
    try:
        if importlib.util.find_spec(SPREEKUUR_MODULE) is None:
            return False
    except ModuleNotFoundError:
        return False
    check = getattr(importlib.import_module(SPREEKUUR_MODULE), "has_personal_spreekuur_data", None)
    if check is None:
        log.warning("spreekuur area has no has_personal_spreekuur_data; no warning given")
        return False
    return bool(check(session))
