"""The regiegroep tests build their datasets with the areas' own fixtures."""

from tests.rooster.conftest import booker, rooms  # noqa: F401 - the rooster's rooms and booking helper
