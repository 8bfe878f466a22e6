"""Demo data: a believable De Buurtzaak for newcomers (small) and ten years of it for benchmarks (large).

Each area of the app adds a module here with ``generate(demo: DemoContext) -> dict[str, int]``, listed in
``_area_generators`` in the order they build on each other.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from sqlalchemy import delete, func, select
from sqlmodel import Session, SQLModel

import buurtzaak_desktop.db.models  # noqa: F401 - every table on the metadata
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, RuleViolation

log = logging.getLogger(__name__)

Scale = Literal["small", "large"]
# Tables that hold configuration rather than the centre's data: they do not make a folder "non-empty".
CONFIG_TABLES = frozenset({"setting", "alembic_version"})


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


def is_empty(session: Session) -> bool:
    for table in SQLModel.metadata.sorted_tables:
        if table.name in CONFIG_TABLES:
            continue
        if session.execute(select(func.count()).select_from(table)).scalar_one():
            return False
    return True


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
                    folder=str(database.path.parent),
                )
            _clear(session)
        demo = DemoContext(session=session, rng=random.Random(seed), scale=scale, today=today or clock.today())
        for generate in _area_generators():
            counts.update(generate(demo))
            session.flush()
    _apply_retention(database, demo.today)
    log.info("demo data generated: scale=%s counts=%s", scale, counts)
    return counts


def _area_generators() -> tuple[Callable[[DemoContext], dict[str, int]], ...]:
    # Imported here, not at the top: each area module imports DemoContext from this package.
    from buurtzaak_desktop.services.demo import (
        activiteiten,
        begroting,
        kas,
        rooms,
        rooster,
        spreekuur,
        telefooncirkel,
        vrijwilligers,
    )

    return (
        rooms.generate,
        vrijwilligers.generate,
        rooster.generate,
        activiteiten.generate,
        spreekuur.generate,
        begroting.generate,
        kas.generate,
        telefooncirkel.generate,  # last: it draws from the same random stream without shifting the others
    )


def _apply_retention(database: Database, today: date) -> None:
    """The demo is a centre that has run for years, so its retention has done its work: a first start has no
    anonymisation to announce."""
    from buurtzaak_desktop.services.spreekuur.privacy import anonymise_expired
    from buurtzaak_desktop.services.vrijwilligers.privacy import anonymise_due

    anonymise_expired(database, today)
    anonymise_due(database, today)
