"""The contract phase's plan van aanpak: who can take on an agreement, its statuses; the kinds of toeleiding."""

from __future__ import annotations

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

PARTICIPANT, CONFIDANT, PARTNER = "deelnemer", "vertrouwenspersoon", "partner"
WHO_LABELS = {
    PARTICIPANT: QT_TRANSLATE_NOOP("core", "Deelnemer"),
    CONFIDANT: QT_TRANSLATE_NOOP("core", "Vertrouwenspersoon"),
    PARTNER: QT_TRANSLATE_NOOP("core", "Organisatie"),
}
OPEN, DONE, LAPSED = "open", "gedaan", "vervallen"
AGREEMENT_LABELS = {
    OPEN: QT_TRANSLATE_NOOP("core", "Open"),
    DONE: QT_TRANSLATE_NOOP("core", "Gedaan"),
    LAPSED: QT_TRANSLATE_NOOP("core", "Vervallen"),
}
TO_ACTIVITY, TO_VOLUNTEERING = "activiteit", "vrijwilliger"
PROPOSED = "voorgesteld"  # a volunteer proposed to the Vrijwilligers tab, not yet met by the coordinator
TOELEIDING_LABELS = {
    TO_ACTIVITY: QT_TRANSLATE_NOOP("core", "Activiteit"),
    TO_VOLUNTEERING: QT_TRANSLATE_NOOP("core", "Vrijwilligerswerk"),
}
TEXT_MAX = 300
