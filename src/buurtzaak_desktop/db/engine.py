"""The SQLite engine: every connection gets foreign keys, WAL, a busy timeout, real transactions and secure delete.

Or a PostgreSQL server's engine (make_server_engine), for several desks on one database."""

from __future__ import annotations

import importlib.util
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool
from sqlmodel import create_engine

BUSY_TIMEOUT_MS = 5000


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself: pysqlite's own transaction handling
    # starts transactions late and commits DDL implicitly, which breaks all-or-nothing writes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    # Deleted and overwritten content is zeroed in the file: SQLite's own default is OFF (only some builds turn it
    # on), and erasure of names, notes and phone numbers must not depend on the build.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    # NullPool: no connection outlives its session, so a back-up or restore sees the file at rest.
    # hide_parameters: values (names, notes) never end up in error messages and so never in a log.
    # URL.create: a folder named "data?mode=ro" or "100%#2" is a file name, not a query string or a fragment.
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def make_server_engine(url: str, password: str | None = None, **options: Any) -> Engine:
    """A PostgreSQL server's engine (``postgresql+psycopg://user@host:5432/buurtzaak``).

    A small pool (the server is across a network, a connection costs a round trip or a TLS handshake); pre-ping, so a
    connection the server or a sleeping laptop dropped is replaced instead of failing the next click. ``password``
    (from the keyring) goes to psycopg beside the URL, never into it: a URL ends up in messages and logs.
    """
    _require_driver()
    return create_engine(
        url,
        hide_parameters=True,
        pool_pre_ping=True,
        **(options or {"pool_size": 2, "max_overflow": 4}),
        connect_args=server_connect_args(url, password),
    )


def _require_driver() -> None:
    """psycopg is an extra (``.[server]``): one desk on its file needs none. Without it, a Dutch message instead of
    SQLAlchemy's "Can't load plugin" traceback."""
    if importlib.util.find_spec("psycopg") is None:
        from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, ServerDriverMissing

        raise ServerDriverMissing(
            QT_TRANSLATE_NOOP(
                "core",
                "Voor een PostgreSQL-server heeft Buurtzaak het stuurprogramma psycopg nodig, en dat is hier niet "
                'geïnstalleerd. Installeer het met: pip install -e ".[server]"',
            )
        )


def server_connect_args(url: str, password: str | None = None) -> dict[str, Any]:
    """psycopg's options besides the URL's: TLS when the server offers it (sslmode=prefer, libpq's default, said
    here so that a libpq built with another default cannot turn it off unseen), unless the URL or the administrator's
    $PGSSLMODE (e.g. "require") chooses."""
    arguments: dict[str, Any] = {"application_name": "buurtzaak", "connect_timeout": 10}
    if "sslmode" not in make_url(url).query and not os.environ.get("PGSSLMODE"):
        arguments["sslmode"] = "prefer"
    if password:
        arguments["password"] = password
    return arguments
