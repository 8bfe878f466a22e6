"""activiteiten: the volunteer chosen as an activity's leader (activity.leader_volunteer_id)

Revision ID: 0008
Revises: 0007

A plain column (see the model for why no foreign key): SQLite adds it in place, without copying the table.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE activity ADD COLUMN leader_volunteer_id INTEGER")


def downgrade() -> None:
    op.execute("ALTER TABLE activity DROP COLUMN leader_volunteer_id")
