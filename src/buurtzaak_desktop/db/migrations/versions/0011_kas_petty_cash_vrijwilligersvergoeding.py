"""begroting: the petty cash (kleine kas: kas_entry, kas_closing); the volunteer allowance is the vrijwilligersvergoeding

Revision ID: 0011
Revises: 0008

The werkplan's handgeld is the location's petty cash, not a person's allowance. The allowance paid to volunteers
(handgeld_payment) keeps its rows and becomes the vrijwilligersvergoeding:
- a budget line that took the allowances as its actual ("handgeld") keeps its figures and is now linked to the
  vrijwilligersvergoeding; beside it comes a new line "Handgeld (kleine kas)" (budget 0) that takes the kas;
- the allowance category "handgeld" is now "vrijwilligersvergoeding" (unless that volunteer already has one that
  month: then the row keeps its old name, so that no row is lost to the unique key).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KAS_LINE = "Handgeld (kleine kas)"


def upgrade() -> None:
    op.create_table(
        "kas_closing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("signed_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("topup_cents", sa.Integer(), nullable=False),
        sa.Column("spent_cents", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("month"),
    )
    op.create_table(
        "kas_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=1), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("receipt", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("kas_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kas_entry_day"), ["day"], unique=False)

    connection = op.get_bind()
    linked = connection.execute(
        sa.text("SELECT id, year, kind, category FROM budget_line WHERE source = 'handgeld'")
    ).fetchall()
    for line_id, year, kind, category in linked:
        connection.execute(
            sa.text("UPDATE budget_line SET source = 'vrijwilligersvergoeding' WHERE id = :id"), {"id": line_id}
        )
        clash = connection.execute(
            sa.text(
                "SELECT 1 FROM budget_line WHERE year = :year AND kind = :kind AND category = :category AND name = :name"
            ),
            {"year": year, "kind": kind, "category": category, "name": KAS_LINE},
        ).first()
        if clash is None:
            connection.execute(
                sa.text(
                    "INSERT INTO budget_line (year, kind, category, name, budget_cents, position, source) "
                    "SELECT :year, :kind, :category, :name, 0, COALESCE(MAX(position), 0) + 1, 'handgeld' "
                    "FROM budget_line WHERE year = :year"
                ),
                {"year": year, "kind": kind, "category": category, "name": KAS_LINE},
            )
    connection.execute(
        sa.text(
            "UPDATE handgeld_payment SET category = 'vrijwilligersvergoeding' WHERE category = 'handgeld' "
            "AND NOT EXISTS (SELECT 1 FROM handgeld_payment AS other WHERE other.volunteer_id = "
            "handgeld_payment.volunteer_id AND other.month = handgeld_payment.month "
            "AND other.category = 'vrijwilligersvergoeding')"
        )
    )


def downgrade() -> None:
    connection = op.get_bind()
    connection.execute(
        sa.text(
            "DELETE FROM budget_line WHERE source = 'handgeld' AND name = :name "
            "AND NOT EXISTS (SELECT 1 FROM budget_actual WHERE budget_actual.line_id = budget_line.id)"
        ),
        {"name": KAS_LINE},
    )
    connection.execute(sa.text("UPDATE budget_line SET source = '' WHERE source IN ('handgeld', 'initiatieven')"))
    connection.execute(sa.text("UPDATE budget_line SET source = 'handgeld' WHERE source = 'vrijwilligersvergoeding'"))
    connection.execute(
        sa.text(
            "UPDATE handgeld_payment SET category = 'handgeld' WHERE category = 'vrijwilligersvergoeding' "
            "AND NOT EXISTS (SELECT 1 FROM handgeld_payment AS other WHERE other.volunteer_id = "
            "handgeld_payment.volunteer_id AND other.month = handgeld_payment.month AND other.category = 'handgeld')"
        )
    )
    with op.batch_alter_table("kas_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kas_entry_day"))
    op.drop_table("kas_entry")
    op.drop_table("kas_closing")
