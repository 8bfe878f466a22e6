"""The BHV check: is the beheerder named on an out-of-hours booking certified on that day?

The volunteers and staff list (Vrijwilligers tab) is the source: when it knows the person, the date of their
latest BHV certificate wins over a date typed on the booking. A name it does not know (e.g. a beheerder of a
partner organisation) is judged by the date typed on the booking.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlmodel import Session, col, func, select

from buurtzaak_desktop.db.models.vrijwilligers import CertificateType, Volunteer, VolunteerCertificate
from buurtzaak_desktop.domain.rooster.rules import bhv_valid

BhvLookup = Callable[[Session, str], date | None]
BHV = "BHV"


def volunteer_bhv_until(session: Session, name: str) -> date | None:
    """The latest BHV valid-until date of an active volunteer or staff member called ``name`` (no expiry:
    date.max); None when the list does not know the person or they hold no BHV certificate."""
    dates = session.exec(
        select(col(VolunteerCertificate.valid_until))
        .join(Volunteer, col(Volunteer.id) == VolunteerCertificate.volunteer_id)
        .join(CertificateType, col(CertificateType.id) == VolunteerCertificate.certificate_type_id)
        .where(
            CertificateType.name == BHV,
            func.lower(Volunteer.name) == name.lower(),
            Volunteer.status == "actief",
            col(Volunteer.archived).is_(False),
        )
    ).all()
    if not dates:
        return None
    return max(until or date.max for until in dates)


_lookups: list[BhvLookup] = [volunteer_bhv_until]


def register_bhv_lookup(lookup: BhvLookup) -> None:
    """Add another source of BHV certificates (name -> valid-until date, or None when unknown)."""
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
