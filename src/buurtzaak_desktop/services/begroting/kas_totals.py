"""The petty cash's movements and month totals, read through the Core tables (no model classes).

The kas service uses them when a month is signed off and for the balance; ``buurtzaak check`` compares a signed
month with its entries now and looks for a negative balance, without building the models."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.domain.begroting.kas_balance import RECEIPT, TOPUP, Movement, first_negative
from buurtzaak_desktop.domain.dates import month_end

_entry, _closing = tables.kas_entry, tables.kas_closing


def movements(session: Session, until: date | None = None) -> list[Movement]:
    query = select(_entry.c.day, _entry.c.kind, _entry.c.amount_cents)
    if until is not None:
        query = query.where(_entry.c.day <= until)
    return [Movement(day, kind, amount) for day, kind, amount in session.execute(query)]


def last_closed_month(session: Session) -> date | None:
    return session.scalar(select(func.max(_closing.c.month)))


def month_totals(session: Session, first: date) -> tuple[int, int, int]:
    """(entries, top-ups, spending) of one month, as a closing signs them."""
    rows = session.execute(
        select(_entry.c.kind, func.count(), func.coalesce(func.sum(_entry.c.amount_cents), 0))
        .where(_entry.c.day >= first, _entry.c.day < month_end(first))
        .group_by(_entry.c.kind)
    ).all()
    totals = {kind: (int(count), int(total)) for kind, count, total in rows}
    count = sum(number for number, _ in totals.values())
    return count, totals.get(TOPUP, (0, 0))[1], totals.get(RECEIPT, (0, 0))[1]


def signed_months(session: Session) -> list[tuple[date, tuple[int, int, int]]]:
    """Every signed-off month, in order, with what was signed: (entries, top-ups, spending)."""
    rows = session.execute(
        select(_closing.c.month, _closing.c.entry_count, _closing.c.topup_cents, _closing.c.spent_cents).order_by(
            _closing.c.month
        )
    )
    return [(month, (count, topups, spent)) for month, count, topups, spent in rows]


def budget_actual_cents(session: Session, year: int, until: date | None = None) -> int:
    """The actual of the budget's handgeld line: what the kas spent in ``year`` (receipts), up to ``until``."""
    last_day = min(until or date(year, 12, 31), date(year, 12, 31))
    total = session.scalar(
        select(func.coalesce(func.sum(_entry.c.amount_cents), 0)).where(
            _entry.c.kind == RECEIPT, _entry.c.day >= date(year, 1, 1), _entry.c.day <= last_day
        )
    )
    return int(total or 0)


def first_negative_balance(session: Session) -> tuple[date, int] | None:
    """The first day the balance is below zero and the balance then (None: never): the service refuses a change
    that makes one, ``buurtzaak check`` reports one made around it."""
    return first_negative(movements(session))
