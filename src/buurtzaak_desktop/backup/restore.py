"""Restoring a back-up: check everything first, then swap the file in atomically.

``prepare_restore`` copies (or decrypts) the chosen file into the data folder under a temporary name and checks that
copy: nothing else is touched, so a refused file leaves the current database byte for byte as it was.
``swap_in`` (with the database closed) saves the current file as a local back-up, removes stale -wal/-shm files,
renames the checked copy into place and opens it, migrating it when it is older.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from buurtzaak_desktop.backup import crypto
from buurtzaak_desktop.backup.errors import PassphraseNeeded, RestoreRefused
from buurtzaak_desktop.backup.files import create_work_file, fsync_file, fsync_folder, remove_quietly, sidecars
from buurtzaak_desktop.backup.verify import Contents, verify_database
from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import copy_aside, expected_schema, open_database, schema_of
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, DatabaseOpenError
from buurtzaak_desktop.paths import DataPaths, create_private_file

log = logging.getLogger(__name__)

_NAME_MOMENT = re.compile(r"(\d{4})-(\d{2})-(\d{2})-(\d{4})")


@dataclass(frozen=True)
class PreparedRestore:
    """A checked copy of a back-up, waiting in the data folder to be swapped in."""

    source: Path
    staged: Path
    contents: Contents
    made_at: datetime
    encrypted: bool

    def discard(self) -> None:
        remove_quietly(self.staged, *sidecars(self.staged))


def prepare_restore(paths: DataPaths, file: Path, passphrase: str | None = None) -> PreparedRestore:
    """Stage and check ``file``; raises a refusal with a Dutch message (nothing changed) when it cannot be restored."""
    if not file.is_file():
        raise RestoreRefused(QT_TRANSLATE_NOOP("core", "Het bestand {file} bestaat niet."), file=str(file))
    _refuse_with_log_beside(file)
    paths.ensure()
    encrypted = crypto.is_encrypted(file)
    if encrypted and passphrase is None:
        raise PassphraseNeeded(str(file))
    # owner-only, and removed at the next start if this process is killed before it is swapped in or discarded
    staged = create_work_file(paths.root, "terugzetten")
    try:
        if encrypted:
            assert passphrase is not None
            with staged.open("wb") as target:
                made_at = crypto.decrypt_file(file, target, passphrase)
        else:
            shutil.copyfile(file, staged)
            made_at = _moment_of(file)
        contents = _verify_staged(staged, file)
    except BaseException:
        remove_quietly(staged, *sidecars(staged))
        raise
    return PreparedRestore(file, staged, contents, made_at, encrypted)


def _refuse_with_log_beside(file: Path) -> None:
    """A database copied while Buurtzaak had it open on another pc keeps its newest changes in the -wal beside it;
    restoring the file alone would silently drop them."""
    wal = file.with_name(file.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "Naast {file} staat nog {wal}: het programma was nog open op de andere pc toen het bestand werd "
                "gekopieerd, en de laatste wijzigingen staan alleen in dat tweede bestand. Sluit Buurtzaak op die pc "
                "en kopieer het bestand opnieuw. Er is niets veranderd.",
            ),
            file=str(file),
            wal=wal.name,
        )


def _verify_staged(staged: Path, original: Path) -> Contents:
    """Check the staged copy, but name the user's file in any message."""
    try:
        contents = verify_database(staged)
    except DatabaseOpenError as error:
        raise RestoreRefused(error.template, **{**error.params, "file": str(original)}) from error
    _check_schema(staged, contents, original)
    return contents


def _check_schema(staged: Path, contents: Contents, original: Path) -> None:
    """Its tables, columns, indexes, triggers and views must be what the migrations build for its version: a file
    changed by hand (a column dropped, a trigger added) is not put in place of the centre's data."""
    connection = sqlite3.connect(f"{staged.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = schema_of(connection)
    finally:
        connection.close()
    if found != expected_schema(contents.revisions):
        log.warning("restore refused: schema differs from its version's")
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} is buiten Buurtzaak om veranderd: de tabellen, kolommen, triggers of views wijken af van wat "
                "bij deze versie hoort. Het wordt niet teruggezet; er is niets veranderd.",
            ),
            file=str(original),
        )


def _moment_of(file: Path) -> datetime:
    """When a back-up was made: from its name (buurtzaak-YYYY-MM-DD-HHMM), else the file's time."""
    match = _NAME_MOMENT.search(file.name)
    if match:
        try:
            return datetime.strptime("".join(match.groups()), "%Y%m%d%H%M")
        except ValueError:
            pass
    return datetime.fromtimestamp(file.stat().st_mtime)


def swap_in(paths: DataPaths, prepared: PreparedRestore) -> Database:
    """Put the staged copy in place of the (closed) database and open it; returns the open database."""
    saved = _save_current(paths) if paths.database.exists() else None
    fsync_file(prepared.staged)
    remove_quietly(*sidecars(paths.database))  # a stale -wal would be replayed onto the restored file
    os.replace(prepared.staged, paths.database)
    fsync_folder(paths.root)
    log.info(
        "restored a back-up (%d rows); previous file saved as %s", prepared.contents.total_rows, saved and saved.name
    )
    return open_database(paths)  # migrates an older schema, after copying it aside


def _save_current(paths: DataPaths) -> Path:
    """Keep the file being replaced; a damaged one (the reason to restore) is kept byte for byte instead."""
    try:
        saved = copy_aside(paths.database, paths.backups, "voor-terugzetten")
    except sqlite3.Error:
        saved = paths.backups / f"buurtzaak-beschadigd-{clock.now():%Y%m%d-%H%M%S}.sqlite"
        for original, kept in zip((paths.database, *sidecars(paths.database)), (saved, *sidecars(saved)), strict=True):
            if original.exists():
                shutil.copyfile(original, create_private_file(kept))
    fsync_file(saved)
    return saved
