"""Describing a back-up's contents in Dutch, for the command line and the window."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from buurtzaak_desktop.backup.verify import Contents
from buurtzaak_desktop.services.spreekuur.privacy import has_personal_spreekuur_data

# The tables a user recognises, in the order of the tabs, with their Dutch names. The others (links, reference
# lists, audit lines) would only make the summary harder to read, and their counts follow from these.
TABLE_LABELS = {
    "room": "ruimtes",
    "booking": "boekingen",
    "volunteer": "vrijwilligers",
    "volunteer_hours": "urenregels",
    "spreekuur_visit": "spreekuurbezoeken",
    "activity": "activiteiten",
    "participant": "deelnemers",
    "activity_session": "bijeenkomsten",
    "budget_line": "begrotingsregels",
    "budget_actual": "realisatieregels",
    "initiative": "bewonersinitiatieven",
}


def describe(contents: Contents, made_at: datetime) -> str:
    counts = ", ".join(
        f"{label}: {contents.counts[table]}" for table, label in TABLE_LABELS.items() if contents.counts.get(table)
    )
    return f"gemaakt op {made_at:%d-%m-%Y %H:%M}; {counts or 'geen gegevens'}"


def has_personal_data(session: Session) -> bool:
    """Whether the database holds names or notes from the spreekuur (an unencrypted copy warns first)."""
    return has_personal_spreekuur_data(session)
