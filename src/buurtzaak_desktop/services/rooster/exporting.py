"""``buurtzaak export boekingen``: xlsx for the coordinator, iCalendar (.ics) for shared calendars."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.db.models.rooster import LIVE
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.rooster.hours import minutes
from buurtzaak_desktop.domain.rooster.rules import price_cents
from buurtzaak_desktop.reports.xlsx import DATE_FORMAT, fit_columns, print_setup, set_euros, set_value, write_header
from buurtzaak_desktop.services.settings import read_setting

TARIFF_NAMES = {"free": "gratis", "non_commercial": "niet-commercieel", "commercial": "commercieel"}
STATUS_NAMES = {"live": "geboekt", "cancelled": "geannuleerd"}
HEADER = [
    "Datum",
    "Begin",
    "Eind",
    "Ruimte",
    "Omschrijving",
    "Groep",
    "Contact",
    "Personen",
    "Tarief",
    "Bedrag",
    "Status",
    "Reeks",
]


def _bookings(database: Database, year: int | None, live_only: bool) -> list[tuple[Booking, str]]:
    with database.reading() as session:
        names = {room.id: room.name for room in session.exec(select(Room))}
        query = select(Booking)
        if year is not None:
            query = query.where(col(Booking.day) >= date(year, 1, 1), col(Booking.day) <= date(year, 12, 31))
        if live_only:
            query = query.where(Booking.status == LIVE)
        rows = session.exec(query.order_by(col(Booking.day), col(Booking.start), col(Booking.room_id)))
        return [(booking, names.get(booking.room_id, "?")) for booking in rows]


def rent_pricer(session: Session) -> Callable[[Booking], int]:
    """A function booking -> rent in cents, with the rates read once."""
    room_rates = {room.id: room.rate_cents for room in session.exec(select(Room))}
    rates = read_setting(session, "room_rate_cents")

    def price(booking: Booking) -> int:
        booked = minutes(booking.end) - minutes(booking.start)
        return price_cents(booking.tariff, booked, rates, room_rates.get(booking.room_id))

    return price


def _price_of(database: Database) -> Callable[[Booking], int]:
    with database.reading() as session:
        return rent_pricer(session)


def export_xlsx(database: Database, out: Path, year: int | None = None) -> int:
    rows = _bookings(database, year, live_only=False)
    price = _price_of(database)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Boekingen"
    write_header(sheet, HEADER)
    for number, (booking, room) in enumerate(rows, start=2):
        values = [
            booking.day,
            booking.start.strftime("%H:%M"),
            booking.end.strftime("%H:%M"),
            room,
            booking.title,
            booking.group_name,
            booking.contact,
            booking.people,
            TARIFF_NAMES.get(booking.tariff, booking.tariff),
            0,
            STATUS_NAMES.get(booking.status, booking.status),
            booking.series_id or "",
        ]
        for column, value in enumerate(values, start=1):
            set_value(sheet.cell(row=number, column=column), value)
        set_euros(sheet.cell(row=number, column=10), price(booking))
        sheet.cell(row=number, column=1).number_format = DATE_FORMAT
    fit_columns(sheet)
    print_setup(sheet, landscape=True)
    workbook.save(out)
    return len(rows)


VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 5545: lines of at most 75 octets, continued with a leading space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > 75:
            out.append(current)
            current = " "
        current += char
    return [*out, current]


def export_ics(database: Database, out: Path, year: int | None = None) -> int:
    rows = _bookings(database, year, live_only=True)
    stamp = clock.now_utc().strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Buurtzaak Desktop//Rooster//NL", *VTIMEZONE]
    for booking, room in rows:
        day = booking.day.strftime("%Y%m%d")
        summary = booking.title + (f" ({booking.group_name})" if booking.group_name else "")
        lines += [
            "BEGIN:VEVENT",
            f"UID:boeking-{booking.id}@buurtzaak",
            f"DTSTAMP:{stamp}",
            f"DTSTART;TZID=Europe/Amsterdam:{day}T{booking.start.strftime('%H%M%S')}",
            f"DTEND;TZID=Europe/Amsterdam:{day}T{booking.end.strftime('%H%M%S')}",
            f"SUMMARY:{_escape(summary)}",
            f"LOCATION:{_escape(room)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    out.write_bytes("".join(part + "\r\n" for line in lines for part in _fold(line)).encode())
    return len(rows)
