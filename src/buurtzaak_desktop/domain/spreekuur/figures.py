"""Spreekuur figures for a period: plain values, counted by services/spreekuur/figures.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Figures:
    start: date
    end: date  # inclusive
    visits: int = 0
    unique_residents: int = 0
    new_residents: int = 0  # first visits of residents with a name: a part of unique_residents
    anonymous_visits: int = 0
    new_anonymous: int = 0  # first-time visitors who gave no consent (counted apart: they have no token)
    minutes: int = 0
    trajecten_opened: int = 0
    trajecten_closed: int = 0
    per_theme: dict[str, int] = field(default_factory=dict)
    per_partner: dict[tuple[str, str], int] = field(default_factory=dict)  # (partner, status) -> referrals
    per_month: dict[str, int] = field(default_factory=dict)  # "YYYY-MM" -> visits
    # one-to-one appointments, counted apart from the walk-in visits above; planned: all not cancelled (held, not
    # shown and those not yet recorded)
    appointments_planned: int = 0
    appointments_held: int = 0
    appointments_not_shown: int = 0
    appointments_per_month: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # planned, held, not shown
