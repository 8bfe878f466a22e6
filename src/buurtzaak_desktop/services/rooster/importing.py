"""``buurtzaak import ruimtes`` and ``import boekingen``: all or nothing, every bad row listed.

Bookings are checked row by row with the checks of a single booking, against the database and the earlier rows
of the same file (``BulkBooker``: everything is read once and kept in memory), so a row that overlaps an earlier
row is caught like any other overlap. Any bad row, or --dry-run, rolls the whole transaction back; a clean file is
written with one bulk insert.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sqlmodel import select

from buurtzaak_desktop.db.bulk import WRITE_CHUNK
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.domain.dates import parse_date, parse_time
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, BuurtzaakError, InputError
from buurtzaak_desktop.domain.money import parse_cents
from buurtzaak_desktop.domain.rooster.enums import Tariff
from buurtzaak_desktop.domain.rooster.recurrence import parse_frequency
from buurtzaak_desktop.services.importing import ImportErrors, ImportReport, ImportRow, TableStream, read_table
from buurtzaak_desktop.services.rooster.bookings import BookingRequest
from buurtzaak_desktop.services.rooster.bulk import BulkBooker

log = logging.getLogger(__name__)
BOOKING_COLUMNS = (
    "ruimte",
    "datum",
    "begin",
    "eind",
    "omschrijving",
    "groep",
    "herhaling",
    "tot",
    "bhv",
    "personen",
    "tarief",
)
TARIFFS = {"gratis": Tariff.FREE, "niet-commercieel": Tariff.NON_COMMERCIAL, "commercieel": Tariff.COMMERCIAL}
ROOM_COLUMNS = ("naam", "capaciteit", "rolstoeltoegankelijk", "tarief", "binnen")
YES = {"ja", "j", "yes", "y", "1", "waar", "true", "x"}
NO = {"nee", "n", "no", "0", "onwaar", "false", ""}


class _DryRun(Exception):
    """Raised to roll back a checked import."""


def _field(row: ImportRow, column: str, parse):
    try:
        return parse(row.get(column))
    except InputError as error:
        raise InputError(error.template, row=row.number, field=column, **error.params) from error


def import_rooms(database: Database, path: Path, dry_run: bool = False) -> ImportReport:
    table = read_table(path, required=("naam", "capaciteit"))
    errors = ImportErrors()
    parsed = []
    for row in table.rows:
        with errors.collect():
            parsed.append(_room_row(row))
    errors.raise_if_any(path)
    report = ImportReport("ruimtes", len(table.rows), dry_run=dry_run)
    if dry_run:
        return report
    with database.transaction() as session:
        existing = {room.name: room for room in session.exec(select(Room))}
        for name, capacity, wheelchair, rate, indoor in parsed:
            room = existing.get(name) or Room(name=name, capacity=capacity)
            room.capacity, room.wheelchair_accessible, room.rate_cents = capacity, wheelchair, rate
            if indoor is not None:  # without the column "binnen" a room stays as it was (a new one: indoor)
                room.indoor = indoor
            session.add(room)
            report.created += 1
    log.info("rooms imported: %d", report.created)
    return report


def _yes_no(row: ImportRow, column: str) -> bool | None:
    """A ja/nee column: None when the file has no such column."""
    if column not in row.values:
        return None
    text = row.get(column).lower()
    if text not in YES | NO:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen ja of nee."), row=row.number, field=column, value=text
        )
    return text in YES


def _room_row(row: ImportRow) -> tuple[str, int, bool, int | None, bool | None]:
    name = row.get("naam")
    if not name:
        raise InputError(QT_TRANSLATE_NOOP("core", "de naam ontbreekt."), row=row.number, field="naam")
    capacity_text = row.get("capaciteit")
    if not capacity_text.isdigit():
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen geldig aantal personen."),
            row=row.number,
            field="capaciteit",
            value=capacity_text,
        )
    wheelchair_text = row.get("rolstoeltoegankelijk").lower()
    if wheelchair_text not in YES | NO:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen ja of nee."),
            row=row.number,
            field="rolstoeltoegankelijk",
            value=wheelchair_text,
        )
    rate_text = row.get("tarief")
    rate = _field(row, "tarief", parse_cents) if rate_text else None
    wheelchair = wheelchair_text in YES or "rolstoeltoegankelijk" not in row.values
    return name, int(capacity_text), wheelchair, rate, _yes_no(row, "binnen")


def import_bookings(database: Database, path: Path, dry_run: bool = False) -> ImportReport:
    """Two passes over the file, so that a refused file is never in memory whole: the first reads every row and
    keeps only the period it covers; the second checks each row's bookings against the database and the rows before
    it, and writes them a chunk at a time while no row has failed. Any failure (or --dry-run) rolls it all back."""
    table = TableStream(path, required=("ruimte", "datum", "begin", "eind", "omschrijving"))
    errors = ImportErrors()
    try:
        with database.transaction() as session:
            booker = BulkBooker(session)
            rooms = {room.name.lower(): room_id for room_id, room in booker.rooms.items()}
            first: date | None = None
            last: date | None = None
            for row in table:
                with errors.collect():
                    request = _booking_row(booker, row, rooms)
                    first = min(first or request.day, request.day)
                    last = max(last or request.day, request.until or request.day)
            report = ImportReport("boekingen", table.count or 0, dry_run=dry_run)
            if first is not None and last is not None:
                booker.load_period(first, last)
                report.created = _book_rows(booker, table, rooms, errors, write=not dry_run)
            if errors.errors or dry_run:
                raise _DryRun
            booker.write()
    except _DryRun:
        pass
    errors.raise_if_any(path)
    log.info("bookings imported: rows=%d bookings=%d dry_run=%s", report.rows_checked, report.created, dry_run)
    return report


def _book_rows(
    booker: BulkBooker, rows: Iterable[ImportRow], rooms: dict[str, int], errors: ImportErrors, write: bool
) -> int:
    """Book every row that reads (the first pass reported those that do not); while no row failed, the bookings
    are written every WRITE_CHUNK rows (and once one failed, or on a dry run, dropped), so they are never all in memory
    as rows to insert."""
    booked = 0
    for row in rows:
        try:
            request = _booking_row(booker, row, rooms)
        except InputError:
            continue  # reported by the first pass
        with errors.collect():
            booked += _book_row(booker, row, request)
        if len(booker.rows) >= WRITE_CHUNK:
            if write and not errors.errors:
                booker.write()
            else:
                booker.rows.clear()  # never to be written: the clash checks keep their own slots
    return booked


def _booking_row(booker: BulkBooker, row: ImportRow, rooms: dict[str, int]) -> BookingRequest:
    room_id = rooms.get(row.get("ruimte").lower())
    if room_id is None:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "onbekende ruimte '{value}'."),
            row=row.number,
            field="ruimte",
            value=row.get("ruimte"),
        )
    day = _field(row, "datum", parse_date)
    start = _field(row, "begin", parse_time)
    end = _field(row, "eind", parse_time)
    if end <= start:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "de eindtijd {end} ligt niet na de begintijd {start}."),
            row=row.number,
            field="eind",
            start=row.get("begin"),
            end=row.get("eind"),
        )
    if not row.get("omschrijving"):
        raise InputError(QT_TRANSLATE_NOOP("core", "de omschrijving ontbreekt."), row=row.number, field="omschrijving")
    frequency = _field(row, "herhaling", parse_frequency)
    until = _field(row, "tot", parse_date) if row.get("tot") else None
    if frequency and until is None:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "geef bij een herhaling in kolom 'tot' de einddatum."),
            row=row.number,
            field="tot",
        )
    return BookingRequest(
        room_id=room_id,
        day=day,
        start=start,
        end=end,
        title=row.get("omschrijving"),
        group_name=row.get("groep"),
        frequency=frequency,
        until=until,
        bhv_volunteer_id=_bhv_volunteer(booker, row, day),
        people=_people(row),
        tariff=_tariff(row),
    )


def _people(row: ImportRow) -> int:
    """Optional column ``personen``: how many people are expected (empty: not known)."""
    text = row.get("personen")
    if text and not text.isdigit():
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen geldig aantal personen."),
            row=row.number,
            field="personen",
            value=text,
        )
    return int(text) if text else 0


def _tariff(row: ImportRow) -> str:
    """Optional column ``tarief``: gratis (also when empty), niet-commercieel or commercieel."""
    text = " ".join(row.get("tarief").lower().split())
    if text and text not in TARIFFS:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "onbekend tarief '{value}' (kies gratis, niet-commercieel of commercieel)."),
            row=row.number,
            field="tarief",
            value=text,
        )
    return TARIFFS.get(text, Tariff.FREE)


def bhv_name_of(text: str) -> str:
    """The beheerder's name in the ``bhv`` column. The form before version 0010, 'Fatima Bakkali 2027-06-30' (or
    'naam; 30-06-2027'), still reads: the typed date is dropped, the volunteers list says until when the BHV holds."""
    match = re.search(r"[\s;,(]*(\d{4}-\d{2}-\d{2}|\d{2}[-/.]\d{2}[-/.]\d{4})\)?\s*$", text)
    return (text[: match.start()] if match else text).strip()


def _bhv_volunteer(booker: BulkBooker, row: ImportRow, day: date) -> int | None:
    """The volunteer the ``bhv`` column names, with a BHV valid on the booking's date; an empty cell: nobody."""
    name = bhv_name_of(row.get("bhv"))
    if not name:
        return None
    try:
        return booker.bhv_holder(name, day)
    except BuurtzaakError as error:
        raise InputError(error.template, row=row.number, field="bhv", **error.params) from error


def _book_row(booker: BulkBooker, row: ImportRow, request: BookingRequest) -> int:
    try:
        return booker.book(request)
    except InputError as error:
        raise InputError(error.template, row=row.number, field=error.field or "datum", **error.params) from error
    except BuurtzaakError as error:
        field = "groep" if "group" in error.params else "personen" if "capacity" in error.params else "begin"
        if "name" in error.params and "BHV" in error.template:  # the named beheerder's BHV does not cover a date
            field = "bhv"
        raise InputError(error.template, row=row.number, field=field, **error.params) from error
