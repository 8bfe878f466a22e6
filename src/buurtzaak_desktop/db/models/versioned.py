"""Rows that two desks (or two windows on one file) may edit at once: a booking, a participant, a budget line, a
spreekuur dossier. Each write raises ``version``; an edit made on what a desk read earlier names the version it read,
and is refused when the row moved on meanwhile (db/versioning.py), instead of silently overwriting the other change.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class Versioned(SQLModel):
    version: int = Field(default=1)
    # When the row was last written (an instant, UTC like created_at); shown in local time ("… om 14:03").
    changed_at: datetime | None = None
