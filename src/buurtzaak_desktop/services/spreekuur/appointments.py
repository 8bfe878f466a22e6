"""One-to-one appointments with a traject's fixed vertrouwenspersoon, planned in a room through the Rooster's rules.

Planning an appointment books its room through ``rooster.bookings.book_in`` in the same transaction: opening hours,
closing days and clashes refuse it as they refuse any booking, with the Rooster's own message. The booking's title is
``BOOKING_TITLE``: whoever looks at the Rooster sees the room taken, never by whom. Moving or cancelling the
appointment moves or cancels its booking in the same transaction; the Rooster itself refuses to touch such a booking
(``rooster/appointment_link.py``). A vertrouwenspersoon holds one talk at a time. After its start the appointment is
recorded as held or not shown. Log lines carry ids only; the audit log names who changed whose record.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.db.models.appointments import (
    CANCELLED,
    HELD,
    NOT_SHOWN,
    PLANNED,
    SpreekuurAppointment,
)
from buurtzaak_desktop.db.models.spreekuur import SpreekuurResident, SpreekuurTraject
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.spreekuur.appointments import BOOKING_TITLE
from buurtzaak_desktop.domain.spreekuur.appointments import MAX_MINUTES as MAX_MINUTES  # the window imports it here
from buurtzaak_desktop.domain.spreekuur.appointments import appointment_end as _end
from buurtzaak_desktop.services.rooster.bookings import BookingChanges, BookingRequest, book_in, cancel_in, update_in
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.spreekuur.people import Person, _person, people
from buurtzaak_desktop.services.spreekuur.trajecten import _open_traject

log = logging.getLogger(__name__)
ROOM_NAME = "Spreekkamer"
DEFAULT_MINUTES = 45
STATUS_LABELS = {
    PLANNED: QT_TRANSLATE_NOOP("core", "gepland"),
    HELD: QT_TRANSLATE_NOOP("core", "gehouden"),
    NOT_SHOWN: QT_TRANSLATE_NOOP("core", "niet verschenen"),
    CANCELLED: QT_TRANSLATE_NOOP("core", "geannuleerd"),
}


@dataclass(frozen=True)
class AppointmentInput:
    traject_id: int
    day: date
    start: time
    minutes: int = DEFAULT_MINUTES
    room_id: int | None = None  # None: the Spreekkamer
    # the vertrouwenspersoon; needed only when the traject has none yet, and then becomes its fixed one
    person_id: int | None = None
    new_fixed_person: bool = False  # ``person_id`` becomes the traject's fixed vertrouwenspersoon from now on


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    day: date
    start: time
    end: time
    minutes: int
    resident_id: int | None
    resident_name: str
    traject_id: int | None
    person_name: str
    room_name: str
    status: str

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start)


# --- the vertrouwenspersoon ------------------------------------------------------------------------------------


def vertrouwenspersonen(database: Database) -> list[Person]:
    """Who can be a traject's vertrouwenspersoon: the volunteers and staff with the spreekuur role."""
    return [person for person in people(database) if not person.is_coordinator]


def traject_person(database: Database, traject_id: int) -> Person | None:
    """The traject's fixed vertrouwenspersoon, None when none is chosen yet (or they left the spreekuur)."""
    with database.reading() as session:
        traject = session.get(SpreekuurTraject, traject_id)
        if traject is None or traject.vertrouwenspersoon_id is None:
            return None
        try:
            return _person(session, traject.vertrouwenspersoon_id)
        except NotFound:
            return None


