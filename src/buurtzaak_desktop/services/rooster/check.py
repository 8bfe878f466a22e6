"""``buurtzaak check`` for the rooster: two live bookings that overlap (set-up/clean-up and combined rooms too)."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from buurtzaak_desktop.db.models.rooster import LIVE

MAX_FINDINGS = 50

# The clash rule of domain/rooster/overlap.py (``overlaps``) in one query, so that SQLite compares only the
# bookings of one day in one physical room (a combined room stands in each of its parts) instead of Python comparing
# every pair of a day: the large demo's 65,000 live bookings take a fraction of a second instead of ten.
# Times are stored as 'HH:MM:SS.ffffff'; blocked minutes count set-up before and clean-up after; touching is fine.
_OVERLAPS = text(
    """
    WITH parts(room_id, part) AS (
        SELECT combined_id, part_id FROM room_part
        UNION ALL SELECT id, id FROM room WHERE id NOT IN (SELECT combined_id FROM room_part)),
    lane AS MATERIALIZED (
        SELECT b.id, b.day, b.start, p.part,
            CAST(substr(b.start, 1, 2) AS INTEGER) * 60 + CAST(substr(b.start, 4, 2) AS INTEGER)
                - b.setup_minutes AS blocked_from,
            CAST(substr(b."end", 1, 2) AS INTEGER) * 60 + CAST(substr(b."end", 4, 2) AS INTEGER)
                + b.cleanup_minutes AS blocked_until
        FROM booking b JOIN parts p ON p.room_id = b.room_id
        WHERE b.status = :live)
    SELECT DISTINCT a.day, a.start, a.id, b.start, b.id
    FROM lane a JOIN lane b
        ON b.day = a.day AND b.part = a.part AND a.id < b.id
        AND a.blocked_from < b.blocked_until AND b.blocked_from < a.blocked_until
    """
)


def findings(session: Session) -> list[str]:
    pairs = []
    for day, a_start, a_id, b_start, b_id in session.execute(_OVERLAPS, {"live": LIVE}):
        first, second = sorted(((a_start, a_id), (b_start, b_id)))  # the earlier booking is named first
        pairs.append((day, first, second))
    pairs.sort()
    return [
        f"Boekingen {first[1]} en {second[1]} overlappen op {day}."
        for day, first, second in pairs[:MAX_FINDINGS]
    ]
