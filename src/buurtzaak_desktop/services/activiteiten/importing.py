"""``buurtzaak import activiteiten`` and ``import deelnemers``: every row checked first, then all or nothing."""

# SQLModel types table columns as their Python values (int, date...), so SQL expressions on them confuse mypy:
# mypy: disable-error-code="arg-type, attr-defined, union-attr, call-overload, operator"

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from buurtzaak_desktop.db.bulk import WRITE_CHUNK, insert_chunks, insert_rows
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.db.models.activiteiten import Activity, Participant, Registration
from buurtzaak_desktop.domain.activiteiten.names import search_key
from buurtzaak_desktop.domain.activiteiten.recurrence import check_frequency, parse_weekdays
from buurtzaak_desktop.domain.dates import format_date, parse_date, parse_time
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.services.activiteiten.participants import LEFT, REGISTERED, WAITING, ParticipantInput
from buurtzaak_desktop.services.activiteiten.programme import ENDED, ActivityInput, save_activity
from buurtzaak_desktop.services.importing import ImportErrors, ImportReport, ImportRow, TableStream, read_table

log = logging.getLogger(__name__)

ACTIVITY_COLUMNS = (
    "naam",
    "categorie",
    "doelgroep",
    "ruimte",
    "dag",
    "begin",
    "eind",
    "van",
    "tot",
    "frequentie",
    "leiding",
    "verwacht",
)
PARTICIPANT_COLUMNS = ("activiteit", "naam", "telefoon", "e-mail")


def _field(row: ImportRow, column: str, parse: Callable[[str], Any]) -> Any:
    """Parse one cell; an error names the row and column."""
    try:
        return parse(row.get(column))
    except InputError as error:
        raise InputError(error.template, row=row.number, field=column, **error.params) from error


def _count(text: str) -> int:
    value = text.strip() or "0"
    if not value.isdigit():
        raise InputError(QT_TRANSLATE_NOOP("core", "'{value}' is geen aantal."), value=value)
    return int(value)


def _activity_row(row: ImportRow, rooms: dict[str, int]) -> ActivityInput:
    room_name = row.get("ruimte")
    room_id = None
    if room_name:
        room_id = rooms.get(room_name.casefold())
        if room_id is None:
            raise InputError(
                QT_TRANSLATE_NOOP("core", "de ruimte '{room}' bestaat niet."),
                row=row.number,
                field="ruimte",
                room=room_name,
            )
    data = ActivityInput(
        name=row.get("naam"),
        category=row.get("categorie"),
        target_group=row.get("doelgroep"),
        room_id=room_id,
        weekdays=_field(row, "dag", parse_weekdays),
        start_time=_field(row, "begin", parse_time),
        end_time=_field(row, "eind", parse_time),
        season_start=_field(row, "van", parse_date),
        season_end=_field(row, "tot", parse_date),
        frequency=_field(row, "frequentie", check_frequency),
        leader=row.get("leiding"),
        expected=_field(row, "verwacht", _count),
    )
    try:
        data.check()
    except InputError as error:
        raise InputError(error.template, row=row.number, field=error.field, **error.params) from error
    return data


def import_activities(database: Database, path: Path, today: date, dry_run: bool = False) -> ImportReport:
    table = read_table(path, required=ACTIVITY_COLUMNS)
    errors = ImportErrors()
    with database.transaction() as session:
        rooms = {room.name.casefold(): room.id or 0 for room in session.exec(select(Room))}
        existing = {a.name.casefold() for a in session.exec(select(Activity).where(Activity.status != ENDED))}
        rows: list[ActivityInput] = []
        for row in table.rows:
            with errors.collect():
                data = _activity_row(row, rooms)
                if data.name.strip().casefold() in existing:
                    raise InputError(
                        QT_TRANSLATE_NOOP("core", "er is al een activiteit '{name}'."),
                        row=row.number,
                        field="naam",
                        name=data.name.strip(),
                    )
                existing.add(data.name.strip().casefold())
                rows.append(data)
        errors.raise_if_any(path)
        report = ImportReport("activiteiten", rows_checked=len(table.rows), dry_run=dry_run)
        if dry_run:
            return report
        for data in rows:
            activity, skipped, _warnings = save_activity(session, None, data, today)
            # the rooster refused these dates: listed, never dropped silently (the sessions say "niet doorgegaan")
            report.details += [
                f"{activity.name}: {format_date(s.day)} overgeslagen — {s.error.message}" for s in skipped
            ]
        report.created = len(rows)
    log.info("imported %d activities", report.created)
    return report