def _fixed_person(session: Session, traject: SpreekuurTraject, data: AppointmentInput) -> Person:
    """The traject's vertrouwenspersoon. The first appointment fixes the one chosen for it; ``new_fixed_person``
    makes the chosen one the fixed one from now on, as does any choice once the fixed one left the spreekuur."""
    person_id = data.person_id
    if person_id is not None and (
        traject.vertrouwenspersoon_id is None or data.new_fixed_person or not _still_there(session, traject)
    ):
        traject.vertrouwenspersoon_id = person_id
    elif traject.vertrouwenspersoon_id is None:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Kies de vaste vertrouwenspersoon van dit traject."), field="vertrouwenspersoon"
        )
    elif person_id is not None and person_id != traject.vertrouwenspersoon_id:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Dit traject heeft al een vaste vertrouwenspersoon; de afspraak is met {name}."),
            name=_person(session, traject.vertrouwenspersoon_id).name,
        )
    assert traject.vertrouwenspersoon_id is not None
    return _person(session, traject.vertrouwenspersoon_id)  # refuses someone who no longer works in the spreekuur


def _still_there(session: Session, traject: SpreekuurTraject) -> bool:
    if traject.vertrouwenspersoon_id is None:
        return False
    try:
        _person(session, traject.vertrouwenspersoon_id)
    except NotFound:
        return False
    return True


# --- checks ----------------------------------------------------------------------------------------------------


def _check_future(day: date, start: time) -> None:
    if datetime.combine(day, start) < clock.now():
        raise InputError(
            QT_TRANSLATE_NOOP("core", "{day} om {time} is al voorbij; kies een later moment voor de afspraak."),
            day=day,
            time=start.strftime("%H:%M"),
        )


def _check_person_free(
    session: Session, person: Person, day: date, start: time, end: time, leave_out: int | None = None
) -> None:
    """A vertrouwenspersoon holds one talk at a time: refuse an appointment that overlaps another of theirs."""
    query = select(SpreekuurAppointment).where(
        SpreekuurAppointment.person_id == person.volunteer_id,
        SpreekuurAppointment.day == day,
        SpreekuurAppointment.status != CANCELLED,
    )
    for other in session.exec(query):
        if other.id == leave_out:
            continue
        other_end = _end(other.start, other.minutes)
        if other.start < end and start < other_end:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "core", "{name} heeft op {day} van {start} tot {end} al een afspraak; kies een ander moment."
                ),
                name=person.name,
                day=day,
                start=other.start.strftime("%H:%M"),
                end=other_end.strftime("%H:%M"),
            )


def spreekkamer_id(database: Database) -> int | None:
    """The room appointments are planned in unless another is chosen."""
    with database.reading() as session:
        return session.exec(select(Room.id).where(Room.name == ROOM_NAME)).first()


def _room_id(session: Session, room_id: int | None) -> int:
    if room_id is not None:
        return room_id
    found = session.exec(select(Room.id).where(Room.name == ROOM_NAME)).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Er is geen ruimte '{room}'; kies een ruimte."), room=ROOM_NAME)
    return found


def _appointment(session: Session, appointment_id: int) -> SpreekuurAppointment:
    appointment = session.get(SpreekuurAppointment, appointment_id)
    if appointment is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze afspraak bestaat niet (meer)."))
    return appointment


def _still_planned(appointment: SpreekuurAppointment) -> None:
    if appointment.status != PLANNED:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Deze afspraak is al {status}."),
            status=STATUS_LABELS[appointment.status],
        )


# --- writes ----------------------------------------------------------------------------------------------------


def plan(database: Database, data: AppointmentInput, actor: str) -> int:
    """Plan an appointment and book its room; refused (nothing written) by any Rooster rule or an overlap."""
    end = _end(data.start, data.minutes)
    _check_future(data.day, data.start)
    with database.transaction() as session:
        traject = _open_traject(session, data.traject_id)
        if traject.resident_id is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "Dit traject hoort niet meer bij een bewoner."))
        person = _fixed_person(session, traject, data)
        _check_person_free(session, person, data.day, data.start, end)
        request = BookingRequest(
            room_id=_room_id(session, data.room_id), day=data.day, start=data.start, end=end, title=BOOKING_TITLE
        )
        booking_id = book_in(session, request).booking_ids[0]
        appointment = SpreekuurAppointment(
            traject_id=traject.id,
            resident_id=traject.resident_id,
            person_id=person.volunteer_id or 0,
            person_name=person.name,
            day=data.day,
            start=data.start,
            minutes=data.minutes,
            booking_id=booking_id,
        )
        session.add(appointment)
        session.flush()
        audit(session, actor, "gewijzigd", traject.resident_id)
    log.info("spreekuur appointment %s planned (booking %s)", appointment.id, booking_id)
    return appointment.id or 0


