"""Regulars who stopped coming deserve a phone call (DOMAIN.md §3, after 003_...)."""

from __future__ import annotations

DEFAULT_MISSED_SESSIONS = 3
CAME_VIA_CHOICES = (
    "warm contact",
    "buren of familie",
    "flyer of poster",
    "website of social media",
    "zelf binnengelopen",
    "anders",
)
