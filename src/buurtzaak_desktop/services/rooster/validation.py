"""The checks every booking passes before it is written: room, times, suspension, opening hours/BHV, clashes.

All checks read only the day in question (index on room and day), so their cost does not grow with history.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, time, timedelta

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.models import Booking, Group, Room, Suspension
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, BuurtzaakError, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.domain.rooster.hours import DayHours, minutes, within
from buurtzaak_desktop.domain.rooster.overlap import Slot, clashes, rooms_touching
from buurtzaak_desktop.domain.rooster.rules import DEFAULT_GROUP_SHARE, group_share, over_capacity
from buurtzaak_desktop.services.settings import read_setting


class RoosterWarning(BuurtzaakError):
    """Not a refusal: something the beheerder should know (too many people, one group claiming a room)."""


def slot_of(booking: Booking) -> Slot:
    return Slot(
        room_id=booking.room_id,
        day=booking.day,
        start=booking.start,
        end=booking.end,
        setup_minutes=booking.setup_minutes,
        cleanup_minutes=booking.cleanup_minutes,
        booking_id=booking.id,
        title=booking.title,
    )


def get_room(session: Session, room_id: int) -> Room:
    room = session.get(Room, room_id)
    if room is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze ruimte bestaat niet (meer)."))
    return room


def check_times(start: time, end: time) -> None:
    if end <= start:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De eindtijd {end} ligt niet na de begintijd {start}."),
            start=start.strftime("%H:%M"),
            end=end.strftime("%H:%M"),
        )


def check_not_suspended(session: Session, group: Group | None, day: date) -> None:
    if group is None:
        return
    query = select(Suspension).where(
        Suspension.group_id == group.id, col(Suspension.since) <= day, col(Suspension.until) > day
    )
    suspension = session.exec(query).first()
    if suspension is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "{group} is geschorst tot {until} ({reason}): er kunnen tot dan geen ruimtes voor deze groep "
                "worden geboekt.",
            ),
            group=group.name,
            until=suspension.until,
            reason=suspension.reason or "hygiëne",
        )


def check_hours(session: Session, hours: DayHours, start: time, end: time, bhv_volunteer_id: int | None) -> None:
    """Outside the opening hours (or on a closed day) a booking names a beheerder with a BHV valid on the day."""
    # Imported here: BHV brings the volunteers' tables, which 'buurtzaak free' (it reads slot_of) does not need.
    from buurtzaak_desktop.services.rooster.bhv import bhv_valid_on, volunteer_name

    if within(hours, start, end) or bhv_valid_on(session, bhv_volunteer_id, hours.day):
        return
    if bhv_volunteer_id is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core", "{name} heeft op {day} geen geldig BHV-certificaat; buiten de openingstijden is dat nodig."
            ),
            name=volunteer_name(session, bhv_volunteer_id),
            day=hours.day,
        )
    if hours.opens is None or hours.closes is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "Het centrum is op {day} gesloten ({reason}). Dat kan alleen met een beheerder met een geldig "
                "BHV-certificaat op de boeking.",
            ),
            day=hours.day,
            reason=hours.reason,
        )
    raise RuleViolation(
        QT_TRANSLATE_NOOP(
            "core",
            "{start}–{end} valt buiten de openingstijden van {day} ({opens}–{closes}). Dat kan alleen met een "
            "beheerder met een geldig BHV-certificaat op de boeking.",
        ),
        start=start.strftime("%H:%M"),
        end=end.strftime("%H:%M"),
        day=hours.day,
        opens=hours.opens.strftime("%H:%M"),
        closes=hours.closes.strftime("%H:%M"),
    )


def live_bookings_on(session: Session, day: date, room_ids: Collection[int] | None = None) -> list[Booking]:
    query = select(Booking).where(Booking.day == day, Booking.status == BookingStatus.LIVE)
    if room_ids is not None:
        query = query.where(col(Booking.room_id).in_(list(room_ids)))
    return list(session.exec(query))


def check_clash(
    session: Session,
    slot: Slot,
    parts: Mapping[int, frozenset[int]],
    ignore: Collection[int] = (),
    pending: Collection[Slot] = (),
) -> None:
    """Refuse when ``slot`` clashes with a live booking (or with ``pending`` slots of the same operation)."""
    related = rooms_touching(slot.room_id, parts)
    others = [slot_of(b) for b in live_bookings_on(session, slot.day, related) if b.id not in ignore]
    found = clashes(slot, [*others, *pending], parts)
    if found:
        room = session.get(Room, found[0].room_id)
        raise clash_error(found[0], room.name if room else "?")


def clash_error(other: Slot, room_name: str) -> RuleViolation:
    """The refusal of a booking that clashes with ``other`` (in the room called ``room_name``)."""
    return RuleViolation(
        QT_TRANSLATE_NOOP(
            "core",
            "{room} is op {day} van {start} tot {end} al geboekt voor '{title}' (opbouw en afbouw meegerekend).",
        ),
        room=room_name,
        day=other.day,
        start=other.start.strftime("%H:%M"),
        end=other.end.strftime("%H:%M"),
        title=other.title,
    )


def check_capacity(room: Room, people: int) -> None:
    """Refuse more people than the room holds: capacity is a fire-safety limit (a combined room has its own)."""
    if over_capacity(people, room.capacity):
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "{room} is voor hoogstens {capacity} personen (brandveiligheid); deze boeking is voor {people}.",
            ),
            room=room.name,
            capacity=room.capacity,
            people=people,
        )


def share_warning(session: Session, room: Room, slot: Slot, group: Group | None, week_hours: list[DayHours]):
    """A warning when one group holds more than the set share of the room's open hours in the week."""
    if group is None:
        return None
    monday = slot.day - timedelta(days=slot.day.weekday())
    query = select(col(Booking.start), col(Booking.end), col(Booking.id)).where(
        Booking.room_id == room.id,
        col(Booking.day) >= monday,
        col(Booking.day) < monday + timedelta(days=7),
        Booking.status == BookingStatus.LIVE,
        Booking.group_id == group.id,
    )
    held = sum(
        minutes(end) - minutes(start) for start, end, booking_id in session.exec(query) if booking_id != slot.booking_id
    )
    held += minutes(slot.end) - minutes(slot.start)
    limit = float(read_setting(session, "rooster_group_share", DEFAULT_GROUP_SHARE))
    share = group_share(held, sum(hours.open_minutes() for hours in week_hours))
    if share <= limit:
        return None
    return RoosterWarning(
        QT_TRANSLATE_NOOP(
            "core", "{group} heeft in die week {share}% van de openingstijd van {room} (meer dan {limit}%)."
        ),
        group=group.name,
        share=round(share * 100),
        room=room.name,
        limit=round(limit * 100),
    )
