"""Actuals that flow in from other tabs, so that nobody types them twice.

A budget line with a ``source`` receives, on top of the entries typed on it, what the area behind that source
reports for the year. An area offers this with a module named in ``SOURCES`` holding

    def budget_actual_cents(session: Session, year: int, until: date | None = None) -> int

(for room rent: what paid bookings brought in; for handgeld: what the petty cash (kleine kas) spent; for the
vrijwilligersvergoeding: the allowances paid to volunteers; for the initiatives fund: the payments to
bewonersinitiatieven), counting only what happened up to ``until`` when it is given. Until an area provides its
module, the line simply shows what was typed on it.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

from sqlmodel import Session

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

ROOM_RENT = "room_rent"
HANDGELD = "handgeld"  # the petty cash (kleine kas) of the Begroting tab
VERGOEDING = "vrijwilligersvergoeding"  # the allowance paid to volunteers
INITIATIVES = "initiatieven"  # payments to bewonersinitiatieven from the fund
SOURCES = {
    ROOM_RENT: "buurtzaak_desktop.services.rooster.budget",
    HANDGELD: "buurtzaak_desktop.services.begroting.kas",
    VERGOEDING: "buurtzaak_desktop.services.vrijwilligers.budget",
    INITIATIVES: "buurtzaak_desktop.services.begroting.initiatives",
}
SOURCE_LABELS = {
    ROOM_RENT: QT_TRANSLATE_NOOP("core", "zaalhuur uit het Rooster"),
    HANDGELD: QT_TRANSLATE_NOOP("core", "handgeld uit de kleine kas"),
    VERGOEDING: QT_TRANSLATE_NOOP("core", "vrijwilligersvergoeding uit Vrijwilligers"),
    INITIATIVES: QT_TRANSLATE_NOOP("core", "betalingen aan bewonersinitiatieven"),
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
