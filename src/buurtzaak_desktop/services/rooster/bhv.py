"""The BHV beheerder of an out-of-hours booking: a volunteer or staff member from the Vrijwilligers tab whose BHV
certificate is valid on the booking's day. A typed name with a typed date does not count: the list decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.models.vrijwilligers import CertificateType, Volunteer, VolunteerCertificate
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from buurtzaak_desktop.domain.rooster.hours import DayHours, within
from buurtzaak_desktop.domain.rooster.rules import BHV
from buurtzaak_desktop.services.vrijwilligers.certificates import CertificateHolder, valid_holders_in


def name_key(name: str) -> str:
    """A name as it is compared: case and spaces do not count ("  henk  BAKKER" is Henk Bakker)."""
    return re.sub(r"\s+", " ", name).strip().casefold()


def bhv_holders_on(session: Session, day: date) -> list[CertificateHolder]:
    """Active volunteers and staff with a BHV certificate valid on ``day``, by name."""
    return valid_holders_in(session, BHV, day)


def bhv_valid_on(session: Session, volunteer_id: int | None, day: date) -> bool:
    """Does ``volunteer_id`` (an active volunteer or staff member) hold a BHV certificate valid on ``day``?"""
    return volunteer_id is not None and any(h.volunteer_id == volunteer_id for h in bhv_holders_on(session, day))


def volunteer_name(session: Session, volunteer_id: int | None) -> str:
    volunteer = session.get(Volunteer, volunteer_id) if volunteer_id is not None else None
    return volunteer.name if volunteer is not None else "?"


def find_bhv_holder(session: Session, name: str, day: date) -> int:
    """The volunteer called ``name`` (case and spaces ignored) whose BHV is valid on ``day``; refuses otherwise."""
    wanted = name_key(name)
    found = [holder.volunteer_id for holder in bhv_holders_on(session, day) if name_key(holder.name) == wanted]
    if len(found) == 1:
        return found[0]
    if found:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "Er zijn meerdere personen met de naam '{name}' en een geldig "
                "BHV-certificaat; maak de namen in Vrijwilligers verschillend.",
            ),
            name=name.strip(),
        )
    certified = session.exec(
        select(col(Volunteer.id))
        .join(VolunteerCertificate, col(VolunteerCertificate.volunteer_id) == Volunteer.id)
        .join(CertificateType, col(CertificateType.id) == VolunteerCertificate.certificate_type_id)
        .where(CertificateType.name == BHV, col(Volunteer.archived).is_(False))
    ).all()
    if any(name_key(volunteer_name(session, volunteer_id)) == wanted for volunteer_id in certified):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "{name} heeft op {day} geen geldig BHV-certificaat."),
            name=name.strip(),
            day=day,
        )
    raise RuleViolation(
        QT_TRANSLATE_NOOP("core", "'{name}' staat niet in Vrijwilligers als iemand met een BHV-certificaat."),
        name=name.strip(),
    )


def check_bhv_dates(session: Session, slots: Iterable[tuple[DayHours, time, time]], volunteer_id: int | None) -> None:
    """For a series: refuse, naming every date, when out-of-hours dates lack a beheerder with a BHV valid then."""
    bad = [
        hours.day
        for hours, start, end in slots
        if not within(hours, start, end) and not bhv_valid_on(session, volunteer_id, hours.day)
    ]
    if not bad:
        return
    if volunteer_id is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "Buiten de openingstijden op {days}: dat kan alleen met een "
                "beheerder met een geldig BHV-certificaat op de boeking.",
            ),
            days=tuple(bad),
        )
    raise RuleViolation(
        QT_TRANSLATE_NOOP("core", "Het BHV-certificaat van {name} is niet geldig op {days}, buiten de openingstijden."),
        name=volunteer_name(session, volunteer_id),
        days=tuple(bad),
    )
