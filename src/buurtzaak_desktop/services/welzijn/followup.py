"""The coach follows the match for three months: contact moments (2, 6 and 12 weeks, a setting) and the outcome.

The list shows contact moments due within a week and overdue ones, and matches past three months without an outcome.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.activiteiten import Activity, Registration
from buurtzaak_desktop.db.models.spreekuur import SpreekuurResident
from buurtzaak_desktop.db.models.welzijn import WorContact, WorParticipant
from buurtzaak_desktop.domain import welzijn
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.services.activiteiten.participants import REGISTERED, WAITING
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.welzijn.participants import _participant

log = logging.getLogger(__name__)
THREE_MONTHS = timedelta(weeks=13)
HORIZON = timedelta(days=7)
OUTCOME_WEEK = 0  # a follow-up row for "record the outcome", not a contact moment


@dataclass(frozen=True)
class FollowUpRow:
    contact_id: int | None  # None: the outcome at three months is due
    participant_id: int
    name: str
    week: int  # the contact moment's week; OUTCOME_WEEK for the outcome
    due_on: date
    overdue: bool


def follow_ups(database: Database, today: date) -> list[FollowUpRow]:
    """Contact moments not done yet that are due within a week (or overdue), and outcomes due, earliest first."""
    with database.reading() as session:
        running = (
            select(WorContact, SpreekuurResident.name)
            .join(WorParticipant, col(WorParticipant.id) == WorContact.participant_id)
            .join(SpreekuurResident, col(SpreekuurResident.id) == WorParticipant.resident_id)
            .where(
                col(WorParticipant.outcome).is_(None),
                col(WorContact.done_on).is_(None),
                col(WorContact.planned_on) <= today + HORIZON,
            )
        )
        rows = [
            FollowUpRow(c.id, c.participant_id, name, c.week, c.planned_on, c.planned_on < today)
            for c, name in session.exec(running)
        ]
        outcomes = session.exec(
            select(WorParticipant, SpreekuurResident.name)
            .join(SpreekuurResident, col(SpreekuurResident.id) == WorParticipant.resident_id)
            .where(
                col(WorParticipant.outcome).is_(None),
                col(WorParticipant.started_on).is_not(None),
                col(WorParticipant.started_on) <= today + HORIZON - THREE_MONTHS,
            )
        )
        for participant, name in outcomes:
            due = (participant.started_on or today) + THREE_MONTHS
            rows.append(FollowUpRow(None, participant.id or 0, name, OUTCOME_WEEK, due, due < today))
        return sorted(rows, key=lambda r: (r.due_on, r.name, r.week))


def contacts_of(database: Database, participant_id: int) -> list[tuple[int, int, date, date | None]]:
    """(contact id, week, planned on, done on) of a participant, in order."""
    with database.reading() as session:
        return [
            (c.id or 0, c.week, c.planned_on, c.done_on)
            for c in session.exec(
                select(WorContact).where(WorContact.participant_id == participant_id).order_by(col(WorContact.week))
            )
        ]


def mark_contact_done(database: Database, contact_id: int, on: date, actor: str) -> None:
    with database.transaction() as session:
        contact = session.get(WorContact, contact_id)
        if contact is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Dit contactmoment bestaat niet (meer)."))
        participant = _participant(session, contact.participant_id)
        if contact.done_on is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "Dit contactmoment is al afgevinkt."))
        if participant.started_on is not None and on < participant.started_on:
            raise InputError(QT_TRANSLATE_NOOP("core", "Het contact ligt vóór de start van de begeleiding."))
        contact.done_on = on
        audit(session, actor, "gewijzigd", participant.resident_id)
        log.info("wor contact %s done", contact_id)


def record_outcome(
    database: Database, participant_id: int, outcome: str, on: date, actor: str, stop_reason: str | None = None
) -> None:
    """The outcome at three months: takes part structurally, became a volunteer, or stopped (with a reason from the
    list). Stopping can be recorded any time; the other two once the participant was registered for an activity, and
    taking part structurally only while that registration holds a place (not on the waiting list)."""
    if outcome not in welzijn.OUTCOMES:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies een uitkomst uit de lijst."), field="uitkomst")
    if outcome == welzijn.STOPPED and stop_reason not in welzijn.STOP_REASONS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies waarom de deelnemer is gestopt."), field="reden")
    with database.transaction() as session:
        participant = _participant(session, participant_id)
        if participant.outcome is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "De uitkomst van deze deelnemer is al vastgelegd."))
        if outcome != welzijn.STOPPED and participant.started_on is None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "Deze deelnemer is nog niet ingeschreven voor een activiteit.")
            )
        if outcome == welzijn.STRUCTURAL:
            _check_takes_part(session, participant)
        if on < participant.referred_on:
            raise InputError(QT_TRANSLATE_NOOP("core", "De uitkomst ligt vóór de verwijzing."), field="datum")
        participant.outcome, participant.outcome_on = outcome, on
        participant.stop_reason = stop_reason if outcome == welzijn.STOPPED else None
        audit(session, actor, "gewijzigd", participant.resident_id)
        log.info("wor participant %s: outcome recorded", participant_id)


def _check_takes_part(session: Session, participant: WorParticipant) -> None:
    """Someone on the waiting list, or no longer registered, does not take part: the outcome would be untrue."""
    registration = session.get(Registration, participant.registration_id) if participant.registration_id else None
    if registration is not None and registration.status == REGISTERED:
        return
    activity = session.get(Activity, participant.activity_id) if participant.activity_id else None
    name = activity.name if activity is not None else "?"
    if registration is not None and registration.status == WAITING:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core",
                "De deelnemer staat nog op de wachtlijst van {activity}: kies een activiteit met plaats of een "
                "andere uitkomst.",
            ),
            activity=name,
        )
    raise RuleViolation(
        QT_TRANSLATE_NOOP(
            "core",
            "De deelnemer is niet (meer) ingeschreven voor {activity}: schrijf de deelnemer opnieuw in of kies een "
            "andere uitkomst.",
        ),
        activity=name,
    )
