"""vrijwilligers: certificates earned in a training course get their type's validity (data only)

Revision ID: 0013
Revises: 0008

Until now a course's certificate was saved as "never expires" even when its type has a validity (EHBO two years).
Each such certificate gets the expiry it would have had: its type's years from the day it was earned, as
domain.vrijwilligers.certificates.add_years counts them (29 February -> 28 February). No row is added or removed.
"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEVER_EXPIRING_FROM_A_COURSE = """
    SELECT DISTINCT c.id, c.obtained_on, t.valid_years
    FROM volunteer_certificate c
    JOIN certificate_type t ON t.id = c.certificate_type_id
    JOIN training_enrolment e ON e.volunteer_id = c.volunteer_id AND e.certified_on = c.obtained_on
    JOIN training_course k ON k.id = e.course_id AND k.certificate_type_id = c.certificate_type_id
    WHERE c.valid_until IS NULL AND t.valid_years IS NOT NULL
"""


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def upgrade() -> None:
    bind = op.get_bind()
    for certificate_id, obtained, years in bind.execute(sa.text(NEVER_EXPIRING_FROM_A_COURSE)).all():
        until = _add_years(date.fromisoformat(str(obtained)), int(years))
        bind.execute(
            sa.text("UPDATE volunteer_certificate SET valid_until = :until WHERE id = :id"),
            {"until": until.isoformat(), "id": certificate_id},
        )


def downgrade() -> None:
    pass  # the expiry dates stay: "never expires" was the mistake
