"""Roles and certificate types are data; the defaults are created once, the centre may add its own."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import CertificateType, RoleCertificate, VolunteerRole
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.vrijwilligers.people import (
    DEFAULT_CERTIFICATE_TYPES,
    DEFAULT_ROLE_CERTIFICATES,
    DEFAULT_ROLES,
)
from buurtzaak_desktop.services.vrijwilligers.qualified import required_certificates

log = logging.getLogger(__name__)
NAME_LENGTH = 60  # the column's max_length
MAX_VALID_YEARS = 50


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


# --- Managing roles and certificate types (the coordinator adds them in the tab) ----------------------------


@dataclass(frozen=True)
class RoleRow:
    id: int
    name: str
    certificates: tuple[str, ...]


@dataclass(frozen=True)
class CertificateTypeRow:
    id: int
    name: str
    description: str
    valid_years: int | None


def list_roles(database: Database) -> list[RoleRow]:
    """Every role with the certificates it requires, by name."""
    with database.reading() as session:
        required = required_certificates(session)
        roles = session.exec(select(VolunteerRole).order_by(col(VolunteerRole.name)))
        return [
            RoleRow(role.id, role.name, tuple(sorted(required.get(role.id, []))))
            for role in roles
            if role.id is not None
        ]


def list_certificate_types(database: Database) -> list[CertificateTypeRow]:
    with database.reading() as session:
        kinds = session.exec(select(CertificateType).order_by(col(CertificateType.name)))
        return [
            CertificateTypeRow(kind.id, kind.name, kind.description, kind.valid_years)
            for kind in kinds
            if kind.id is not None
        ]


def _clean_name(name: str, taken: dict[str, int], own_id: int | None = None) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul een naam in."), field="naam")
    if len(clean) > NAME_LENGTH:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Een naam mag hoogstens {length} tekens hebben."), length=NAME_LENGTH
        )
    for known, known_id in taken.items():
        if known.lower() == clean.lower() and known_id != own_id:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "'{name}' bestaat al."), name=known)
    return clean


def save_role(database: Database, name: str, certificates: list[str], role_id: int | None = None) -> int:
    """Add a role (role_id None) or rename one and set the certificates it requires, in one transaction."""
    with database.transaction() as session:
        clean = _clean_name(name, role_ids(session), role_id)
        wanted = [resolve_certificate_type(session, kind) for kind in dict.fromkeys(certificates)]
        role = session.get(VolunteerRole, role_id) if role_id is not None else VolunteerRole(name=clean)
        if role is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze rol bestaat niet (meer)."))
        role.name = clean
        session.add(role)
        session.flush()
        assert role.id is not None
        session.exec(delete(RoleCertificate).where(col(RoleCertificate.role_id) == role.id))
        session.add_all(RoleCertificate(role_id=role.id, certificate_type_id=kind_id) for kind_id in wanted)
        log.info("role saved: id=%s required certificates=%s", role.id, len(wanted))
        return role.id


def save_certificate_type(
    database: Database, name: str, description: str = "", valid_years: int | None = None, type_id: int | None = None
) -> int:
    """Add a certificate type (type_id None) or change one; valid_years None: it does not expire."""
    if valid_years is not None and not 1 <= valid_years <= MAX_VALID_YEARS:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De geldigheid moet tussen 1 en {years} jaar liggen."), years=MAX_VALID_YEARS
        )
    with database.transaction() as session:
        clean = _clean_name(name, certificate_type_ids(session), type_id)
        kind = session.get(CertificateType, type_id) if type_id is not None else CertificateType(name=clean)
        if kind is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Dit certificaat bestaat niet (meer)."))
        kind.name = clean
        kind.description = description.strip()
        kind.valid_years = valid_years
        session.add(kind)
        session.flush()
        assert kind.id is not None
        log.info("certificate type saved: id=%s", kind.id)
        return kind.id
