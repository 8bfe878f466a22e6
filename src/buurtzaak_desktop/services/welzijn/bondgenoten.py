"""Who may be a bondgenoot on a day: an active volunteer with the bondgenoot role and a valid bondgenoot training.

Read through the Core tables (db/tables.py), not the model classes, so that ``buurtzaak check`` asks the question
as the Welzijn tab does without building the models; participants.py imports it from here."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.domain import welzijn
from buurtzaak_desktop.services.vrijwilligers.qualified import valid_holders_in


def bondgenoot_ids(session: Session, on: date) -> dict[int, str]:
    """Active volunteers with the bondgenoot role and a valid bondgenoot training certificate on ``on``."""
    link, role = tables.volunteer_role_link.c, tables.volunteer_role.c
    with_role = set(
        session.execute(
            select(link.volunteer_id)
            .join_from(tables.volunteer_role_link, tables.volunteer_role, role.id == link.role_id)
            .where(role.name == welzijn.BONDGENOOT_ROLE)
        ).scalars()
    )
    return {
        holder.volunteer_id: holder.name
        for holder in valid_holders_in(session, welzijn.BONDGENOOT_CERTIFICATE, on)
        if holder.volunteer_id in with_role
    }
