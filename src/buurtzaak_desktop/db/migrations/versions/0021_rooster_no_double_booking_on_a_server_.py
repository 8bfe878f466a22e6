"""rooster: no double booking on a server (exclusion constraint over room and time, live bookings)

Revision ID: 0021
Revises: 0019
Create Date: 2026-12-07 09:06:53.599499

On PostgreSQL only. Two desks that book the same room at the same time both pass the service's clash check (neither
sees the other's uncommitted booking); the database lets exactly one of them commit. The range is the blocked time
of the clash rule (domain/rooster/overlap.py): set-up before and clean-up after, touching ends allowed ('[)').
A combined room and its parts are not covered here (a constraint sees one room id): the service's check still is.
Checked at commit (deferred): a series that is rewritten within one transaction may overlap itself on the way.
SQLite has one writer at a time, so its check in the write transaction already sees every committed booking.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONSTRAINT = "booking_no_overlap"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")  # a trusted extension: the database's owner may add it
    op.execute(
        f"""ALTER TABLE booking ADD CONSTRAINT {CONSTRAINT} EXCLUDE USING gist (
            room_id WITH =,
            tsrange(
                (day + start) - make_interval(mins => setup_minutes),
                (day + "end") + make_interval(mins => cleanup_minutes),
                '[)'
            ) WITH &&
        ) WHERE (status = 'live') DEFERRABLE INITIALLY DEFERRED"""
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE booking DROP CONSTRAINT {CONSTRAINT}")
