"""Booking rooms: one booking or a series, moving and resizing, cancelling; series edits with three scopes.

Every write is one transaction and every booking it writes (each occurrence of a series too) passes the same
checks (``validation``). Scopes for an occurrence of a series: ``this`` (alleen deze), ``following`` (deze en
volgende), ``all`` (de hele reeks). Cancelled occurrences are recorded as explicit exceptions and stay cancelled:
no edit brings them back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import TypeVar

from dateutil.relativedelta import relativedelta
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Booking, BookingSeries, SeriesException
from buurtzaak_desktop.db.models.activiteiten import Activity
from buurtzaak_desktop.db.versioning import claim
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    DoubleBooked,
    InputError,
    NotFound,
    RuleViolation,
    StorageError,
)
from buurtzaak_desktop.domain.rooster.enums import BookingStatus, Scope, Tariff
from buurtzaak_desktop.domain.rooster.recurrence import plan_series, same_nth_weekday
from buurtzaak_desktop.services.rooster.appointment_link import refuse_appointment
from buurtzaak_desktop.services.rooster.bhv import bhv_valid_on, check_bhv_dates
from buurtzaak_desktop.services.rooster.calendar import OpeningCalendar
from buurtzaak_desktop.services.rooster.clashes import SeriesClashes, series_clashes
from buurtzaak_desktop.services.rooster.groups import group_for
from buurtzaak_desktop.services.rooster.rooms import room_parts
from buurtzaak_desktop.services.rooster.session_link import lapse_sessions, linked_sessions, refuse_move
from buurtzaak_desktop.services.rooster.validation import (
    RoosterWarning,
    check_capacity,
    check_clash,
    check_hours,
    check_not_suspended,
    check_times,
    get_room,
    share_warning,
)

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class BookingRequest:
    """What the beheerder types for a booking. ``setup_minutes``/``cleanup_minutes`` None: the room's default."""

    room_id: int
    day: date
    start: time
    end: time
    title: str
    group_name: str = ""
    contact: str = ""
    people: int = 0
    tariff: str = Tariff.FREE
    setup_minutes: int | None = None
    cleanup_minutes: int | None = None
    bhv_volunteer_id: int | None = None  # the beheerder with a valid BHV, needed outside the opening hours
    activity_id: int | None = None
    frequency: str | None = None  # None, weekly, biweekly, monthly
    until: date | None = None
    count: int | None = None
    skip_clashes: bool = False  # a series: book the free dates and skip (and list) those on which the room is taken


@dataclass
class BookingResult:
    booking_ids: list[int] = field(default_factory=list)
    skipped_days: list[date] = field(default_factory=list)  # series days on which the centre is closed
    clashed_days: list[date] = field(default_factory=list)  # series days skipped: the room is taken (skip_clashes)
    warnings: list[RoosterWarning] = field(default_factory=list)
    series_id: int | None = None


def book(database: Database, request: BookingRequest) -> BookingResult:
    """Book a room once or as a series. Refuses (RuleViolation/InputError) with the reason; nothing is written then."""
    return once_more_after_a_race(lambda: _book(database, request))


def once_more_after_a_race(operation: Callable[[], T]) -> T:
    """Run a booking operation; when another desk booked the same time at the same moment, run it once more.

    On a server two desks can both pass the clash check (neither sees the other's booking before it commits); the
    database's exclusion constraint (migration 0021) lets one commit and refuses the other. Run again, the other now
    sees the committed booking and is refused with the usual clash message, naming it."""
    try:
        return operation()
    except DoubleBooked:
        log.info("booking raced another desk's: checking again")
    except StorageError as error:
        if not _rolled_back_for_another_desk(error):
            raise
        log.info("booking raced another desk's (the server rolled this one back): checking again")
    return operation()


def _rolled_back_for_another_desk(error: StorageError) -> bool:
    """The server rolled this transaction back because another desk's waited for it and it for the other: two
    overlapping bookings whose commits checked each other at the same moment (a deadlock, SQLSTATE 40P01), or a
    serialisation failure (40001). Run again, the check sees the other's booking; any other failure is reported."""
    return getattr(getattr(error.__cause__, "orig", None), "sqlstate", None) in ("40P01", "40001")


def _book(database: Database, request: BookingRequest) -> BookingResult:
    with database.transaction() as session:
        result = book_in(session, request)
    log.info(
        "booked: %d booking(s), %d skipped, series=%s",
        len(result.booking_ids),
        len(result.skipped_days),
        result.series_id,
    )
    return result


