"""The tables. Each area of the app keeps its models in a module of its own here; importing that module registers
its tables on ``SQLModel.metadata``.

Each class costs SQLModel about 2.5 ms to build, 0.15 s for all of them, so nothing is built until it is asked for:
``from buurtzaak_desktop.db.models import Booking`` loads the rooster's module (and the rooms, ``common``) at that
moment, and a command or a tab builds the classes of its own areas only. ``load_all()`` registers every table
(migrations, the demo's wipe). ``buurtzaak check`` builds none: it reads through db/tables.py.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from sqlmodel import SQLModel

# No table model is ever validated or serialised by pydantic (SQLModel skips validation for tables, and we never
# call model_validate/model_dump), so its validator is not built at class creation: ~15 ms less at every start.
SQLModel.model_config["defer_build"] = True

if TYPE_CHECKING:
    from buurtzaak_desktop.db.models.common import Room, RoomPart, Setting
    from buurtzaak_desktop.db.models.rooster import (
        Booking,
        BookingSeries,
        ClosingDay,
        Group,
        HygieneStrike,
        SeriesException,
        Suspension,
        WeekendOpening,
    )

# The names every area refers to, and the module that builds each.
_HOMES = {
    "Room": "common",
    "RoomPart": "common",
    "Setting": "common",
    "Booking": "rooster",
    "BookingSeries": "rooster",
    "ClosingDay": "rooster",
    "Group": "rooster",
    "HygieneStrike": "rooster",
    "SeriesException": "rooster",
    "Suspension": "rooster",
    "WeekendOpening": "rooster",
}

__all__ = [  # the classes are built on first use, through __getattr__
    "Booking",
    "BookingSeries",
    "ClosingDay",
    "Group",
    "HygieneStrike",
    "Room",
    "RoomPart",
    "SeriesException",
    "Setting",
    "Suspension",
    "WeekendOpening",
    "load_all",
]


def __getattr__(name: str) -> Any:
    """Builds a shared class on first use (PEP 562)."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)


def load_all() -> None:
    """Register the tables of every area on ``SQLModel.metadata``."""
    for area in (
        "common",
        "rooster",
        "activiteiten",
        "appointments",
        "begroting",
        "spreekuur",
        "spreekuur_method",
        "telefooncirkel",
        "vrijwilligers",
        "welzijn",
    ):
        import_module(f"{__name__}.{area}")
