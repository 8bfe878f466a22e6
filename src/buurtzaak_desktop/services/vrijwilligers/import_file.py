"""``buurtzaak import vrijwilligers FILE``: every row checked first, all or nothing, every bad row reported."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

from sqlmodel import Session, select

from buurtzaak_desktop.db.bulk import WRITE_CHUNK, insert_chunks, insert_rows
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import Volunteer, VolunteerCertificate, VolunteerRoleLink
from buurtzaak_desktop.domain.dates import parse_date
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.vrijwilligers.availability import parse_availability
from buurtzaak_desktop.domain.vrijwilligers.people import split_list
from buurtzaak_desktop.services.importing import ImportErrors, ImportReport, ImportRow, TableStream
from buurtzaak_desktop.services.vrijwilligers.reference import (
    certificate_type_ids,
    ensure_reference_data,
    resolve_certificate_type,
    resolve_role,
    role_ids,
)
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, validate, volunteer_columns

log = logging.getLogger(__name__)
T = TypeVar("T")
COLUMNS = ("naam", "e-mail", "telefoon", "rollen", "beschikbaar", "talen", "vog geldig tot", "bhv geldig tot")
CERTIFICATE_COLUMNS = {"vog geldig tot": "VOG", "bhv geldig tot": "BHV"}


@dataclass(slots=True)
class ParsedRow:
    data: VolunteerData
    certificates: dict[str, date]


def import_volunteers(database: Database, path: Path, dry_run: bool = False, today: date | None = None) -> ImportReport:
    """One pass over the file that never holds it whole: every row is checked (of a good row only the key
    duplicates are found by is kept), and while no row has failed the checked rows are written a chunk at a time.
    One bad row stops the writing; at the end it rolls the whole transaction back, so nothing is imported."""
    table = TableStream(path, required=("naam",))
    errors = ImportErrors()
    unknown = [column for column in table.columns if column and column not in COLUMNS]
    if unknown:
        errors.add(
            InputError(
                QT_TRANSLATE_NOOP("core", "onbekende kolom(men): {columns}. Bekende kolommen: {known}."),
                row=1,
                columns=", ".join(unknown),
                known=", ".join(COLUMNS),
            )
        )
    created = 0
    with database.transaction() as session:
        ensure_reference_data(session)
        roles = role_ids(session)
        pending: list[ParsedRow] = []
        for result in _check_rows(session, table, roles, errors):
            if errors.errors or dry_run:
                continue  # never written: only checked
            pending.append(result)
            if len(pending) >= WRITE_CHUNK:
                _insert(session, pending)
                created, pending = created + len(pending), []
        errors.raise_if_any(path)  # rolls back what was written
        report = ImportReport(kind="vrijwilligers", rows_checked=table.count or 0, dry_run=dry_run)
        if dry_run:
            session.rollback()
            return report
        _insert(session, pending)
        report.created = created + len(pending)
    log.info("volunteers imported: rows=%s", report.created)
    return report


def _insert(session: Session, parsed: list[ParsedRow]) -> None:
    """The checked rows in three bulk inserts (volunteers, their roles, their certificates): no flush per row."""
    if not parsed:
        return
    roles = role_ids(session)
    kinds = certificate_type_ids(session)
    for row in parsed:
        validate(row.data)
    ids = insert_rows(session, Volunteer, [volunteer_columns(row.data) for row in parsed])
    links = [
        {"volunteer_id": volunteer_id, "role_id": role_id}
        for volunteer_id, row in zip(ids, parsed, strict=True)
        for role_id in dict.fromkeys(resolve_role(session, name, roles) for name in row.data.roles)
    ]
    certificates = [
        {"volunteer_id": volunteer_id, "certificate_type_id": resolve_certificate_type(session, kind, kinds)}
        | {"valid_until": until}
        for volunteer_id, row in zip(ids, parsed, strict=True)
        for kind, until in row.certificates.items()
    ]
    insert_chunks(session, VolunteerRoleLink, links)
    insert_chunks(session, VolunteerCertificate, certificates)


def _check_rows(
    session: Session, rows: Iterable[ImportRow], roles: dict[str, int], errors: ImportErrors
) -> Iterator[ParsedRow]:
    """Every row checked, each good one yielded; of it only its key is kept (one string: name and address), for
    duplicates."""
    existing = {_key(v.name, v.email) for v in session.exec(select(Volunteer))}
    seen: dict[str, int] = {}
    for row in rows:
        before = len(errors.errors)
        result = _parse_row(session, row, roles, errors)
        if len(errors.errors) > before:
            continue
        key = _key(result.data.name, result.data.email.strip())
        if key in existing:
            errors.add(
                InputError(
                    QT_TRANSLATE_NOOP("core", "{name} staat al in de vrijwilligerslijst."),
                    row=row.number,
                    field="naam",
                    name=result.data.name,
                )
            )
        elif key in seen:
            errors.add(
                InputError(
                    QT_TRANSLATE_NOOP("core", "{name} staat al eerder in dit bestand (rij {first})."),
                    row=row.number,
                    field="naam",
                    name=result.data.name,
                    first=seen[key],
                )
            )
        else:
            seen[key] = row.number
            yield result


def _key(name: str, email: str) -> str:
    return f"{name.lower()}\n{email.lower()}"  # neither holds a line break: one string instead of a tuple of two


def _parse_row(session: Session, row: ImportRow, roles: dict[str, int], errors: ImportErrors) -> ParsedRow:
    data = VolunteerData(
        name=" ".join(row.get("naam").split()),
        email=row.get("e-mail"),
        phone=row.get("telefoon"),
        languages=split_list(row.get("talen")),
    )
    certificates: dict[str, date] = {}
    with errors.collect():
        _in_field(row, "naam", lambda: validate(VolunteerData(name=data.name)))
    with errors.collect():
        _in_field(row, "e-mail", lambda: validate(VolunteerData(name="x", email=data.email)))
    for name in split_list(row.get("rollen")):
        with errors.collect():
            data.roles.append(_in_field(row, "rollen", partial(_role_name, session, name, roles)))
    with errors.collect():
        data.availability = _in_field(row, "beschikbaar", lambda: parse_availability(row.get("beschikbaar")))
    for column, kind in CERTIFICATE_COLUMNS.items():
        if row.get(column):
            with errors.collect():
                certificates[kind] = _in_field(row, column, partial(parse_date, row.get(column)))
    return ParsedRow(data, certificates)


def _role_name(session: Session, name: str, roles: dict[str, int]) -> str:
    role_id = resolve_role(session, name, roles)
    return next(role for role, known_id in roles.items() if known_id == role_id)


def _in_field(row: ImportRow, field: str, parse: Callable[[], T]) -> T:
    """Run ``parse``; an InputError it raises is placed at this row and column."""
    try:
        return parse()
    except InputError as error:
        raise InputError(error.template, row=row.number, field=field, **error.params) from None
