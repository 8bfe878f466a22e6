"""spreekuur appointments with a fixed vertrouwenspersoon, each holding a Spreekkamer booking

Revision ID: 0020
Revises: 0018

A new table (spreekuur_appointment) and one plain column on spreekuur_traject (vertrouwenspersoon_id, no foreign key,
as 0017's helper_id), added in place: no existing row is copied or touched.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0020"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "spreekuur_appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("traject_id", sa.Integer(), nullable=True),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("person_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.ForeignKeyConstraint(["booking_id"], ["booking.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["resident_id"], ["spreekuur_resident.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["traject_id"], ["spreekuur_traject.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("spreekuur_appointment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_spreekuur_appointment_booking_id"), ["booking_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_spreekuur_appointment_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_spreekuur_appointment_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_spreekuur_appointment_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_spreekuur_appointment_traject_id"), ["traject_id"], unique=False)

    op.execute("ALTER TABLE spreekuur_traject ADD COLUMN vertrouwenspersoon_id INTEGER")


def downgrade() -> None:
    op.execute("ALTER TABLE spreekuur_traject DROP COLUMN vertrouwenspersoon_id")

    with op.batch_alter_table("spreekuur_appointment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spreekuur_appointment_traject_id"))
        batch_op.drop_index(batch_op.f("ix_spreekuur_appointment_resident_id"))
        batch_op.drop_index(batch_op.f("ix_spreekuur_appointment_person_id"))
        batch_op.drop_index(batch_op.f("ix_spreekuur_appointment_day"))
        batch_op.drop_index(batch_op.f("ix_spreekuur_appointment_booking_id"))

    op.drop_table("spreekuur_appointment")
