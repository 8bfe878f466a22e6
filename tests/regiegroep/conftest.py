"""The regiegroep tests build their datasets with the areas' own fixtures."""

from tests.activiteiten.conftest import room_id, yoga  # noqa: F401 - a room and Yoga with four participants
from tests.rooster.conftest import booker, rooms  # noqa: F401 - the rooster's rooms and booking helper
from tests.spreekuur.conftest import partners, themes, zoe  # noqa: F401 - themes, partners, a resident
from tests.telefooncirkel.conftest import circle  # noqa: F401 - a circle of three participants and two volunteers
