"""The Rooster's status words as enums: a booking's status, a series edit's scope, the tariff.

The values are the strings the database stores (``booking.status``, ``booking.tariff``), so a row read back compares
equal to its member (``StrEnum``) and no migration is needed. The UI shows them through its own Dutch labels.
"""

from __future__ import annotations

from enum import StrEnum


class BookingStatus(StrEnum):
    LIVE = "live"
    CANCELLED = "cancelled"  # kept as history, never deleted


class Scope(StrEnum):
    """Which occurrences of a series an edit or a cancellation touches."""

    THIS = "this"
    FOLLOWING = "following"  # this one and the later ones
    ALL = "all"


class Tariff(StrEnum):
    FREE = "free"
    NON_COMMERCIAL = "non_commercial"
    COMMERCIAL = "commercial"
