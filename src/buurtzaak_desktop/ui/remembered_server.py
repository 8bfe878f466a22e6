"""The server this machine connects to at start (Bestand > Verbinden met server…), kept with the window's other
per-machine settings in QSettings: its URL only, never a password (that is in the keyring or the pgpass file)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

SERVER_KEY = "server/url"


def remembered_server() -> str | None:
    value = QSettings().value(SERVER_KEY)
    return str(value) if value else None


def remember_server(url: str | None) -> None:
    """Remember ``url`` (a password in it is left out), or forget the server with None."""
    settings = QSettings()
    if url:
        from buurtzaak_desktop.db.connection import without_password  # the data layer: only when connecting

        settings.setValue(SERVER_KEY, without_password(url))
    else:
        settings.remove(SERVER_KEY)
