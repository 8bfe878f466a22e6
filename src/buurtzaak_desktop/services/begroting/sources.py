"""Actuals that flow in from other tabs, so that nobody types them twice.

A budget line with a ``source`` receives, on top of the entries typed on it, what the area behind that source
reports for the year. An area offers this with a function, named in ``provider``,

    def budget_actual_cents(session: Session, year: int, until: date | None = None) -> int

(for room rent: what paid bookings brought in; for handgeld: what the petty cash (kleine kas) spent; for the
vrijwilligersvergoeding: the allowances paid to volunteers; for the initiatives fund: the payments to
bewonersinitiatieven).

The as-of rule is the same for every source: with ``until``, only what is dated on or before that day counts (a
booking by its day, a payment by its date or month), so a past month's figures stay the same however much later
data comes in. ``linked_actual_cents`` clamps ``until`` to the year's last day and hands it to the source; None
keeps the source's own "so far" (e.g. room rent of bookings that have taken place by today).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlmodel import Session

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

ROOM_RENT = "room_rent"
HANDGELD = "handgeld"  # the petty cash (kleine kas) of the Begroting tab
VERGOEDING = "vrijwilligersvergoeding"  # the allowance paid to volunteers
INITIATIVES = "initiatieven"  # payments to bewonersinitiatieven from the fund
SOURCES = (ROOM_RENT, HANDGELD, VERGOEDING, INITIATIVES)
SOURCE_LABELS = {
    ROOM_RENT: QT_TRANSLATE_NOOP("core", "zaalhuur uit het Rooster"),
    HANDGELD: QT_TRANSLATE_NOOP("core", "handgeld uit de kleine kas"),
    VERGOEDING: QT_TRANSLATE_NOOP("core", "vrijwilligersvergoeding uit Vrijwilligers"),
    INITIATIVES: QT_TRANSLATE_NOOP("core", "betalingen aan bewonersinitiatieven"),
}

Provider = Callable[[Session, int, date | None], int]


def provider(source: str) -> Provider | None:
    """The source's ``budget_actual_cents``, looked up on each call (a test may replace it).

    Imported here, not at the top, and only the one asked for: the area modules import this one for the source
    names, and ``buurtzaak check`` asks for the initiatives fund without loading the other areas' models."""
    if source == INITIATIVES:
        from buurtzaak_desktop.services.begroting import initiative_totals as module
    elif source == HANDGELD:
        from buurtzaak_desktop.services.begroting import kas_totals as module  # type: ignore[no-redef]
    elif source == ROOM_RENT:
        from buurtzaak_desktop.services.rooster import budget as module  # type: ignore[no-redef]
    elif source == VERGOEDING:
        from buurtzaak_desktop.services.vrijwilligers import budget as module  # type: ignore[no-redef]
    else:
        return None
    found: Provider = module.budget_actual_cents
    return found


def linked_actual_cents(session: Session, source: str, year: int, until: date | None = None) -> int:
    """What ``source`` brings in for ``year``, dated on or before ``until`` (None: the source's own 'so far')."""
    found = provider(source) if source else None
    if found is None:
        return 0
    return int(found(session, year, None if until is None else min(until, date(year, 12, 31))))
