"""Welzijn op Recept (seed 000 §2.6): verwijzer types, the six arrangements, outcomes, follow-up and the targets.

A GP (or another first-line care worker) refers a resident to the welzijnscoach; after an intake talk the resident
chooses one of six arrangements, is registered for one of its activities and paired with a volunteer bondgenoot; the
coach follows the match for three months and records the outcome. Codes are stored; the labels are what screens show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

REFERRER_KINDS = {
    "huisarts": QT_TRANSLATE_NOOP("core", "huisarts"),
    "fysiotherapeut": QT_TRANSLATE_NOOP("core", "fysiotherapeut"),
    "maatschappelijk_werk": QT_TRANSLATE_NOOP("core", "maatschappelijk werk"),
    "wijkverpleging": QT_TRANSLATE_NOOP("core", "wijkverpleging"),
    "overig": QT_TRANSLATE_NOOP("core", "overig"),
}
ARRANGEMENTS = {
    "leven_in_balans": QT_TRANSLATE_NOOP("core", "Leven in balans"),
    "leren_en_ondernemen": QT_TRANSLATE_NOOP("core", "Leren en ondernemen"),
    "bewegen_met_plezier": QT_TRANSLATE_NOOP("core", "Bewegen met plezier"),
    "smakelijke_ontmoetingen": QT_TRANSLATE_NOOP("core", "Smakelijke ontmoetingen"),
    "creatief_en_kunstzinnig": QT_TRANSLATE_NOOP("core", "Creatief en kunstzinnig"),
    "sociale_contacten": QT_TRANSLATE_NOOP("core", "Sociale contacten ontmoeten"),
}
# The activities of the demo programme (DOMAIN.md §3) each arrangement starts with; the centre changes the mapping.
# Each has one without a maximum or with room in the demo, so that not every match waits for a place.
DEFAULT_ARRANGEMENT_ACTIVITIES = {
    "leven_in_balans": ("Yoga", "Lotgenoten mantelzorg", "Lotgenoten armoede"),
    "leren_en_ondernemen": ("Computerles", "Schrijftafel", "Inloopspreekuur bewonersinitiatieven"),
    "bewegen_met_plezier": ("Sport en spel", "Zumba", "Yoga"),
    "smakelijke_ontmoetingen": ("Kookgroep 5 (lotgenoten)", "Community dinner"),
    "creatief_en_kunstzinnig": ("Schrijftafel", "Open Mic"),
    "sociale_contacten": ("Doorlopende inloop", "Kookgroep 1", "Community dinner"),
}
STRUCTURAL, VOLUNTEER, STOPPED = "structureel", "vrijwilliger", "gestopt"
OUTCOMES = {
    STRUCTURAL: QT_TRANSLATE_NOOP("core", "Neemt structureel deel"),
    VOLUNTEER: QT_TRANSLATE_NOOP("core", "Werd vrijwilliger"),
    STOPPED: QT_TRANSLATE_NOOP("core", "Gestopt"),
}
# Why someone stopped: a short fixed list, so that nobody types health details into the record.
STOP_REASONS = {
    "past_niet": QT_TRANSLATE_NOOP("core", "Activiteit paste niet"),
    "gezondheid": QT_TRANSLATE_NOOP("core", "Gezondheid liet het niet toe"),
    "geen_tijd": QT_TRANSLATE_NOOP("core", "Geen tijd (werk, zorg)"),
    "verhuisd": QT_TRANSLATE_NOOP("core", "Verhuisd"),
    "geen_contact": QT_TRANSLATE_NOOP("core", "Geen contact meer"),
    "anders": QT_TRANSLATE_NOOP("core", "Andere reden"),
}
FOLLOW_UP_WEEKS = (2, 6, 12)  # contact moments after the start (a setting)
MAX_PER_BONDGENOOT = 3
TARGET_PARTICIPANTS, TARGET_STRUCTURAL = 50, 40
BONDGENOOT_ROLE = "bondgenoot"
BONDGENOOT_CERTIFICATE = "Training bondgenoot"
BONDGENOOT_CERTIFICATE_TEXT = "Toerusting van vrijwilligers die een WoR-deelnemer begeleiden"
NOTE_LENGTH = 500  # intake notes are short on purpose


def contact_days(start: date, weeks: Sequence[int]) -> list[tuple[int, date]]:
    """The planned contact moments: (week, day) for each week after ``start``, in order, without doubles."""
    return [(week, start + timedelta(weeks=week)) for week in sorted(set(weeks)) if week > 0]


def parse_weeks(text: str) -> list[int]:
    """'2, 6,12' -> [2, 6, 12]; raises ValueError on anything but positive whole weeks."""
    weeks = sorted({int(part) for part in text.replace(";", ",").split(",") if part.strip()})
    if not weeks or weeks[0] < 1 or weeks[-1] > 52:
        raise ValueError(text)
    return weeks


def counts_as_structural(outcome: str | None) -> bool:
    """The werkplan's promise: taking part structurally in an activity and/or becoming a volunteer."""
    return outcome in (STRUCTURAL, VOLUNTEER)


@dataclass
class YearFigures:
    year: int
    target_participants: int
    target_structural: int
    participants: int = 0
    structural: int = 0  # structureel or vrijwilliger
    volunteers: int = 0
    stopped: int = 0
    running: int = 0  # no outcome yet
    per_arrangement: dict[str, int] = field(default_factory=dict)  # code (or "" before the intake) -> participants
    per_referrer_kind: dict[str, int] = field(default_factory=dict)
    per_outcome: dict[str, int] = field(default_factory=dict)  # code (or "" while running) -> participants
    stop_reasons: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ResidentWor:
    """What Welzijn op Recept holds about one participant, for their inzage."""

    referred_on: date
    referrer: str
    intake_on: date | None
    notes: tuple[tuple[str, str], ...]  # (label, text) of the intake talk's notes that are filled
    arrangement: str | None  # code
    activity: str
    bondgenoot: str
    contacts: tuple[tuple[int, date, date | None], ...]  # week, planned on, done on
    outcome: str | None
    outcome_on: date | None
    stop_reason: str | None