def move(
    database: Database,
    appointment_id: int,
    day: date,
    start: time,
    minutes: int,
    actor: str,
    room_id: int | None = None,
) -> None:
    """Move a planned appointment and its booking together (the booking is checked again by the Rooster)."""
    end = _end(start, minutes)
    _check_future(day, start)
    with database.transaction() as session:
        appointment = _appointment(session, appointment_id)
        _still_planned(appointment)
        person = _person_of(session, appointment)
        _check_person_free(session, person, day, start, end, leave_out=appointment.id)
        changes = BookingChanges(day=day, start=start, end=end, room_id=room_id)
        if appointment.booking_id is not None:
            update_in(session, appointment.booking_id, changes)
        appointment.day, appointment.start, appointment.minutes = day, start, minutes
        audit(session, actor, "gewijzigd", appointment.resident_id)
    log.info("spreekuur appointment %s moved", appointment_id)


def _person_of(session: Session, appointment: SpreekuurAppointment) -> Person:
    try:
        return _person(session, appointment.person_id)
    except NotFound:  # left the spreekuur since: their other appointments still count
        return Person(appointment.person_id, appointment.person_name, False)


def cancel(database: Database, appointment_id: int, actor: str) -> None:
    """Cancel a planned appointment; its booking is cancelled with it and the room comes free."""
    with database.transaction() as session:
        appointment = _appointment(session, appointment_id)
        _still_planned(appointment)
        _cancel_in(session, appointment)
        audit(session, actor, "gewijzigd", appointment.resident_id)
    log.info("spreekuur appointment %s cancelled", appointment_id)


def _cancel_in(session: Session, appointment: SpreekuurAppointment) -> None:
    appointment.status = CANCELLED
    if appointment.booking_id is not None:
        cancel_in(session, appointment.booking_id)


def record(database: Database, appointment_id: int, outcome: str, actor: str) -> None:
    """Record after its start that the talk was held or the resident did not come (a mistake can be corrected)."""
    if outcome not in (HELD, NOT_SHOWN):
        raise InputError(QT_TRANSLATE_NOOP("core", "Onbekende uitkomst '{value}'."), value=outcome)
    with database.transaction() as session:
        appointment = _appointment(session, appointment_id)
        if appointment.status == CANCELLED:
            _still_planned(appointment)
        starts = datetime.combine(appointment.day, appointment.start)
        if starts > clock.now():
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "De afspraak begint pas {day} om {time}; leg daarna vast hoe het ging."),
                day=appointment.day,
                time=appointment.start.strftime("%H:%M"),
            )
        appointment.status, appointment.recorded_by = outcome, actor
        audit(session, actor, "gewijzigd", appointment.resident_id)
    log.info("spreekuur appointment %s recorded: %s", appointment_id, outcome)


def forget_residents(session: Session, resident_ids: list[int], now: datetime) -> None:
    """With a forgotten resident: appointments still to come are cancelled (the room comes free); every appointment
    loses its link to the resident and the traject, and stays only as a count."""
    rows = session.exec(
        select(SpreekuurAppointment).where(col(SpreekuurAppointment.resident_id).in_(resident_ids))
    ).all()
    for appointment in rows:
        if appointment.status == PLANNED and datetime.combine(appointment.day, appointment.start) >= now:
            _cancel_in(session, appointment)
        appointment.resident_id, appointment.traject_id = None, None


