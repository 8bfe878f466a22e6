"""The tables. Each area of the app keeps its models in a module of its own here; importing that module registers
its tables on ``SQLModel.metadata``.

This package itself loads only the tables that every area refers to (settings, rooms, and the rooster's bookings and
groups), so a command or a tab builds the model classes of its own areas only: each class costs SQLModel about
2.5 ms to build, 0.13 s for all of them. ``load_all()`` registers every table (migrations, the demo's wipe).
"""

from sqlmodel import SQLModel

# No table model is ever validated or serialised by pydantic (SQLModel skips validation for tables, and we never
# call model_validate/model_dump), so its validator is not built at class creation: ~15 ms less at every start.
SQLModel.model_config["defer_build"] = True

from buurtzaak_desktop.db.models.common import Room, RoomPart, Setting  # noqa: E402 - after the setting above
from buurtzaak_desktop.db.models.rooster import (  # noqa: E402
    Booking,
    BookingSeries,
    ClosingDay,
    Group,
    HygieneStrike,
    SeriesException,
    Suspension,
    WeekendOpening,
)

__all__ = [
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


def load_all() -> None:
    """Register the tables of every area on ``SQLModel.metadata``."""
    from buurtzaak_desktop.db.models import (  # noqa: F401
        activiteiten,
        appointments,
        begroting,
        spreekuur,
        telefooncirkel,
        vrijwilligers,
        welzijn,
    )
