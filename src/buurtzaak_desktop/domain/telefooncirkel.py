"""The Telefooncirkel's fixed lists and its calling order: who is called today, and what a stall can end in.

Reasons and findings are short fixed lists, so that nobody types health details into the circle's records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

AWAY_REASONS = {
    "vakantie": QT_TRANSLATE_NOOP("core", "weg (vakantie)"),
    "ziekenhuis": QT_TRANSLATE_NOOP("core", "weg (ziekenhuis)"),
    "familie": QT_TRANSLATE_NOOP("core", "weg (bij familie)"),
    "anders": QT_TRANSLATE_NOOP("core", "weg (anders)"),
}
# How a stall ended: what the coordinator found when checking
FINDINGS = {
    "alles_goed": QT_TRANSLATE_NOOP("core", "Alles goed (telefoon niet gehoord)"),
    "niet_thuis": QT_TRANSLATE_NOOP("core", "Was niet thuis"),
    "ziekenhuis": QT_TRANSLATE_NOOP("core", "Weg (ziekenhuis)"),
    "familie": QT_TRANSLATE_NOOP("core", "Weg (bij familie of vakantie)"),
    "hulp": QT_TRANSLATE_NOOP("core", "Hulp ingeschakeld"),
    "geen_contact": QT_TRANSLATE_NOOP("core", "Geen contact gekregen"),
}
OPEN = QT_TRANSLATE_NOOP("core", "Nog open")


@dataclass(frozen=True)
class Away:
    member_id: int
    start: date
    end: date
    reason: str

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


def away_on(periods: Sequence[Away], member_id: int, day: date) -> Away | None:
    """The away period that makes the member skipped on ``day``, if any."""
    return next((p for p in periods if p.member_id == member_id and p.covers(day)), None)


def order_gaps(positions: Sequence[int]) -> bool:
    """True when the positions are not exactly 1..n: a gap or a double place breaks who calls whom."""
    return sorted(positions) != list(range(1, len(positions) + 1))


@dataclass
class MonthFigures:
    month: date
    rounds: int = 0
    completed: int = 0
    stalled: int = 0
    endings: dict[str, int] = field(default_factory=dict)  # finding code (or "open") -> stalls


@dataclass(frozen=True)
class ResidentCircle:
    """What a circle holds about one participant, for their inzage."""

    circle: str
    position: int
    away: list[tuple[date, date, str]]  # start, end, reason code
    stalls: list[tuple[date, str | None]]  # day nobody answered, finding code (None: still open)
