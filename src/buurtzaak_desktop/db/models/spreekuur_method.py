"""The spreekuur method beyond intake: a traject's plan van aanpak (contract phase) and its toeleidingen.

Plan texts (a hulpvraag, what was agreed) are spreekuur data like a visit's notes: only the unlocked tab shows them,
the log never does, and they go with the resident (services/spreekuur/privacy.py). A toeleiding keeps its kind and
date after that, so the figures stay the same; its links to the Activiteiten and Vrijwilligers rows are emptied.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

# the tables a toeleiding points to must be on the metadata before SQLAlchemy sorts a flush
from buurtzaak_desktop.db.models import activiteiten, spreekuur, vrijwilligers  # noqa: F401


class SpreekuurPlanNeed(SQLModel, table=True):
    """One hulpvraag of the plan, in the order agreed with the participant (position 1 first)."""

    __tablename__ = "spreekuur_plan_need"

    id: int | None = Field(default=None, primary_key=True)
    traject_id: int = Field(
        sa_column=Column(Integer, ForeignKey("spreekuur_traject.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    position: int = 1
    text: str = Field(max_length=300)


class SpreekuurAgreement(SQLModel, table=True):
    """Wie doet wat, wanneer: one agreement of the plan van aanpak."""

    __tablename__ = "spreekuur_agreement"

    id: int | None = Field(default=None, primary_key=True)
    traject_id: int = Field(
        sa_column=Column(Integer, ForeignKey("spreekuur_traject.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    who: str = Field(max_length=20)  # deelnemer / vertrouwenspersoon / partner
    partner_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("spreekuur_partner.id", ondelete="SET NULL"))
    )
    what: str = Field(max_length=300)
    due_on: date = Field(index=True)
    status: str = Field(default="open", max_length=20)  # open / gedaan / vervallen
    status_on: date | None = None
    created_on: date


class SpreekuurToeleiding(SQLModel, table=True):
    """A participant led on, with consent, to an activity (Activiteiten' registration) or to volunteering.

    The links are foreign keys that empty themselves (SET NULL) when the other tab's row goes: the toeleiding then
    still counts, and the dossier says the registration or volunteer is no longer there.
    """

    __tablename__ = "spreekuur_toeleiding"

    id: int | None = Field(default=None, primary_key=True)
    traject_id: int = Field(
        sa_column=Column(Integer, ForeignKey("spreekuur_traject.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    kind: str = Field(max_length=20)  # activiteit / vrijwilliger
    activity_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("activity.id", ondelete="SET NULL"))
    )
    participant_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("participant.id", ondelete="SET NULL"))
    )
    registration_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("registration.id", ondelete="SET NULL"))
    )
    volunteer_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("volunteer.id", ondelete="SET NULL"))
    )
    role: str = Field(default="", max_length=100)  # the volunteer role wanted
    first_status: str = Field(max_length=20)  # ingeschreven / wachtlijst / voorgesteld, as it was that day
    made_on: date = Field(index=True)
    made_by: str = Field(default="", max_length=100)