def book_in(session: Session, request: BookingRequest) -> BookingResult:
    """``book`` inside an open transaction (for imports and other areas' operations)."""
    check_request(request)
    check_activity(session, request.activity_id)
    room = get_room(session, request.room_id)
    setup = room.setup_minutes if request.setup_minutes is None else request.setup_minutes
    cleanup = room.cleanup_minutes if request.cleanup_minutes is None else request.cleanup_minutes
    days, skipped = _days_of(session, request)
    result = BookingResult(skipped_days=skipped)
    if request.frequency:
        days, result.clashed_days = _without_clashes(session, request, days, setup, cleanup)
    if request.frequency:
        series = BookingSeries(
            frequency=request.frequency,
            first_day=request.day,
            until=request.until,
            count=request.count,
            title=request.title.strip(),
        )
        session.add(series)
        session.flush()
        result.series_id = series.id
        for skipped_day in skipped:
            session.add(SeriesException(series_id=series.id or 0, day=skipped_day, kind="closed"))
        for clashed_day in result.clashed_days:  # an exception, so no later series edit books it after all
            session.add(SeriesException(series_id=series.id or 0, day=clashed_day, kind="clash"))
    parts = room_parts(session)
    calendar = OpeningCalendar(session, min(days) - timedelta(days=7), max(days) + timedelta(days=7))
    if len(days) > 1:  # a series names every out-of-hours date its beheerder's BHV does not cover
        check_bhv_dates(
            session, [(calendar.hours(d), request.start, request.end) for d in days], request.bhv_volunteer_id
        )
    group = group_for(session, request.group_name)
    for day in days:
        booking = Booking(
            room_id=request.room_id,
            day=day,
            start=request.start,
            end=request.end,
            setup_minutes=setup,
            cleanup_minutes=cleanup,
            title=request.title.strip(),
            group_id=group.id if group is not None else None,
            group=group,
            contact=request.contact.strip(),
            people=request.people,
            tariff=request.tariff,
            bhv_volunteer_id=request.bhv_volunteer_id,
            series_id=result.series_id,
            occurrence_day=day if result.series_id else None,
            activity_id=request.activity_id,
        )
        result.warnings += _validate(session, booking, calendar, parts, ignore=())
        session.add(booking)
        session.flush()
        result.booking_ids.append(booking.id or 0)
    result.warnings = _unique(result.warnings)
    return result


def _without_clashes(
    session: Session, request: BookingRequest, days: list[date], setup: int, cleanup: int
) -> tuple[list[date], list[date]]:
    """A series' days without those on which the room is taken, and those. Without ``skip_clashes`` a clash
    refuses the series, naming every clashing date (``SeriesClashes``), not just the first."""
    clashes = series_clashes(session, request.room_id, days, request.start, request.end, setup, cleanup)
    return split_clashes(request, days, clashes)


def split_clashes(
    request: BookingRequest, days: list[date], clashes: list[tuple[date, RuleViolation]]
) -> tuple[list[date], list[date]]:
    """The series' free days and its clashing days; without ``skip_clashes`` any clash refuses the whole series,
    naming every clashing date. Shared by one booking and the bulk import, so both say the same."""
    if not clashes:
        return days, []
    if not request.skip_clashes:
        raise SeriesClashes(clashes, total=len(days))
    clashed = [day for day, _clash in clashes]
    free = [day for day in days if day not in clashed]
    if not free:
        raise InputError(QT_TRANSLATE_NOOP("core", "Op alle datums van deze reeks is de ruimte al geboekt."))
    return free, clashed


def check_request(request: BookingRequest) -> None:
    check_times(request.start, request.end)
    if not request.title.strip():
        raise InputError(QT_TRANSLATE_NOOP("core", "Geef de boeking een omschrijving."), field="omschrijving")
    if request.tariff not in tuple(Tariff):
        raise InputError(QT_TRANSLATE_NOOP("core", "Onbekend tarief '{value}'."), value=request.tariff)
    if request.people < 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Het aantal personen kan niet negatief zijn."))


