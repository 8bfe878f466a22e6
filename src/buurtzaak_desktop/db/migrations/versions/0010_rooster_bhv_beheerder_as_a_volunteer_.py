"""rooster: the BHV beheerder of a booking is a volunteer (booking.bhv_volunteer_id); opening exceptions with hours

Revision ID: 0010
Revises: 0008

Plain columns, added in place (no table copy). A booking's typed BHV name is linked to the volunteer of that name
(case and spaces ignored) who holds a BHV certificate; the typed name and date stay as history.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def upgrade() -> None:
    op.execute("ALTER TABLE booking ADD COLUMN bhv_volunteer_id INTEGER")
    op.execute("ALTER TABLE weekend_opening ADD COLUMN opens TIME")
    op.execute("ALTER TABLE weekend_opening ADD COLUMN closes TIME")
    op.execute("ALTER TABLE weekend_opening ADD COLUMN reason VARCHAR(200) NOT NULL DEFAULT ''")
    connection = op.get_bind()
    holders: dict[str, int] = {}
    rows = connection.execute(
        sa.text(
            "SELECT v.id, v.name FROM volunteer v JOIN volunteer_certificate c ON c.volunteer_id = v.id"
            " JOIN certificate_type t ON t.id = c.certificate_type_id WHERE t.name = 'BHV'"
            " ORDER BY v.archived DESC, v.id"  # an active namesake wins over an archived one
        )
    )
    for volunteer_id, name in rows:
        holders[_key(name)] = volunteer_id
    named = connection.execute(sa.text("SELECT id, bhv_name FROM booking WHERE bhv_name != ''")).fetchall()
    for booking_id, name in named:
        if _key(name) in holders:
            connection.execute(
                sa.text("UPDATE booking SET bhv_volunteer_id = :v WHERE id = :b"),
                {"v": holders[_key(name)], "b": booking_id},
            )


def downgrade() -> None:
    op.execute("ALTER TABLE weekend_opening DROP COLUMN reason")
    op.execute("ALTER TABLE weekend_opening DROP COLUMN closes")
    op.execute("ALTER TABLE weekend_opening DROP COLUMN opens")
    op.execute("ALTER TABLE booking DROP COLUMN bhv_volunteer_id")
