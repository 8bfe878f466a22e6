"""Regulars who stopped coming deserve a phone call (DOMAIN.md §3, after 003_...)."""

from __future__ import annotations

from collections.abc import Sequence

DEFAULT_MISSED_SESSIONS = 3
CAME_VIA_CHOICES = (
    "warm contact",
    "buren of familie",
    "flyer of poster",
    "website of social media",
    "zelf binnengelopen",
    "anders",
)


def missed_last(attended: Sequence[bool], n: int) -> bool:
    """Did the person miss each of the last ``n`` held sessions? ``attended`` is oldest first.

    Only someone who attended at least once before (a regular) counts: a new registration that never came is a
    different conversation.
    """
    if n <= 0 or len(attended) < n:
        return False
    return not any(attended[-n:]) and any(attended[:-n])
