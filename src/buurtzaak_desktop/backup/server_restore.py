"""Restoring a back-up onto a PostgreSQL server: the checked file's rows into the server's tables, all or nothing.

The back-up is staged and checked as for a desk (``restore.prepare_restore``: decrypted, integrity, schema, a newer
version refused); an older back-up is brought to this version on that staged copy, never on the user's file. The server
is migrated to this version, then ONE transaction empties it (only when the user said to replace its data), copies the
rows in foreign-key order, sets the id counters, and checks the counts per table and that no reference dangles: any
failure rolls it all back, and the server is as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, and_, exists, func, inspect, select, text
from sqlalchemy.exc import IntegrityError, ProgrammingError
from sqlmodel import Session

from buurtzaak_desktop.backup.errors import RestoreRefused
from buurtzaak_desktop.backup.restore import PreparedRestore
from buurtzaak_desktop.backup.server import read_chunks, server_errors, sqlite_engine, tables
from buurtzaak_desktop.backup.verify import Contents, verify_database
from buurtzaak_desktop.db.database import Database, ReadOnlyServer
from buurtzaak_desktop.db.migrate import head_revisions, migrate, open_server
from buurtzaak_desktop.db.portable import resync_sequences
from buurtzaak_desktop.db.watch import notify_desks
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerRestore:
    """What was loaded: the back-up's contents (at this version), and how many rows the server held before."""

    contents: Contents
    replaced_rows: int


def restore_to_server(url: str, prepared: PreparedRestore, replace: bool = False) -> ServerRestore:
    """Load the staged back-up into the server's database ``url``; refused (nothing changed) when it holds data and
    ``replace`` is not given."""
    contents = _at_head(prepared)
    if not replace:
        _refuse_when_holding_data(url)  # before the migration below: a refused restore leaves an older server alone
    database = open_server(url)  # migrates an empty or older server; refuses a newer one, or another program's
    if database.read_only:  # refused before anything is read or written, as the app's every save is
        database.close()
        raise ReadOnlyServer(
            QT_TRANSLATE_NOOP("core", "Alleen lezen: u mag op deze server niets wijzigen."), server=database.location
        )
    file = sqlite_engine(prepared.staged)
    try:
        with (
            _rows_refused(database.location),
            server_errors(database.location),
            database.engine.begin() as server,
            file.connect() as source,
        ):
            replaced = _rows_on(server)
            if replaced and not replace:
                raise _holds_data(database.location, replaced)
            if replaced:
                quote = server.dialect.identifier_preparer.quote
                server.execute(text(f"TRUNCATE {', '.join(quote(t.name) for t in tables())}"))
            for table in tables():
                _copy_in(server, table, read_chunks(source, table))
            session = Session(bind=server)
            resync_sequences(session)
            _check_loaded(server, contents, database.location)
            server.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))  # a deferred rule (no double booking) checks now
            notify_desks(session, database.desk)  # open windows on other desks show the restored data
    finally:
        file.dispose()
        database.close()
    log.info("restored a back-up onto a server (%d rows, %d replaced)", contents.total_rows, replaced)
    return ServerRestore(contents, replaced)


class _CopyRefused(Exception):
    """The driver's COPY refused a row of ``table`` (its errors do not pass through SQLAlchemy)."""

    def __init__(self, table: str, constraint: str | None) -> None:
        super().__init__(table)
        self.table, self.constraint = table, constraint


@contextmanager
def _rows_refused(where: str) -> Iterator[None]:
    """A row the server's own rules refuse (two live bookings of one room at once, which a desk's file lets in), a
    value it cannot hold, or a step this user may not take. Never ``str(error)`` in a message or the log: PostgreSQL
    quotes the row's values, which may be a resident's name."""
    try:
        yield
    except IntegrityError as error:
        rule = getattr(getattr(error.orig, "diag", None), "constraint_name", None)
        raise _refused_by_rule(where, rule) from None
    except ProgrammingError as error:  # e.g. a user who may write rows but not empty tables (TRUNCATE)
        log.warning("restore onto a server refused: %s", type(error.orig).__name__)
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "De server {server} weigerde het terugzetten: deze gebruiker mag dat niet. Vraag de beheerder het te "
                "doen met de eigenaar van de database. Alles is teruggedraaid; er is niets veranderd.",
            ),
            server=where,
        ) from None
    except _CopyRefused as refused:
        if refused.constraint:
            raise _refused_by_rule(where, refused.constraint) from None
        log.warning("restore onto a server refused a value in table %s", refused.table)
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "De back-up past niet op de server {server}: een waarde in tabel {table} past niet in wat de server "
                "daar toestaat. Alles is teruggedraaid; er is niets veranderd.",
            ),
            server=where,
            table=refused.table,
        ) from None


