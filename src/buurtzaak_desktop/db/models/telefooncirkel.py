"""Telefooncirkel tables: circles, their calling order, away periods, daily rounds and the coordinator's actions.

Privacy is kept small on purpose: a participant is a spreekuur resident (name, phone, consent) and a volunteer is a
row of the Vrijwilligers area, so no name is stored here. Away reasons and what a coordinator found are codes from a
short fixed list (domain/telefooncirkel.py), never free text about someone's health. When a resident is forgotten
their members go (ON DELETE CASCADE), and the rounds and actions that named them keep only their counts.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from buurtzaak_desktop.db.models import spreekuur, vrijwilligers  # noqa: F401 - the tables these rows refer to


class PhoneCircle(SQLModel, table=True):
    __tablename__ = "telefooncirkel"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    # Two coordinators, so that the circle goes on when one of them (elderly too) is ill: volunteers or staff
    coordinator_1_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("volunteer.id", ondelete="SET NULL"))
    )
    coordinator_2_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("volunteer.id", ondelete="SET NULL"))
    )
    active: bool = True


class PhoneCircleMember(SQLModel, table=True):
    """One place in the calling order: a participant (a spreekuur resident) or a volunteer."""

    __tablename__ = "telefooncirkel_member"
    __table_args__ = (UniqueConstraint("circle_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    circle_id: int = Field(
        sa_column=Column(Integer, ForeignKey("telefooncirkel.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    position: int  # 1, 2, 3, ... without gaps: who calls whom
    resident_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("spreekuur_resident.id", ondelete="CASCADE"), index=True),
    )
    volunteer_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("volunteer.id", ondelete="CASCADE"), index=True)
    )


class PhoneCircleAway(SQLModel, table=True):
    """A member who is away (holiday, hospital) is skipped in the round from ``start`` to ``end`` inclusive."""

    __tablename__ = "telefooncirkel_away"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("telefooncirkel_member.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    start: date
    end: date
    reason: str = Field(max_length=20)  # a code from domain.telefooncirkel.AWAY_REASONS


class PhoneCircleRound(SQLModel, table=True):
    """A day's round: completed, or stalled at a member."""

    __tablename__ = "telefooncirkel_round"
    __table_args__ = (UniqueConstraint("circle_id", "held_on"),)

    id: int | None = Field(default=None, primary_key=True)
    circle_id: int = Field(
        sa_column=Column(Integer, ForeignKey("telefooncirkel.id", ondelete="CASCADE"), nullable=False)
    )
    held_on: date = Field(index=True)
    stalled: bool = False
    stalled_member_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("telefooncirkel_member.id", ondelete="SET NULL"))
    )
    recorded_by: str = Field(default="", max_length=100)


class PhoneCircleAction(SQLModel, table=True):
    """The coordinator's action after a stalled round: open until closed with who checked and what was found."""

    __tablename__ = "telefooncirkel_action"

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("telefooncirkel_round.id", ondelete="CASCADE"), nullable=False, unique=True
        )
    )
    member_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("telefooncirkel_member.id", ondelete="SET NULL"))
    )
    opened_on: date
    checked_by: str = Field(default="", max_length=100)
    found: str | None = Field(default=None, max_length=20)  # a code from domain.telefooncirkel.FINDINGS
    closed_on: date | None = Field(default=None, index=True)
