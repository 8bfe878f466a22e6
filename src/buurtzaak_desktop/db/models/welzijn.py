"""Welzijn op Recept tables: verwijzers, the arrangements' activities, participants and their contact moments.

A participant is a spreekuur resident (name, phone, consent), so no name is stored here. The intake notes are the
only free text and follow the spreekuur's privacy rules: never logged or exported, blanked when the resident is
forgotten or the retention period passes. What counts (dates, verwijzer, arrangement, outcome) stays, without the
resident, so the year's figures do not change when someone is forgotten.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from buurtzaak_desktop.db.models import activiteiten, spreekuur, vrijwilligers  # noqa: F401 - referred-to tables


class WorReferrer(SQLModel, table=True):
    """A verwijzer: a GP practice, physiotherapist, ... that refers residents (a list the centre keeps)."""

    __tablename__ = "wor_referrer"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    kind: str = Field(max_length=30)  # a code from domain.welzijn.REFERRER_KINDS
    active: bool = True


class WorArrangementActivity(SQLModel, table=True):
    """An activity of the programme that belongs to an arrangement."""

    __tablename__ = "wor_arrangement_activity"

    arrangement: str = Field(max_length=30, primary_key=True)  # a code from domain.welzijn.ARRANGEMENTS
    activity_id: int = Field(sa_column=Column(Integer, ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True))


class WorParticipant(SQLModel, table=True):
    __tablename__ = "wor_participant"

    id: int | None = Field(default=None, primary_key=True)
    resident_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("spreekuur_resident.id", ondelete="SET NULL"), index=True),
    )
    referrer_id: int = Field(sa_column=Column(Integer, ForeignKey("wor_referrer.id"), nullable=False))
    referred_on: date = Field(index=True)
    intake_on: date | None = None
    # the intake talk's short notes (spreekuur privacy rules)
    interests: str = ""
    energy: str = ""
    talents: str = ""
    ambitions: str = ""
    arrangement: str | None = Field(default=None, max_length=30)
    activity_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("activity.id", ondelete="SET NULL"))
    )
    # The Activiteiten registration made for the participant. No foreign key, as activity.leader_volunteer_id: the
    # check (services/welzijn/check.py) says when it no longer exists.
    registration_id: int | None = None
    bondgenoot_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("volunteer.id", ondelete="SET NULL"), index=True)
    )
    started_on: date | None = None  # the match: the day the follow-up's three months start
    outcome: str | None = Field(default=None, max_length=20)  # domain.welzijn.OUTCOMES
    outcome_on: date | None = None
    stop_reason: str | None = Field(default=None, max_length=20)  # domain.welzijn.STOP_REASONS
    anonymised: bool = False


class WorContact(SQLModel, table=True):
    """A planned contact moment of the coach with the participant (2, 6, 12 weeks after the match)."""

    __tablename__ = "wor_contact"

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("wor_participant.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    week: int
    planned_on: date = Field(index=True)
    done_on: date | None = None
