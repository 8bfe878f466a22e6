"""``buurtzaak check`` for the Vrijwilligers tables: ids only, never names.

Reads through the Core tables (db/tables.py) and the light ``qualified`` module: no model class is built."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.domain.vrijwilligers.people import STATUSES
from buurtzaak_desktop.services.vrijwilligers.qualified import Fitness

_volunteer = tables.volunteer.c
_hours = tables.volunteer_hours.c
_shift = tables.volunteer_shift.c
_course = tables.training_course.c
_enrolment = tables.training_enrolment.c


def findings(session: Session) -> list[str]:
    found: list[str] = []
    people = select(
        _volunteer.id,
        _volunteer.status,
        _volunteer.archived,
        _volunteer.anonymised_on,
        _volunteer.email,
        _volunteer.phone,
        _volunteer.emergency_contact,
    )
    for volunteer_id, status, archived, anonymised_on, email, phone, emergency_contact in session.execute(people):
        if status not in STATUSES:
            found.append(f"Vrijwilliger {volunteer_id} heeft een onbekende status '{status}'.")
        if status == "gestopt" and not archived:
            found.append(f"Vrijwilliger {volunteer_id} is gestopt maar niet gearchiveerd.")
        if anonymised_on is not None and (email or phone or emergency_contact):
            found.append(f"Vrijwilliger {volunteer_id} is geanonimiseerd maar heeft nog contactgegevens.")
    assignment = tables.shift_assignment.c
    for shift_id, volunteer_id in session.execute(
        select(assignment.shift_id, assignment.volunteer_id)
        .join_from(tables.shift_assignment, tables.volunteer, _volunteer.id == assignment.volunteer_id)
        .where(_volunteer.archived.is_(True))
    ):
        found.append(f"Gearchiveerde vrijwilliger {volunteer_id} staat nog op dienst {shift_id}.")
    for course_id, name, maximum, enrolled in session.execute(
        select(_course.id, _course.name, _course.max_participants, func.count())
        .join_from(tables.training_course, tables.training_enrolment, _enrolment.course_id == _course.id)
        .where(_enrolment.waiting.is_(False))
        .group_by(_course.id)
    ):
        if enrolled > maximum:
            found.append(f"Training {course_id} ({name}) heeft {enrolled} deelnemers, meer dan het maximum {maximum}.")
    for hours_id, day, weekday in session.execute(
        select(_hours.id, _hours.day, _shift.weekday).join_from(
            tables.volunteer_hours, tables.volunteer_shift, _shift.id == _hours.shift_id
        )
    ):
        if day.weekday() != weekday:
            found.append(f"Uren {hours_id} horen bij een dienst die niet op {day.isoformat()} valt.")
    return found


def shift_hours(session: Session) -> list[str]:
    """Hours logged from a shift held only for a volunteer who filled a place that day (``dienst-bezetting``).

    Only rows that can break are read (a role that requires a certificate, or a volunteer not active now): the
    check stays quick on ten years of hours.
    """
    fitness = Fitness(session)
    demanding = [role_id for role_id, names in fitness.required.items() if names]
    inactive = [vid for vid, (status, _) in fitness.status.items() if status != "actief"]
    rows = session.execute(
        select(_hours.id, _hours.volunteer_id, _hours.shift_id, _hours.day, _shift.role_id)
        .join_from(tables.volunteer_hours, tables.volunteer_shift, _shift.id == _hours.shift_id)
        .where(_hours.source == "dienst", _shift.role_id.in_(demanding) | _hours.volunteer_id.in_(inactive))
        .order_by(_hours.id)
    )
    found: list[str] = []
    for hours_id, volunteer_id, shift_id, day, role_id in rows:
        reasons = fitness.reasons(volunteer_id, role_id, day)
        if reasons:
            found.append(
                f"Uren {hours_id}: vrijwilliger {volunteer_id} kreeg uren van dienst {shift_id} op "
                f"{day:%d-%m-%Y} maar telde die dag niet mee ({', '.join(r.text for r in reasons)})."
            )
    return found


def course_certificates(session: Session) -> list[str]:
    """A certificate earned in a course has its type's validity, not "never" (``certificaat-geldigheid``)."""
    certificate = tables.volunteer_certificate.c
    kind = tables.certificate_type.c
    rows = session.execute(
        select(certificate.id, _course.id, kind.name, kind.valid_years)
        .join_from(tables.volunteer_certificate, tables.certificate_type, kind.id == certificate.certificate_type_id)
        .join(
            tables.training_enrolment,
            (_enrolment.volunteer_id == certificate.volunteer_id)
            & (_enrolment.certified_on == certificate.obtained_on),
        )
        .join(
            tables.training_course,
            (_course.id == _enrolment.course_id) & (_course.certificate_type_id == certificate.certificate_type_id),
        )
        .where(certificate.valid_until.is_(None), kind.valid_years.is_not(None))
        .distinct()
        .order_by(certificate.id)
    )
    return [
        f"Certificaat {certificate_id} uit training {course_id} verloopt nooit, maar {name} is {years} jaar geldig."
        for certificate_id, course_id, name, years in rows
    ]
