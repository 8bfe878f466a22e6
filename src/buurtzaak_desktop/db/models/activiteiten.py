"""Tables of the Activiteiten tab: the programme, its sessions, participants, registrations and attendance."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from buurtzaak_desktop.db.models import rooster  # noqa: F401 - with the rooms and bookings every area refers to
from buurtzaak_desktop.db.models.versioned import Versioned

# The status words live in the domain (``buurtzaak check`` reads them without models); imported from here too.
from buurtzaak_desktop.domain.activiteiten.labels import (  # noqa: F401 - re-exported
    ACTIVE,
    ENDED,
    LEFT,
    PAUSED,
    REGISTERED,
    SESSION_CANCELLED,
    SESSION_PLANNED,
    WAITING,
)


class Activity(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    category: str = Field(default="", max_length=100)
    target_group: str = Field(default="", max_length=200)
    room_id: int | None = Field(default=None, foreign_key="room.id")
    # ISO weekdays 0=Monday..6=Sunday, comma separated ("0,3"): one session per listed day per occurrence week
    weekdays: str = Field(default="", max_length=20)
    start_time: time
    end_time: time
    frequency: str = Field(default="wekelijks", max_length=20)  # see domain.activiteiten.recurrence.FREQUENCIES
    season_start: date
    season_end: date
    leader: str = Field(default="", max_length=200)
    leader_kind: str = Field(default="vrijwilliger", max_length=30)  # vrijwilliger / partner / bewonersgroep / staf
    # The volunteer chosen as leader (their certificates are checked); None for a typed name or a partner. No
    # foreign key: SQLite adds one only by copying the table, and volunteers are anonymised, never deleted.
    leader_volunteer_id: int | None = None
    expected: int = Field(default=0, ge=0)
    capacity: int | None = Field(default=None, ge=0)  # places; None = no limit, no waiting list
    cost_cents: int = Field(default=0, ge=0)
    walk_in_rows: int = Field(default=5, ge=0)
    notes: str = ""
    status: str = Field(default="actief", max_length=20)  # actief / gepauzeerd / beëindigd
    status_since: date | None = None


class ActivitySession(SQLModel, table=True):
    __tablename__ = "activity_session"
    __table_args__ = (Index("ix_activity_session_activity_day", "activity_id", "day"),)

    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id")
    day: date = Field(index=True)
    start_time: time
    end_time: time
    room_id: int | None = Field(default=None, foreign_key="room.id")
    status: str = Field(default="gepland", max_length=20)  # gepland / niet doorgegaan
    cancel_reason: str = ""
    anonymous_walk_ins: int = Field(default=0, ge=0)
    attendance_entered: bool = False
    # The rooster's booking of this session's room. SET NULL: the session (and its attendance) outlives the booking.
    booking_id: int | None = Field(default=None, foreign_key="booking.id", ondelete="SET NULL", index=True)


class Participant(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    search_name: str = Field(default="", max_length=200, index=True)  # lower case, accents removed
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    birth_year_from: int | None = None
    birth_year_to: int | None = None
    postcode_area: str = Field(default="", max_length=10)
    came_via: str = Field(default="", max_length=100)  # e.g. "warm contact", "flyer", "buren"
    consent_photos: bool = False
    consent_print_phone: bool = False
    created_on: date


class Registration(SQLModel, table=True):
    __table_args__ = (Index("ix_registration_activity_status", "activity_id", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id")
    participant_id: int = Field(foreign_key="participant.id", index=True)
    status: str = Field(default="ingeschreven", max_length=20)  # ingeschreven / wachtlijst / vertrokken
    registered_on: date
    left_on: date | None = None
    to_call: bool = False  # moved up from the waiting list: phone them


class Attendance(SQLModel, table=True):
    session_id: int = Field(foreign_key="activity_session.id", primary_key=True)
    participant_id: int = Field(foreign_key="participant.id", primary_key=True, index=True)
    walk_in: bool = False


class FollowUpCall(SQLModel, table=True):
    __tablename__ = "follow_up_call"

    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id")
    participant_id: int = Field(foreign_key="participant.id")
    called_on: date
    note: str = ""
