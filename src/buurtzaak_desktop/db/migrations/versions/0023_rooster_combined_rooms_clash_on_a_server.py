"""rooster: combined rooms and their parts never double-booked on a server (one blocked row per physical room)

Revision ID: 0023
Revises: 0021
Create Date: 2026-12-07 11:50:00

On PostgreSQL only. 0021's exclusion constraint sees one room id, so a booking of "Activiteitenruimte 1+2" and one of
"Activiteitenruimte 1" made at the same moment at two desks could both commit. Here every live booking blocks one
row per physical room it occupies (a combined room's parts, else the room itself) in ``booking_block``, kept by
triggers on ``booking`` and ``room_part`` (so every writer keeps it: a desk, an import, a restore); the exclusion
constraint moves there and keeps its name, so the desk's refusal and retry (db/database.py, services/rooster) stay as
they are. The range is still the clash rule's blocked time (set-up and clean-up, touching ends allowed), checked at
commit. The table is derived: the SQLite file has none, and a back-up need not carry it (the triggers refill it).
Pairs that already overlap on a server (0021 did not see combined rooms) do not stop the upgrade: see UPGRADE.
The triggers run as the owner who migrated (SECURITY DEFINER, with that search_path): a desk's role needs no rights
of its own on the derived table, and cannot write it around the triggers when it has none.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONSTRAINT = "booking_no_overlap"  # db/database.py maps it to the Dutch refusal (and the services retry once)
BLOCKED = """tsrange(
    (b.day + b.start) - make_interval(mins => b.setup_minutes),
    (b.day + b."end") + make_interval(mins => b.cleanup_minutes),
    '[)'
)"""
# The rows a set of bookings should block: a combined room's parts (one row each), else the room itself.
WANTED = f"""SELECT b.id AS booking_id, COALESCE(p.part_id, b.room_id) AS room_id, {BLOCKED} AS during
    FROM booking b LEFT JOIN room_part p ON p.combined_id = b.room_id
    WHERE b.status = 'live'"""

# booking_block has no foreign key to booking (a restore's TRUNCATE names only the app's tables, and a key would refuse
# it): the delete and truncate triggers keep it in step instead.
UPGRADE = [
    """CREATE TABLE booking_block (
        booking_id integer NOT NULL,
        room_id integer NOT NULL,
        during tsrange NOT NULL,
        PRIMARY KEY (booking_id, room_id)
    )""",
    f"""CREATE FUNCTION booking_block_refresh() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
    BEGIN
        DELETE FROM booking_block WHERE booking_id = NEW.id;
        INSERT INTO booking_block (booking_id, room_id, during) {WANTED} AND b.id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER booking_block_on_insert AFTER INSERT ON booking
        FOR EACH ROW EXECUTE FUNCTION booking_block_refresh()""",
    """CREATE TRIGGER booking_block_on_update
        AFTER UPDATE OF room_id, day, start, "end", setup_minutes, cleanup_minutes, status ON booking
        FOR EACH ROW EXECUTE FUNCTION booking_block_refresh()""",
    """CREATE FUNCTION booking_block_deleted() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            TRUNCATE booking_block;
        ELSE
            DELETE FROM booking_block WHERE booking_id = OLD.id;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER booking_block_on_delete AFTER DELETE ON booking
        FOR EACH ROW EXECUTE FUNCTION booking_block_deleted()""",
    """CREATE TRIGGER booking_block_on_truncate AFTER TRUNCATE ON booking
        FOR EACH STATEMENT EXECUTE FUNCTION booking_block_deleted()""",
    # A room that gets (or loses) a part: its bookings block other rooms now (a restore loads parts after bookings).
    f"""CREATE FUNCTION booking_block_parts_changed() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
    DECLARE  -- the combined rooms whose parts changed: a row moved to another combined room changes both
        combined integer[] := CASE TG_OP WHEN 'DELETE' THEN ARRAY[OLD.combined_id] WHEN 'INSERT' THEN
            ARRAY[NEW.combined_id] ELSE ARRAY[OLD.combined_id, NEW.combined_id] END;
    BEGIN
        DELETE FROM booking_block WHERE booking_id IN (SELECT id FROM booking WHERE room_id = ANY(combined));
        INSERT INTO booking_block (booking_id, room_id, during) {WANTED} AND b.room_id = ANY(combined);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER booking_block_on_parts AFTER INSERT OR UPDATE OR DELETE ON room_part
        FOR EACH ROW EXECUTE FUNCTION booking_block_parts_changed()""",
    f"ALTER TABLE booking DROP CONSTRAINT {CONSTRAINT}",
    f"""ALTER TABLE booking_block ADD CONSTRAINT {CONSTRAINT} EXCLUDE USING gist (room_id WITH =, during WITH &&)
        DEFERRABLE INITIALLY DEFERRED""",
    # The bookings there are, oldest first. A combined room and its part that already overlap (nothing refused them
    # before) must not stop the server from opening: the later one's blocked row is left out, `buurtzaak check`
    # keeps naming the pair, and an edit of it is refused until the clash is solved.
    f"""DO $$
    DECLARE
        wanted record;
    BEGIN
        FOR wanted IN {WANTED} ORDER BY b.id LOOP
            IF NOT EXISTS (SELECT 1 FROM booking_block WHERE room_id = wanted.room_id AND during && wanted.during) THEN
                INSERT INTO booking_block (booking_id, room_id, during) VALUES (wanted.booking_id, wanted.room_id, wanted.during);
            END IF;
        END LOOP;
    END $$""",
]

DOWNGRADE = [
    "DROP TRIGGER booking_block_on_parts ON room_part",
    "DROP TRIGGER booking_block_on_update ON booking",
    "DROP TRIGGER booking_block_on_insert ON booking",
    "DROP TRIGGER booking_block_on_delete ON booking",
    "DROP TRIGGER booking_block_on_truncate ON booking",
    "DROP FUNCTION booking_block_deleted()",
    "DROP FUNCTION booking_block_parts_changed()",
    "DROP FUNCTION booking_block_refresh()",
    "DROP TABLE booking_block",
    f"""ALTER TABLE booking ADD CONSTRAINT {CONSTRAINT} EXCLUDE USING gist (
        room_id WITH =,
        tsrange((day + start) - make_interval(mins => setup_minutes),
                (day + "end") + make_interval(mins => cleanup_minutes), '[)') WITH &&
    ) WHERE (status = 'live') DEFERRABLE INITIALLY DEFERRED""",
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
