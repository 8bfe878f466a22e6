"""Certificates with an expiry date: the 60-day list, the BHV holders, and the block after expiry."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import CertificateType, Volunteer, VolunteerCertificate
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.vrijwilligers.certificates import (
    WARNING_DAYS,
    CertificateState,
    certificate_state,
    missing_certificates,
)
from buurtzaak_desktop.services.settings import read_setting
from buurtzaak_desktop.services.vrijwilligers.qualified import CertificateHolder, later, valid_holders_in
from buurtzaak_desktop.services.vrijwilligers.reference import required_certificates, resolve_certificate_type
from buurtzaak_desktop.services.vrijwilligers.volunteers import get_in

log = logging.getLogger(__name__)
WARNING_SETTING = "certificate_warning_days"


@dataclass(frozen=True)
class CertificateRow:
    id: int
    volunteer_id: int
    volunteer_name: str
    certificate: str
    valid_until: date | None
    state: CertificateState


def warning_days(session: Session) -> int:
    return int(read_setting(session, WARNING_SETTING, WARNING_DAYS))


def add_certificate(
    database: Database, volunteer_id: int, kind: str, valid_until: date | None, obtained_on: date | None = None
) -> int:
    with database.transaction() as session:
        return add_in(session, volunteer_id, kind, valid_until, obtained_on)


def add_in(
    session: Session, volunteer_id: int, kind: str, valid_until: date | None, obtained_on: date | None = None
) -> int:
    get_in(session, volunteer_id)
    if valid_until is not None and obtained_on is not None and valid_until < obtained_on:
        raise InputError(QT_TRANSLATE_NOOP("core", "De geldigheidsdatum ligt vóór de datum van afgifte."))
    row = VolunteerCertificate(
        volunteer_id=volunteer_id,
        certificate_type_id=resolve_certificate_type(session, kind),
        valid_until=valid_until,
        obtained_on=obtained_on,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    log.info("certificate added: id=%s volunteer=%s", row.id, volunteer_id)
    return row.id


def remove_certificate(database: Database, certificate_id: int) -> None:
    with database.transaction() as session:
        row = session.get(VolunteerCertificate, certificate_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Dit certificaat bestaat niet (meer)."))
        session.delete(row)


def renew_certificate(database: Database, certificate_id: int, valid_until: date | None) -> None:
    """Give one certificate a new expiry date (None: it no longer expires); the old date is replaced."""
    with database.transaction() as session:
        row = session.get(VolunteerCertificate, certificate_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Dit certificaat bestaat niet (meer)."))
        if valid_until is not None and row.obtained_on is not None and valid_until < row.obtained_on:
            raise InputError(QT_TRANSLATE_NOOP("core", "De geldigheidsdatum ligt vóór de datum van afgifte."))
        row.valid_until = valid_until
        session.add(row)
        log.info("certificate renewed: id=%s volunteer=%s", certificate_id, row.volunteer_id)


def warning_window(database: Database) -> int:
    """The number of days before expiry from which a certificate is flagged (a setting, default 60)."""
    with database.reading() as session:
        return warning_days(session)


def held_in(session: Session, volunteer_id: int) -> dict[str, date | None]:
    """Certificate name -> the latest expiry the volunteer holds (None: never expires)."""
    held: dict[str, date | None] = {}
    rows = session.exec(
        select(CertificateType.name, col(VolunteerCertificate.valid_until))
        .join(CertificateType, col(CertificateType.id) == VolunteerCertificate.certificate_type_id)
        .where(VolunteerCertificate.volunteer_id == volunteer_id)
    )
    for name, until in rows:
        if name not in held or later(until, held[name]):
            held[name] = until
    return held


def certificates_of(database: Database, volunteer_id: int, on: date) -> list[CertificateRow]:
    with database.reading() as session:
        volunteer = get_in(session, volunteer_id)
        days = warning_days(session)
        rows = session.exec(
            select(VolunteerCertificate, CertificateType.name)
            .join(CertificateType, col(CertificateType.id) == VolunteerCertificate.certificate_type_id)
            .where(VolunteerCertificate.volunteer_id == volunteer_id)
            .order_by(col(CertificateType.name), col(VolunteerCertificate.valid_until))
        )
        return [_row(cert, name, volunteer, on, days) for cert, name in rows]


def _row(cert: VolunteerCertificate, name: str, volunteer: Volunteer, on: date, days: int) -> CertificateRow:
    assert cert.id is not None
    return CertificateRow(
        id=cert.id,
        volunteer_id=cert.volunteer_id,
        volunteer_name=volunteer.name,
        certificate=name,
        valid_until=cert.valid_until,
        state=certificate_state(cert.valid_until, on, days),
    )


def expiring_certificates(database: Database, on: date) -> list[CertificateRow]:
    """What expires within the warning window, and what has expired, for volunteers not archived.

    Only the latest certificate of each type per volunteer counts: a renewed VOG hides the old one.
    """
    with database.reading() as session:
        return expiring_in(session, on)


def expiring_in(session: Session, on: date, as_it_stood: bool = False) -> list[CertificateRow]:
    """With ``as_it_stood`` the list as it was on ``on`` (a past month's pack): certificates obtained later do not
    hide an expired one, and a volunteer who stopped after ``on`` still counts."""
    days = warning_days(session)
    query = (
        select(VolunteerCertificate, CertificateType.name, Volunteer)
        .join(CertificateType, col(CertificateType.id) == VolunteerCertificate.certificate_type_id)
        .join(Volunteer, col(Volunteer.id) == VolunteerCertificate.volunteer_id)
    )
    if as_it_stood:
        query = query.where(
            col(Volunteer.archived).is_(False) | (col(Volunteer.status_date) > on),
            col(VolunteerCertificate.obtained_on).is_(None) | (col(VolunteerCertificate.obtained_on) <= on),
        )
    else:
        query = query.where(col(Volunteer.archived).is_(False))
    rows = session.exec(query)
    latest: dict[tuple[int, str], CertificateRow] = {}
    for cert, name, volunteer in rows:
        row = _row(cert, name, volunteer, on, days)
        key = (row.volunteer_id, name)
        current = latest.get(key)
        if current is None or later(row.valid_until, current.valid_until):
            latest[key] = row
    flagged = [row for row in latest.values() if row.state is not CertificateState.VALID]
    return sorted(flagged, key=lambda row: (row.valid_until or date.max, row.volunteer_name))


def bhv_holders(database: Database, on: date) -> list[CertificateHolder]:
    """The volunteers and staff with a valid BHV on ``on``: the Rooster offers them for out-of-hours bookings."""
    with database.reading() as session:
        return valid_holders_in(session, "BHV", on)


def check_role_certificates(
    session: Session, volunteer_id: int, role_id: int, role_name: str, on: date
) -> list[tuple[str, date]]:
    """Refuse when a certificate the role requires is missing or expired on ``on``; return warnings otherwise.

    Inside the warning window the volunteer may still be scheduled: the warnings are (certificate, expiry date).
    """
    volunteer = get_in(session, volunteer_id)
    required = required_certificates(session).get(role_id, [])
    held = held_in(session, volunteer_id)
    missing = missing_certificates(required, held, on)
    if missing:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core", "{name} kan niet worden ingezet voor {role}: {certificates} ontbreekt of is verlopen."
            ),
            name=volunteer.name,
            role=role_name,
            certificates=", ".join(missing),
        )
    days = warning_days(session)
    warnings: list[tuple[str, date]] = []
    for name in required:
        until = held[name]
        if until is not None and certificate_state(until, on, days) is CertificateState.EXPIRING:
            warnings.append((name, until))
    return warnings
