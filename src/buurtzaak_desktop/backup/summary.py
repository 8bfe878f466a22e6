"""Describing a back-up's contents in Dutch, for the command line and the window."""

from __future__ import annotations

from datetime import datetime

from buurtzaak_desktop.backup.verify import Contents
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

# The tables a user recognises, in the order of the tabs, with their Dutch names (the window translates them). The
# others (links, reference lists, audit lines) would only make the summary harder to read; their counts follow.
TABLE_LABELS = {
    "room": QT_TRANSLATE_NOOP("core", "ruimtes"),
    "booking": QT_TRANSLATE_NOOP("core", "boekingen"),
    "volunteer": QT_TRANSLATE_NOOP("core", "vrijwilligers"),
    "volunteer_hours": QT_TRANSLATE_NOOP("core", "urenregels"),
    "spreekuur_visit": QT_TRANSLATE_NOOP("core", "spreekuurbezoeken"),
    "activity": QT_TRANSLATE_NOOP("core", "activiteiten"),
    "participant": QT_TRANSLATE_NOOP("core", "deelnemers"),
    "activity_session": QT_TRANSLATE_NOOP("core", "bijeenkomsten"),
    "budget_line": QT_TRANSLATE_NOOP("core", "begrotingsregels"),
    "budget_actual": QT_TRANSLATE_NOOP("core", "realisatieregels"),
    "initiative": QT_TRANSLATE_NOOP("core", "bewonersinitiatieven"),
}


def describe(contents: Contents, made_at: datetime) -> str:
    counts = ", ".join(
        f"{label}: {contents.counts[table]}" for table, label in TABLE_LABELS.items() if contents.counts.get(table)
    )
    return f"gemaakt op {made_at:%d-%m-%Y %H:%M}; {counts or 'geen gegevens'}"
