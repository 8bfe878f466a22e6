"""Spreekuur appointments: one-to-one talks with a traject's fixed vertrouwenspersoon, each holding a room booking.

An appointment holds no free text: the day, time, length, who and the outcome are all it needs. Its room is a real
Rooster booking (``booking_id``) whose title never names the resident. After the resident is forgotten the row stays
for the counts, without ``resident_id`` or ``traject_id``.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from buurtzaak_desktop.db.models import rooster  # noqa: F401 - with the rooms and bookings every area refers to

# The statuses live in the domain (``buurtzaak check`` reads them without models); imported from here too.
from buurtzaak_desktop.domain.spreekuur.appointments import (  # noqa: F401 - re-exported
    CANCELLED,
    HELD,
    NOT_SHOWN,
    PLANNED,
    STATUSES,
)


class SpreekuurAppointment(SQLModel, table=True):
    __tablename__ = "spreekuur_appointment"

    id: int | None = Field(default=None, primary_key=True)
    traject_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("spreekuur_traject.id", ondelete="SET NULL"), index=True),
    )
    resident_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("spreekuur_resident.id", ondelete="SET NULL"), index=True),
    )
    # the vertrouwenspersoon in the volunteers' list (no foreign key, as spreekuur_visit.helper_id), and the name as
    # it was, so the list and the figures keep it after the volunteer is anonymised
    person_id: int = Field(index=True)
    person_name: str = Field(default="", max_length=200)
    day: date = Field(index=True)
    start: time
    minutes: int = Field(ge=1)
    booking_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("booking.id", ondelete="SET NULL"), index=True)
    )
    status: str = Field(default=PLANNED, max_length=20)
    recorded_by: str = Field(default="", max_length=100)
