"""Spreekuur tables: sessions, residents with consent, visits, trajecten, referral partners, referrals, audit.

Personal data lives only in ``spreekuur_resident`` (name, contact) and in free-text columns. Counting columns
(dates, themes, minutes, ``person_token``) survive anonymisation so that figures stay the same; the token is a
random string that links a person's visits within a year and never a name.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, DateTime, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from buurtzaak_desktop.db.models import rooster  # noqa: F401 - with the rooms and bookings every area refers to
from buurtzaak_desktop.db.models.versioned import Versioned


class SpreekuurSession(SQLModel, table=True):
    __tablename__ = "spreekuur_session"

    id: int | None = Field(default=None, primary_key=True)
    held_on: date = Field(index=True)
    location: str = Field(default="Spreekkamer", max_length=100)
    on_duty: str = ""  # free-text names until the volunteers tab offers a list


class SpreekuurResident(Versioned, table=True):
    __tablename__ = "spreekuur_resident"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    search_key: str = Field(index=True)  # name without accents, lower case: "zoe sahin" finds "Zoë Şahin"
    phone: str = ""
    email: str = ""
    notes: str = ""
    token: str = Field(max_length=32, index=True)
    created_on: date


class SpreekuurConsent(SQLModel, table=True):
    __tablename__ = "spreekuur_consent"

    id: int | None = Field(default=None, primary_key=True)
    resident_id: int = Field(sa_column=Column(Integer, ForeignKey("spreekuur_resident.id", ondelete="CASCADE")))
    given_on: date
    purpose: str
    recorded_by: str


class SpreekuurTheme(SQLModel, table=True):
    __tablename__ = "spreekuur_theme"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=50)
    label: str = Field(max_length=100)  # what the screen shows: neutral words for sensitive themes
    sensitive: bool = False
    sort_order: int = 0
    active: bool = True


class SpreekuurVisit(SQLModel, table=True):
    __tablename__ = "spreekuur_visit"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("spreekuur_session.id", ondelete="SET NULL"))
    )
    visited_on: date = Field(index=True)
    helped_by: str = ""  # the name of the person who unlocked the tab, as it was then
    # that person in the volunteers' list (None: the coordinator's own PIN, or a visit from before). No foreign key,
    # as activity.leader_volunteer_id: SQLite adds a plain column in place, and the name above stays the record.
    helper_id: int | None = Field(default=None, index=True)
    resident_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("spreekuur_resident.id", ondelete="SET NULL"), index=True),
    )
    person_token: str | None = Field(default=None, max_length=32)  # None: an anonymous visit
    new_resident: bool = False
    need: str = ""  # hulpbehoefte: what the resident asks
    question: str = ""  # hulpvraag: the real question found
    action: str = ""
    minutes: int = Field(default=0, ge=0)
    follow_up_on: date | None = Field(default=None, index=True)
    follow_up_done: bool = False


class SpreekuurVisitTheme(SQLModel, table=True):
    __tablename__ = "spreekuur_visit_theme"

    visit_id: int = Field(
        sa_column=Column(Integer, ForeignKey("spreekuur_visit.id", ondelete="CASCADE"), primary_key=True)
    )
    theme_id: int = Field(sa_column=Column(Integer, ForeignKey("spreekuur_theme.id"), primary_key=True))


class SpreekuurTraject(Versioned, table=True):
    __tablename__ = "spreekuur_traject"

    id: int | None = Field(default=None, primary_key=True)
    resident_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("spreekuur_resident.id", ondelete="SET NULL"), index=True),
    )
    person_token: str | None = Field(default=None, max_length=32)
    opened_on: date
    phase: str = Field(default="orientatie", max_length=20)
    phase_since: date
    closed_on: date | None = Field(default=None, index=True)
    outcome: str | None = Field(default=None, max_length=30)
    notes: str = ""
    anonymised: bool = False
    # the fixed vertrouwenspersoon (a volunteer with the spreekuur role) who holds the one-to-one appointments; no
    # foreign key, as spreekuur_visit.helper_id (SQLite adds a plain column in place)
    vertrouwenspersoon_id: int | None = None


class SpreekuurPartner(SQLModel, table=True):
    __tablename__ = "spreekuur_partner"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    active: bool = True


class SpreekuurReferral(SQLModel, table=True):
    __tablename__ = "spreekuur_referral"

    id: int | None = Field(default=None, primary_key=True)
    resident_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("spreekuur_resident.id", ondelete="SET NULL"), index=True),
    )
    partner_id: int = Field(sa_column=Column(Integer, ForeignKey("spreekuur_partner.id"), nullable=False))
    traject_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("spreekuur_traject.id", ondelete="SET NULL"))
    )
    direction: str = Field(default="opschalen", max_length=20)  # opschalen to professionals, afschalen back
    status: str = Field(default="doorverwezen", max_length=20)
    referred_on: date = Field(index=True)
    last_news_on: date
    notes: str = ""


class SpreekuurReferralEvent(SQLModel, table=True):
    """Each step of the warm handover with its date."""

    __tablename__ = "spreekuur_referral_event"

    id: int | None = Field(default=None, primary_key=True)
    referral_id: int = Field(
        sa_column=Column(Integer, ForeignKey("spreekuur_referral.id", ondelete="CASCADE"), index=True)
    )
    status: str = Field(max_length=20)
    happened_on: date


class SpreekuurAudit(SQLModel, table=True):
    """Who opened, changed, exported or removed a resident's record, and when. Never any content."""

    __tablename__ = "spreekuur_audit"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=Column(DateTime, nullable=False, index=True))  # naive wall-clock time
    actor: str = Field(max_length=100)
    action: str = Field(max_length=20)
    resident_id: int | None = None  # no foreign key: the line stays after the resident is removed
    detail: str = ""  # about the PIN lines: whose PIN was reset, how long the tab waits; never a resident's data
