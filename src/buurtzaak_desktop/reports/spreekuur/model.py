"""The resident overview's input (inzage, AVG art. 15): built by services/spreekuur/overview.py, drawn here as PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from buurtzaak_desktop.domain.telefooncirkel import ResidentCircle
from buurtzaak_desktop.domain.welzijn import ResidentWor


@dataclass(frozen=True)
class OverviewVisit:
    visited_on: date
    helped_by: str
    themes: list[str]
    need: str
    question: str
    action: str
    minutes: int
    follow_up_on: date | None


@dataclass(frozen=True)
class OverviewTraject:
    opened_on: date
    phase: str
    phase_since: date
    closed_on: date | None
    outcome: str | None
    notes: str


@dataclass(frozen=True)
class OverviewReferral:
    partner: str
    direction: str
    status: str
    referred_on: date
    notes: str
    steps: list[tuple[str, date]] = field(default_factory=list)


@dataclass(frozen=True)
class ResidentOverview:
    resident_id: int
    name: str
    phone: str
    email: str
    notes: str
    created_on: date
    retention_years: int
    centre_name: str
    consents: list[tuple[date, str, str]]
    visits: list[OverviewVisit]
    trajecten: list[OverviewTraject]
    referrals: list[OverviewReferral]
    circles: list[ResidentCircle] = field(default_factory=list)  # the Telefooncirkel
    wor: list[ResidentWor] = field(default_factory=list)  # Welzijn op Recept
    # appointments: day, "10:00-10:45", the vertrouwenspersoon, the status in words
    appointments: list[tuple[date, str, str, str]] = field(default_factory=list)
