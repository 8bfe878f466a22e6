"""Who may do what on a day: the certificates each role requires, who holds a valid certificate of a kind, and who
fills a place on a shift (domain.vrijwilligers.shifts).

Read through the Core tables (db/tables.py), not the model classes: ``buurtzaak check`` asks the same questions as
the tabs and must not build the models to do so. The tabs' services import these from here (and re-export them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.domain.vrijwilligers.shifts import Held, Unfit, unfit_reasons

_certificate = tables.volunteer_certificate.c
_type = tables.certificate_type.c
_volunteer = tables.volunteer.c


@dataclass(frozen=True)
class CertificateHolder:
    volunteer_id: int
    name: str
    is_staff: bool
    valid_until: date | None


def later(a: date | None, b: date | None) -> bool:
    """Is expiry ``a`` later than ``b``? None (never expires) is the latest."""
    return a is None or (b is not None and a > b)


def required_certificates(session: Session) -> dict[int, list[str]]:
    """Role id -> the names of the certificate types that role requires."""
    role_certificate = tables.role_certificate.c
    rows = session.execute(
        select(role_certificate.role_id, _type.name).join_from(
            tables.role_certificate, tables.certificate_type, _type.id == role_certificate.certificate_type_id
        )
    )
    result: dict[int, list[str]] = {}
    for role_id, name in rows:
        result.setdefault(role_id, []).append(name)
    return result


def valid_holders_in(session: Session, kind: str, on: date) -> list[CertificateHolder]:
    """Active volunteers and staff holding a ``kind`` certificate that is valid on ``on``."""
    rows = session.execute(
        select(_volunteer.id, _volunteer.name, _volunteer.is_staff, _certificate.valid_until, _certificate.obtained_on)
        .join_from(tables.volunteer, tables.volunteer_certificate, _certificate.volunteer_id == _volunteer.id)
        .join(tables.certificate_type, _type.id == _certificate.certificate_type_id)
        .where(_type.name == kind, _volunteer.status == "actief", _volunteer.archived.is_(False))
    )
    holders: dict[int, CertificateHolder] = {}
    for volunteer_id, name, is_staff, until, obtained in rows:
        if (until is not None and until < on) or (obtained is not None and obtained > on):
            continue
        holder = CertificateHolder(volunteer_id, name, is_staff, until)
        current = holders.get(volunteer_id)
        if current is None or later(until, current.valid_until):
            holders[volunteer_id] = holder
    return sorted(holders.values(), key=lambda holder: holder.name)


class Fitness:
    """What tells who fills a place on which day, read once: the roles' required certificates, the volunteers'
    status and certificates (of ``volunteer_ids``, or everyone)."""

    def __init__(self, session: Session, volunteer_ids: set[int] | None = None) -> None:
        self.required = required_certificates(session)
        people = select(_volunteer.id, _volunteer.status, _volunteer.status_date)
        certificates = select(
            _certificate.volunteer_id, _type.name, _certificate.obtained_on, _certificate.valid_until
        ).join_from(tables.volunteer_certificate, tables.certificate_type, _type.id == _certificate.certificate_type_id)
        if volunteer_ids is not None:
            people = people.where(_volunteer.id.in_(volunteer_ids))
            certificates = certificates.where(_certificate.volunteer_id.in_(volunteer_ids))
        self.status = {vid: (status, since) for vid, status, since in session.execute(people)}
        self.held: dict[int, list[Held]] = {}
        for volunteer_id, name, obtained, until in session.execute(certificates):
            self.held.setdefault(volunteer_id, []).append(Held(name, obtained, until))

    def reasons(self, volunteer_id: int, role_id: int, day: date) -> tuple[Unfit, ...]:
        status, since = self.status.get(volunteer_id, ("actief", None))
        return unfit_reasons(status, since, self.required.get(role_id, []), self.held.get(volunteer_id, []), day)
