"""``buurtzaak check`` for the rooster: two live bookings that overlap (set-up/clean-up and combined rooms too),
out-of-hours bookings without a beheerder whose BHV is valid on the day, a live booking over its room's capacity, a
live booking of a group in its suspension period.

Reads the plain tables (db/tables.py): ``check`` builds no model classes."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import TextClause, select, text
from sqlmodel import Session

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.db.portable import minute_of_day
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.domain.rooster.rules import BHV
from buurtzaak_desktop.services.rooster.opening import live_bookings_outside_hours

MAX_FINDINGS = 50
ACTIVE_VOLUNTEER = "actief"  # a volunteer's status that counts (domain/vrijwilligers/people.py STATUSES)
booking = tables.booking

# The clash rule of domain/rooster/overlap.py (``overlaps``) in one query, so that SQLite compares only the
# bookings of one day in one physical room (a combined room stands in each of its parts) instead of Python comparing
# every pair of a day: the large demo's 65,000 live bookings take a fraction of a second instead of ten.
# Times are stored as 'HH:MM:SS.ffffff' in SQLite, as TIME on a server; blocked minutes count set-up before and
# clean-up after; touching is fine.
_OVERLAPS = """
    WITH parts(room_id, part) AS (
        SELECT combined_id, part_id FROM room_part
        UNION ALL SELECT id, id FROM room WHERE id NOT IN (SELECT combined_id FROM room_part)),
    lane AS MATERIALIZED (
        SELECT b.id, b.day, b.start, p.part,
            {start_minute} - b.setup_minutes AS blocked_from,
            {end_minute} + b.cleanup_minutes AS blocked_until
        FROM booking b JOIN parts p ON p.room_id = b.room_id
        WHERE b.status = :live)
    SELECT DISTINCT a.day, a.start, a.id, b.start, b.id
    FROM lane a JOIN lane b
        ON b.day = a.day AND b.part = a.part AND a.id < b.id
        AND a.blocked_from < b.blocked_until AND b.blocked_from < a.blocked_until
    """


def _overlaps(dialect: str) -> TextClause:
    return text(
        _OVERLAPS.format(start_minute=minute_of_day("b.start", dialect), end_minute=minute_of_day('b."end"', dialect))
    )


def findings(session: Session) -> list[str]:
    pairs = []
    overlaps = _overlaps(session.get_bind().dialect.name)
    for day, a_start, a_id, b_start, b_id in session.execute(overlaps, {"live": BookingStatus.LIVE}):
        first, second = sorted(((a_start, a_id), (b_start, b_id)))  # the earlier booking is named first
        pairs.append((day, first, second))
    pairs.sort()
    return [f"Boekingen {first[1]} en {second[1]} overlappen op {day}." for day, first, second in pairs[:MAX_FINDINGS]]


def bhv_findings(session: Session) -> list[str]:
    """Live bookings from today on outside the opening hours whose beheerder holds no BHV valid on that day.

    Past bookings are history: their beheerder may have been anonymised since (certificates removed)."""
    outside = live_bookings_outside_hours(session, clock.today())
    if not outside:
        return []
    covers: dict[int, list[tuple[date | None, date | None]]] = defaultdict(list)
    held, kind, volunteer = tables.volunteer_certificate, tables.certificate_type, tables.volunteer
    certificates = session.execute(
        select(held.c.volunteer_id, held.c.obtained_on, held.c.valid_until)
        .join(kind, kind.c.id == held.c.certificate_type_id)
        .join(volunteer, volunteer.c.id == held.c.volunteer_id)
        .where(kind.c.name == BHV, volunteer.c.status == ACTIVE_VOLUNTEER, volunteer.c.archived.is_(False))
    )
    for volunteer_id, obtained, until in certificates:
        covers[volunteer_id].append((obtained, until))
    result = []
    for booking_id, day, _start, _end, volunteer_id in outside:
        spans = covers.get(volunteer_id, []) if volunteer_id is not None else []
        if not any((since is None or since <= day) and (until is None or day <= until) for since, until in spans):
            result.append(
                f"Boeking {booking_id} op {day.isoformat()} valt buiten de openingstijden zonder beheerder "
                f"met een BHV-certificaat dat die dag geldig is."
            )
            if len(result) >= MAX_FINDINGS:
                break
    return result


def capacity_findings(session: Session) -> list[str]:
    """Live bookings for more people than their room holds (fire safety)."""
    room = tables.room
    query = (
        select(booking.c.id, booking.c.people, room.c.capacity)
        .join(room, room.c.id == booking.c.room_id)
        .where(booking.c.status == BookingStatus.LIVE, booking.c.people > room.c.capacity)
        .order_by(booking.c.id)
        .limit(MAX_FINDINGS)
    )
    return [
        f"Boeking {booking_id} is voor {people} personen; de ruimte is voor hoogstens {capacity}."
        for booking_id, people, capacity in session.execute(query)
    ]


def suspension_findings(session: Session) -> list[str]:
    """Live bookings of a group on a day it is suspended."""
    suspension = tables.suspension
    query = (
        select(booking.c.id, booking.c.day, suspension.c.id)
        .join(suspension, suspension.c.group_id == booking.c.group_id)
        .where(
            booking.c.status == BookingStatus.LIVE,
            booking.c.day >= suspension.c.since,
            booking.c.day < suspension.c.until,
        )
        .order_by(booking.c.id)
        .limit(MAX_FINDINGS)
    )
    return [
        f"Boeking {booking_id} op {day.isoformat()} is van een groep die dan geschorst is (schorsing {suspension_id})."
        for booking_id, day, suspension_id in session.execute(query)
    ]