def import_participants(database: Database, path: Path, today: date, dry_run: bool = False) -> ImportReport:
    """Each row registers a person for an activity; the same name and phone on several rows is one person.

    One pass that never holds the file whole: every row is checked (of a good row only the key duplicates are found
    by is kept), and while no row has failed the checked rows are written a chunk at a time. One bad row stops the
    writing; at the end it rolls the whole transaction back, so nothing is imported."""
    table = TableStream(path, required=PARTICIPANT_COLUMNS)
    errors = ImportErrors()
    with database.transaction() as session:
        activities: dict[str, list[int]] = {}
        for activity in session.exec(select(Activity).where(Activity.status != ENDED)):
            activities.setdefault(activity.name.casefold(), []).append(activity.id or 0)
        writer = _RegistrationWriter(session, today)
        pending: list[tuple[int, ParticipantInput]] = []
        seen: set[tuple[int, str, str]] = set()
        for row in table:
            with errors.collect():
                activity_id, data = _participant_row(row, activities)
                key = (activity_id, search_key(data.name), data.phone.strip())
                if key in seen:
                    raise InputError(
                        QT_TRANSLATE_NOOP("core", "{name} staat al eerder in het bestand bij deze activiteit."),
                        row=row.number,
                        field="naam",
                        name=data.name,
                    )
                seen.add(key)
                if not (errors.errors or dry_run):
                    pending.append((activity_id, data))
            if len(pending) >= WRITE_CHUNK:
                writer.write(pending)
                pending = []
        errors.raise_if_any(path)  # rolls back what was written
        report = ImportReport("inschrijvingen", rows_checked=table.count or 0, dry_run=dry_run)
        if dry_run:
            return report
        writer.write(pending)
        planned = table.count or 0
        report.created = writer.created
        if planned > writer.created:
            report.details.append(f"{planned - writer.created} inschrijving(en) stonden er al; die zijn ongewijzigd.")
    log.info("imported %d registrations (%d already there)", report.created, planned - report.created)
    return report


def _participant_row(row: ImportRow, activities: dict[str, list[int]]) -> tuple[int, ParticipantInput]:
    ids = activities.get(row.get("activiteit").casefold(), [])
    if len(ids) != 1:
        template = (
            QT_TRANSLATE_NOOP("core", "de activiteit '{activity}' bestaat niet.")
            if not ids
            else QT_TRANSLATE_NOOP("core", "er zijn meerdere activiteiten '{activity}'.")
        )
        raise InputError(template, row=row.number, field="activiteit", activity=row.get("activiteit"))
    data = ParticipantInput(name=row.get("naam"), phone=row.get("telefoon"), email=row.get("e-mail"))
    try:
        data.check()
    except InputError as error:
        raise InputError(error.template, row=row.number, field=error.field, **error.params) from error
    return ids[0], data


class _RegistrationWriter:
    """Adds the people who are new and registers everyone once, a chunk of rows at a time in bulk inserts; a row
    registered already is left as it is (importing a list twice changes nothing). A full activity puts the rest on
    its waiting list, as ``register`` does."""

    def __init__(self, session: Session, today: date) -> None:
        self.session, self.today = session, today
        # The open activities are taken before their places are counted, as ``register`` takes one: a desk that
        # registers during the import waits for it and then counts its rows (db/locking.py; nothing on SQLite).
        session.execute(select(Activity.id).where(Activity.status != ENDED).order_by(Activity.id).with_for_update())
        self.people = _people_by_key(session)
        self.current = set(
            session.execute(
                select(Registration.activity_id, Registration.participant_id).where(Registration.status != LEFT)
            ).all()
        )
        self.counts: dict[int, int] = dict(
            session.execute(
                select(Registration.activity_id, func.count())
                .where(Registration.status == REGISTERED)
                .group_by(Registration.activity_id)
            ).all()
        )
        self.capacity = {a.id: a.capacity for a in session.exec(select(Activity).where(Activity.status != ENDED))}
        self.created = 0

    def write(self, planned: list[tuple[int, ParticipantInput]]) -> None:
        new_people: dict[tuple[str, str], dict[str, Any]] = {}
        for _activity_id, data in planned:
            key = _person_key(data)
            if key not in self.people and key not in new_people:
                name = " ".join(data.name.split())
                new_people[key] = {
                    "name": name,
                    "search_name": search_key(name),
                    "phone": data.phone.strip(),
                    "email": data.email.strip(),
                    "created_on": self.today,
                }
        if new_people:
            ids = insert_rows(self.session, Participant, list(new_people.values()))
            self.people.update(zip(new_people, ids, strict=True))
        rows: list[dict[str, Any]] = []
        for activity_id, data in planned:
            pair = (activity_id, self.people[_person_key(data)])
            if pair in self.current:
                continue
            self.current.add(pair)
            limit = self.capacity.get(activity_id)
            full = limit is not None and self.counts.get(activity_id, 0) >= limit
            self.counts[activity_id] = self.counts.get(activity_id, 0) + (0 if full else 1)
            rows.append(
                {
                    "activity_id": activity_id,
                    "participant_id": pair[1],
                    "status": WAITING if full else REGISTERED,
                    "registered_on": self.today,
                }
            )
        insert_chunks(self.session, Registration, rows)
        self.created += len(rows)


def _person_key(data: ParticipantInput) -> tuple[str, str]:
    return (search_key(" ".join(data.name.split())), data.phone.strip())


def _people_by_key(session: Session) -> dict[tuple[str, str], int]:
    query = select(Participant.id, Participant.search_name, Participant.phone).order_by(Participant.id)
    return {(name, phone): person_id for person_id, name, phone in session.execute(query)}
