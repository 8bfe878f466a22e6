"""``buurtzaak check`` for the Vrijwilligers tables: ids only, never names."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from buurtzaak_desktop.db.models.vrijwilligers import (
    CertificateType,
    ShiftAssignment,
    TrainingCourse,
    TrainingEnrolment,
    Volunteer,
    VolunteerCertificate,
    VolunteerHours,
    VolunteerShift,
)
from buurtzaak_desktop.domain.vrijwilligers.people import STATUSES
from buurtzaak_desktop.services.vrijwilligers.shifts import Fitness


def findings(session: Session) -> list[str]:
    found: list[str] = []
    for volunteer in session.exec(select(Volunteer)):
        if volunteer.status not in STATUSES:
            found.append(f"Vrijwilliger {volunteer.id} heeft een onbekende status '{volunteer.status}'.")
        if volunteer.status == "gestopt" and not volunteer.archived:
            found.append(f"Vrijwilliger {volunteer.id} is gestopt maar niet gearchiveerd.")
        if volunteer.anonymised_on is not None and (volunteer.email or volunteer.phone or volunteer.emergency_contact):
            found.append(f"Vrijwilliger {volunteer.id} is geanonimiseerd maar heeft nog contactgegevens.")
    for shift_id, volunteer_id in session.exec(
        select(ShiftAssignment.shift_id, ShiftAssignment.volunteer_id)
        .join(Volunteer, col(Volunteer.id) == ShiftAssignment.volunteer_id)
        .where(col(Volunteer.archived).is_(True))
    ):
        found.append(f"Gearchiveerde vrijwilliger {volunteer_id} staat nog op dienst {shift_id}.")
    for course_id, name, maximum, enrolled in session.exec(
        select(TrainingCourse.id, TrainingCourse.name, TrainingCourse.max_participants, func.count())
        .join(TrainingEnrolment, col(TrainingEnrolment.course_id) == TrainingCourse.id)
        .where(col(TrainingEnrolment.waiting).is_(False))
        .group_by(col(TrainingCourse.id))
    ):
        if enrolled > maximum:
            found.append(f"Training {course_id} ({name}) heeft {enrolled} deelnemers, meer dan het maximum {maximum}.")
    for hours_id, day, weekday in session.exec(
        select(col(VolunteerHours.id), col(VolunteerHours.day), col(VolunteerShift.weekday)).join(
            VolunteerShift, col(VolunteerShift.id) == VolunteerHours.shift_id
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
    rows = session.exec(
        select(VolunteerHours, col(VolunteerShift.role_id))
        .join(VolunteerShift, col(VolunteerShift.id) == VolunteerHours.shift_id)
        .where(
            VolunteerHours.source == "dienst",
            col(VolunteerShift.role_id).in_(demanding) | col(VolunteerHours.volunteer_id).in_(inactive),
        )
        .order_by(col(VolunteerHours.id))
    )
    found: list[str] = []
    for hours, role_id in rows:
        reasons = fitness.reasons(hours.volunteer_id, role_id, hours.day)
        if reasons:
            found.append(
                f"Uren {hours.id}: vrijwilliger {hours.volunteer_id} kreeg uren van dienst {hours.shift_id} op "
                f"{hours.day:%d-%m-%Y} maar telde die dag niet mee ({', '.join(r.text for r in reasons)})."
            )
    return found


def course_certificates(session: Session) -> list[str]:
    """A certificate earned in a course has its type's validity, not "never" (``certificaat-geldigheid``)."""
    rows = session.exec(
        select(col(VolunteerCertificate.id), col(TrainingCourse.id), CertificateType.name, CertificateType.valid_years)
        .join(CertificateType, col(CertificateType.id) == VolunteerCertificate.certificate_type_id)
        .join(
            TrainingEnrolment,
            (col(TrainingEnrolment.volunteer_id) == VolunteerCertificate.volunteer_id)
            & (col(TrainingEnrolment.certified_on) == VolunteerCertificate.obtained_on),
        )
        .join(
            TrainingCourse,
            (col(TrainingCourse.id) == TrainingEnrolment.course_id)
            & (col(TrainingCourse.certificate_type_id) == VolunteerCertificate.certificate_type_id),
        )
        .where(col(VolunteerCertificate.valid_until).is_(None), col(CertificateType.valid_years).is_not(None))
        .distinct()
        .order_by(col(VolunteerCertificate.id))
    )
    return [
        f"Certificaat {certificate_id} uit training {course_id} verloopt nooit, maar {name} is {years} jaar geldig."
        for certificate_id, course_id, name, years in rows
    ]
