"""Tables of the Begroting tab: the year budget with its actuals, hours given in kind, and the residents'
initiatives (bewonersinitiatieven) with their cost lines and payments. Every amount is in integer cents."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from buurtzaak_desktop.db.models import rooster  # noqa: F401 - with the rooms and bookings every area refers to
from buurtzaak_desktop.db.models.versioned import Versioned


class BudgetLine(Versioned, table=True):
    """One post of a year's budget: income (baten) or expense (lasten) under a category."""

    __tablename__ = "budget_line"
    __table_args__ = (UniqueConstraint("year", "kind", "category", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    kind: str = Field(max_length=10)  # "baten" or "lasten"
    category: str = Field(max_length=100)
    name: str = Field(max_length=200)
    budget_cents: int = 0
    position: int = 0  # the order the coordinator gave the lines
    # Where actuals from another tab flow in without being typed twice ("room_rent", "handgeld"); "" for none.
    source: str = Field(default="", max_length=30)


class BudgetActual(SQLModel, table=True):
    """An actual income or expense booked on a line (realisatie)."""

    __tablename__ = "budget_actual"

    id: int | None = Field(default=None, primary_key=True)
    line_id: int = Field(
        sa_column=Column(Integer, ForeignKey("budget_line.id", ondelete="CASCADE"), index=True, nullable=False)
    )
    day: date
    description: str = Field(default="", max_length=500)
    amount_cents: int


class InKindHours(SQLModel, table=True):
    """Hours given to the centre without pay, for the populaire begroting.

    kind "vrijwilligers" holds volunteer hours typed here until the Vrijwilligers tab provides them;
    kind "in_natura" holds staff hours given in kind by partners, each with its own hourly value.
    """

    __tablename__ = "in_kind_hours"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    kind: str = Field(max_length=20)
    description: str = Field(default="", max_length=200)
    hours_centi: int  # hundredths of an hour: 12,5 hours is 1250
    rate_cents: int | None = None  # None: the year's volunteer hour rate


class Initiative(SQLModel, table=True):
    """An application for money from the bewonersinitiatieven fund."""

    __tablename__ = "initiative"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)  # the fund year that pays for it
    applicant: str = Field(max_length=200)
    group_name: str = Field(default="", max_length=200)
    title: str = Field(max_length=200)
    description: str = ""
    submitted_on: date
    start_date: date | None = None
    end_date: date | None = None
    expected_participants: int = 0
    requested_cents: int = 0
    cofunding_cents: int = 0
    status: str = Field(default="submitted", max_length=20, index=True)
    decision_meeting: date | None = None  # the regiegroep meeting that decided
    decision_reason: str = ""
    granted_cents: int | None = None
    actual_cost_cents: int | None = None
    actual_participants: int | None = None
    receipts_received: bool = False
    closed_on: date | None = None


class InitiativeCostLine(SQLModel, table=True):
    """A line of an application's own small budget."""

    __tablename__ = "initiative_cost_line"

    id: int | None = Field(default=None, primary_key=True)
    initiative_id: int = Field(
        sa_column=Column(Integer, ForeignKey("initiative.id", ondelete="CASCADE"), index=True, nullable=False)
    )
    description: str = Field(max_length=200)
    amount_cents: int


class InitiativePayment(SQLModel, table=True):
    """Money paid out to an initiative: an advance (voorschot) or the final payment (eindbetaling)."""

    __tablename__ = "initiative_payment"

    id: int | None = Field(default=None, primary_key=True)
    initiative_id: int = Field(
        sa_column=Column(Integer, ForeignKey("initiative.id", ondelete="CASCADE"), index=True, nullable=False)
    )
    kind: str = Field(max_length=20)  # "advance" or "final"
    day: date
    amount_cents: int


class KasEntry(SQLModel, table=True):
    """A line of the petty cash (kleine kas, the werkplan's handgeld): a top-up (aanvulling) or a receipt.

    A receipt has a category A–F and its receipt number (bon); its amount is what was spent (a correction may be
    negative). A top-up has no category. Entries of a closed month are never changed: corrections are new entries.
    """

    __tablename__ = "kas_entry"

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    kind: str = Field(max_length=12)  # "aanvulling" or "uitgave"
    category: str = Field(default="", max_length=1)  # A–F for a receipt, "" for a top-up
    description: str = Field(default="", max_length=200)
    amount_cents: int
    receipt: str = Field(default="", max_length=60)  # the receipt's number (bon)


class KasClosing(SQLModel, table=True):
    """A month of the petty cash signed off by the coordinator, with what was signed: no entry of it changes after."""

    __tablename__ = "kas_closing"

    id: int | None = Field(default=None, primary_key=True)
    month: date = Field(unique=True)  # the first day of the month
    signed_by: str = Field(max_length=200)
    signed_on: date
    entry_count: int
    topup_cents: int
    spent_cents: int
