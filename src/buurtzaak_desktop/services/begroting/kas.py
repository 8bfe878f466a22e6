"""The petty cash (kleine kas) on the Begroting tab: top-ups, receipts, the balance and the month closing.

A month the coordinator has signed off is locked: its entries are neither changed nor removed, and no entry is added
on or before its last day (corrections are new entries in an open month). What was signed (the number of entries,
the top-ups and the spending) is kept with the closing, so that ``buurtzaak check`` can see a later change.
The year's spending, up to a day, is the actual of the budget's handgeld line (``budget_actual_cents``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlmodel import Session, col

from buurtzaak_desktop.db.bulk import insert_rows
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.begroting import KasClosing, KasEntry
from buurtzaak_desktop.domain.begroting.kas import (
    CATEGORIES,
    DEFAULT_MONTHLY_TOPUP_LIMIT_CENTS,
    KINDS,
    RECEIPT,
    TOPUP,
    KasEntryView,
    KasMonth,
    KasYear,
)
from buurtzaak_desktop.domain.dates import Month, format_month, month_end, now_local, previous_month
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.money import format_cents

# The queries that buurtzaak check reads too live in kas_totals (no model classes); the handgeld line's actual is
# re-exported from here, where the tests and older callers find it.
from buurtzaak_desktop.services.begroting.kas_totals import budget_actual_cents as budget_actual_cents
from buurtzaak_desktop.services.begroting.kas_totals import (
    first_negative_balance,
    last_closed_month,
    month_totals,
    movements,
)
from buurtzaak_desktop.services.settings import read_setting, write_setting

log = logging.getLogger(__name__)
LIMIT_KEY = "kas.monthly_topup_limit_cents"


@dataclass(frozen=True)
class KasDraft:
    day: date
    kind: str  # TOPUP or RECEIPT
    amount_cents: int
    category: str = ""  # A–F for a receipt
    description: str = ""
    receipt: str = ""  # the receipt's number (bon)


# --- settings ------------------------------------------------------------------------------------------
def monthly_limit(session: Session) -> int:
    return int(read_setting(session, LIMIT_KEY, DEFAULT_MONTHLY_TOPUP_LIMIT_CENTS))


def set_monthly_limit(database: Database, cents: int) -> None:
    if cents <= 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Het maximum per maand moet groter dan nul zijn."))
    with database.transaction() as session:
        write_setting(session, LIMIT_KEY, int(cents))


# --- writing --------------------------------------------------------------------------------------------
def check_draft(draft: KasDraft) -> KasDraft:
    """The draft tidied, or an InputError in Dutch."""
    if draft.kind not in KINDS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Onbekende soort kasboeking '{value}'."), value=draft.kind)
    if draft.amount_cents == 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul een bedrag in (niet nul)."))
    category = draft.category.strip().upper()
    receipt = " ".join(draft.receipt.split())
    description = " ".join(draft.description.split())
    if draft.kind == RECEIPT:
        if category not in CATEGORIES:
            raise InputError(
                QT_TRANSLATE_NOOP("core", "'{value}' is geen categorie: vul A t/m F in, of 'aanvulling'."),
                value=draft.category,
            )
        if not receipt:
            raise InputError(QT_TRANSLATE_NOOP("core", "Vul het nummer van de bon in: elke uitgave heeft een bon."))
    else:
        category = ""
    if len(description) > 200 or len(receipt) > 60:
        raise InputError(QT_TRANSLATE_NOOP("core", "De omschrijving (200) of de bon (60 tekens) is te lang."))
    return KasDraft(draft.day, draft.kind, draft.amount_cents, category, description, receipt)


def add_entry(database: Database, draft: KasDraft) -> int:
    """One top-up or receipt; refused in a closed month and when the balance would drop below zero."""
    return add_entries(database, [draft])[0]


def add_entries(database: Database, drafts: Sequence[KasDraft]) -> list[int]:
    drafts = [check_draft(draft) for draft in drafts]
    with database.transaction() as session:
        ids = insert_entries(session, drafts)
    log.info("kas: %s entries added", len(ids))
    return ids


def insert_entries(session: Session, drafts: Sequence[KasDraft]) -> list[int]:
    """Within a caller's transaction (the import): checked drafts written, or a refusal and nothing written."""
    if not drafts:
        return []
    refuse_locked(session, min(draft.day for draft in drafts))  # the earliest day decides: one query, not one each
    ids = insert_rows(session, KasEntry, [dict(draft.__dict__) for draft in drafts])
    refuse_negative(session)
    return ids


def update_entry(database: Database, entry_id: int, draft: KasDraft) -> None:
    draft = check_draft(draft)
    with database.transaction() as session:
        row = _entry(session, entry_id)
        refuse_locked(session, row.day)
        refuse_locked(session, draft.day)
        for name, value in draft.__dict__.items():
            setattr(row, name, value)
        session.flush()
        refuse_negative(session)
    log.info("kas entry %s changed", entry_id)


def delete_entry(database: Database, entry_id: int) -> None:
    with database.transaction() as session:
        row = _entry(session, entry_id)
        refuse_locked(session, row.day)
        session.delete(row)
        session.flush()
        refuse_negative(session)
    log.info("kas entry %s deleted", entry_id)


