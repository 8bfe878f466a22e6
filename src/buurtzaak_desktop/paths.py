"""The one module that knows where things live: data, logs, back-ups, resources, translations."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

DATA_DIR_ENV = "BUURTZAAK_DATA_DIR"
DATABASE_URL_ENV = "BUURTZAAK_DATABASE_URL"
LOG_DIR_ENV = "BUURTZAAK_LOG_DIR"
DATABASE_FILENAME = "buurtzaak.sqlite"
LOCK_FILENAME = "buurtzaak.lock"

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _dirs() -> PlatformDirs:
    # imported when first asked (~5 ms: sysconfig): a start with --data-dir and $BUURTZAAK_LOG_DIR does not need it
    from platformdirs import PlatformDirs

    return PlatformDirs(appname="Buurtzaak", appauthor="SWSL", roaming=False)


def _bundle_or_repo(name: str) -> Path:
    """A folder that sits next to the package in a frozen bundle, or at the top of the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen_root) / name] if frozen_root else []
    candidates += [_PACKAGE_DIR / name, _PACKAGE_DIR.parents[1] / name]
    return next((c for c in candidates if c.is_dir()), candidates[-1])


RESOURCES_DIR = _bundle_or_repo("resources")
TRANSLATIONS_DIR = _bundle_or_repo("translations")
FONTS_DIR = RESOURCES_DIR / "fonts"
ICONS_DIR = RESOURCES_DIR / "icons"
MIGRATIONS_DIR = _PACKAGE_DIR / "db" / "migrations"

# Names, notes and the whole database: owner-only on Linux/macOS. Windows ignores these modes; there the user's
# profile folder (its access list) and BitLocker protect the file.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder: the database, its lock and its local back-ups.

    With a ``database_url`` the data lives on a PostgreSQL server instead of in the folder's file."""

    root: Path
    database_url: str | None = None

    @property
    def on_server(self) -> bool:
        return self.database_url is not None

    @property
    def location(self) -> str:
        """Where the data is, for messages: the file's path, or "host/database" on a server."""
        return server_label(self.database_url) if self.database_url else str(self.database)

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILENAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def ensure(self) -> DataPaths:
        make_private_folder(self.root)
        return self


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) if needed; a folder created here is owner-only."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    return folder


def create_private_file(path: Path) -> Path:
    """Create ``path`` as a new, empty, owner-only file; fails if it exists."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), PRIVATE_FILE))
    return path


def restrict_to_owner(path: Path) -> None:
    """Make an existing file owner-only (a database from an older version was created readable by all)."""
    if sys.platform != "win32" and path.exists() and path.stat().st_mode & 0o077:
        with contextlib.suppress(OSError):  # a read-only disk: opening it says so
            path.chmod(PRIVATE_FILE)


def data_paths(data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None) -> DataPaths:
    """The data folder: --data-dir, else $BUURTZAAK_DATA_DIR, else the user's data folder; and the server, if any:
    --database-url, else $BUURTZAAK_DATABASE_URL."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or _dirs().user_data_dir
    url = database_url or os.environ.get(DATABASE_URL_ENV) or None
    return DataPaths(Path(chosen).expanduser().resolve(), url)


def server_label(url: str) -> str:
    """ "host/database" of a server URL, never its user or password (postgresql+psycopg://user:pw@host:5432/db)."""
    parts = urlsplit(url)
    host = parts.hostname or parse_qs(parts.query).get("host", ["localhost"])[0]
    return f"{host}/{parts.path.lstrip('/')}"


def log_dir() -> Path:
    """The log folder: $BUURTZAAK_LOG_DIR (tests), else the user's log folder."""
    return Path(os.environ.get(LOG_DIR_ENV) or _dirs().user_log_dir)
