"""Writes src/buurtzaak_desktop/db/tables.py, the tables as SQLAlchemy Core, from the model classes.

    python tools/tables.py          # after changing a model (tests/test_tables.py says when)

The file holds names and column types only, so that a reader that must start fast (``buurtzaak check``) never
builds the model classes. See the docstring it writes.
"""

from __future__ import annotations

import keyword
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "src" / "buurtzaak_desktop" / "db" / "tables.py"

HEADER = '''"""The tables as they are stored, in SQLAlchemy Core: each table's name and its columns' names and types.

Written by ``python tools/tables.py`` from the model classes (db/models/); tests/test_tables.py fails when the two
differ. Do not edit by hand.

Why a second description of the schema: building the 64 model classes costs SQLModel and SQLAlchemy about 0.15 s of
processor time at every start; these tables cost about 0.02 s. ``buurtzaak check`` reads every area through them, as
plain rows, and so reads the data as it is on disk rather than as the models would present it. Writes go through
the models and the services, never through these tables.
"""

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, MetaData, Table, Time
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

metadata = MetaData()
'''

TYPE_NAMES = {
    "Integer": "Integer",
    "AutoString": "AutoString",
    "Date": "Date",
    "Boolean": "Boolean",
    "Time": "Time",
    "UTCDateTime": "UTCDateTime",
    "DateTime": "DateTime",
}


def source() -> str:
    """The text of db/tables.py for the models as they are now."""
    from sqlmodel import SQLModel

    from buurtzaak_desktop.db import models

    models.load_all()
    parts = [HEADER]
    for name, table in sorted(SQLModel.metadata.tables.items()):
        if keyword.iskeyword(name) or name in ("metadata", *TYPE_NAMES, "Column", "MetaData", "Table"):
            raise SystemExit(f"table {name!r} cannot be a name in db/tables.py")
        columns = "".join(f"    {_column(column)},\n" for column in table.columns)
        parts.append(f'\n{name} = Table(\n    "{name}",\n    metadata,\n{columns})\n')
    return "".join(parts)


def _column(column) -> str:  # type: ignore[no-untyped-def]
    type_name = TYPE_NAMES[type(column.type).__name__]  # a new column type: add it above and to HEADER's imports
    key = ", primary_key=True" if column.primary_key else ""
    return f'Column("{column.name}", {type_name}(){key})'


def main() -> None:
    TARGET.write_text(source(), encoding="utf-8")
    print(f"written: {TARGET}")


if __name__ == "__main__":
    main()
