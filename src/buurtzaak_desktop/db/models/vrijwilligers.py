"""Vrijwilligers: volunteers and paid staff, their roles, certificates, trainings, talks, shifts and hours.

Roles and certificate types are rows, not code: the centre adds its own. Hours are kept in whole minutes and money
in cents. When a stopped volunteer's retention period has passed the personal columns are blanked and
``anonymised_on`` is set; the row itself stays so that hours and allowances still count in the totals.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel, UniqueConstraint

from buurtzaak_desktop.db.models import rooster  # noqa: F401 - with the rooms and bookings every area refers to


class CertificateType(SQLModel, table=True):
    __tablename__ = "certificate_type"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=60)
    description: str = ""
    valid_years: int | None = None  # the usual validity, to suggest an expiry date


class VolunteerRole(SQLModel, table=True):
    __tablename__ = "volunteer_role"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=60)


class RoleCertificate(SQLModel, table=True):
    """A certificate a role requires (VOG for spreekuur, hygiëne for the kitchen...)."""

    __tablename__ = "role_certificate"

    role_id: int = Field(foreign_key="volunteer_role.id", primary_key=True, ondelete="CASCADE")
    certificate_type_id: int = Field(foreign_key="certificate_type.id", primary_key=True, ondelete="CASCADE")


class Volunteer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    email: str = ""
    phone: str = ""
    start_date: date | None = None
    is_staff: bool = False
    staff_function: str = ""  # e.g. "coördinator", for paid staff
    ladder_step: str = Field(default="vrijwilliger", max_length=20)
    availability: int = 0  # bit mask over the 21 dagdelen, see domain.vrijwilligers.availability
    languages: str = ""  # lower-case, comma separated
    emergency_contact: str = ""
    status: str = Field(default="actief", max_length=10, index=True)
    status_date: date | None = None
    archived: bool = False
    anonymised_on: date | None = None
    notes: str = ""


class VolunteerRoleLink(SQLModel, table=True):
    __tablename__ = "volunteer_role_link"

    volunteer_id: int = Field(foreign_key="volunteer.id", primary_key=True, ondelete="CASCADE")
    role_id: int = Field(foreign_key="volunteer_role.id", primary_key=True, ondelete="CASCADE")


class VolunteerCertificate(SQLModel, table=True):
    __tablename__ = "volunteer_certificate"

    id: int | None = Field(default=None, primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", index=True, ondelete="CASCADE")
    certificate_type_id: int = Field(foreign_key="certificate_type.id")
    obtained_on: date | None = None
    valid_until: date | None = Field(default=None, index=True)  # None: does not expire


class TrainingCourse(SQLModel, table=True):
    __tablename__ = "training_course"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    max_participants: int = Field(default=12, ge=1)
    # a course may grant a certificate (e.g. a deskundigheidstraining); None: only "basiscursus behaald"
    certificate_type_id: int | None = Field(default=None, foreign_key="certificate_type.id")


class TrainingSession(SQLModel, table=True):
    __tablename__ = "training_session"

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="training_course.id", index=True, ondelete="CASCADE")
    number: int
    topic: str = ""
    day: date
    start: time
    end: time
    room_id: int | None = Field(default=None, foreign_key="room.id")


class TrainingEnrolment(SQLModel, table=True):
    __tablename__ = "training_enrolment"
    __table_args__ = (UniqueConstraint("course_id", "volunteer_id"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="training_course.id", index=True, ondelete="CASCADE")
    volunteer_id: int = Field(foreign_key="volunteer.id", index=True, ondelete="CASCADE")
    enrolled_at: datetime = Field(sa_type=DateTime)  # naive wall-clock time, as everywhere in the app
    waiting: bool = False  # on the waiting list, in order of enrolled_at
    certified_on: date | None = None


class TrainingAttendance(SQLModel, table=True):
    __tablename__ = "training_attendance"

    session_id: int = Field(foreign_key="training_session.id", primary_key=True, ondelete="CASCADE")
    volunteer_id: int = Field(foreign_key="volunteer.id", primary_key=True, ondelete="CASCADE")
    present: bool = True


class PopTalk(SQLModel, table=True):
    __tablename__ = "pop_talk"

    id: int | None = Field(default=None, primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", index=True, ondelete="CASCADE")
    planned_on: date
    held_on: date | None = None
    note: str = ""  # for the coordinator only; never logged


class VolunteerShift(SQLModel, table=True):
    """A weekly recurring shift: receptie on Tuesday 17:00-21:00, two people."""

    __tablename__ = "volunteer_shift"

    id: int | None = Field(default=None, primary_key=True)
    role_id: int = Field(foreign_key="volunteer_role.id")
    weekday: int = Field(ge=0, le=6)  # 0 = maandag
    start: time
    end: time
    people_needed: int = Field(default=1, ge=1)
    active: bool = True


class ShiftAssignment(SQLModel, table=True):
    __tablename__ = "shift_assignment"

    shift_id: int = Field(foreign_key="volunteer_shift.id", primary_key=True, ondelete="CASCADE")
    volunteer_id: int = Field(foreign_key="volunteer.id", primary_key=True, ondelete="CASCADE")


class VolunteerHours(SQLModel, table=True):
    __tablename__ = "volunteer_hours"
    __table_args__ = (UniqueConstraint("volunteer_id", "day", "shift_id", "source"),)

    id: int | None = Field(default=None, primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", index=True)
    day: date = Field(index=True)
    role_id: int | None = Field(default=None, foreign_key="volunteer_role.id")
    minutes: int  # a correction may be negative
    source: str = Field(default="hand", max_length=10)  # hand, dienst, correctie
    shift_id: int | None = Field(default=None, foreign_key="volunteer_shift.id", ondelete="SET NULL")


class HandgeldPayment(SQLModel, table=True):
    """The vrijwilligersvergoeding paid to a volunteer for a month (the table keeps its old name)."""

    __tablename__ = "handgeld_payment"
    __table_args__ = (UniqueConstraint("volunteer_id", "month", "category"),)

    id: int | None = Field(default=None, primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", index=True)
    month: date = Field(index=True)  # the first day of the month
    amount_cents: int = Field(ge=0)
    category: str = Field(default="vrijwilligersvergoeding", max_length=60)
