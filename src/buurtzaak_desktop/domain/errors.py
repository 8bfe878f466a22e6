"""Errors the user is told about in plain Dutch.

Each error keeps its Dutch template and its parameters apart, so that the Qt layer can translate the
template (English through Qt's translations) before it fills in the parameters. Templates are marked
with ``QT_TRANSLATE_NOOP("core", ...)`` so that lupdate finds them in this Qt-free code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from buurtzaak_desktop.domain import clock


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation without importing Qt; returns it unchanged."""
    return text


class BuurtzaakError(Exception):
    """Something the user must be told, in Dutch. ``str(error)`` is the Dutch message."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.dutch_params())

    def dutch_params(self) -> dict[str, Any]:
        return {name: _dutch(value) for name, value in self.params.items()}


@dataclass(frozen=True)
class Phrase:
    """A piece of a message with its own (translatable) template and values, e.g. "{activity} op {day}": the Dutch
    message writes it in Dutch, the window translates it and writes its days in its own language."""

    template: str
    params: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**{name: _dutch(value) for name, value in self.params})


@dataclass(frozen=True)
class Phrases:
    """Pieces of a message joined by a separator: "Yoga op ma 7 december 2026, Yoga op ma 14 december 2026"."""

    parts: tuple[Phrase, ...]
    separator: str = ", "

    def __str__(self) -> str:
        return self.separator.join(str(part) for part in self.parts)


def is_dates(value: Any) -> bool:
    """A day, or a list of days: a parameter each language writes its own way ("do 3 december 2026")."""
    if isinstance(value, (list, tuple)):
        return bool(value) and all(is_dates(item) for item in value)
    return type(value) is date  # not a datetime (a subclass), whose time would be lost


def _dutch(value: Any) -> Any:
    from buurtzaak_desktop.domain.dates import format_date  # dates.py imports this module

    if not is_dates(value):
        return value
    return ", ".join(format_date(day) for day in value) if isinstance(value, (list, tuple)) else format_date(value)


class RuleViolation(BuurtzaakError):
    """A rule of the centre refuses the action (an overlap, a suspended group, ...)."""


class ChangedElsewhere(RuleViolation):
    """The row was changed at another desk (or window) after this one read it: the change is refused, not merged."""

    def __init__(self, changed_at: datetime | None) -> None:
        if changed_at is not None and changed_at.tzinfo is not None:  # stored in UTC; said in the centre's time
            changed_at = changed_at.astimezone(clock.LOCAL_ZONE).replace(tzinfo=None)
        if changed_at is None or changed_at.date() == clock.today():
            super().__init__(
                QT_TRANSLATE_NOOP("core", "Gewijzigd door een andere balie om {time}; opnieuw geladen."),
                time=changed_at.strftime("%H:%M") if changed_at else "?",
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("core", "Gewijzigd door een andere balie op {day} om {time}; opnieuw geladen."),
                day=changed_at.date(),
                time=changed_at.strftime("%H:%M"),
            )
        self.changed_at = changed_at


class DoubleBooked(RuleViolation):
    """On a server: another desk booked the same room and time at the same moment, and the database refused this
    one (migration 0021). The booking services check again, to name the other booking."""


class NotFound(BuurtzaakError):
    """The record the user asked for does not exist (any more)."""


class StorageError(BuurtzaakError):
    """The database could not be written (disk full, read-only, pulled USB stick); nothing was changed."""


class NotOnServer(BuurtzaakError):
    """Something that works on the SQLite file itself (its back-up copy, its lock) asked of a server's database."""


class DatabaseOpenError(BuurtzaakError):
    """The database file cannot be opened as a Buurtzaak database. Nothing in it was changed."""


class NewerDatabaseError(DatabaseOpenError):
    pass


class NotABuurtzaakDatabase(DatabaseOpenError):
    pass


class ReadOnlyDataFolder(DatabaseOpenError):
    """The data folder or its database cannot be written (a read-only stick, share or disk)."""


class DamagedDatabase(DatabaseOpenError):
    pass


class ServerUnavailable(DatabaseOpenError):
    """The PostgreSQL server cannot be reached or refuses the connection (wrong password, no such database)."""


class ServerDriverMissing(DatabaseOpenError):
    """A server was asked for, but psycopg (the ``[server]`` extra) is not installed."""


class InputError(BuurtzaakError):
    """Bad input. Imports collect many of these, one per bad row and field."""

    def __init__(self, template: str, *, row: int | None = None, field: str | None = None, **params: Any):
        self.row = row
        self.field = field
        super().__init__(template, **params)

    @property
    def message(self) -> str:
        text = self.template.format(**self.dutch_params())
        where = []
        if self.row is not None:
            where.append(f"rij {self.row}")
        if self.field:
            where.append(f"kolom '{self.field}'")
        return f"{', '.join(where)}: {text}" if where else text
