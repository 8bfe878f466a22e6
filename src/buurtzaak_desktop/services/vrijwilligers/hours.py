"""Hours per volunteer per day and role (by hand, from shifts held, corrections), their totals and value;
the vrijwilligersvergoeding (volunteer allowance) paid per month, by category, for the Begroting's actuals.

The allowance's functions and table keep their old name ``handgeld``; what the user sees is the
vrijwilligersvergoeding (handgeld is the location's petty cash, services/begroting/kas.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract
from sqlmodel import Session, col, func, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import (
    HandgeldPayment,
    ShiftAssignment,
    Volunteer,
    VolunteerHours,
    VolunteerRole,
    VolunteerShift,
)
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.vrijwilligers.hours import hours_value_cents, shift_minutes
from buurtzaak_desktop.services.settings import read_setting
from buurtzaak_desktop.services.vrijwilligers.reference import resolve_role
from buurtzaak_desktop.services.vrijwilligers.shifts import unfit_in
from buurtzaak_desktop.services.vrijwilligers.volunteers import get_in

log = logging.getLogger(__name__)
RATE_SETTING = "volunteer_hour_rate_cents"  # {"2026": 1004, ...}: the minimum wage per hour, per year
DEFAULT_RATE_CENTS = 1004  # €10,04, the rate the populaire begroting of 004_… uses
MAX_MINUTES_A_DAY = 24 * 60


@dataclass(frozen=True)
class HoursValue:
    year: int
    minutes: int
    rate_cents: int
    value_cents: int


@dataclass(frozen=True)
class HandgeldActual:
    month: date
    category: str
    amount_cents: int


def log_hours(
    database: Database, volunteer_id: int, day: date, minutes: int, role: str | None = None, source: str = "hand"
) -> int:
    """Hours typed by hand, or a correction (source 'correctie', may be negative)."""
    with database.transaction() as session:
        get_in(session, volunteer_id)
        if source not in ("hand", "correctie"):
            raise InputError(QT_TRANSLATE_NOOP("core", "Onbekende bron van uren '{value}'."), value=source)
        if source == "hand" and not 0 < minutes <= MAX_MINUTES_A_DAY:
            raise InputError(QT_TRANSLATE_NOOP("core", "Het aantal uren moet tussen 0 en 24 liggen."))
        row = VolunteerHours(
            volunteer_id=volunteer_id,
            day=day,
            minutes=minutes,
            role_id=resolve_role(session, role) if role else None,
            source=source,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def record_shift_held(database: Database, shift_id: int, day: date, absent: set[int] | None = None) -> int:
    """The shift took place on ``day``: log its hours for everyone on it except ``absent`` and those who did not
    qualify that day (pauze, gestopt, a required certificate expired: ``shifts.unfit_on`` says who). Returns the count.

    A second call for the same day adds nobody twice; differences afterwards are corrections (or hours by hand).
    """
    with database.transaction() as session:
        return record_shift_held_in(session, shift_id, day, absent or set())


def record_shift_held_in(session: Session, shift_id: int, day: date, absent: set[int]) -> int:
    shift = session.get(VolunteerShift, shift_id)
    if shift is None or day.weekday() != shift.weekday:
        raise RuleViolation(QT_TRANSLATE_NOOP("core", "Deze dienst valt niet op {day}."), day=day.isoformat())
    done = set(
        session.exec(
            select(VolunteerHours.volunteer_id).where(VolunteerHours.shift_id == shift_id, VolunteerHours.day == day)
        )
    )
    people = session.exec(select(ShiftAssignment.volunteer_id).where(ShiftAssignment.shift_id == shift_id)).all()
    unfit = unfit_in(session, shift.role_id, day, people)
    added = 0
    for volunteer_id in people:
        if volunteer_id in absent or volunteer_id in done or volunteer_id in unfit:
            continue
        session.add(
            VolunteerHours(
                volunteer_id=volunteer_id,
                day=day,
                role_id=shift.role_id,
                minutes=shift_minutes(shift.start, shift.end),
                source="dienst",
                shift_id=shift_id,
            )
        )
        added += 1
    log.info("shift held: shift=%s hours rows=%s", shift_id, added)
    return added


def rate_cents(session: Session, year: int) -> int:
    """The year's rate; a year without one uses the latest earlier year's, then the default."""
    rates = {int(key): int(value) for key, value in (read_setting(session, RATE_SETTING, {}) or {}).items()}
    earlier = [known for known in rates if known <= year]
    return rates[max(earlier)] if earlier else DEFAULT_RATE_CENTS


def set_rate(database: Database, year: int, cents: int) -> None:
    from buurtzaak_desktop.services.settings import write_setting

    if cents < 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Het uurtarief kan niet negatief zijn."))
    with database.transaction() as session:
        rates = dict(read_setting(session, RATE_SETTING, {}) or {})
        rates[str(year)] = cents
        write_setting(session, RATE_SETTING, rates)


def monthly_minutes(session: Session, year: int) -> dict[int, dict[int, int]]:
    """Volunteer id -> month (1-12) -> minutes, corrections included."""
    month = extract("month", col(VolunteerHours.day))
    rows = session.exec(
        select(VolunteerHours.volunteer_id, month, func.sum(VolunteerHours.minutes))
        .where(VolunteerHours.day >= date(year, 1, 1), VolunteerHours.day < date(year + 1, 1, 1))
        .group_by(col(VolunteerHours.volunteer_id), month)
    )
    result: dict[int, dict[int, int]] = {}
    for volunteer_id, number, minutes in rows:
        result.setdefault(volunteer_id, {})[int(number)] = int(minutes or 0)
    return result


def hours_by_month(database: Database, year: int) -> dict[int, dict[int, int]]:
    with database.reading() as session:
        return monthly_minutes(session, year)


def total_minutes(session: Session, start: date, end: date, volunteer_id: int | None = None) -> int:
    """All minutes logged with start <= day < end (half-open), for everyone or one volunteer."""
    query = select(func.coalesce(func.sum(VolunteerHours.minutes), 0)).where(
        VolunteerHours.day >= start, VolunteerHours.day < end
    )
    if volunteer_id is not None:
        query = query.where(VolunteerHours.volunteer_id == volunteer_id)
    return int(session.exec(query).one())


def hours_value(database: Database, year: int) -> HoursValue:
    """The year's volunteer hours valued at the year's rate: the populaire begroting's figure."""
    with database.reading() as session:
        minutes = total_minutes(session, date(year, 1, 1), date(year + 1, 1, 1))
        rate = rate_cents(session, year)
        return HoursValue(year, minutes, rate, hours_value_cents(minutes, rate))


