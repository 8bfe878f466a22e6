"""rooms: an indoor flag (room.indoor, default true); the garden and other outdoor spaces get false

Revision ID: 0014
Revises: 0009

A plain column, added in place (no table copy). Existing rooms are indoor, except those whose name says they are
outside (tuin, terras, plein, buiten, garden; a "binnentuin" or "binnenplaats" stays indoor): the beheerder can
correct a room by importing the room list with the column "binnen".
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OUTDOOR_WORDS = ("tuin", "terras", "plein", "buiten", "garden")


def _outdoor(name: str) -> bool:
    lowered = name.casefold()
    return any(word in lowered for word in OUTDOOR_WORDS) and "binnen" not in lowered


def upgrade() -> None:
    connection = op.get_bind()
    # SQLite's files keep the schema text they always had ("1"); PostgreSQL wants a boolean
    true, false = ("1", "0") if connection.dialect.name == "sqlite" else ("TRUE", "FALSE")
    op.execute(f"ALTER TABLE room ADD COLUMN indoor BOOLEAN NOT NULL DEFAULT {true}")
    for room_id, name in connection.execute(sa.text("SELECT id, name FROM room")).fetchall():
        if _outdoor(name):
            connection.execute(sa.text(f"UPDATE room SET indoor = {false} WHERE id = :id"), {"id": room_id})


def downgrade() -> None:
    op.execute("ALTER TABLE room DROP COLUMN indoor")
