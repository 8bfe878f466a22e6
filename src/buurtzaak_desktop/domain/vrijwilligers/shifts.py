"""Who fills a place on a shift on a given day: an active volunteer holding every certificate the role requires.

A volunteer on pauze or stopped (from the status date on), or whose required certificate has expired or is missing
on that day, stays on the weekly shift but leaves a gap, gets no hours from it, and the shift list says why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from buurtzaak_desktop.domain.dates import WEEKDAY_NAMES
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

PAUSED = QT_TRANSLATE_NOOP("core", "pauze")
STOPPED = QT_TRANSLATE_NOOP("core", "gestopt")
EXPIRED = QT_TRANSLATE_NOOP("core", "{certificate} verlopen op {day}")
MISSING = QT_TRANSLATE_NOOP("core", "{certificate} ontbreekt")
STATUS_REASONS = {"pauze": PAUSED, "gestopt": STOPPED}


@dataclass(frozen=True)
class Unfit:
    """Why someone does not fill a place: a Dutch template and its values, so the Qt layer can translate it."""

    template: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.params))


@dataclass(frozen=True)
class Held:
    """One certificate a volunteer holds: its type, and the days it is valid from and through (None: open)."""

    name: str
    obtained_on: date | None
    valid_until: date | None

    def valid_on(self, day: date) -> bool:
        return (self.obtained_on is None or self.obtained_on <= day) and (
            self.valid_until is None or self.valid_until >= day
        )


def status_reason(status: str, status_date: date | None, day: date) -> Unfit | None:
    """Pauze and gestopt count from their status date (without one: always); actief fills the place."""
    if status == "actief" or (status_date is not None and status_date > day):
        return None
    return Unfit(STATUS_REASONS.get(status, status))


def certificate_reasons(required: Iterable[str], held: Iterable[Held], day: date) -> list[Unfit]:
    """A reason per required certificate not valid on ``day``: expired (with the last expiry before it) or missing."""
    own = list(held)
    reasons = []
    for name in required:
        kind = [cert for cert in own if cert.name == name]
        if any(cert.valid_on(day) for cert in kind):
            continue
        expired = [cert.valid_until for cert in kind if cert.valid_until is not None and cert.valid_until < day]
        if expired:
            reasons.append(Unfit(EXPIRED, (("certificate", name), ("day", f"{max(expired):%d-%m-%Y}"))))
        else:
            reasons.append(Unfit(MISSING, (("certificate", name),)))
    return reasons


def unfit_reasons(
    status: str, status_date: date | None, required: Iterable[str], held: Iterable[Held], day: date
) -> tuple[Unfit, ...]:
    """Every reason the volunteer does not fill a place on ``day``; empty when they do."""
    reasons = [status_reason(status, status_date, day)]
    return tuple(reason for reason in reasons if reason is not None) + tuple(certificate_reasons(required, held, day))


@dataclass(frozen=True)
class ShiftRow:
    id: int
    role: str
    weekday: int
    start: time
    end: time
    people_needed: int
    volunteers: tuple[tuple[int, str], ...]  # everyone on the weekly shift
    day: date | None = None  # the day the list speaks of: the shift's next day
    unfit: tuple[tuple[int, tuple[Unfit, ...]], ...] = ()  # who does not fill a place on ``day``, and why

    @property
    def filling(self) -> int:
        return len(self.volunteers) - len(self.unfit)

    @property
    def gap(self) -> int:
        return max(0, self.people_needed - self.filling)

    def reasons_of(self, volunteer_id: int) -> tuple[Unfit, ...]:
        return dict(self.unfit).get(volunteer_id, ())

    @property
    def names_text(self) -> str:
        """'Fatima Benali, Jan Jansen (VOG verlopen op 01-11-2026)': in Dutch, for the printed overview."""
        return ", ".join(
            name + (f" ({', '.join(r.text for r in self.reasons_of(vid))})" if self.reasons_of(vid) else "")
            for vid, name in self.volunteers
        )

    @property
    def label(self) -> str:
        return f"{self.role} {WEEKDAY_NAMES[self.weekday]} {self.start:%H:%M}–{self.end:%H:%M}"
