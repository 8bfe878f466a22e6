"""Import the Qt-free core before PySide6, when the window is about to start.

PySide6 replaces ``__import__`` and, for its ``__feature__`` support, reads and compiles the source of every
Python module imported after it (measured: ~0.3 s for SQLAlchemy, SQLModel and our models at start-up). Modules
imported before PySide6 are spared that, so the window imports what its first screen needs from here first.
"""

from __future__ import annotations

import importlib

# What opening the database and drawing the first tab (the Rooster) need; the other tabs are built on first use.
FIRST_SCREEN_MODULES = (
    "buurtzaak_desktop.db.models",
    "buurtzaak_desktop.db.migrate",
    "buurtzaak_desktop.services.context",
    "buurtzaak_desktop.services.settings",
    "buurtzaak_desktop.services.startup",
    "buurtzaak_desktop.services.rooster.queries",
    "buurtzaak_desktop.services.rooster.calendar",
    "buurtzaak_desktop.services.rooster.bookings",
    "buurtzaak_desktop.backup.status",
)


def preload_core() -> None:
    for name in FIRST_SCREEN_MODULES:
        importlib.import_module(name)