def _refused_by_rule(where: str, rule: str | None) -> RestoreRefused:
    log.warning("restore onto a server refused by a constraint: %s", rule)
    if rule == "booking_no_overlap":
        return RestoreRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "De back-up past niet op de server {server}: er staan twee boekingen in die dezelfde ruimte (of "
                "een gecombineerde ruimte en een deel ervan) op hetzelfde moment gebruiken, en dat weigert de "
                "server. Zet de back-up eerst terug op een pc, los de dubbele boeking op (buurtzaak check noemt "
                "ze) en maak daar een nieuwe back-up. Alles is teruggedraaid; er is niets veranderd.",
            ),
            server=where,
        )
    return RestoreRefused(
        QT_TRANSLATE_NOOP(
            "core",
            "De back-up past niet op de server {server}: een rij voldoet niet aan de regels van de server "
            "(bijvoorbeeld twee boekingen van één ruimte op hetzelfde moment). Alles is teruggedraaid; er is "
            "niets veranderd.",
        ),
        server=where,
    )


def _copy_in(server: Connection, table: Table, chunks: Iterable[list[dict[str, Any]]]) -> None:
    """PostgreSQL's COPY, in this transaction: a fraction of the time of INSERTs for ten years of attendance. Each
    value goes through its column type's own conversion first, exactly as the app's INSERT would send it."""
    dialect = server.dialect
    quote = dialect.identifier_preparer.quote
    names = [column.name for column in table.columns]
    steps = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in table.columns]
    statement = f"COPY {quote(table.name)} ({', '.join(quote(name) for name in names)}) FROM STDIN"
    driver: Any = server.connection.driver_connection
    import psycopg  # a server's restore: the driver is there

    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for chunk in chunks:
                for row in chunk:
                    pairs = zip((row[name] for name in names), steps, strict=True)
                    copy.write_row([value if step is None or value is None else step(value) for value, step in pairs])
    except psycopg.Error as error:
        constraint = getattr(getattr(error, "diag", None), "constraint_name", None)
        raise _CopyRefused(table.name, constraint) from None


def _at_head(prepared: PreparedRestore) -> Contents:
    """The staged copy at this version: an older back-up is migrated there (a work file), then checked again."""
    if prepared.contents.revisions == head_revisions():
        return prepared.contents
    staged = Database(prepared.staged)
    try:
        migrate(staged)
    finally:
        staged.close()
    return verify_database(prepared.staged)


def _rows_on(server: Connection, among: list[Table] | None = None) -> int:
    """How many rows the server's tables hold (a few EXISTS first: an empty server answers at once)."""
    among = tables() if among is None else among
    if not any(server.execute(select(exists().select_from(table))).scalar_one() for table in among):
        return 0
    return sum(int(server.execute(select(func.count()).select_from(table)).scalar_one()) for table in among)


def _refuse_when_holding_data(url: str) -> None:
    """Refused before anything is done when the server already holds rows in any of our tables (at whatever version
    it is; the same check runs again in the restore's own transaction)."""
    database = Database.server(url)
    try:
        with server_errors(database.location), database.engine.connect() as server:
            present = set(inspect(server).get_table_names())
            ours = [table for table in tables() if table.name in present]
            if any(server.execute(select(exists().select_from(table))).scalar_one() for table in ours):
                raise _holds_data(database.location, _rows_on(server, ours))
    finally:
        database.close()


def _holds_data(where: str, rows: int) -> RestoreRefused:
    return RestoreRefused(
        QT_TRANSLATE_NOOP(
            "core",
            "De database {server} bevat al gegevens ({rows} rijen). Er is niets veranderd. Wilt u ze vervangen door "
            "de back-up, geef dan --vervang mee.",
        ),
        server=where,
        rows=rows,
    )


def _check_loaded(server: Connection, contents: Contents, where: str) -> None:
    """Every table holds the file's count, and no reference points at a missing row; else all is rolled back."""
    wrong = [
        table.name
        for table in tables()
        if server.execute(select(func.count()).select_from(table)).scalar_one() != contents.counts.get(table.name, 0)
    ]
    dangling = [table.name for table in tables() if _dangling(server, table)]
    if wrong or dangling:
        log.warning("restore onto a server rolled back: counts %s, references %s", wrong, dangling)
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "De back-up kon niet volledig op de server {server} worden gezet (tabellen: {tables}). Alles is "
                "teruggedraaid; er is niets veranderd.",
            ),
            server=where,
            tables=", ".join(wrong + dangling),
        )


def _dangling(server: Connection, table: Table) -> bool:
    """Does a row of ``table`` point at a row that is not there (for any of its foreign keys)?"""
    for key in table.foreign_key_constraints:
        parent = key.referred_table.alias()
        pairs = zip(key.columns, key.elements, strict=True)
        matched = and_(*(child == parent.c[element.column.name] for child, element in pairs))
        filled = and_(*(column.isnot(None) for column in key.columns))
        orphans = select(table).where(filled, ~select(parent).where(matched).exists())
        if server.execute(select(orphans.exists())).scalar_one():
            return True
    return False
