"""The centre's rooms, read for every tab that shows or picks a room."""

from __future__ import annotations

from sqlmodel import select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Room


def list_rooms(database: Database, include_inactive: bool = False) -> list[Room]:
    with database.reading() as session:
        query = select(Room).order_by(Room.name)
        if not include_inactive:
            query = query.where(Room.active)
        return list(session.exec(query))
