"""Where a server's password is kept: the system keyring, else the user's own pgpass file; never in our settings.

The keyring (Windows Credential Manager, macOS Keychain, the desktop's Secret Service) through the ``keyring``
package, an optional dependency of the ``[server]`` extra. Where no keyring is usable (a Linux machine without a
desktop keyring, CI) the password goes into libpq's pgpass file, owner-only, which libpq itself reads at connect.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.engine import make_url

from buurtzaak_desktop.paths import PRIVATE_FILE

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Buurtzaak"
PGPASS_ENV = "PGPASSFILE"
DEFAULT_PORT = 5432

Store = Literal["keyring", "pgpass"]


@dataclass(frozen=True)
class Login:
    """Whose password for which database: the fields of a pgpass line, and the keyring's account name."""

    host: str
    port: int
    database: str
    user: str

    @classmethod
    def of(cls, url: str) -> Login:
        parsed = make_url(url)
        query_host = parsed.query.get("host")
        query_port = parsed.query.get("port")
        host = parsed.host or (query_host if isinstance(query_host, str) else None) or "localhost"
        port = parsed.port or (int(query_port) if isinstance(query_port, str) else DEFAULT_PORT)
        return cls(host, port, parsed.database or "", parsed.username or "")

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def _keyring():  # the module, or None when it is not installed or has no usable backend
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or (isinstance(backend, chainer.ChainerBackend) and not backend.backends):
        return None
    return keyring


def keyring_usable() -> bool:
    return _keyring() is not None


def save_password(url: str, password: str) -> Store:
    """Keep ``password`` for the URL's user and database; says where it went."""
    login = Login.of(url)
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.set_password(KEYRING_SERVICE, login.account, password)
            return "keyring"
        except keyring.errors.KeyringError as error:  # a locked or refused keyring: the pgpass file instead
            log.warning("keyring refused the password: %s", type(error).__name__)
    write_pgpass(login, password)
    return "pgpass"


def stored_password(url: str) -> str | None:
    """The keyring's password for the URL's login, if any. A pgpass file is libpq's to read, not ours."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, Login.of(url).account)
    except keyring.errors.KeyringError as error:
        log.warning("keyring could not be read: %s", type(error).__name__)
        return None


def forget_password(url: str) -> None:
    """Remove what we kept for the URL's login, from the keyring and from the pgpass file."""
    login = Login.of(url)
    keyring = _keyring()
    if keyring is not None:
        with contextlib.suppress(keyring.errors.KeyringError):  # also "no such password"
            keyring.delete_password(KEYRING_SERVICE, login.account)
    _rewrite_pgpass(login, None)


def pgpass_path() -> Path:
    """libpq's own: $PGPASSFILE, else %APPDATA%\\postgresql\\pgpass.conf on Windows, else ~/.pgpass."""
    if os.environ.get(PGPASS_ENV):
        return Path(os.environ[PGPASS_ENV])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _line_fields(login: Login) -> list[str]:
    return [_escape(value) for value in (login.host, str(login.port), login.database, login.user)]


def _split(line: str) -> list[str]:
    """A pgpass line's fields, escapes kept (to compare with _line_fields)."""
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current += "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    fields.append(current)
    return fields


def write_pgpass(login: Login, password: str) -> Path:
    """One line for the login in the user's pgpass file, replacing its earlier line (never a second one)."""
    return _rewrite_pgpass(login, password)


def _rewrite_pgpass(login: Login, password: str | None) -> Path:
    path = pgpass_path()
    if password is None and not path.exists():
        return path
    key = _line_fields(login)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if _split(line)[:4] != key]
    if password is not None:
        kept.append(":".join([*key, _escape(password)]))
    path.parent.mkdir(parents=True, exist_ok=True)
    # written owner-only from the first byte: libpq ignores a pgpass file others may read, and so should they not
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, PRIVATE_FILE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("".join(line + "\n" for line in kept))
    if sys.platform != "win32":
        temporary.chmod(PRIVATE_FILE)
    temporary.replace(path)
    return path
