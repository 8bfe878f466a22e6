"""The one list of volunteers and paid staff: create, edit, find, change status."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, delete, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import (
    ShiftAssignment,
    Volunteer,
    VolunteerRole,
    VolunteerRoleLink,
)
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.vrijwilligers.availability import ALL_SLOTS, is_available
from buurtzaak_desktop.domain.vrijwilligers.people import LADDER, STATUSES, VolunteerRow, join_list, split_list
from buurtzaak_desktop.services.vrijwilligers.reference import resolve_role

log = logging.getLogger(__name__)
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(slots=True)  # an import holds one per row
class VolunteerData:
    """What the detail dialog and the import write."""

    name: str
    email: str = ""
    phone: str = ""
    start_date: date | None = None
    is_staff: bool = False
    staff_function: str = ""
    ladder_step: str = "vrijwilliger"
    availability: int = 0
    languages: list[str] = field(default_factory=list)
    emergency_contact: str = ""
    roles: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass(frozen=True)
class VolunteerFilter:
    """'Who can do receptie on Tuesday evening and speaks Turkish?' — every field narrows, None ignores it."""

    role: str | None = None
    weekday: int | None = None
    part: int | None = None
    language: str | None = None
    status: str | None = None  # None: everyone not archived
    text: str = ""
    include_archived: bool = False


def validate(data: VolunteerData) -> None:
    if not data.name.strip():
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul een naam in."), field="naam")
    if data.email.strip() and not EMAIL.fullmatch(data.email.strip()):
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen geldig e-mailadres."), value=data.email.strip(), field="e-mail"
        )
    if data.ladder_step not in LADDER:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Onbekende trede '{value}' (kies uit: {known})."),
            value=data.ladder_step,
            known=", ".join(LADDER),
        )
    if not 0 <= data.availability <= ALL_SLOTS:
        raise InputError(QT_TRANSLATE_NOOP("core", "De beschikbaarheid is ongeldig."))


def volunteer_columns(data: VolunteerData) -> dict[str, Any]:
    """The volunteer's columns as ``data`` fills them in (tidied), for one write or a bulk insert."""
    return {
        "name": " ".join(data.name.split()),
        "email": data.email.strip(),
        "phone": data.phone.strip(),
        "start_date": data.start_date,
        "is_staff": data.is_staff,
        "staff_function": data.staff_function.strip(),
        "ladder_step": data.ladder_step,
        "availability": data.availability,
        "languages": join_list(split_list(",".join(data.languages))),
        "emergency_contact": data.emergency_contact.strip(),
        "notes": data.notes,
    }


def write_volunteer(session: Session, data: VolunteerData, volunteer: Volunteer | None = None) -> Volunteer:
    """Insert or update one volunteer and their roles inside the caller's transaction."""
    validate(data)
    role_ids = [resolve_role(session, name) for name in data.roles]
    volunteer = volunteer or Volunteer(name="")
    for column, value in volunteer_columns(data).items():
        setattr(volunteer, column, value)
    session.add(volunteer)
    session.flush()
    session.exec(delete(VolunteerRoleLink).where(col(VolunteerRoleLink.volunteer_id) == volunteer.id))
    assert volunteer.id is not None
    for role_id in dict.fromkeys(role_ids):
        session.add(VolunteerRoleLink(volunteer_id=volunteer.id, role_id=role_id))
    return volunteer


def create_volunteer(database: Database, data: VolunteerData) -> int:
    with database.transaction() as session:
        volunteer = write_volunteer(session, data)
        assert volunteer.id is not None
        log.info("volunteer created: id=%s", volunteer.id)
        return volunteer.id


def update_volunteer(database: Database, volunteer_id: int, data: VolunteerData) -> None:
    with database.transaction() as session:
        write_volunteer(session, data, get_in(session, volunteer_id))
        log.info("volunteer updated: id=%s", volunteer_id)


def get_in(session: Session, volunteer_id: int) -> Volunteer:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze vrijwilliger bestaat niet (meer)."))
    return volunteer


def get_data(database: Database, volunteer_id: int) -> tuple[Volunteer, VolunteerData]:
    """The stored row and the editable data (for the detail dialog)."""
    with database.reading() as session:
        volunteer = get_in(session, volunteer_id)
        roles = _roles_by_volunteer(session).get(volunteer_id, ())
        data = VolunteerData(
            name=volunteer.name,
            email=volunteer.email,
            phone=volunteer.phone,
            start_date=volunteer.start_date,
            is_staff=volunteer.is_staff,
            staff_function=volunteer.staff_function,
            ladder_step=volunteer.ladder_step,
            availability=volunteer.availability,
            languages=split_list(volunteer.languages),
            emergency_contact=volunteer.emergency_contact,
            roles=list(roles),
            notes=volunteer.notes,
        )
        return volunteer, data


