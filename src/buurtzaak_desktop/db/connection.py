"""Connecting to a PostgreSQL server from the app: the address the user typed, a test connection that says in Dutch
what it found, and why a connection failed. Qt-free; ui/connect_dialog.py is its window."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import URL
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from buurtzaak_desktop.db.credentials import DEFAULT_PORT, Login
from buurtzaak_desktop.db.database import may_write, uses_tls
from buurtzaak_desktop.db.engine import make_server_engine
from buurtzaak_desktop.db.revisions import head_revisions, known_revisions
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, ServerUnavailable

log = logging.getLogger(__name__)

DEFAULT_DATABASE = "buurtzaak"
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerAddress:
    """What the user types: host (a name, an IP address, or a socket folder such as /var/run/postgresql), port,
    database and user. Its URL never holds a password."""

    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    user: str = ""

    @property
    def url(self) -> str:
        if self.host.startswith("/"):  # a unix socket's folder goes in the query: a URL's host cannot hold "/"
            url = URL.create(
                DRIVER,
                username=self.user or None,
                database=self.database,
                query={"host": self.host, "port": str(self.port)},
            )
        else:
            url = URL.create(DRIVER, username=self.user or None, host=self.host, port=self.port, database=self.database)
        return url.render_as_string(hide_password=False)

    @classmethod
    def of(cls, url: str) -> ServerAddress:
        login = Login.of(url)
        return cls(login.host, login.port, login.database, login.user)


def without_password(url: str) -> str:
    """The URL to remember or show: a password typed into --database-url stays out of settings and logs."""
    parsed = make_url(url)  # (URL.set(password=None) would keep the password: None there means "unchanged")
    query = {key: value for key, value in parsed.query.items() if key != "password"}  # libpq takes it there too
    bare = URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, query)
    return bare.render_as_string(hide_password=False)


class Schema(Enum):
    EMPTY = "empty"  # a new database: the tables are made at connect
    CURRENT = "current"
    OLDER = "older"  # updated at connect
    NEWER = "newer"  # made by a newer Buurtzaak: refused
    FOREIGN = "foreign"  # tables, but not ours


@dataclass(frozen=True)
class ServerReport:
    """What a test connection found."""

    version: str
    schema: Schema
    encrypted: bool
    may_write: bool

    @property
    def can_open(self) -> bool:
        return self.schema in (Schema.CURRENT, Schema.EMPTY, Schema.OLDER) and (
            self.may_write or self.schema is Schema.CURRENT
        )

    @property
    def params(self) -> dict[str, str]:
        return {"version": self.version}

    def lines(self) -> list[str]:
        """Dutch sentences (templates of ``params``) marked for translation ("core"); the window translates each."""
        schema = SCHEMA_TEXT[self.schema]
        if not self.may_write and self.schema in READER_CANNOT:
            schema = READER_CANNOT[self.schema]
        return [
            QT_TRANSLATE_NOOP("core", "Verbonden met PostgreSQL {version}."),
            schema,
            QT_TRANSLATE_NOOP("core", "De verbinding is versleuteld (TLS).")
            if self.encrypted
            else QT_TRANSLATE_NOOP("core", "De verbinding is niet versleuteld (geen TLS)."),
            QT_TRANSLATE_NOOP("core", "U mag gegevens wijzigen.")
            if self.may_write
            else QT_TRANSLATE_NOOP("core", "Alleen lezen: u mag op deze server niets wijzigen."),
        ]


SCHEMA_TEXT = {
    Schema.EMPTY: QT_TRANSLATE_NOOP("core", "De database is nog leeg: Buurtzaak richt hem in bij het verbinden."),
    Schema.CURRENT: QT_TRANSLATE_NOOP("core", "De database is bij met deze versie van Buurtzaak."),
    Schema.OLDER: QT_TRANSLATE_NOOP(
        "core", "De database is van een oudere versie: hij wordt bijgewerkt bij het verbinden."
    ),
    Schema.NEWER: QT_TRANSLATE_NOOP(
        "core", "De database is van een nieuwere versie van Buurtzaak. Installeer eerst de nieuwste versie."
    ),
    Schema.FOREIGN: QT_TRANSLATE_NOOP("core", "Deze database is van een ander programma, niet van Buurtzaak."),
}

# what a user who may only read cannot do for the database: Verbinden is refused
READER_CANNOT = {
    Schema.EMPTY: QT_TRANSLATE_NOOP(
        "core", "De database is nog leeg, en deze gebruiker mag hem niet inrichten. Vraag de beheerder."
    ),
    Schema.OLDER: QT_TRANSLATE_NOOP(
        "core",
        "De database is van een oudere versie en moet worden bijgewerkt, maar deze gebruiker mag dat niet. "
        "Vraag de beheerder.",
    ),
}


def probe(address: ServerAddress, password: str | None) -> ServerReport:
    """Connect once and look: the server's version, our schema's state, TLS, whether this user may write.

    Changes nothing. A failure is a ServerUnavailable saying in Dutch why (wrong password, no such database...)."""
    from sqlalchemy import inspect, text

    engine = make_server_engine(address.url, password or None, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            version = str(connection.exec_driver_sql("SHOW server_version").scalar()).split(" ")[0]
            tables = set(inspect(connection).get_table_names())
            revisions = (
                frozenset(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
                if "alembic_version" in tables
                else frozenset()
            )
            return ServerReport(version, _schema(tables, revisions), uses_tls(connection), may_write(connection))
    except DBAPIError as error:
        raise connection_problem(error, address.url) from error
    finally:
        engine.dispose()


def _schema(tables: set[str], revisions: frozenset[str]) -> Schema:
    if not tables:
        return Schema.EMPTY
    if "alembic_version" not in tables or not revisions:
        return Schema.FOREIGN
    if not revisions <= known_revisions():
        return Schema.NEWER
    return Schema.CURRENT if revisions == head_revisions() else Schema.OLDER


# libpq's own words (its client-side messages are English; a server's follow its lc_messages, usually English too)
_REASONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("password authentication failed", "no password supplied", "authentication failed"),
        QT_TRANSLATE_NOOP("core", "Het wachtwoord klopt niet (of de gebruiker {user} bestaat niet) op {server}."),
    ),
    (
        ('role "',),  # 'role "x" does not exist' (a server that asks no password)
        QT_TRANSLATE_NOOP("core", "De gebruiker {user} bestaat niet op {server}."),
    ),
    (
        ('database "',),  # 'database "x" does not exist'
        QT_TRANSLATE_NOOP(
            "core", "De database {database} bestaat niet op {host}. Vraag de beheerder hem aan te maken."
        ),
    ),
    (
        ("no pg_hba.conf entry",),
        QT_TRANSLATE_NOOP("core", "De server {host} laat de gebruiker {user} niet toe vanaf deze computer."),
    ),
    (
        (
            "connection refused",
            "could not translate host name",
            "failed to resolve host",
            "name or service not known",
            "timeout expired",
            "no route to host",
            "network is unreachable",
            "no such file or directory",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "De server {server} is niet bereikbaar. Controleer het adres en de poort, en of de server aan staat.",
        ),
    ),
    (
        ("server does not support ssl", "ssl", "certificate"),
        QT_TRANSLATE_NOOP("core", "De beveiligde verbinding (TLS) met {host} kwam niet tot stand."),
    ),
)


def connection_problem(error: DBAPIError, url: str) -> ServerUnavailable:
    """Why a connection failed, in Dutch, from libpq's message (which the log never gets: it can hold names)."""
    text = str(error.orig).lower()
    login = Login.of(url)
    address = ServerAddress.of(url)
    where = f"{address.host}/{address.database}"
    log.warning("server connection failed: %s", type(error.orig).__name__)
    if isinstance(error, OperationalError):
        for markers, template in _REASONS:
            if any(marker in text for marker in markers):
                return ServerUnavailable(
                    template, user=login.user, server=where, host=address.host, database=address.database
                )
    return ServerUnavailable(
        QT_TRANSLATE_NOOP(
            "core",
            "De server {server} is niet bereikbaar of weigert de verbinding. Controleer het adres, de gebruiker "
            "en het wachtwoord, en of de server aan staat.",
        ),
        server=where,
    )
