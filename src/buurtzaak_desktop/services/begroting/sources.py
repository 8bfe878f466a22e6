"""Actuals that flow in from other tabs, so that nobody types them twice.

A budget line with a ``source`` receives, on top of the entries typed on it, what the area behind that source
reports for the year. An area offers this with a module named in ``SOURCES`` holding

    def budget_actual_cents(session: Session, year: int) -> int

(for room rent: what paid bookings brought in; for handgeld: the allowances paid to volunteers). Until an area
provides its module, the line simply shows what was typed on it.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

from sqlmodel import Session

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

ROOM_RENT = "room_rent"
HANDGELD = "handgeld"
SOURCES = {
    ROOM_RENT: "buurtzaak_desktop.services.rooster.budget",
    HANDGELD: "buurtzaak_desktop.services.vrijwilligers.budget",
}
SOURCE_LABELS = {
    ROOM_RENT: QT_TRANSLATE_NOOP("core", "zaalhuur uit het Rooster"),
    HANDGELD: QT_TRANSLATE_NOOP("core", "handgeld uit Vrijwilligers"),
}

Provider = Callable[[Session, int], int]


def provider(source: str) -> Provider | None:
    module_name = SOURCES.get(source)
    if not module_name:
        return None
    try:
        if importlib.util.find_spec(module_name) is None:
            return None
    except ModuleNotFoundError:  # the area's package does not exist yet
        return None
    return getattr(importlib.import_module(module_name), "budget_actual_cents", None)


def linked_actual_cents(session: Session, source: str, year: int) -> int:
    found = provider(source) if source else None
    return int(found(session, year)) if found else 0