def set_status(database: Database, volunteer_id: int, status: str, on: date) -> None:
    """Actief, pauze or gestopt from ``on``. Stopping archives and takes the volunteer off the weekly shifts."""
    if status not in STATUSES:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Onbekende status '{value}' (kies uit: {known})."),
            value=status,
            known=", ".join(STATUSES),
        )
    with database.transaction() as session:
        volunteer = get_in(session, volunteer_id)
        if volunteer.status == "actief" and status != "actief":
            _refuse_while_bhv(session, volunteer_id)
        volunteer.status = status
        volunteer.status_date = on
        volunteer.archived = status == "gestopt"
        if volunteer.archived:
            session.exec(delete(ShiftAssignment).where(col(ShiftAssignment.volunteer_id) == volunteer_id))
        log.info("volunteer status changed: id=%s status=%s", volunteer_id, status)


def _refuse_while_bhv(session: Session, volunteer_id: int) -> None:
    """Only an active volunteer counts as the BHV of a booking outside the opening hours (the rooster-bhv check):
    one who pauses or stops is first replaced there, in the Rooster, rather than leaving those evenings uncovered.
    A booking inside the hours needs no BHV, so naming them there does not hold them back."""
    from buurtzaak_desktop.services.rooster.opening import live_bookings_outside_hours

    outside = live_bookings_outside_hours(session, clock.today(), bhv_volunteer_id=volunteer_id)
    if outside:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "Deze vrijwilliger is de BHV'er van {count} boeking(en) vanaf {first}. Kies daar eerst in het Rooster "
                "een andere BHV'er; er is niets gewijzigd.",
            ),
            count=len(outside),
            first=outside[0].day,
        )


def _roles_by_volunteer(session: Session) -> dict[int, tuple[str, ...]]:
    result: dict[int, list[str]] = {}
    rows = session.exec(
        select(VolunteerRoleLink.volunteer_id, VolunteerRole.name)
        .join(VolunteerRole, col(VolunteerRole.id) == VolunteerRoleLink.role_id)
        .order_by(VolunteerRole.name)
    )
    for volunteer_id, name in rows:
        result.setdefault(volunteer_id, []).append(name)
    return {key: tuple(value) for key, value in result.items()}


def list_volunteers(database: Database, wanted: VolunteerFilter | None = None) -> list[VolunteerRow]:
    with database.reading() as session:
        return list_in(session, wanted or VolunteerFilter())


def list_in(session: Session, wanted: VolunteerFilter) -> list[VolunteerRow]:
    query = select(Volunteer).order_by(Volunteer.name)
    if not wanted.include_archived:
        query = query.where(col(Volunteer.archived).is_(False))
    if wanted.status:
        query = query.where(Volunteer.status == wanted.status)
    roles = _roles_by_volunteer(session)
    rows = [_row(volunteer, roles.get(volunteer.id or 0, ())) for volunteer in session.exec(query)]
    return [row for row in rows if matches(row, wanted)]


def matches(row: VolunteerRow, wanted: VolunteerFilter) -> bool:
    if wanted.role and wanted.role.lower() not in (role.lower() for role in row.roles):
        return False
    if wanted.language and wanted.language.strip().lower() not in row.languages:
        return False
    if not _available(row.availability, wanted.weekday, wanted.part):
        return False
    text = wanted.text.strip().lower()
    return not text or text in row.name.lower() or text in row.email.lower()


def _available(mask: int, weekday: int | None, part: int | None) -> bool:
    """Available on that dagdeel; with only a day (or only a part) given, on any part of it."""
    if weekday is None and part is None:
        return True
    days = range(7) if weekday is None else (weekday,)
    parts = range(3) if part is None else (part,)
    return any(is_available(mask, day, one) for day in days for one in parts)


def _row(volunteer: Volunteer, roles: tuple[str, ...]) -> VolunteerRow:
    assert volunteer.id is not None
    return VolunteerRow(
        id=volunteer.id,
        name=volunteer.name,
        email=volunteer.email,
        phone=volunteer.phone,
        is_staff=volunteer.is_staff,
        staff_function=volunteer.staff_function,
        ladder_step=volunteer.ladder_step,
        roles=roles,
        languages=tuple(split_list(volunteer.languages)),
        availability=volunteer.availability,
        status=volunteer.status,
        status_date=volunteer.status_date,
        archived=volunteer.archived,
        anonymised=volunteer.anonymised_on is not None,
    )


def known_languages(database: Database) -> list[str]:
    with database.reading() as session:
        found: set[str] = set()
        for text in session.exec(select(Volunteer.languages).where(col(Volunteer.archived).is_(False))):
            found.update(split_list(text))
        return sorted(found)
