"""``buurtzaak backup DEST [--encrypt]`` and ``buurtzaak restore FILE``.

The passphrase comes from $BUURTZAAK_BACKUP_PASSPHRASE (for scripts) or else from a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from buurtzaak_desktop.backup.crypto import is_encrypted
from buurtzaak_desktop.backup.make import make_backup
from buurtzaak_desktop.backup.restore import prepare_restore, swap_in
from buurtzaak_desktop.backup.server import refuse_on_server
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
    refuse_on_server(paths)
    return _backup(args, paths) if args.command == "backup" else _restore(Path(args.file), paths)


def _backup(args: argparse.Namespace, paths: DataPaths) -> int:
    # Only read the database: a back-up never migrates or creates it (the app may be using it right now).
    state = inspect_file(paths.database)
    if state.is_new:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "In {folder} is nog geen gegevensbestand: er is niets om te back-uppen."),
            folder=str(paths.root),
        )
    if not args.encrypt and state.revisions == head_revisions():
        _warn_about_personal_data(paths)
    passphrase = _new_passphrase() if args.encrypt else None
    result = make_backup(paths.database, Path(args.dest), passphrase)
    record_backup(paths, result.made_at, result.encrypted)
    print(f"Back-up gemaakt en gecontroleerd: {result.path} ({describe(result.contents, result.made_at)}).")
    return 0


def _warn_about_personal_data(paths: DataPaths) -> None:
    database = Database(paths.database)
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
