"""``buurtzaak backup DEST [--encrypt]`` and ``buurtzaak restore FILE``, of the data folder's file or (with
--database-url) of a PostgreSQL server: the same back-up file either way, so a centre moves between them.

The passphrase comes from $BUURTZAAK_BACKUP_PASSPHRASE (for scripts) or else from a prompt.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from buurtzaak_desktop.backup.crypto import is_encrypted
from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.backup.restore import prepare_restore, swap_in
from buurtzaak_desktop.backup.server import backup_server
from buurtzaak_desktop.backup.server_restore import restore_to_server
from buurtzaak_desktop.backup.status import record_backup
from buurtzaak_desktop.backup.summary import describe
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import head_revisions, inspect_file
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.spreekuur.privacy import has_personal_spreekuur_data

PASSPHRASE_ENV = "BUURTZAAK_BACKUP_PASSPHRASE"
MIN_PASSPHRASE = 8


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    if args.command == "backup":
        return _backup_server(args, paths) if paths.database_url else _backup(args, paths)
    if paths.database_url:
        return _restore_server(Path(args.file), paths, paths.database_url, getattr(args, "vervang", False))
    return _restore(Path(args.file), paths)


def _backup_server(args: argparse.Namespace, paths: DataPaths) -> int:
    assert paths.database_url is not None
    if not args.encrypt:
        with contextlib.suppress(SQLAlchemyError):  # an empty or unreachable server: backup_server says so in Dutch
            _warn_about_personal_data(Database.server(paths.database_url))
    passphrase = _new_passphrase() if args.encrypt else None
    paths.ensure()  # the data folder holds the plain copy while it is encrypted
    result = backup_server(paths.database_url, paths.root, Path(args.dest), passphrase)
    record_backup(paths, result.made_at, result.encrypted)
    print(f"Back-up gemaakt en gecontroleerd: {result.path} ({describe(result.contents, result.made_at)}).")
    return 0


def _backup(args: argparse.Namespace, paths: DataPaths) -> int:
    # Only read the database: a back-up never migrates or creates it (the app may be using it right now).
    state = inspect_file(paths.database)
    if state.is_new:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "In {folder} is nog geen gegevensbestand: er is niets om te back-uppen."),
            folder=str(paths.root),
        )
    if not args.encrypt and state.revisions == head_revisions():
        _warn_about_personal_data(Database(paths.database))
    passphrase = _new_passphrase() if args.encrypt else None
    result = make_backup(paths.database, Path(args.dest), passphrase)
    record_backup(paths, result.made_at, result.encrypted)
    print(f"Back-up gemaakt en gecontroleerd: {result.path} ({describe(result.contents, result.made_at)}).")
    return 0


def _warn_about_personal_data(database: Database) -> None:
    try:
        with database.reading() as session:
            if has_personal_spreekuur_data(session):
                print(
                    "Let op: deze back-up bevat spreekuurgegevens en wordt niet versleuteld. "
                    "Gebruik --encrypt als de USB-stick zoek kan raken.",
                    file=sys.stderr,
                )
    finally:
        database.close()


def _restore(file: Path, paths: DataPaths) -> int:
    # cli.py holds the data folder's lock here: a restore is refused while the app or another command holds it
    passphrase = _passphrase("Wachtwoord van de back-up: ") if file.is_file() and is_encrypted(file) else None
    prepared = prepare_restore(paths, file, passphrase)
    try:
        database = swap_in(paths, prepared)
    finally:
        prepared.discard()
    database.close()
    print(f"Back-up teruggezet uit {file} ({describe(prepared.contents, prepared.made_at)}).")
    return 0


def _restore_server(file: Path, paths: DataPaths, url: str, replace: bool) -> int:
    passphrase = _passphrase("Wachtwoord van de back-up: ") if file.is_file() and is_encrypted(file) else None
    prepared = prepare_restore(paths, file, passphrase)
    try:
        done = restore_to_server(url, prepared, replace)
    finally:
        prepared.discard()
    tables = sum(1 for count in done.contents.counts.values() if count)
    replaced = f"; de {done.replaced_rows} rijen die er stonden zijn vervangen" if done.replaced_rows else ""
    print(
        f"Back-up teruggezet uit {file} op de server {paths.location}: {done.contents.total_rows} rijen in {tables} "
        f"tabellen, per tabel geteld en zonder losse verwijzingen{replaced} "
        f"({describe(done.contents, prepared.made_at)})."
    )
    return 0


def _passphrase(prompt: str) -> str:
    return os.environ.get(PASSPHRASE_ENV) or _ask(prompt)


def _new_passphrase() -> str:
    if from_env := os.environ.get(PASSPHRASE_ENV):
        first = again = from_env
    else:
        first = _ask("Wachtwoord voor de back-up: ")
        again = _ask("Herhaal het wachtwoord: ")
    if first != again:
        raise InputError(QT_TRANSLATE_NOOP("core", "De wachtwoorden zijn niet gelijk. Er is geen back-up gemaakt."))
    if len(first) < MIN_PASSPHRASE:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Kies een wachtwoord van minstens {count} tekens. Er is geen back-up gemaakt."),
            count=MIN_PASSPHRASE,
        )
    return first


def _ask(prompt: str) -> str:
    """Ask at the terminal; from a script without one (no terminal, stdin closed) say how to pass it instead."""
    try:
        if not sys.stdin or not sys.stdin.isatty():
            raise EOFError
        return getpass.getpass(prompt)
    except EOFError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "core",
                "Er is geen wachtwoord opgegeven en er is geen terminal om ernaar te vragen. Zet het wachtwoord in "
                "{variable} of start de opdracht in een terminal.",
            ),
            variable=PASSPHRASE_ENV,
        ) from None
