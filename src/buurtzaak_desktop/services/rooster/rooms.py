"""Rooms as the rooster needs them: combined rooms' parts, loaded once per operation."""

from __future__ import annotations

from sqlmodel import Session, select

from buurtzaak_desktop.db.models import Room, RoomPart


def room_parts(session: Session) -> dict[int, frozenset[int]]:
    """Combined room id -> the ids of its parts."""
    parts: dict[int, set[int]] = {}
    for link in session.exec(select(RoomPart)):
        parts.setdefault(link.combined_id, set()).add(link.part_id)
    return {combined: frozenset(ids) for combined, ids in parts.items()}


def rooms_by_id(session: Session) -> dict[int, Room]:
    return {room.id: room for room in session.exec(select(Room)) if room.id is not None}
