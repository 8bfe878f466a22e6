"""Statuses and the ladder a resident climbs at the centre (DOMAIN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

STATUSES = ("actief", "pauze", "gestopt")
LADDER = ("bezoeker", "deelnemer", "vrijwilliger", "sleutelhouder", "bestuur")
# The words as the UI shows them; the stored values stay the Dutch codes above.
STATUS_LABELS = {
    "actief": QT_TRANSLATE_NOOP("core", "actief"),
    "pauze": QT_TRANSLATE_NOOP("core", "pauze"),
    "gestopt": QT_TRANSLATE_NOOP("core", "gestopt"),
    "gearchiveerd": QT_TRANSLATE_NOOP("core", "gearchiveerd"),
}
LADDER_LABELS = {
    "bezoeker": QT_TRANSLATE_NOOP("core", "bezoeker"),
    "deelnemer": QT_TRANSLATE_NOOP("core", "deelnemer"),
    "vrijwilliger": QT_TRANSLATE_NOOP("core", "vrijwilliger"),
    "sleutelhouder": QT_TRANSLATE_NOOP("core", "sleutelhouder"),
    "bestuur": QT_TRANSLATE_NOOP("core", "bestuur"),
}
DEFAULT_ROLES = (
    "gastvrouw/gastheer",
    "receptie",
    "keukenhulp",
    "klussen",
    "taalmaatje",
    "spreekuur",
    "activiteitbegeleider",
)
# the certificates each default role requires (roles and their requirements are data; these are the start values)
DEFAULT_ROLE_CERTIFICATES = {"keukenhulp": ("Hygiëne",), "spreekuur": ("VOG",), "taalmaatje": ("VOG",)}
DEFAULT_CERTIFICATE_TYPES = (
    ("VOG", "Verklaring omtrent het gedrag", 3),
    ("BHV", "Bedrijfshulpverlening", 1),
    ("EHBO", "Eerste hulp bij ongelukken", 2),
    ("Hygiëne", "Voedselhygiëne in de keuken", 5),
)


def split_list(text: str) -> list[str]:
    """'Turks, Nederlands,,arabisch ' -> ['turks', 'nederlands', 'arabisch'] (lower case, no doubles, in order)."""
    seen: list[str] = []
    for part in text.split(","):
        word = " ".join(part.strip().lower().split())
        if word and word not in seen:
            seen.append(word)
    return seen


def join_list(items: list[str]) -> str:
    return ", ".join(items)


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    name: str
    email: str
    phone: str
    is_staff: bool
    staff_function: str
    ladder_step: str
    roles: tuple[str, ...]
    languages: tuple[str, ...]
    availability: int
    status: str
    status_date: date | None
    archived: bool
    anonymised: bool
