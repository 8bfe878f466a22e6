"""All tables. Importing this package registers every model on ``SQLModel.metadata``.

Each area of the app keeps its models in a module of its own here.
"""

from buurtzaak_desktop.db.models import (  # noqa: F401 - area tables
    activiteiten,
    begroting,
    spreekuur,
    telefooncirkel,
    vrijwilligers,
)
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
]
