"""Trainings: courses with sessions, enrolment up to the maximum then a waiting list, attendance, certificates."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, col, func, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import (
    CertificateType,
    TrainingAttendance,
    TrainingCourse,
    TrainingEnrolment,
    TrainingSession,
    Volunteer,
    VolunteerCertificate,
)
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.vrijwilligers.certificates import suggested_expiry
from buurtzaak_desktop.domain.vrijwilligers.training import DEFAULT_MAX_MISSED, earns_certificate, goes_on_waiting_list
from buurtzaak_desktop.services.settings import read_setting
from buurtzaak_desktop.services.vrijwilligers.reference import resolve_certificate_type
from buurtzaak_desktop.services.vrijwilligers.volunteers import get_in

log = logging.getLogger(__name__)
MAX_MISSED_SETTING = "training_max_missed_sessions"
MAX_SESSIONS = 40


@dataclass(frozen=True)
class SessionPlan:
    day: date
    start: time
    end: time
    topic: str = ""


@dataclass(frozen=True)
class CourseRow:
    id: int
    name: str
    max_participants: int
    sessions: int
    sessions_held: int
    enrolled: int
    waiting: int
    next_session: date | None


@dataclass(frozen=True)
class ParticipantRow:
    volunteer_id: int
    name: str
    waiting: bool
    attended: int
    missed: int
    certified_on: date | None


def create_course(
    database: Database,
    name: str,
    max_participants: int,
    sessions: list[SessionPlan],
    certificate: str | None = None,
) -> int:
    with database.transaction() as session:
        return create_course_in(session, name, max_participants, sessions, certificate)


def create_course_in(
    session: Session, name: str, max_participants: int, sessions: list[SessionPlan], certificate: str | None = None
) -> int:
    if not name.strip():
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul een naam in."), field="naam")
    if max_participants < 1:
        raise InputError(QT_TRANSLATE_NOOP("core", "Het maximum aantal deelnemers moet minstens 1 zijn."))
    for plan in sessions:
        if plan.end <= plan.start:
            raise InputError(QT_TRANSLATE_NOOP("core", "Een bijeenkomst moet eindigen na het begin."))
    course = TrainingCourse(
        name=name.strip(),
        max_participants=max_participants,
        certificate_type_id=resolve_certificate_type(session, certificate) if certificate else None,
    )
    session.add(course)
    session.flush()
    assert course.id is not None
    ordered = sorted(sessions, key=lambda plan: (plan.day, plan.start))
    for number, plan in enumerate(ordered, start=1):
        session.add(
            TrainingSession(
                course_id=course.id, number=number, topic=plan.topic, day=plan.day, start=plan.start, end=plan.end
            )
        )
    log.info("training course created: id=%s sessions=%s", course.id, len(sessions))
    return course.id


def _course(session: Session, course_id: int) -> TrainingCourse:
    course = session.get(TrainingCourse, course_id)
    if course is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze training bestaat niet (meer)."))
    return course


def _enrolled_count(session: Session, course_id: int) -> int:
    return session.exec(
        select(func.count())
        .select_from(TrainingEnrolment)
        .where(TrainingEnrolment.course_id == course_id, col(TrainingEnrolment.waiting).is_(False))
    ).one()


def enrol(database: Database, course_id: int, volunteer_id: int, now: datetime) -> bool:
    """Enrol; above the maximum the volunteer goes on the waiting list. Returns True if on the waiting list."""
    with database.transaction() as session:
        return enrol_in(session, course_id, volunteer_id, now)


def enrol_in(session: Session, course_id: int, volunteer_id: int, now: datetime) -> bool:
    course = _course(session, course_id)
    volunteer = get_in(session, volunteer_id)
    existing = session.exec(
        select(TrainingEnrolment).where(
            TrainingEnrolment.course_id == course_id, TrainingEnrolment.volunteer_id == volunteer_id
        )
    ).first()
    if existing is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "{name} staat al ingeschreven voor {course}."),
            name=volunteer.name,
            course=course.name,
        )
    waiting = goes_on_waiting_list(_enrolled_count(session, course_id), course.max_participants)
    session.add(TrainingEnrolment(course_id=course_id, volunteer_id=volunteer_id, enrolled_at=now, waiting=waiting))
    log.info("enrolment: course=%s volunteer=%s waiting=%s", course_id, volunteer_id, waiting)
    return waiting


def withdraw(database: Database, course_id: int, volunteer_id: int) -> int | None:
    """Take someone off the course; the first on the waiting list moves up. Returns who moved up."""
    with database.transaction() as session:
        course = _course(session, course_id)
        enrolment = session.exec(
            select(TrainingEnrolment).where(
                TrainingEnrolment.course_id == course_id, TrainingEnrolment.volunteer_id == volunteer_id
            )
        ).first()
        if enrolment is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze inschrijving bestaat niet (meer)."))
        session.delete(enrolment)
        session.flush()
        if _enrolled_count(session, course_id) >= course.max_participants:
            return None
        first = session.exec(
            select(TrainingEnrolment)
            .where(TrainingEnrolment.course_id == course_id, col(TrainingEnrolment.waiting).is_(True))
            .order_by(col(TrainingEnrolment.enrolled_at))
        ).first()
        if first is None:
            return None
        first.waiting = False
        return first.volunteer_id


def record_attendance(database: Database, session_id: int, present: set[int]) -> None:
    """Who was there at one session; every enrolled participant not in ``present`` is recorded absent."""
    with database.transaction() as session:
        record_attendance_in(session, session_id, present)


def record_attendance_in(session: Session, session_id: int, present: set[int]) -> None:
    meeting = session.get(TrainingSession, session_id)
    if meeting is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bijeenkomst bestaat niet (meer)."))
    participants = session.exec(
        select(TrainingEnrolment.volunteer_id).where(
            TrainingEnrolment.course_id == meeting.course_id, col(TrainingEnrolment.waiting).is_(False)
        )
    ).all()
    for volunteer_id in participants:
        row = session.get(TrainingAttendance, (session_id, volunteer_id))
        if row is None:
            row = TrainingAttendance(session_id=session_id, volunteer_id=volunteer_id)
        row.present = volunteer_id in present
        session.add(row)


def max_missed(session: Session) -> int:
    return int(read_setting(session, MAX_MISSED_SETTING, DEFAULT_MAX_MISSED))


def settle_certificates(database: Database, course_id: int, today: date) -> list[int]:
    """Once every session has taken place: award the certificate to those who missed no more than allowed.

    The certificate is valid for its type's usual validity from ``today`` (EHBO two years), as when it is typed in.
    Returns the ids of the volunteers newly certified.
    """
    with database.transaction() as session:
        course = _course(session, course_id)
        meetings = session.exec(select(TrainingSession).where(TrainingSession.course_id == course_id)).all()
        if not meetings or any(meeting.day > today for meeting in meetings):
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "{course} is nog niet afgerond: niet alle bijeenkomsten zijn geweest."),
                course=course.name,
            )
        allowed = max_missed(session)
        attended = _attendance_counts(session, course_id)
        kind = session.get(CertificateType, course.certificate_type_id) if course.certificate_type_id else None
        valid_until = suggested_expiry(today, kind.valid_years) if kind is not None else None
        certified: list[int] = []
        for enrolment in session.exec(
            select(TrainingEnrolment).where(
                TrainingEnrolment.course_id == course_id, col(TrainingEnrolment.waiting).is_(False)
            )
        ):
            if enrolment.certified_on is None and earns_certificate(
                len(meetings), attended.get(enrolment.volunteer_id, 0), allowed
            ):
                enrolment.certified_on = today
                certified.append(enrolment.volunteer_id)
                if course.certificate_type_id is not None:
                    session.add(
                        VolunteerCertificate(
                            volunteer_id=enrolment.volunteer_id,
                            certificate_type_id=course.certificate_type_id,
                            obtained_on=today,
                            valid_until=valid_until,
                        )
                    )
        log.info("training certificates: course=%s awarded=%s", course_id, len(certified))
        return certified


def _attendance_counts(session: Session, course_id: int) -> dict[int, int]:
    rows = session.exec(
        select(TrainingAttendance.volunteer_id, func.count())
        .join(TrainingSession, col(TrainingSession.id) == TrainingAttendance.session_id)
        .where(TrainingSession.course_id == course_id, col(TrainingAttendance.present).is_(True))
        .group_by(col(TrainingAttendance.volunteer_id))
    )
    return {volunteer_id: count for volunteer_id, count in rows}


def list_courses(database: Database, today: date) -> list[CourseRow]:
    with database.reading() as session:
        rows = []
        for course in session.exec(select(TrainingCourse).order_by(TrainingCourse.name)):
            assert course.id is not None
            meetings = session.exec(select(TrainingSession).where(TrainingSession.course_id == course.id)).all()
            enrolments = session.exec(select(TrainingEnrolment).where(TrainingEnrolment.course_id == course.id)).all()
            upcoming = [meeting.day for meeting in meetings if meeting.day >= today]
            rows.append(
                CourseRow(
                    id=course.id,
                    name=course.name,
                    max_participants=course.max_participants,
                    sessions=len(meetings),
                    sessions_held=sum(1 for meeting in meetings if meeting.day < today),
                    enrolled=sum(1 for e in enrolments if not e.waiting),
                    waiting=sum(1 for e in enrolments if e.waiting),
                    next_session=min(upcoming) if upcoming else None,
                )
            )
        return rows


def sessions_of(database: Database, course_id: int) -> list[TrainingSession]:
    with database.reading() as session:
        return list(
            session.exec(
                select(TrainingSession)
                .where(TrainingSession.course_id == course_id)
                .order_by(col(TrainingSession.number))
            )
        )


def participants(database: Database, course_id: int, today: date) -> list[ParticipantRow]:
    with database.reading() as session:
        held = session.exec(
            select(func.count())
            .select_from(TrainingSession)
            .where(TrainingSession.course_id == course_id, TrainingSession.day < today)
        ).one()
        attended = _attendance_counts(session, course_id)
        rows = session.exec(
            select(TrainingEnrolment, Volunteer.name)
            .join(Volunteer, col(Volunteer.id) == TrainingEnrolment.volunteer_id)
            .where(TrainingEnrolment.course_id == course_id)
            .order_by(col(TrainingEnrolment.waiting), col(TrainingEnrolment.enrolled_at))
        )
        return [
            ParticipantRow(
                volunteer_id=enrolment.volunteer_id,
                name=name,
                waiting=enrolment.waiting,
                attended=attended.get(enrolment.volunteer_id, 0),
                missed=0 if enrolment.waiting else max(0, held - attended.get(enrolment.volunteer_id, 0)),
                certified_on=enrolment.certified_on,
            )
            for enrolment, name in rows
        ]


def weekly_plans(first: date, count: int, start: time, end: time, topics: list[str] | None = None) -> list[SessionPlan]:
    """``count`` sessions a week apart from ``first`` (the basic course: 8 of a dagdeel), topics in order."""
    if not 1 <= count <= MAX_SESSIONS:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Een training heeft 1 tot {count} bijeenkomsten."), count=MAX_SESSIONS
        )
    names = topics or []
    return [
        SessionPlan(first + timedelta(weeks=n), start, end, names[n] if n < len(names) else "") for n in range(count)
    ]


def present_at(database: Database, session_id: int) -> set[int] | None:
    """Who was recorded present at a session; None when nothing was recorded yet."""
    with database.reading() as session:
        rows = session.exec(
            select(TrainingAttendance.volunteer_id, TrainingAttendance.present).where(
                TrainingAttendance.session_id == session_id
            )
        ).all()
    return {volunteer_id for volunteer_id, present in rows if present} if rows else None
