"""Traject phases and the warm-handover steps of a referral: which step may follow which."""

from __future__ import annotations

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, RuleViolation

PHASES = ("orientatie", "contract", "oplossing", "nazorg")
PHASE_LABELS = {
    "orientatie": QT_TRANSLATE_NOOP("core", "Oriëntatie"),
    "contract": QT_TRANSLATE_NOOP("core", "Contract"),
    "oplossing": QT_TRANSLATE_NOOP("core", "Oplossing"),
    "nazorg": QT_TRANSLATE_NOOP("core", "Nazorg"),
}
OUTCOMES = {
    "opgelost": QT_TRANSLATE_NOOP("core", "Opgelost"),
    "deels_opgelost": QT_TRANSLATE_NOOP("core", "Deels opgelost"),
    "doorverwezen": QT_TRANSLATE_NOOP("core", "Doorverwezen"),
    "gestopt": QT_TRANSLATE_NOOP("core", "Gestopt"),
}

REFERRAL_STEPS = ("doorverwezen", "intake_gepland", "wachtend", "in_traject")
REFERRAL_ENDS = ("afgerond", "uitgevallen")
REFERRAL_LABELS = {
    "doorverwezen": QT_TRANSLATE_NOOP("core", "Doorverwezen"),
    "intake_gepland": QT_TRANSLATE_NOOP("core", "Intake gepland"),
    "wachtend": QT_TRANSLATE_NOOP("core", "Wachtend"),
    "in_traject": QT_TRANSLATE_NOOP("core", "In traject"),
    "afgerond": QT_TRANSLATE_NOOP("core", "Afgerond"),
    "uitgevallen": QT_TRANSLATE_NOOP("core", "Uitgevallen"),
}
DIRECTIONS = ("opschalen", "afschalen")


def next_phase(current: str) -> str:
    """Phases go one way; the last one (nazorg) ends by closing the traject with an outcome."""
    index = PHASES.index(current)
    if index + 1 >= len(PHASES):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Het traject is al in de laatste fase ({phase}); sluit het af met een uitkomst."),
            phase=PHASE_LABELS[current],
        )
    return PHASES[index + 1]


def check_outcome(outcome: str) -> None:
    if outcome not in OUTCOMES:
        raise RuleViolation(QT_TRANSLATE_NOOP("core", "Onbekende uitkomst: {outcome}."), outcome=outcome)


def check_referral_step(current: str, new: str) -> None:
    """Forward through the handover (steps may be skipped); afgerond or uitgevallen end it."""
    if current in REFERRAL_ENDS:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Deze doorverwijzing is al beëindigd ({status}) en kan niet meer veranderen."),
            status=REFERRAL_LABELS[current],
        )
    if new in REFERRAL_ENDS:
        return
    if new not in REFERRAL_STEPS or REFERRAL_STEPS.index(new) <= REFERRAL_STEPS.index(current):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Een doorverwijzing gaat niet terug van '{current}' naar '{new}'."),
            current=REFERRAL_LABELS[current],
            new=REFERRAL_LABELS.get(new, new),
        )
