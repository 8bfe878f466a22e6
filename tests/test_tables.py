"""db/tables.py (the tables in SQLAlchemy Core, for fast readers) stays the schema of the models, and reading
through it gives the same values as the models."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import date, time
from pathlib import Path

from sqlalchemy import select

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.paths import DataPaths

GENERATOR = Path(__file__).resolve().parents[1] / "tools" / "tables.py"


def _generated_source() -> str:
    spec = importlib.util.spec_from_file_location("tables_tool", GENERATOR)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return str(tool.source())


def test_db_tables_is_what_tools_tables_writes_from_the_models() -> None:
    # fails after a model change until ``python tools/tables.py`` is run
    assert Path(tables.__file__).read_text(encoding="utf-8") == _generated_source()


def test_every_model_table_and_column_is_in_db_tables() -> None:
    from sqlmodel import SQLModel

    from buurtzaak_desktop.db import models

    models.load_all()
    for name, table in SQLModel.metadata.tables.items():
        light = tables.metadata.tables[name]
        assert [(c.name, type(c.type)) for c in light.columns] == [(c.name, type(c.type)) for c in table.columns]


def test_reading_through_db_tables_gives_typed_values(database: Database) -> None:
    with database.transaction() as session:
        room = Room(name="Proefruimte", capacity=12)
        session.add(room)
        session.flush()
        session.add(Booking(room_id=room.id, day=date(2026, 12, 9), start=time(19), end=time(20, 30), title="Proef"))
    with database.reading() as session:
        row = session.execute(
            select(tables.booking.c.day, tables.booking.c.start, tables.booking.c.status, tables.room.c.capacity)
            .join(tables.room, tables.room.c.id == tables.booking.c.room_id)
            .where(tables.booking.c.title == "Proef")
        ).one()
    assert tuple(row) == (date(2026, 12, 9), time(19), "live", 12)


def test_opening_a_database_builds_no_model_class(tmp_path: Path) -> None:
    open_database(DataPaths(tmp_path)).close()  # made and migrated here (migrations load every model)
    code = (
        "import sys; from pathlib import Path\n"
        "from buurtzaak_desktop.db.migrate import open_database\n"
        "from buurtzaak_desktop.paths import DataPaths\n"
        f"open_database(DataPaths(Path({str(tmp_path)!r}))).close()\n"
        "print(*sorted(m for m in sys.modules if m.startswith('buurtzaak_desktop.db.models.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["buurtzaak_desktop.db.models.versioned"]  # the mixin, no table