def refuse_planned(session: Session, traject_id: int) -> None:
    """Before a traject closes: its appointments still planned are cancelled or recorded first."""
    planned = session.exec(
        select(SpreekuurAppointment).where(
            SpreekuurAppointment.traject_id == traject_id, SpreekuurAppointment.status == PLANNED
        )
    ).all()
    if planned:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "Dit traject heeft nog {count} geplande afspraak/afspraken (de eerste op {day}). Annuleer die of leg "
                "vast hoe ze gingen, en sluit het traject dan af.",
            ),
            count=len(planned),
            day=min(a.day for a in planned),
        )


# --- reading ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrajectChoice:
    id: int
    opened_on: date
    phase: str
    person_id: int | None  # the fixed vertrouwenspersoon, None: not chosen yet


def open_trajecten_of(database: Database, resident_id: int) -> list[TrajectChoice]:
    """The resident's running trajecten, oldest first: an appointment belongs to one of them."""
    with database.reading() as session:
        rows = session.exec(
            select(SpreekuurTraject)
            .where(SpreekuurTraject.resident_id == resident_id, col(SpreekuurTraject.closed_on).is_(None))
            .order_by(col(SpreekuurTraject.opened_on), col(SpreekuurTraject.id))
        ).all()
        return [TrajectChoice(t.id or 0, t.opened_on, t.phase, t.vertrouwenspersoon_id) for t in rows]


def list_appointments(
    database: Database,
    start: date | None = None,
    end: date | None = None,
    *,
    resident_id: int | None = None,
    unrecorded_before: datetime | None = None,
    include_cancelled: bool = False,
) -> list[AppointmentRow]:
    """Appointments by day and time: in a period, of one resident, or planned ones whose time has passed."""
    with database.reading() as session:
        query = (
            select(SpreekuurAppointment, SpreekuurResident.name, Room.name)
            .join(SpreekuurResident, col(SpreekuurResident.id) == SpreekuurAppointment.resident_id, isouter=True)
            .join(Booking, col(Booking.id) == SpreekuurAppointment.booking_id, isouter=True)
            .join(Room, col(Room.id) == Booking.room_id, isouter=True)
        )
        if start is not None:
            query = query.where(col(SpreekuurAppointment.day) >= start)
        if end is not None:
            query = query.where(col(SpreekuurAppointment.day) <= end)
        if resident_id is not None:
            query = query.where(SpreekuurAppointment.resident_id == resident_id)
        if unrecorded_before is not None:
            query = query.where(
                SpreekuurAppointment.status == PLANNED, col(SpreekuurAppointment.day) <= unrecorded_before.date()
            )
        elif not include_cancelled:
            query = query.where(SpreekuurAppointment.status != CANCELLED)
        rows = session.exec(query.order_by(col(SpreekuurAppointment.day), col(SpreekuurAppointment.start))).all()
        result = [_row(a, name, room) for a, name, room in rows]
    if unrecorded_before is not None:
        result = [row for row in result if row.starts_at <= unrecorded_before]
    return result


def _row(appointment: SpreekuurAppointment, resident: str | None, room: str | None) -> AppointmentRow:
    return AppointmentRow(
        id=appointment.id or 0,
        day=appointment.day,
        start=appointment.start,
        end=_end(appointment.start, appointment.minutes),
        minutes=appointment.minutes,
        resident_id=appointment.resident_id,
        resident_name=resident or "",
        traject_id=appointment.traject_id,
        person_name=appointment.person_name,
        room_name=room or "",
        status=appointment.status,
    )


def appointments_for_overview(session: Session, resident_id: int) -> list[tuple[date, str, str, str]]:
    """The resident's appointments for the inzage print: day, time, with whom, and how it went."""
    rows = session.exec(
        select(SpreekuurAppointment)
        .where(SpreekuurAppointment.resident_id == resident_id)
        .order_by(col(SpreekuurAppointment.day), col(SpreekuurAppointment.start))
    ).all()
    return [
        (a.day, f"{a.start:%H:%M}-{_end(a.start, a.minutes):%H:%M}", a.person_name, STATUS_LABELS[a.status])
        for a in rows
    ]
