"""Making a back-up: a consistent copy through SQLite's online backup API, checked, made durable, then named.

The copy is written under a temporary name in the chosen folder, switched to journal mode DELETE (a standalone
file that opens anywhere), checked (integrity, that it is a Buurtzaak database of the same schema, the same row
counts as the source at the moment of the copy), fsynced, and only then renamed to its final name. Any failure
removes the temporary file: there is never a half file under the final name, and the database is only read.
"""

from __future__ import annotations

import errno
import filecmp
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from buurtzaak_desktop.backup import crypto
from buurtzaak_desktop.backup.errors import BackupFailed
from buurtzaak_desktop.backup.files import create_work_file, fsync_file, fsync_folder, remove_quietly
from buurtzaak_desktop.backup.verify import Contents, table_counts, verify_database
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, DatabaseOpenError, ServerUnavailable
from buurtzaak_desktop.paths import create_private_file

log = logging.getLogger(__name__)

PAGES_PER_STEP = 4096
# (pages copied, pages in total); called between steps so that a window can show progress.
Progress = Callable[[int, int], None]
# Fills a new back-up file from its source and returns the source's row counts read in the same snapshot: the SQLite
# file's online copy below, or a server's rows (backup/server.py).
Copier = Callable[[Path, Progress | None], dict[str, int]]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    contents: Contents
    encrypted: bool
    made_at: datetime


def backup_name(moment: datetime, encrypted: bool) -> str:
    return f"buurtzaak-{moment:%Y-%m-%d-%H%M}.sqlite" + (".versleuteld" if encrypted else "")


def make_backup(
    source: Path,
    folder: Path,
    passphrase: str | None = None,
    moment: datetime | None = None,
    progress: Progress | None = None,
) -> BackupResult:
    """Write a checked back-up of the database ``source`` into ``folder``."""
    return write_backup(partial(_online_copy, source), source.parent, folder, passphrase, moment, progress)


def write_backup(
    copy: Copier,
    work_folder: Path,
    folder: Path,
    passphrase: str | None = None,
    moment: datetime | None = None,
    progress: Progress | None = None,
) -> BackupResult:
    """Write a back-up filled by ``copy`` into ``folder``: named, checked, encrypted when asked, made durable.

    ``work_folder`` (the data folder) holds the plain copy while it is encrypted."""
    moment = moment or clock.now()
    encrypted = passphrase is not None
    final = _free_name(folder, backup_name(moment, encrypted))
    temporary = folder / f".{final.name}.{os.getpid()}.tmp"
    if not folder.is_dir():
        raise _folder_gone(folder)
    try:
        # owner-only, and fails early with the operating system's reason (read-only, full...)
        create_private_file(temporary)
        if passphrase is None:
            contents = _copy_and_verify(copy, temporary, progress)
        else:
            contents = _encrypted_copy(copy, work_folder, temporary, passphrase, moment, progress)
        fsync_file(temporary)
        os.replace(temporary, final)
        fsync_folder(folder)
    except BaseException as error:
        remove_quietly(temporary, *_journal_files(temporary))
        if isinstance(error, ServerUnavailable) or not isinstance(error, (OSError, sqlite3.Error, DatabaseOpenError)):
            raise  # already a Dutch refusal (a server that went away), or not ours to explain
        log.warning("back-up failed: %s %s", type(error).__name__, getattr(error, "errno", ""))
        raise _failure(error, folder) from error
    log.info("back-up made: %s (%d rows)", final.name, contents.total_rows)
    return BackupResult(final, contents, encrypted, moment)


def _free_name(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or with -2, -3... before its extension: a second back-up in one minute never replaces
    the first."""
    stem, dot, extension = name.partition(".")
    candidate, number = folder / name, 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{dot}{extension}"
    return candidate


def _journal_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm")]


def _copy_and_verify(copy: Copier, target: Path, progress: Progress | None) -> Contents:
    counts = copy(target, progress)
    contents = verify_database(target)
    if contents.counts != counts:  # the copy must hold exactly what the source held when it was read
        raise sqlite3.DatabaseError("row counts differ")
    return contents


def _online_copy(source: Path, target: Path, progress: Progress | None) -> dict[str, int]:
    """Copy ``source`` to ``target`` with the backup API; returns the source's row counts in the same snapshot."""
    # mode=rw: never create a missing source; read only by use (mode=ro cannot always join a WAL database)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None)
    dst = sqlite3.connect(target, isolation_level=None)
    try:
        src.execute("PRAGMA busy_timeout=5000")
        # One read transaction for the counts and the copy: both see the same snapshot while others write.
        src.execute("BEGIN")
        counts = table_counts(src)
        src.backup(dst, pages=PAGES_PER_STEP, progress=_step_reporter(progress))
        src.execute("COMMIT")
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        src.close()
        dst.close()
    return counts


def _step_reporter(progress: Progress | None) -> Callable[[int, int, int], None] | None:
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


def _encrypted_copy(
    copy: Copier, work_folder: Path, target: Path, passphrase: str, moment: datetime, progress: Progress | None
) -> Contents:
    """Copy and check beside the database, then encrypt to ``target`` and prove it decrypts.

    The plain copy is the whole database: it stays in the data folder, owner-only, never in the shared temporary
    folder, and a copy left by a killed process is removed at the next start (``remove_stale_work_files``).
    """
    plain = create_work_file(work_folder, "backup")
    check = create_work_file(work_folder, "controle")
    try:
        contents = _copy_and_verify(copy, plain, progress)
        with target.open("wb") as sealed:
            crypto.encrypt_file(plain, sealed, passphrase, moment)
            sealed.flush()
        with check.open("wb") as opened:
            crypto.decrypt_file(target, opened, passphrase)
        if not _same_bytes(check, plain):
            raise OSError(errno.EIO, "encrypted copy differs")
    finally:
        remove_quietly(plain, check, *_journal_files(plain))
    return contents


def _same_bytes(first: Path, second: Path) -> bool:
    return filecmp.cmp(first, second, shallow=False)


def _folder_gone(folder: Path) -> BackupFailed:
    return BackupFailed(
        QT_TRANSLATE_NOOP(
            "core",
            "De map {folder} bestaat niet (meer). Is de USB-stick nog aangesloten? Er is geen back-up gemaakt.",
        ),
        folder=str(folder),
    )


def _failure(error: Exception, folder: Path) -> BackupFailed:
    code = getattr(error, "errno", None)
    text = str(error).lower()
    if not folder.is_dir():
        return _folder_gone(folder)
    if code == errno.ENOSPC or "full" in text:
        template = QT_TRANSLATE_NOOP(
            "core",
            "Er is niet genoeg ruimte in {folder}. Er is geen back-up gemaakt; maak ruimte vrij of kies een andere "
            "USB-stick. Uw gegevens zijn niet veranderd.",
        )
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        template = QT_TRANSLATE_NOOP(
            "core",
            "In {folder} mag niet worden geschreven (alleen-lezen). Er is geen back-up gemaakt; kies een andere map.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "core",
            "De back-up in {folder} kon niet worden geschreven of gecontroleerd. Is de USB-stick eruit gehaald? "
            "Er is geen back-up gemaakt; uw gegevens zijn niet veranderd.",
        )
    return BackupFailed(template, folder=str(folder))
