"""Roles and certificate types are data; the defaults are created once, the centre may add its own."""

from __future__ import annotations

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import CertificateType, RoleCertificate, VolunteerRole
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.vrijwilligers.people import (
    DEFAULT_CERTIFICATE_TYPES,
    DEFAULT_ROLE_CERTIFICATES,
    DEFAULT_ROLES,
)


def ensure_reference_data(session: Session) -> None:
    """Create the default roles and certificate types when there are none yet (a new or emptied file)."""
    if session.exec(select(VolunteerRole.id).limit(1)).first() is None:
        session.add_all(VolunteerRole(name=name) for name in DEFAULT_ROLES)
    if session.exec(select(CertificateType.id).limit(1)).first() is None:
        session.add_all(
            CertificateType(name=name, description=text, valid_years=years)
            for name, text, years in DEFAULT_CERTIFICATE_TYPES
        )
        session.flush()
        roles = role_ids(session)
        types = certificate_type_ids(session)
        for role, names in DEFAULT_ROLE_CERTIFICATES.items():
            for name in names:
                if role in roles and name in types:
                    session.add(RoleCertificate(role_id=roles[role], certificate_type_id=types[name]))
    session.flush()


def role_ids(session: Session) -> dict[str, int]:
    return {role.name: role.id for role in session.exec(select(VolunteerRole)) if role.id is not None}


def certificate_type_ids(session: Session) -> dict[str, int]:
    return {kind.name: kind.id for kind in session.exec(select(CertificateType)) if kind.id is not None}


def role_names(database: Database) -> list[str]:
    with database.reading() as session:
        return sorted(role_ids(session))


def certificate_type_names(database: Database) -> list[str]:
    with database.reading() as session:
        return sorted(certificate_type_ids(session))


def resolve_role(session: Session, name: str, known: dict[str, int] | None = None) -> int:
    roles = known if known is not None else role_ids(session)
    wanted = name.strip().lower()
    for role, role_id in roles.items():
        if role.lower() == wanted or role.lower().split("/")[0] == wanted:
            return role_id
    raise InputError(
        QT_TRANSLATE_NOOP("core", "Onbekende rol '{name}'. Bekende rollen: {known}."),
        name=name.strip(),
        known=", ".join(sorted(roles)),
    )


def resolve_certificate_type(session: Session, name: str, known: dict[str, int] | None = None) -> int:
    types = known if known is not None else certificate_type_ids(session)
    for kind, kind_id in types.items():
        if kind.lower() == name.strip().lower():
            return kind_id
    raise InputError(
        QT_TRANSLATE_NOOP("core", "Onbekend certificaat '{name}'. Bekende certificaten: {known}."),
        name=name.strip(),
        known=", ".join(sorted(types)),
    )


def required_certificates(session: Session) -> dict[int, list[str]]:
    """Role id -> the names of the certificate types that role requires."""
    rows = session.exec(
        select(RoleCertificate.role_id, CertificateType.name).join(
            CertificateType, col(CertificateType.id) == RoleCertificate.certificate_type_id
        )
    )
    result: dict[int, list[str]] = {}
    for role_id, name in rows:
        result.setdefault(role_id, []).append(name)
    return result
