"""spreekuur: personal PINs; a visit names its helper (spreekuur_visit.helper_id), audit lines get a detail

Revision ID: 0017
Revises: 0014

Two plain columns (no foreign key, as in 0008), added in place (no table copy, no row touched). The personal PINs themselves are settings beside
the existing one (services/spreekuur/people.py): the single spreekuur PIN stays where it is and becomes the
coordinator's, so whoever knew it still opens the tab (as the coordinator) until personal PINs are set; its count
of wrong tries, and a wait in progress, become the tab's. Earlier visits keep their free-text "Geholpen door".
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE spreekuur_visit ADD COLUMN helper_id INTEGER")
    op.create_index(op.f("ix_spreekuur_visit_helper_id"), "spreekuur_visit", ["helper_id"], unique=False)
    op.execute("ALTER TABLE spreekuur_audit ADD COLUMN detail VARCHAR NOT NULL DEFAULT ''")


def downgrade() -> None:
    op.drop_index(op.f("ix_spreekuur_visit_helper_id"), table_name="spreekuur_visit")
    op.execute("ALTER TABLE spreekuur_visit DROP COLUMN helper_id")
    op.execute("ALTER TABLE spreekuur_audit DROP COLUMN detail")
