"""versions: bookings, participants, budget lines and spreekuur dossiers get a version and a changed_at

Revision ID: 0022
Revises: 0016

No lost update between desks (db/versioning.py): an edit names the version it was made on. Plain columns, added in
place (no table copy); every existing row starts at version 1, changed at an unknown time.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0022"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("booking", "participant", "budget_line", "spreekuur_resident", "spreekuur_traject")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))
        op.add_column(table, sa.Column("changed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    for table in TABLES:  # in place, like the upgrade: a batch copy would rewrite the tables' foreign keys
        op.drop_column(table, "changed_at")
        op.drop_column(table, "version")