def hours_by_role(database: Database, year: int) -> dict[str, int]:
    with database.reading() as session:
        rows = session.exec(
            select(VolunteerRole.name, func.sum(VolunteerHours.minutes))
            .join(VolunteerRole, col(VolunteerRole.id) == VolunteerHours.role_id, isouter=True)
            .where(VolunteerHours.day >= date(year, 1, 1), VolunteerHours.day < date(year + 1, 1, 1))
            .group_by(col(VolunteerRole.name))
        )
        return {name or "": int(minutes or 0) for name, minutes in rows}


def hours_of(database: Database, volunteer_id: int, start: date, end: date) -> list[tuple[VolunteerHours, str]]:
    with database.reading() as session:
        rows = session.exec(
            select(VolunteerHours, VolunteerRole.name)
            .join(VolunteerRole, col(VolunteerRole.id) == VolunteerHours.role_id, isouter=True)
            .where(VolunteerHours.volunteer_id == volunteer_id, VolunteerHours.day >= start, VolunteerHours.day < end)
            .order_by(col(VolunteerHours.day).desc())
        )
        return [(hours, name or "") for hours, name in rows]


def pay_handgeld(
    database: Database, volunteer_id: int, month: date, cents: int, category: str = "vrijwilligersvergoeding"
) -> int:
    """The allowance paid to one volunteer in one month under one category (a second one the same month is refused)."""
    with database.transaction() as session:
        volunteer = get_in(session, volunteer_id)
        if cents < 0:
            raise InputError(QT_TRANSLATE_NOOP("core", "Het bedrag kan niet negatief zijn."))
        category = " ".join(category.split()).lower()
        if not category or len(category) > 60:
            raise InputError(QT_TRANSLATE_NOOP("core", "Vul een categorie in (hoogstens 60 tekens)."))
        first = month.replace(day=1)
        paid = session.exec(
            select(HandgeldPayment.id).where(
                HandgeldPayment.volunteer_id == volunteer_id,
                HandgeldPayment.month == first,
                HandgeldPayment.category == category,
            )
        ).first()
        if paid is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "Aan {name} is voor {month} al {category} betaald."),
                name=volunteer.name,
                month=f"{first:%m-%Y}",
                category=category,
            )
        row = HandgeldPayment(volunteer_id=volunteer_id, month=first, amount_cents=cents, category=category)
        session.add(row)
        session.flush()
        assert row.id is not None
        log.info("handgeld paid: id=%s", row.id)
        return row.id


