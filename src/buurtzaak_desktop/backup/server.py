"""Back-ups are of the SQLite file; on a PostgreSQL server they are refused (for now) with a Dutch message."""

from __future__ import annotations

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotOnServer
from buurtzaak_desktop.paths import DataPaths


def refuse_on_server(paths: DataPaths) -> None:
    if paths.on_server:
        raise NotOnServer(
            QT_TRANSLATE_NOOP(
                "core",
                "Back-up en terugzetten werken nog alleen met een gegevensbestand, niet op een server ({server}). "
                "Maak een back-up van de server met de middelen van de server (pg_dump).",
            ),
            server=paths.location,
        )
