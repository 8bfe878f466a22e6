"""Demo data: a believable De Buurtzaak for newcomers (small) and ten years of it for benchmarks (large).

Each area of the app adds a module here with ``generate(demo: DemoContext) -> dict[str, int]``, listed in
``_area_generators`` in the order they build on each other.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import Table, delete, insert
from sqlmodel import Session, SQLModel

from buurtzaak_desktop.db.content import CONFIG_TABLES, is_empty
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import load_all
from buurtzaak_desktop.db.portable import resync_sequences
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, RuleViolation

log = logging.getLogger(__name__)
load_all()  # every table on the metadata: _clear goes through all of them

Scale = Literal["small", "large"]


@dataclass
class DemoContext:
    session: Session
    rng: random.Random
    scale: Scale
    today: date
    # Areas leave what later areas need here (e.g. "rooms": {name: id}).
    shared: dict[str, object] = field(default_factory=dict)

    @property
    def years(self) -> int:
        return 10 if self.scale == "large" else 1


def insert_rows(session: Session, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert plain rows of ``model``'s table with one executemany, storing what an ORM bulk insert would store.

    The ORM's bulk insert leaves a None out of a row, so rows with and without a value in a nullable column went in
    as separate statements (tens of thousands for the large demo), and it builds a parameter dictionary per row. Here
    every row gets the same columns: a missing value or None becomes the column's Python default as the ORM would
    leave it to, else NULL, and values go through the column type's own conversion (dates and times as SQLAlchemy
    stores them) straight to SQLite (or the server)."""
    if not rows:
        return
    table: Table = model.__table__  # type: ignore[attr-defined]
    keys = {key for row in rows for key in row}
    columns: list[tuple[str, object, Callable[[Any], Any] | None]] = []
    names: list[str] = []
    dialect = session.get_bind().dialect
    for column in table.columns:
        default = column.default
        computed = column.server_default is not None or (default is not None and not default.is_scalar)
        if column.key not in keys and default is None:
            continue  # left out, as the ORM leaves it out: SQLite's own default, or NULL
        if computed and any(row.get(column.key) is None for row in rows):
            session.execute(insert(model), rows)  # a default only SQLite or a function gives: the ORM's way
            return
        convert = column.type.dialect_impl(dialect).bind_processor(dialect)
        fill = default.arg if default is not None and default.is_scalar else None  # type: ignore[attr-defined]
        columns.append((column.key, fill if convert is None or fill is None else convert(fill), convert))
        names.append(column.name)
    values = list(zip(*(_column_values(rows, *column) for column in columns), strict=True))
    quote = dialect.identifier_preparer
    mark = "?" if dialect.paramstyle == "qmark" else "%s"  # SQLite's or psycopg's placeholder
    listed, marks = ", ".join(map(quote.quote, names)), ", ".join(mark for _ in names)
    session.connection().exec_driver_sql(f"INSERT INTO {quote.format_table(table)} ({listed}) VALUES ({marks})", values)


def _column_values(
    rows: Sequence[Mapping[str, Any]], key: str, fill: object, convert: Callable[[Any], Any] | None
) -> list[Any]:
    """One column's values over all rows: a list per column, measured a quarter faster than a tuple per row."""
    if convert is not None:
        return [fill if (value := row.get(key)) is None else convert(value) for row in rows]
    if fill is not None:
        return [fill if (value := row.get(key)) is None else value for row in rows]
    return [row.get(key) for row in rows]


def _clear(session: Session) -> None:
    for table in reversed(SQLModel.metadata.sorted_tables):
        if table.name not in CONFIG_TABLES:
            session.execute(delete(table))


def generate_demo(
    database: Database, scale: Scale = "small", seed: int = 2026, today: date | None = None, force: bool = False
) -> dict[str, int]:
    """Fill the database with demo data in one transaction; returns counts per kind of record."""
    counts: dict[str, int] = {}
    with database.transaction() as session:
        if not is_empty(session):
            if not force:
                raise RuleViolation(
                    QT_TRANSLATE_NOOP(
                        "core", "De gegevensmap {folder} bevat al gegevens. Gebruik --force om ze te vervangen."
                    ),
                    folder=database.location if database.on_server else str(database.path.parent),
                )
            _clear(session)
        demo = DemoContext(session=session, rng=random.Random(seed), scale=scale, today=today or clock.today())
        for generate in _area_generators():
            counts.update(generate(demo))
            session.flush()
            resync_sequences(session)  # rows came with their ids; the next area adds rows through the services
    _apply_retention(database, demo.today)
    log.info("demo data generated: scale=%s counts=%s", scale, counts)
    return counts


def _area_generators() -> tuple[Callable[[DemoContext], dict[str, int]], ...]:
    # Imported here, not at the top: each area module imports DemoContext from this package.
    from buurtzaak_desktop.services.demo import (
        activiteiten,
        appointments,
        begroting,
        kas,
        rooms,
        rooster,
        spreekuur,
        spreekuur_method,
        telefooncirkel,
        vrijwilligers,
        welzijn,
    )

    return (
        rooms.generate,
        vrijwilligers.generate,
        rooster.generate,
        activiteiten.generate,
        spreekuur.generate,
        begroting.generate,
        kas.generate,
        telefooncirkel.generate,  # late: it draws from the same random stream without shifting the others
        welzijn.generate,  # after it, for the same reason
        appointments.generate,  # after it, for the same reason; they need the rooms, volunteers and trajecten
        spreekuur_method.generate,  # after it, for the same reason
    )


def _apply_retention(database: Database, today: date) -> None:
    """The demo is a centre that has run for years, so its retention has done its work: a first start has no
    anonymisation to announce."""
    from buurtzaak_desktop.services.spreekuur.privacy import anonymise_expired
    from buurtzaak_desktop.services.vrijwilligers.privacy import anonymise_due

    anonymise_expired(database, today)
    anonymise_due(database, today)