def check_activity(session: Session, activity_id: int | None) -> None:
    """The optional link to an activity must point at an activity that exists."""
    if activity_id is not None and session.get(Activity, activity_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze activiteit bestaat niet (meer)."))


def _days_of(session: Session, request: BookingRequest) -> tuple[list[date], list[date]]:
    if not request.frequency:
        return [request.day], []
    from buurtzaak_desktop.domain.rooster.recurrence import series_days

    every = series_days(request.frequency, request.day, request.until, request.count)
    calendar = OpeningCalendar(session, every[0], every[-1])
    closed = {day for day in every if not calendar.hours(day).is_open}
    planned = plan_series(request.frequency, request.day, request.until, request.count, closed)
    if not planned.days:
        raise InputError(QT_TRANSLATE_NOOP("core", "Alle datums van deze reeks vallen op sluitingsdagen."))
    return planned.days, planned.skipped


def _validate(
    session: Session,
    booking: Booking,
    calendar: OpeningCalendar,
    parts: dict[int, frozenset[int]],
    ignore: set[int] | tuple[()],
) -> list[RoosterWarning]:
    """Refuse a booking that breaks a rule; return the warnings it gives."""
    from buurtzaak_desktop.services.rooster.validation import slot_of

    room = get_room(session, booking.room_id)
    check_times(booking.start, booking.end)
    check_not_suspended(session, booking.group, booking.day)
    check_capacity(room, booking.people)
    check_hours(session, calendar.hours(booking.day), booking.start, booking.end, booking.bhv_volunteer_id)
    slot = slot_of(booking)
    check_clash(session, slot, parts, ignore={*ignore, *([booking.id] if booking.id else [])})
    monday = booking.day - timedelta(days=booking.day.weekday())
    week = [calendar.hours(monday + timedelta(days=offset)) for offset in range(7)]
    warnings = [share_warning(session, room, slot, booking.group, week)]
    return [warning for warning in warnings if warning is not None]


def _unique(warnings: list[RoosterWarning]) -> list[RoosterWarning]:
    seen: dict[str, RoosterWarning] = {}
    for warning in warnings:
        seen.setdefault(warning.message, warning)
    return list(seen.values())


@dataclass
class BookingChanges:
    """New values for a booking; None leaves a field as it is. ``day`` moves the booking (a series: by as many days)."""

    room_id: int | None = None
    day: date | None = None
    start: time | None = None
    end: time | None = None
    title: str | None = None
    group_name: str | None = None
    contact: str | None = None
    people: int | None = None
    tariff: str | None = None
    setup_minutes: int | None = None
    cleanup_minutes: int | None = None
    bhv_volunteer_id: int | None = None  # name this beheerder (BHV)
    clear_bhv: bool = False  # remove the beheerder
    activity_id: int | None = None  # link the booking to this activity
    unlink_activity: bool = False  # remove the link to an activity
    seen_version: int | None = None  # the version the change was made on (None: as it is now)


def get_booking(session: Session, booking_id: int) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze boeking bestaat niet (meer)."))
    return booking


def _targets(session: Session, booking: Booking, scope: Scope) -> list[Booking]:
    """The live bookings a scope covers. Cancelled occurrences are never among them: they stay cancelled."""
    if booking.series_id is None or scope == Scope.THIS:
        return [booking]
    query = select(Booking).where(Booking.series_id == booking.series_id, Booking.status == BookingStatus.LIVE)
    if scope == Scope.FOLLOWING:
        query = query.where(col(Booking.day) >= booking.day)
    return list(session.exec(query.order_by(col(Booking.day))))


@dataclass
class EditResult:
    """What a change did: warnings, the occurrences skipped because the centre is closed on their (new) day,
    and the series that holds the changed occurrences (a new one after "deze en volgende")."""

    warnings: list[RoosterWarning] = field(default_factory=list)
    skipped_days: list[date] = field(default_factory=list)
    series_id: int | None = None


def update_booking(
    database: Database, booking_id: int, changes: BookingChanges, scope: Scope = Scope.THIS
) -> EditResult:
    """Move, resize or edit a booking (or the occurrences the scope covers). Each one is checked again.

    For "deze en volgende" and "de hele reeks", an occurrence that lands on a closing day is skipped: cancelled,
    recorded as an exception (``closed``) and listed in the result. Every other occurrence passes every check; one
    refusal refuses the whole change. "Deze en volgende" splits the series: the original ends before the occurrence
    and a new series holds the changed rule, its occurrences and their exceptions.
    """
    return once_more_after_a_race(lambda: _update_booking(database, booking_id, changes, scope))


def _update_booking(database: Database, booking_id: int, changes: BookingChanges, scope: Scope) -> EditResult:
    with database.transaction() as session:
        claim(session, Booking, booking_id, changes.seen_version)  # refused if another desk changed it meanwhile
        refuse_appointment(session, [get_booking(session, booking_id)])  # moved in the Spreekuur, with its talk
        result = update_in(session, booking_id, changes, scope)
    log.info(
        "booking %s changed: scope=%s, %d skipped",
        booking_id,
        scope,
        len(result.skipped_days),
    )
    return result


def update_in(session: Session, booking_id: int, changes: BookingChanges, scope: Scope = Scope.THIS) -> EditResult:
    """``update_booking`` inside an open transaction (for other areas' operations that move their own booking)."""
    booking = get_booking(session, booking_id)
    targets = _targets(session, booking, scope)
    new_days = _new_days(session, booking, targets, changes.day, scope)
    shift = _day_shift(session, booking, changes.day)  # the rule's move, taken before the booking moves
    moved = any(new_days[index] != target.day for index, target in enumerate(targets))
    parts = room_parts(session)
    every = [t.day for t in targets] + new_days
    calendar = OpeningCalendar(session, min(every) - timedelta(days=7), max(every) + timedelta(days=7))
    ids = {t.id for t in targets if t.id is not None}
    check_activity(session, changes.activity_id)
    _refuse_moving_sessions(session, targets, new_days, changes)
    in_series = booking.series_id is not None and scope != Scope.THIS
    result = EditResult(series_id=booking.series_id)
    if in_series:
        _check_series_bhv(session, calendar, targets, new_days, changes)
    now = clock.now_utc()
    group = group_for(session, changes.group_name) if changes.group_name is not None else None
    skipped: list[Booking] = []
    # Each target is checked against everything live except the targets still at their old place: those already
    # moved count (two occurrences moved "alleen deze" onto one day in two rooms must not land in one room).
    not_yet_moved = set(ids)
    for target, new_day in zip(targets, new_days, strict=True):
        not_yet_moved.discard(target.id)
        if in_series and _skip_closed(session, calendar, target, new_day, changes):
            refuse_move(linked_sessions(session, [target]))  # skipping would cancel a session unasked
            target.status = BookingStatus.CANCELLED
            target.cancelled_at = now
            skipped.append(target)
            result.skipped_days.append(new_day)
            continue
        target.day = new_day
        _apply(target, changes)
        if changes.group_name is not None:
            target.group_id, target.group = (group.id if group is not None else None), group
        if target.tariff not in tuple(Tariff):
            raise InputError(QT_TRANSLATE_NOOP("core", "Onbekend tarief '{value}'."), value=target.tariff)
        result.warnings += _validate(session, target, calendar, parts, ignore=not_yet_moved)
    if in_series and len(skipped) == len(targets):
        raise InputError(QT_TRANSLATE_NOOP("core", "Na deze wijziging vallen alle datums op sluitingsdagen."))
    if booking.series_id is not None and scope == Scope.THIS and (moved or changes.start or changes.end):
        _record_exception(session, booking, "moved")
    if in_series:
        result.series_id = _rewrite_series(session, booking, targets, skipped, changes, scope, shift)
    session.flush()
    result.warnings = _unique(result.warnings)
    return result


def _moves(target: Booking, new_day: date, changes: BookingChanges) -> bool:
    """True when the change takes the booking to another room, day or time, or changes its activity link."""
    if new_day != target.day or (changes.unlink_activity and target.activity_id is not None):
        return True
    pairs = (
        (changes.room_id, target.room_id),
        (changes.start, target.start),
        (changes.end, target.end),
        (changes.activity_id, target.activity_id),
    )
    return any(new is not None and new != old for new, old in pairs)


def _refuse_moving_sessions(
    session: Session, targets: list[Booking], new_days: list[date], changes: BookingChanges
) -> None:
    """A booking that holds an activity's session moves only with it, in Activiteiten (else the session is left at
    the old room and time). Title, contact, people, set-up and BHV may change here."""
    refuse_move(linked_sessions(session, [t for t, d in zip(targets, new_days, strict=True) if _moves(t, d, changes)]))


def _skip_closed(
    session: Session, calendar: OpeningCalendar, target: Booking, new_day: date, changes: BookingChanges
) -> bool:
    """True when an occurrence of a series edit lands on a day the centre is closed, so it is skipped.

    An occurrence that already stood on that closed day with a valid BHV on it (an exception the beheerder made)
    stays, as long as it still has one."""
    hours = calendar.hours(new_day)
    if hours.is_open:
        return False
    if new_day != target.day:
        return True
    return not bhv_valid_on(session, _bhv_after(target, changes), new_day)


def _bhv_after(target: Booking, changes: BookingChanges) -> int | None:
    if changes.clear_bhv:
        return None
    return target.bhv_volunteer_id if changes.bhv_volunteer_id is None else changes.bhv_volunteer_id


def _check_series_bhv(
    session: Session, calendar: OpeningCalendar, targets: list[Booking], new_days: list[date], changes: BookingChanges
) -> None:
    """Every out-of-hours date of a series edit needs the beheerder's BHV: list all dates it does not cover (days
    the centre is closed are left to ``_skip_closed``)."""
    slots = []
    volunteers = set()
    for target, new_day in zip(targets, new_days, strict=True):
        hours = calendar.hours(new_day)
        if hours.is_open:
            slots.append((hours, changes.start or target.start, changes.end or target.end))
            volunteers.add(_bhv_after(target, changes))
    if len(volunteers) == 1:  # one beheerder for all: one list of dates (otherwise each is checked on its own)
        check_bhv_dates(session, slots, volunteers.pop())


def _day_shift(session: Session, booking: Booking, day: date | None) -> Callable[[date], date]:
    """The function that moves a day of the series' rule the way ``booking`` moves to ``day``."""
    if day is None:
        return lambda other: other
    series = session.get(BookingSeries, booking.series_id) if booking.series_id is not None else None
    if series is None or series.frequency != "monthly":
        delta = day - booking.day
        return lambda other: other + delta
    anchor = booking.day

    def monthly(other: date) -> date:
        months = (day.year - anchor.year) * 12 + day.month - anchor.month
        return same_nth_weekday(other + relativedelta(day=1, months=months), day)

    return monthly


def _rewrite_series(
    session: Session,
    booking: Booking,
    targets: list[Booking],
    skipped: list[Booking],
    changes: BookingChanges,
    scope: Scope,
    shift: Callable[[date], date],
) -> int | None:
    """Store the changed rule: the series record, the rule days of its occurrences and its exceptions.

    "De hele reeks" changes the series in place. "Deze en volgende" from an occurrence with earlier ones ends the
    series before it (until/count) and moves the following occurrences, cancelled ones included, and their
    exceptions to a new series with the changed rule. Exceptions move with the rule, so no edit brings back an
    occurrence that was cancelled or skipped."""
    from buurtzaak_desktop.domain.rooster.recurrence import series_days

    series = session.get(BookingSeries, booking.series_id)
    if series is None:
        return booking.series_id
    pivot = booking.occurrence_day or booking.day
    rows = list(session.exec(select(Booking).where(Booking.series_id == series.id)))
    exceptions = list(session.exec(select(SeriesException).where(SeriesException.series_id == series.id)))
    target_ids = {target.id for target in targets}

    def in_tail(row: Booking) -> bool:
        if scope == Scope.ALL or row.id in target_ids:
            return True
        return row.status != BookingStatus.LIVE and (row.occurrence_day or row.day) >= pivot

    tail_rows = [row for row in rows if in_tail(row)]
    tail_exceptions = [e for e in exceptions if scope == Scope.ALL or e.day >= pivot]
    split = scope == Scope.FOLLOWING and (
        len(tail_rows) < len(rows) or len(tail_exceptions) < len(exceptions) or pivot > series.first_day
    )
    tail = series
    if split:
        rule_days = series_days(series.frequency, series.first_day, series.until, series.count)
        before = sum(1 for day in rule_days if day < pivot)
        tail = BookingSeries(frequency=series.frequency, first_day=shift(pivot), title=series.title)
        if series.until is not None:
            tail.until = shift(series.until)
            series.until = max(series.first_day, pivot - timedelta(days=1))
        else:
            tail.count = max(1, (series.count or len(rule_days)) - before)
            series.count = max(1, before)
        session.add(tail)
        session.flush()
    else:
        series.first_day = shift(series.first_day)
        if series.until is not None:
            series.until = shift(series.until)
    if changes.title is not None and changes.title.strip():
        tail.title = changes.title.strip()
    kinds = {exception.day: exception.kind for exception in tail_exceptions}
    for exception in tail_exceptions:
        session.delete(exception)
    session.flush()
    skipped_ids = {row.id for row in skipped}
    for row in tail_rows:
        if row.occurrence_day is not None:
            row.occurrence_day = shift(row.occurrence_day)
        row.series_id = tail.id
    new_exceptions = {shift(day): kind for day, kind in kinds.items()}
    for row in tail_rows:
        if row.id in skipped_ids and row.occurrence_day is not None:
            new_exceptions[row.occurrence_day] = "closed"
    for day, kind in new_exceptions.items():
        session.add(SeriesException(series_id=tail.id or 0, day=day, kind=kind))
    return tail.id


def _new_days(session: Session, booking: Booking, targets: list[Booking], day: date | None, scope: Scope) -> list[date]:
    """Where each target goes when ``booking`` moves to ``day``: the same number of days later, except in a
    monthly series, where the rule stays "the nth weekday of the month" (first Monday -> first Tuesday)."""
    if day is None:
        return [target.day for target in targets]
    if scope == Scope.THIS:
        return [target.day + (day - booking.day) for target in targets]
    shift = _day_shift(session, booking, day)
    return [shift(target.day) for target in targets]


def _apply(target: Booking, changes: BookingChanges) -> None:
    for name in ("room_id", "start", "end", "people", "tariff", "setup_minutes", "cleanup_minutes"):
        value = getattr(changes, name)
        if value is not None:
            setattr(target, name, value)
    for name in ("title", "contact"):
        value = getattr(changes, name)
        if value is not None:
            setattr(target, name, value.strip())
    target.bhv_volunteer_id = _bhv_after(target, changes)
    if changes.unlink_activity:
        target.activity_id = None
    elif changes.activity_id is not None:
        target.activity_id = changes.activity_id


def _record_exception(session: Session, booking: Booking, kind: str) -> None:
    if booking.series_id is None or booking.occurrence_day is None:
        return
    existing = session.get(SeriesException, (booking.series_id, booking.occurrence_day))
    if existing is None:
        session.add(SeriesException(series_id=booking.series_id, day=booking.occurrence_day, kind=kind))
    else:
        existing.kind = kind


def cancel_booking(
    database: Database, booking_id: int, scope: Scope = Scope.THIS, cancel_sessions: bool = False
) -> int:
    """Cancel a booking (or the occurrences the scope covers); they stay in the history. Returns how many.

    A booking that holds an activity's session is cancelled only with ``cancel_sessions``: the session becomes
    "niet doorgegaan" in the same transaction. Without it, ``SessionsWouldLapse`` names them (to ask the user)."""
    with database.transaction() as session:
        booking = get_booking(session, booking_id)
        if booking.status == BookingStatus.LIVE:
            refuse_appointment(session, _targets(session, booking, scope))
            lapse_sessions(session, _targets(session, booking, scope), confirmed=cancel_sessions)
        count = cancel_in(session, booking_id, scope)
    log.info("booking %s cancelled: scope=%s, %d booking(s)", booking_id, scope, count)
    return count


def cancel_in(session: Session, booking_id: int, scope: Scope = Scope.THIS) -> int:
    booking = get_booking(session, booking_id)
    targets = _targets(session, booking, scope) if booking.status == BookingStatus.LIVE else []
    now = clock.now_utc()
    for target in targets:
        target.status = BookingStatus.CANCELLED
        target.cancelled_at = now
        _record_exception(session, target, "cancelled")
    return len(targets)


def series_info(database: Database, series_id: int) -> tuple[BookingSeries, int, int]:
    """The series, its number of live occurrences, and the number of exceptions (cancelled/moved/closed)."""
    with database.reading() as session:
        series = session.get(BookingSeries, series_id)
        if series is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze reeks bestaat niet (meer)."))
        live = len(
            list(
                session.exec(
                    select(col(Booking.id)).where(Booking.series_id == series_id, Booking.status == BookingStatus.LIVE)
                )
            )
        )
        exceptions = len(
            list(session.exec(select(col(SeriesException.day)).where(SeriesException.series_id == series_id)))
        )
        return series, live, exceptions


def request_from(booking: Booking) -> BookingRequest:
    """A request with a booking's values (for a dialog that edits or copies it)."""
    return BookingRequest(
        room_id=booking.room_id,
        day=booking.day,
        start=booking.start,
        end=booking.end,
        title=booking.title,
        group_name=booking.group_name,
        contact=booking.contact,
        people=booking.people,
        tariff=booking.tariff,
        setup_minutes=booking.setup_minutes,
        cleanup_minutes=booking.cleanup_minutes,
        bhv_volunteer_id=booking.bhv_volunteer_id,
        activity_id=booking.activity_id,
    )


__all__ = [
    "BookingChanges",
    "BookingRequest",
    "BookingResult",
    "EditResult",
    "Scope",
    "SeriesClashes",
    "book",
    "cancel_booking",
    "update_booking",
]
