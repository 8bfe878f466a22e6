"""The BHV check hook. Until the volunteers area keeps BHV certificates, a booking names a person and a date.

The volunteers area registers a lookup: ``register_bhv_lookup(lambda session, name: valid_until_or_None)``.
When a lookup is registered and knows the person, its date wins over the date typed on the booking.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlmodel import Session

from buurtzaak_desktop.domain.rooster.rules import bhv_valid

BhvLookup = Callable[[Session, str], date | None]
_lookups: list[BhvLookup] = []


def register_bhv_lookup(lookup: BhvLookup) -> None:
    """Add a source of BHV certificates (name -> valid-until date, or None when unknown)."""
    if lookup not in _lookups:
        _lookups.append(lookup)


def bhv_ok(session: Session, name: str, typed_valid_until: date | None, day: date) -> bool:
    """Is ``name`` a beheerder with a BHV certificate valid on ``day``?"""
    valid_until = typed_valid_until
    for lookup in _lookups:
        found = lookup(session, name.strip())
        if found is not None:
            valid_until = found
            break
    return bhv_valid(name, valid_until, day)