def remove_handgeld(database: Database, payment_id: int) -> None:
    """Take back a payment entered by mistake."""
    with database.transaction() as session:
        row = session.get(HandgeldPayment, payment_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze betaling bestaat niet (meer)."))
        session.delete(row)
        log.info("handgeld removed: id=%s", payment_id)


@dataclass(frozen=True)
class HandgeldRow:
    id: int
    month: date
    volunteer_id: int
    name: str
    category: str
    amount_cents: int


def handgeld_payments(database: Database, year: int) -> list[HandgeldRow]:
    """Every payment in ``year``, latest month first, then by name."""
    with database.reading() as session:
        rows = session.exec(
            select(HandgeldPayment, Volunteer.name)
            .join(Volunteer, col(Volunteer.id) == HandgeldPayment.volunteer_id)
            .where(HandgeldPayment.month >= date(year, 1, 1), HandgeldPayment.month < date(year + 1, 1, 1))
            .order_by(col(HandgeldPayment.month).desc(), col(Volunteer.name), col(HandgeldPayment.category))
        )
        return [
            HandgeldRow(payment.id, payment.month, payment.volunteer_id, name, payment.category, payment.amount_cents)
            for payment, name in rows
            if payment.id is not None
        ]


def handgeld_categories(database: Database) -> list[str]:
    """The categories used so far, 'vrijwilligersvergoeding' always among them."""
    with database.reading() as session:
        used = set(session.exec(select(HandgeldPayment.category).distinct()))
    return sorted(used | {"vrijwilligersvergoeding"})


def handgeld_actuals_in(session: Session, year: int, until: date | None = None) -> list[HandgeldActual]:
    """The allowance paid per month and category in ``year``: the actuals of the vrijwilligersvergoeding line.

    With ``until``, only the months that have begun by then (a payment is dated by its month's first day).
    """
    last = date(year, 12, 31) if until is None else min(until, date(year, 12, 31))
    rows = session.exec(
        select(col(HandgeldPayment.month), col(HandgeldPayment.category), func.sum(HandgeldPayment.amount_cents))
        .where(HandgeldPayment.month >= date(year, 1, 1), HandgeldPayment.month <= last)
        .group_by(col(HandgeldPayment.month), col(HandgeldPayment.category))
        .order_by(col(HandgeldPayment.month), col(HandgeldPayment.category))
    )
    return [HandgeldActual(month, category, int(total or 0)) for month, category, total in rows]


def handgeld_actuals(database: Database, year: int) -> list[HandgeldActual]:
    with database.reading() as session:
        return handgeld_actuals_in(session, year)


def volunteer_hours_centi(session: Session, year: int) -> int:
    """The year's volunteer hours in hundredths of an hour (rounded half up): the populaire begroting's hours."""
    minutes = total_minutes(session, date(year, 1, 1), date(year + 1, 1, 1))
    return (minutes * 100 + 30) // 60
