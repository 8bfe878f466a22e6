"""Booking many rows at once (the import): the checks of ``book_in``, each against what is loaded once.

``book_in`` reads the day's bookings, the opening calendar and the BHV holders from the database for every booking
and flushes each one; for 100,000 rows that is minutes. Here the rooms, combined rooms, opening calendar, live
bookings of the period, groups, suspensions and BHV holders are read once, the bookings of this import are kept in
memory beside them (so a row that clashes with an earlier row of the same file is refused as before), and the
bookings are written with one bulk insert at the end. The refusals are the same, with the same Dutch messages:
where a check fails, the message comes from the same function ``book_in`` uses.

Share-of-week warnings are not computed: an import does not show them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.bulk import insert_chunks
from buurtzaak_desktop.db.models import Booking, BookingSeries, Group, Room, SeriesException, Suspension
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, RuleViolation
from buurtzaak_desktop.domain.rooster.enums import BookingStatus
from buurtzaak_desktop.domain.rooster.groups import group_key
from buurtzaak_desktop.domain.rooster.hours import within
from buurtzaak_desktop.domain.rooster.overlap import Slot, clashes, rooms_touching
from buurtzaak_desktop.domain.rooster.recurrence import plan_series, series_days
from buurtzaak_desktop.services.rooster.bhv import BHV, check_bhv_dates, find_bhv_holder, name_key
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, check_activity, check_request, split_clashes
from buurtzaak_desktop.services.rooster.calendar import OpeningCalendar
from buurtzaak_desktop.services.rooster.groups import group_for
from buurtzaak_desktop.services.rooster.rooms import room_parts
from buurtzaak_desktop.services.rooster.validation import (
    check_capacity,
    check_hours,
    check_not_suspended,
    check_times,
    clash_error,
    get_room,
    slot_of,
)
from buurtzaak_desktop.services.vrijwilligers.certificates import CertificateHolder, valid_holders_in


class BulkBooker:
    """Checks and collects bookings for one transaction; ``write()`` inserts them all."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rooms = {room.id: room for room in session.exec(select(Room)) if room.id is not None}
        self.parts = room_parts(session)
        self._touching: dict[int, frozenset[int]] = {}
        self._holders: dict[date, list[CertificateHolder]] = {}
        self._groups: dict[str, Group | None] = {}
        self._suspensions: dict[int, list[Suspension]] = {}
        self._calendar: OpeningCalendar | None = None
        self._slots: dict[tuple[date, int], list[Slot]] = defaultdict(list)  # live bookings by (day, room)
        self.rows: list[dict[str, Any]] = []
        self._now = clock.now_utc()

    # --- loaded once ---------------------------------------------------------------------------------------------
    def load_period(self, first: date, last: date) -> None:
        """Read the opening calendar and the live bookings of ``first``..``last`` (the import's whole period)."""
        self._calendar = OpeningCalendar(self.session, first - timedelta(days=7), last + timedelta(days=7))
        query = select(Booking).where(
            col(Booking.day) >= first, col(Booking.day) <= last, Booking.status == BookingStatus.LIVE
        )
        for booking in self.session.exec(query):
            self._slots[(booking.day, booking.room_id)].append(slot_of(booking))

    def holders_on(self, day: date) -> list[CertificateHolder]:
        if day not in self._holders:
            self._holders[day] = valid_holders_in(self.session, BHV, day)
        return self._holders[day]

    def bhv_holder(self, name: str, day: date) -> int:
        """``find_bhv_holder`` from the holders loaded for ``day``; when it refuses, it says why."""
        wanted = name_key(name)
        found = [holder.volunteer_id for holder in self.holders_on(day) if name_key(holder.name) == wanted]
        if len(found) == 1:
            return found[0]
        return find_bhv_holder(self.session, name, day)  # raises with the reason

    def _bhv_valid(self, volunteer_id: int | None, day: date) -> bool:
        return volunteer_id is not None and any(h.volunteer_id == volunteer_id for h in self.holders_on(day))

    def _group(self, name: str) -> Group | None:
        key = group_key(name)
        if key not in self._groups:
            self._groups[key] = group_for(self.session, name)  # made (and flushed) once when it is new
        return self._groups[key]

    def _suspended(self, group: Group | None, day: date) -> None:
        if group is None or group.id is None:
            return
        if group.id not in self._suspensions:
            query = select(Suspension).where(Suspension.group_id == group.id)
            self._suspensions[group.id] = list(self.session.exec(query))
        if any(s.since <= day < s.until for s in self._suspensions[group.id]):
            check_not_suspended(self.session, group, day)  # raises, naming the suspension

    # --- one request -----------------------------------------------------------------------------------------------
    def book(self, request: BookingRequest) -> int:
        """Check ``request`` as ``book_in`` does and keep its bookings for ``write()``; returns how many."""
        assert self._calendar is not None, "load_period first"
        calendar = self._calendar
        check_request(request)
        check_activity(self.session, request.activity_id)
        room = self.rooms.get(request.room_id) or get_room(self.session, request.room_id)
        setup = room.setup_minutes if request.setup_minutes is None else request.setup_minutes
        cleanup = room.cleanup_minutes if request.cleanup_minutes is None else request.cleanup_minutes
        days, skipped = self._days_of(request)
        clashed: list[date] = []
        if request.frequency:
            days, clashed = self._without_clashes(request, days, setup, cleanup)
        if len(days) > 1:
            slots = [(calendar.hours(d), request.start, request.end) for d in days]
            if any(not within(h, s, e) and not self._bhv_valid(request.bhv_volunteer_id, h.day) for h, s, e in slots):
                check_bhv_dates(self.session, slots, request.bhv_volunteer_id)  # raises, naming every date
        group = self._group(request.group_name)
        title = request.title.strip()
        pending: list[Slot] = []
        for day in days:
            slot = Slot(request.room_id, day, request.start, request.end, setup, cleanup, None, title)
            check_times(request.start, request.end)
            self._suspended(group, day)
            check_capacity(room, request.people)
            hours = calendar.hours(day)
            if not within(hours, request.start, request.end) and not self._bhv_valid(request.bhv_volunteer_id, day):
                check_hours(self.session, hours, request.start, request.end, request.bhv_volunteer_id)
            self._refuse_clash(slot, pending)
            pending.append(slot)
        series_id = self._series(request, title, skipped, clashed) if request.frequency else None
        for slot in pending:
            self._slots[(slot.day, slot.room_id)].append(slot)
            self.rows.append(
                {
                    "room_id": request.room_id,
                    "day": slot.day,
                    "start": request.start,
                    "end": request.end,
                    "setup_minutes": setup,
                    "cleanup_minutes": cleanup,
                    "title": title,
                    "group_id": group.id if group is not None else None,
                    "contact": request.contact.strip(),
                    "people": request.people,
                    "tariff": request.tariff,
                    "bhv_volunteer_id": request.bhv_volunteer_id,
                    "series_id": series_id,
                    "occurrence_day": slot.day if series_id else None,
                    "activity_id": request.activity_id,
                    "created_at": self._now,
                }
            )
        return len(pending)

    def _days_of(self, request: BookingRequest) -> tuple[list[date], list[date]]:
        if not request.frequency:
            return [request.day], []
        assert self._calendar is not None
        every = series_days(request.frequency, request.day, request.until, request.count)
        closed = {day for day in every if not self._calendar.hours(day).is_open}
        planned = plan_series(request.frequency, request.day, request.until, request.count, closed)
        if not planned.days:
            raise InputError(QT_TRANSLATE_NOOP("core", "Alle datums van deze reeks vallen op sluitingsdagen."))
        return planned.days, planned.skipped

    def _clash(self, slot: Slot, pending: list[Slot]) -> RuleViolation | None:
        if slot.room_id not in self._touching:
            self._touching[slot.room_id] = rooms_touching(slot.room_id, self.parts)
        others = [s for room_id in self._touching[slot.room_id] for s in self._slots.get((slot.day, room_id), ())]
        found = clashes(slot, [*others, *pending], self.parts)
        if not found:
            return None
        room = self.rooms.get(found[0].room_id)
        return clash_error(found[0], room.name if room else "?")

    def _refuse_clash(self, slot: Slot, pending: list[Slot]) -> None:
        error = self._clash(slot, pending)
        if error is not None:
            raise error

    def _without_clashes(
        self, request: BookingRequest, days: list[date], setup: int, cleanup: int
    ) -> tuple[list[date], list[date]]:
        """As ``book_in``: a series that clashes is refused naming every clashing date (``SeriesClashes``), or with
        ``skip_clashes`` books the free dates and keeps the others as exceptions."""
        found = [
            (day, error)
            for day in days
            if (error := self._clash(Slot(request.room_id, day, request.start, request.end, setup, cleanup), []))
        ]
        return split_clashes(request, days, found)

    def _series(self, request: BookingRequest, title: str, skipped: list[date], clashed: list[date]) -> int:
        series = BookingSeries(
            frequency=request.frequency or "",
            first_day=request.day,
            until=request.until,
            count=request.count,
            title=title,
        )
        self.session.add(series)
        self.session.flush()
        assert series.id is not None
        for day in skipped:
            self.session.add(SeriesException(series_id=series.id, day=day, kind="closed"))
        for day in clashed:  # an exception, so no later series edit books it after all
            self.session.add(SeriesException(series_id=series.id, day=day, kind="clash"))
        return series.id

    def write(self) -> None:
        """Insert the bookings kept so far (a caller may write a chunk at a time) and forget them."""
        insert_chunks(self.session, Booking, self.rows)
        self.rows.clear()