def close_month(database: Database, month: date, signed_by: str, signed_on: date | None = None) -> None:
    """The coordinator signs the month off: from then on its entries stay as they are.

    Months are closed in order (an earlier month with entries is closed first), and only once they are over."""
    first = month.replace(day=1)
    signed_on = signed_on or now_local().date()
    name = " ".join(signed_by.split())
    if not name:
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul de naam in van wie de maand aftekent."))
    if month_end(first) > signed_on + timedelta(days=1):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "{month} is nog niet voorbij en kan nog niet worden afgesloten."),
            month=Month(first),
        )
    with database.transaction() as session:
        last = last_closed_month(session)
        if last is not None and first <= last:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "De kas is al afgesloten tot en met {month}."), month=Month(last)
            )
        start = month_end(last) if last is not None else None
        earlier = select(func.min(col(KasEntry.day))).where(col(KasEntry.day) < first)
        if start is not None:
            earlier = earlier.where(col(KasEntry.day) >= start)
        open_day = session.scalar(earlier)
        if open_day is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "Sluit eerst {month} af: de maanden worden op volgorde afgesloten."),
                month=Month(open_day.replace(day=1)),
            )
        count, topups, spent = month_totals(session, first)
        session.add(
            KasClosing(
                month=first,
                signed_by=name,
                signed_on=signed_on,
                entry_count=count,
                topup_cents=topups,
                spent_cents=spent,
            )
        )
    log.info("kas month %s closed", f"{first:%Y-%m}")


def refuse_locked(session: Session, day: date) -> None:
    last = last_closed_month(session)
    if last is not None and day < month_end(last):
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "De kas is afgesloten tot en met {month}: een boeking op {day} kan niet meer. "
                "Boek een correctie in een open maand.",
            ),
            month=Month(last),
            day=day.strftime("%d-%m-%Y"),
        )


def refuse_negative(session: Session) -> None:
    negative = first_negative_balance(session)
    if negative is not None:
        day, balance = negative
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Het kassaldo wordt negatief: {amount} op {day}. Boek eerst een aanvulling."),
            amount=format_cents(balance),
            day=day.strftime("%d-%m-%Y"),
        )


# --- reading --------------------------------------------------------------------------------------------


def balance(database: Database, until: date | None = None) -> int:
    with database.reading() as session:
        return sum(m.effect_cents for m in movements(session, until))


def kas_year(database: Database, year: int) -> KasYear:
    with database.reading() as session:
        return kas_year_in(session, year)


def kas_year_in(session: Session, year: int) -> KasYear:
    """Every entry of the year with the balance after it, and the twelve months with their totals and closing."""
    start, end = date(year, 1, 1), date(year + 1, 1, 1)
    opening = sum(m.effect_cents for m in movements(session, start - timedelta(days=1)))
    last = last_closed_month(session)
    rows = session.scalars(
        select(KasEntry)
        .where(col(KasEntry.day) >= start, col(KasEntry.day) < end)
        .order_by(col(KasEntry.day), col(KasEntry.kind) != TOPUP, col(KasEntry.id))
    ).all()
    running = opening
    entries = []
    for row in rows:
        running += row.amount_cents if row.kind == TOPUP else -row.amount_cents
        locked = last is not None and row.day < month_end(last)
        entries.append(
            KasEntryView(
                row.id or 0,
                row.day,
                row.kind,
                row.category,
                row.description,
                row.amount_cents,
                row.receipt,
                running,
                locked,
            )
        )
    limit = monthly_limit(session)
    closings = {c.month: c for c in session.scalars(select(KasClosing).where(col(KasClosing.month) >= start))}
    months, balance_end = [], opening
    for number in range(1, 13):
        first = date(year, number, 1)
        own = [e for e in entries if e.day.month == number]
        topups = sum(e.amount_cents for e in own if e.kind == TOPUP)
        per_category = {letter: 0 for letter in CATEGORIES}
        for e in own:
            if e.kind == RECEIPT:
                per_category[e.category] = per_category.get(e.category, 0) + e.amount_cents
        spent = sum(per_category.values())
        balance_end += topups - spent
        closing = closings.get(first)
        months.append(
            KasMonth(
                first,
                topups,
                spent,
                per_category,
                len(own),
                balance_end,
                topups > limit,
                closing.signed_by if closing else "",
                closing.signed_on if closing else None,
            )
        )
    warnings = [
        f"In {format_month(m.month)} is {format_cents(m.topup_cents)} aangevuld, meer dan het maximum van "
        f"{format_cents(limit)} per maand."
        for m in months
        if m.over_limit
    ]
    return KasYear(year, opening, entries, months, limit, warnings)


def kas_years(database: Database) -> list[int]:
    with database.reading() as session:
        days = session.execute(select(func.min(col(KasEntry.day)), func.max(col(KasEntry.day)))).one()
    if days[0] is None:
        return []
    return list(range(days[0].year, days[1].year + 1))


def previous_open_month(database: Database, today: date) -> date:
    """The month to close next: the one after the last closed month, or last month."""
    with database.reading() as session:
        last = last_closed_month(session)
    return month_end(last) if last is not None else previous_month(today.replace(day=1))


def _entry(session: Session, entry_id: int) -> KasEntry:
    row = session.get(KasEntry, entry_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze kasboeking bestaat niet meer."))
    return row
