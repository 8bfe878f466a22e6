"""Activity figures per month and per period: plain values, computed by services/activiteiten/figures.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class MonthFigures:
    activity_id: int
    activity: str
    month: date  # the first day of the month
    sessions_held: int
    sessions_cancelled: int
    visits: int
    unique_participants: int
    new_participants: int
    anonymous_visits: int
    expected: int

    @property
    def average_attendance(self) -> float:
        return self.visits / self.sessions_held if self.sessions_held else 0.0

    @property
    def attendance_vs_expected(self) -> float | None:
        """Average attendance as a fraction of the expected number (1.0 = as expected); None without expectation."""
        return self.average_attendance / self.expected if self.expected and self.sessions_held else None


@dataclass(frozen=True)
class PeriodFigures:
    first: date
    end: date  # exclusive
    sessions_held: int
    visits: int
    unique_participants: int
    anonymous_visits: int
