"""activiteiten: a session's room booking (activity_session.booking_id -> booking.id, ON DELETE SET NULL)

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-25 10:00:54.655763

SQLite adds a constraint only by copying the table. The copy is written out here rather than left to Alembic's
batch mode, whose order of constraints and indexes varies from run to run (the demo must be byte-for-byte
reproducible). Foreign keys stay enforced inside the migration's transaction (the pragma cannot be switched off
there) and dropping ``activity_session`` while ``attendance`` rows point at it fails even when deferred, so the
attendance rows wait in a temporary table while the session table is copied, and come back unchanged.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    "id, activity_id, day, start_time, end_time, room_id, status, cancel_reason, anonymous_walk_ins, "
    "attendance_entered, booking_id"
)
ATTENDANCE_COLUMNS = "session_id, participant_id, walk_in"
TABLE = """CREATE TABLE activity_session_0007 (
	id INTEGER NOT NULL,
	activity_id INTEGER NOT NULL,
	day DATE NOT NULL,
	start_time TIME NOT NULL,
	end_time TIME NOT NULL,
	room_id INTEGER,
	status VARCHAR(20) NOT NULL,
	cancel_reason VARCHAR NOT NULL,
	anonymous_walk_ins INTEGER NOT NULL,
	attendance_entered BOOLEAN NOT NULL,
	booking_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(activity_id) REFERENCES activity (id),
	FOREIGN KEY(room_id) REFERENCES room (id){booking_key}
)"""
BOOKING_KEY = (
    ",\n\tCONSTRAINT fk_activity_session_booking_id_booking FOREIGN KEY(booking_id) REFERENCES booking (id) "
    "ON DELETE SET NULL"
)
INDEXES = [
    "CREATE INDEX ix_activity_session_day ON activity_session (day)",
    "CREATE INDEX ix_activity_session_activity_day ON activity_session (activity_id, day)",
]
BOOKING_INDEX = "CREATE INDEX ix_activity_session_booking_id ON activity_session (booking_id)"


def upgrade() -> None:
    # booking_id existed without a constraint: a dangling id would make the new constraint fail on old files
    op.execute("UPDATE activity_session SET booking_id = NULL WHERE booking_id NOT IN (SELECT id FROM booking)")
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL adds a constraint in place (and keeps the id sequence)
        op.execute(f"ALTER TABLE activity_session ADD {BOOKING_KEY.removeprefix(',').strip()}")
        op.execute(BOOKING_INDEX)
        return
    _copy_sessions(TABLE.format(booking_key=BOOKING_KEY), [*INDEXES, BOOKING_INDEX])


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP INDEX ix_activity_session_booking_id")
        op.execute("ALTER TABLE activity_session DROP CONSTRAINT fk_activity_session_booking_id_booking")
        return
    _copy_sessions(TABLE.format(booking_key=""), INDEXES)


def _copy_sessions(create: str, indexes: list[str]) -> None:
    op.execute(f"CREATE TEMP TABLE attendance_0007 AS SELECT {ATTENDANCE_COLUMNS} FROM attendance")
    op.execute("DELETE FROM attendance")
    op.execute(create)
    op.execute(f"INSERT INTO activity_session_0007 ({COLUMNS}) SELECT {COLUMNS} FROM activity_session")
    op.execute("DROP TABLE activity_session")
    op.execute("ALTER TABLE activity_session_0007 RENAME TO activity_session")
    for statement in indexes:
        op.execute(statement)
    op.execute(f"INSERT INTO attendance ({ATTENDANCE_COLUMNS}) SELECT {ATTENDANCE_COLUMNS} FROM attendance_0007")
    op.execute("DROP TABLE attendance_0007")
