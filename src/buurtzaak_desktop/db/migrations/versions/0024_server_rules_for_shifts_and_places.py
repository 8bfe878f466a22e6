"""vrijwilligers, activiteiten: the server itself refuses a volunteer on two overlapping shifts and a place given twice

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 13:25:00

On PostgreSQL only. The services already take the volunteer's or the activity's row before they check (db/locking.py),
so two desks take turns; these constraint triggers make the same rules hold for any writer (an import, a script, a
later service that forgets the lock). Each runs at commit (deferred), takes the same row first, and then counts with
a fresh snapshot (read committed), so it sees what a desk committed a moment before. The rules are the services':
shifts on the same weekday whose times overlap (touching ends allowed); no more registrations with status
"ingeschreven" than the activity's capacity (no capacity: no limit). The SQLite file has one writer at a time and
needs neither. db/database.py turns the two constraint names into Dutch refusals.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0024"
down_revision: str | Sequence[str] | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHIFTS = "shift_assignment_no_overlap"
PLACES = "registration_within_capacity"

UPGRADE = [
    f"""CREATE FUNCTION {SHIFTS}() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
    BEGIN
        PERFORM 1 FROM volunteer WHERE id = NEW.volunteer_id FOR UPDATE;
        IF EXISTS (
            SELECT 1 FROM shift_assignment other
                JOIN volunteer_shift theirs ON theirs.id = other.shift_id
                JOIN volunteer_shift mine ON mine.id = NEW.shift_id
            WHERE other.volunteer_id = NEW.volunteer_id AND other.shift_id <> NEW.shift_id
                AND theirs.weekday = mine.weekday AND theirs.start < mine."end" AND mine.start < theirs."end"
        ) THEN
            RAISE EXCEPTION 'volunteer % on two overlapping shifts', NEW.volunteer_id
                USING ERRCODE = 'check_violation', CONSTRAINT = '{SHIFTS}';
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE CONSTRAINT TRIGGER {SHIFTS} AFTER INSERT OR UPDATE ON shift_assignment
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {SHIFTS}()""",
    f"""CREATE FUNCTION {PLACES}() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
    DECLARE
        places integer;
    BEGIN
        IF NEW.status <> 'ingeschreven' THEN
            RETURN NULL;
        END IF;
        SELECT capacity INTO places FROM activity WHERE id = NEW.activity_id FOR UPDATE;
        IF places IS NOT NULL AND places < (
            SELECT count(*) FROM registration WHERE activity_id = NEW.activity_id AND status = 'ingeschreven'
        ) THEN
            RAISE EXCEPTION 'activity % has no free place', NEW.activity_id
                USING ERRCODE = 'check_violation', CONSTRAINT = '{PLACES}';
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE CONSTRAINT TRIGGER {PLACES} AFTER INSERT OR UPDATE OF status, activity_id ON registration
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {PLACES}()""",
]

DOWNGRADE = [
    f"DROP TRIGGER {PLACES} ON registration",
    f"DROP FUNCTION {PLACES}()",
    f"DROP TRIGGER {SHIFTS} ON shift_assignment",
    f"DROP FUNCTION {SHIFTS}()",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in DOWNGRADE:
        op.execute(statement)
