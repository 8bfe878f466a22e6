"""The populaire begroting: the money budget plus the value of hours given without pay.

Volunteer hours belong to the Vrijwilligers tab: ``services.vrijwilligers.hours.volunteer_hours_centi(session,
year) -> int`` (hundredths of an hour), imported plainly (that area imports nothing of the Begroting).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.begroting import InKindHours
from buurtzaak_desktop.domain.begroting.populair import InKindItem, PopularBudget
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.services.begroting.budget import summary_in
from buurtzaak_desktop.services.begroting.yearsettings import HOUR_RATE_KEY, hour_rate, write_per_year
from buurtzaak_desktop.services.vrijwilligers.hours import volunteer_hours_centi

VOLUNTEERS = "vrijwilligers"
IN_KIND = "in_natura"


def popular_budget(database: Database, year: int) -> PopularBudget:
    with database.reading() as session:
        return popular_budget_in(session, year)


def popular_budget_in(session: Session, year: int) -> PopularBudget:
    """The volunteer hours are the Vrijwilligers tab's (never typed twice); hours in kind are typed here."""
    summary = summary_in(session, year)
    rate = hour_rate(session, year)
    rows = session.scalars(
        select(InKindHours)
        .where(col(InKindHours.year) == year, col(InKindHours.kind) == IN_KIND)
        .order_by(col(InKindHours.id))
    )
    items = tuple(
        InKindItem(r.id or 0, r.description, r.hours_centi, r.rate_cents or rate, r.rate_cents is not None)
        for r in rows
    )
    return PopularBudget(
        year=year,
        income_cents=summary.income_budget_cents,
        expense_cents=summary.expense_budget_cents,
        hour_rate_cents=rate,
        volunteer_hours_centi=volunteer_hours_centi(session, year),
        in_kind=items,
    )


def record_hours(
    database: Database, year: int, kind: str, description: str, hours_centi: int, rate_cents: int | None = None
) -> int:
    if kind not in (VOLUNTEERS, IN_KIND):
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies vrijwilligersuren of uren in natura."))
    _check_hours(hours_centi, rate_cents)
    if kind == VOLUNTEERS:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Vrijwilligersuren worden in het tabblad Vrijwilligers geschreven, niet hier.")
        )
    with database.transaction() as session:
        row = InKindHours(
            year=year, kind=kind, description=description.strip(), hours_centi=hours_centi, rate_cents=rate_cents
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def update_hours(
    database: Database, hours_id: int, description: str, hours_centi: int, rate_cents: int | None = None
) -> None:
    """A correction of recorded hours: what they were for, how many, and their own hourly value (None: the
    year's rate)."""
    _check_hours(hours_centi, rate_cents)
    with database.transaction() as session:
        row = _hours_row(session, hours_id)
        row.description, row.hours_centi, row.rate_cents = description.strip(), hours_centi, rate_cents


def delete_hours(database: Database, hours_id: int) -> None:
    with database.transaction() as session:
        session.delete(_hours_row(session, hours_id))


def _hours_row(session: Session, hours_id: int) -> InKindHours:
    row = session.get(InKindHours, hours_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze uren bestaan niet meer."))
    return row


def _check_hours(hours_centi: int, rate_cents: int | None) -> None:
    if hours_centi <= 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Het aantal uren is meer dan 0."))
    if rate_cents is not None and rate_cents <= 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Het uurtarief is meer dan € 0,00."))


def set_hour_rate(database: Database, year: int, cents: int) -> None:
    if cents <= 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Het uurtarief is meer dan € 0,00."))
    with database.transaction() as session:
        write_per_year(session, HOUR_RATE_KEY, year, cents)
