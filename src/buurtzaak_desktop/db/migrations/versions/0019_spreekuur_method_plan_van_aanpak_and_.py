"""spreekuur method: plan van aanpak and toeleiding

Revision ID: 0019
Revises: 0020

Three new tables (no existing row touched): a traject's hulpvragen in the agreed order and its agreements (wie doet
wat, wanneer), and the toeleidingen to an activity or to volunteering. A toeleiding's links to the Activiteiten and
Vrijwilligers rows empty themselves when such a row goes (ON DELETE SET NULL), so it keeps counting.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0019"
down_revision: str | Sequence[str] | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "spreekuur_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("who", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("what", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["spreekuur_partner.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["traject_id"], ["spreekuur_traject.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("spreekuur_agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_spreekuur_agreement_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_spreekuur_agreement_traject_id"), ["traject_id"], unique=False)

    op.create_table(
        "spreekuur_plan_need",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.ForeignKeyConstraint(["traject_id"], ["spreekuur_traject.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("spreekuur_plan_need", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_spreekuur_plan_need_traject_id"), ["traject_id"], unique=False)

    op.create_table(
        "spreekuur_toeleiding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("registration_id", sa.Integer(), nullable=True),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("first_status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("made_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["registration_id"], ["registration.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["traject_id"], ["spreekuur_traject.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["volunteer_id"], ["volunteer.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("spreekuur_toeleiding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_spreekuur_toeleiding_made_on"), ["made_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_spreekuur_toeleiding_traject_id"), ["traject_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("spreekuur_toeleiding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spreekuur_toeleiding_traject_id"))
        batch_op.drop_index(batch_op.f("ix_spreekuur_toeleiding_made_on"))

    op.drop_table("spreekuur_toeleiding")
    with op.batch_alter_table("spreekuur_plan_need", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spreekuur_plan_need_traject_id"))

    op.drop_table("spreekuur_plan_need")
    with op.batch_alter_table("spreekuur_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spreekuur_agreement_traject_id"))
        batch_op.drop_index(batch_op.f("ix_spreekuur_agreement_due_on"))

    op.drop_table("spreekuur_agreement")
