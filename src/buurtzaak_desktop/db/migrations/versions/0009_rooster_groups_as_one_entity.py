"""rooster: groups as one entity (groep); bookings, hygiene strikes and suspensions refer to the group id

Revision ID: 0009
Revises: 0008

Every free-text group name becomes a ``groep`` row. Names that differ only in capitals or spaces ("Kookgroep 1",
"kookgroep 1 ", "KOOKGROEP 1") become one group, named with the first spelling found (bookings first, then strikes,
then suspensions, each in id order). No row is lost; an empty name on a booking means no group.

``booking`` is referenced by ``activity_session`` (ON DELETE SET NULL), so it is changed in place: SQLite adds a
nullable column with a foreign key without copying, and drops the old column once its index is gone. The strike
and suspension tables need a NOT NULL reference, which SQLite adds only by copying the table: those copies are
written out here (as in 0007) so that the schema text is the same on every run.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = """CREATE TABLE groep (
	id INTEGER NOT NULL,
	name VARCHAR(200) NOT NULL,
	"key" VARCHAR(200) NOT NULL,
	PRIMARY KEY (id),
	UNIQUE ("key")
)"""
STRIKES = """CREATE TABLE hygiene_strike_0009 (
	id INTEGER NOT NULL,
	{group_column},
	day DATE NOT NULL,
	room_id INTEGER,
	note VARCHAR NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(room_id) REFERENCES room (id){group_key}
)"""
SUSPENSIONS = """CREATE TABLE suspension_0009 (
	id INTEGER NOT NULL,
	{group_column},
	since DATE NOT NULL,
	until DATE NOT NULL,
	reason VARCHAR NOT NULL,
	PRIMARY KEY (id){group_key}
)"""
NEW_COLUMN = ("group_id INTEGER NOT NULL", ",\n\tFOREIGN KEY(group_id) REFERENCES groep (id)")
OLD_COLUMN = ("group_name VARCHAR(200) NOT NULL", "")
OTHER_COLUMNS = {"hygiene_strike": "id, day, room_id, note", "suspension": "id, since, until, reason"}


def _key(name: str) -> str:
    # the rule of domain.rooster.groups.group_key, copied: a migration must not change when the app's code does
    return " ".join(name.split()).casefold()


def upgrade() -> None:
    bind = op.get_bind()
    # PostgreSQL numbers new rows only for a SERIAL column; SQLite does so for any INTEGER PRIMARY KEY
    op.execute(GROUPS if bind.dialect.name == "sqlite" else GROUPS.replace("id INTEGER", "id SERIAL", 1))
    ids: dict[str, int] = {}
    for table in ("booking", "hygiene_strike", "suspension"):
        for (name,) in bind.execute(sa.text(f"SELECT group_name FROM {table} ORDER BY id")):
            key = _key(name)
            if key and key not in ids:
                display = " ".join(name.split())
                ids[key] = bind.execute(
                    sa.text('INSERT INTO groep (name, "key") VALUES (:name, :key) RETURNING id'),
                    {"name": display, "key": key},
                ).scalar_one()
    names = {
        table: list(bind.execute(sa.text(f"SELECT DISTINCT group_name FROM {table}")).scalars())
        for table in ("booking", "hygiene_strike", "suspension")
    }
    op.execute("ALTER TABLE booking ADD COLUMN group_id INTEGER REFERENCES groep (id)")
    _fill("booking", names["booking"], ids)
    op.execute("DROP INDEX ix_booking_group_name")
    op.execute("ALTER TABLE booking DROP COLUMN group_name")
    op.execute("CREATE INDEX ix_booking_group_id ON booking (group_id)")
    for table, create in (("hygiene_strike", STRIKES), ("suspension", SUSPENSIONS)):
        # the name becomes the id in a temporary column first, then the table is copied with the reference
        op.execute(f"ALTER TABLE {table} ADD COLUMN group_id INTEGER")
        _fill(table, names[table], ids)
        op.execute(f"DROP INDEX ix_{table}_group_name")
        _copy(table, create.format(group_column=NEW_COLUMN[0], group_key=NEW_COLUMN[1]), "group_id")
        op.execute(f"CREATE INDEX ix_{table}_group_id ON {table} (group_id)")


def _fill(table: str, names: list[str], ids: dict[str, int]) -> None:
    bind = op.get_bind()
    for name in names:
        if _key(name):
            bind.execute(
                sa.text(f"UPDATE {table} SET group_id = :id WHERE group_name = :name"),
                {"id": ids[_key(name)], "name": name},
            )


def _copy(table: str, create: str, group_column: str) -> None:
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL changes the table in place (and keeps the id sequence)
        dropped = "group_name" if group_column == "group_id" else "group_id"
        op.execute(f"ALTER TABLE {table} DROP COLUMN {dropped}")
        if group_column == "group_id":
            op.execute(f"ALTER TABLE {table} ALTER COLUMN group_id SET NOT NULL")
            op.execute(f"ALTER TABLE {table} ADD FOREIGN KEY (group_id) REFERENCES groep (id)")
        return
    columns = f"{OTHER_COLUMNS[table]}, {group_column}"
    op.execute(create)
    op.execute(f"INSERT INTO {table}_0009 ({columns}) SELECT {columns} FROM {table}")
    op.execute(f"DROP TABLE {table}")
    op.execute(f"ALTER TABLE {table}_0009 RENAME TO {table}")


def downgrade() -> None:
    names = "(SELECT name FROM groep WHERE groep.id = {table}.group_id)"
    op.execute("ALTER TABLE booking ADD COLUMN group_name VARCHAR(200) NOT NULL DEFAULT ''")
    op.execute(f"UPDATE booking SET group_name = coalesce({names.format(table='booking')}, '')")
    op.execute("DROP INDEX ix_booking_group_id")
    op.execute("ALTER TABLE booking DROP COLUMN group_id")
    op.execute("CREATE INDEX ix_booking_group_name ON booking (group_name)")
    for table, create in (("hygiene_strike", STRIKES), ("suspension", SUSPENSIONS)):
        op.execute(f"ALTER TABLE {table} ADD COLUMN group_name VARCHAR(200) NOT NULL DEFAULT ''")
        op.execute(f"UPDATE {table} SET group_name = {names.format(table=table)}")
        op.execute(f"DROP INDEX ix_{table}_group_id")
        _copy(table, create.format(group_column=OLD_COLUMN[0], group_key=OLD_COLUMN[1]), "group_name")
        op.execute(f"CREATE INDEX ix_{table}_group_name ON {table} (group_name)")
    op.execute("DROP TABLE groep")
