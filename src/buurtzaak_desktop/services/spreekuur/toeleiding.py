"""Toeleiding: from a dossier, with the participant's consent, on to an activity or to volunteering.

The registration goes through the Activiteiten' own participant service (its waiting list included) and the proposal
through the Vrijwilligers' intake; this module writes only its link and the consent. The link is what the figures
count ("went on to an activity / to volunteering"): it keeps counting when the other tab's row goes (the foreign
keys empty themselves) and when the resident is forgotten (the links are emptied, kind and date stay).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text, update
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.activiteiten import Activity, Registration
from buurtzaak_desktop.db.models.spreekuur import SpreekuurConsent, SpreekuurResident, SpreekuurTraject
from buurtzaak_desktop.db.models.spreekuur_method import SpreekuurToeleiding
from buurtzaak_desktop.db.models.vrijwilligers import Volunteer
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation
from buurtzaak_desktop.domain.spreekuur.plan import PROPOSED, TO_ACTIVITY, TO_VOLUNTEERING
from buurtzaak_desktop.services.activiteiten import participants
from buurtzaak_desktop.services.activiteiten.programme import list_activities
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.spreekuur.trajecten import _open_traject
from buurtzaak_desktop.services.vrijwilligers import intake
from buurtzaak_desktop.services.vrijwilligers.reference import role_ids

log = logging.getLogger(__name__)
GONE = "weg"  # the registration or volunteer is no longer there


@dataclass(frozen=True)
class ToeleidingRow:
    id: int
    traject_id: int
    kind: str
    made_on: date
    target: str  # the activity's name, or the role wanted
    first_status: str
    status_now: str  # ingeschreven / wachtlijst / vertrokken, or the volunteer's status; GONE when removed


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    detail: str = ""
    free: int | None = None  # an activity's free places; None: no limit


def _ask_consent(consent: bool | None) -> None:
    """The consent question must be answered, and answered yes, before anything goes to another tab."""
    if consent is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core", "Vraag eerst of de deelnemer toestemming geeft om de gegevens door te geven, en vul het in."
            )
        )
    if not consent:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Zonder toestemming van de deelnemer wordt er niets doorgegeven.")
        )


def _resident_of(session: Session, traject: SpreekuurTraject) -> SpreekuurResident:
    resident = session.get(SpreekuurResident, traject.resident_id) if traject.resident_id else None
    if resident is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bewoner bestaat niet (meer)."))
    return resident


def _record(session: Session, resident: SpreekuurResident, purpose: str, on: date, actor: str) -> None:
    session.add(SpreekuurConsent(resident_id=resident.id or 0, given_on=on, purpose=purpose, recorded_by=actor))
    audit(session, actor, "gewijzigd", resident.id)


def to_activity(
    database: Database,
    traject_id: int,
    activity_id: int,
    consent: bool | None,
    on: date,
    actor: str,
    participant_id: int | None = None,
) -> str:
    """Register the traject's participant for the activity (a new Activiteiten participant unless one is chosen).

    Returns the registration's status: ingeschreven, or wachtlijst when the activity is full.
    """
    _ask_consent(consent)
    with database.transaction() as session:
        traject = _open_traject(session, traject_id)
        resident = _resident_of(session, traject)
        if participant_id is None:
            person = participants.add_participant(
                session, participants.ParticipantInput(name=resident.name, phone=resident.phone), on
            )
            participant_id = person.id or 0
        registration = participants.register(session, activity_id, participant_id, on)
        activity = session.get(Activity, activity_id)
        session.add(
            SpreekuurToeleiding(
                traject_id=traject_id,
                kind=TO_ACTIVITY,
                activity_id=activity_id,
                participant_id=participant_id,
                registration_id=registration.id,
                first_status=registration.status,
                made_on=on,
                made_by=actor,
            )
        )
        _record(session, resident, f"Aanmelden bij de activiteit {activity.name if activity else ''}", on, actor)
        log.info("spreekuur traject %s: toeleiding to activity %s (%s)", traject_id, activity_id, registration.status)
        return registration.status


def to_volunteering(
    database: Database,
    traject_id: int,
    role: str,
    consent: bool | None,
    on: date,
    actor: str,
    volunteer_id: int | None = None,
) -> int:
    """Propose the traject's participant as a volunteer with the role they want; returns the volunteer's id."""
    _ask_consent(consent)
    with database.transaction() as session:
        traject = _open_traject(session, traject_id)
        resident = _resident_of(session, traject)
        if volunteer_id is None:
            volunteer = intake.propose_volunteer(session, resident.name, role, on, phone=resident.phone)
        else:
            volunteer = intake.add_wanted_role(session, volunteer_id, role)
        session.add(
            SpreekuurToeleiding(
                traject_id=traject_id,
                kind=TO_VOLUNTEERING,
                volunteer_id=volunteer.id,
                role=role.strip(),
                first_status=PROPOSED,
                made_on=on,
                made_by=actor,
            )
        )
        _record(session, resident, f"Voorstellen als vrijwilliger ({role.strip()})", on, actor)
        log.info("spreekuur traject %s: toeleiding to volunteering, volunteer %s", traject_id, volunteer.id)
        return volunteer.id or 0


def toeleidingen_of(database: Database, resident_id: int) -> list[ToeleidingRow]:
    """The resident's toeleidingen with where they stand now (the dossier has audited the opening)."""
    with database.reading() as session:
        query = (
            select(SpreekuurToeleiding, Activity.name, Registration.status, Volunteer.status)
            .join(SpreekuurTraject, col(SpreekuurTraject.id) == SpreekuurToeleiding.traject_id)
            .join(Activity, col(Activity.id) == SpreekuurToeleiding.activity_id, isouter=True)
            .join(Registration, col(Registration.id) == SpreekuurToeleiding.registration_id, isouter=True)
            .join(Volunteer, col(Volunteer.id) == SpreekuurToeleiding.volunteer_id, isouter=True)
            .where(SpreekuurTraject.resident_id == resident_id)
            .order_by(col(SpreekuurToeleiding.made_on), col(SpreekuurToeleiding.id))
        )
        rows = []
        for link, activity, registration_status, volunteer_status in session.exec(query).all():
            activity_kind = link.kind == TO_ACTIVITY
            now = registration_status if activity_kind else volunteer_status
            rows.append(
                ToeleidingRow(
                    link.id or 0,
                    link.traject_id,
                    link.kind,
                    link.made_on,
                    (activity or "") if activity_kind else link.role,
                    link.first_status,
                    now or GONE,
                )
            )
        return rows


def toeleidingen_for_overview(session: Session, traject_ids: list[int]) -> dict[int, list[tuple[date, str]]]:
    """Per traject its toeleidingen in words, for the inzage print."""
    result: dict[int, list[tuple[date, str]]] = {i: [] for i in traject_ids}
    if not traject_ids:
        return result
    query = (
        select(SpreekuurToeleiding, Activity.name)
        .join(Activity, col(Activity.id) == SpreekuurToeleiding.activity_id, isouter=True)
        .where(col(SpreekuurToeleiding.traject_id).in_(traject_ids))
        .order_by(col(SpreekuurToeleiding.made_on), col(SpreekuurToeleiding.id))
    )
    for link, activity in session.exec(query).all():
        if link.kind == TO_ACTIVITY:
            waiting = " (op de wachtlijst)" if link.first_status == participants.WAITING else ""
            text = f"Aangemeld bij de activiteit {activity or '(bestaat niet meer)'}{waiting}"
        else:
            text = f"Voorgesteld als vrijwilliger (rol: {link.role})"
        result[link.traject_id].append((link.made_on, text))
    return result


# --- choices for the dialog --------------------------------------------------------------------------------


def open_activities(database: Database) -> list[Choice]:
    """Activities one can still register for, with their free places (0: full, a new one goes on the waiting list)."""
    with database.reading() as session:
        free = participants.free_places_in(session)
        return [
            Choice(activity.id or 0, activity.name, free=free.get(activity.id or 0))
            for activity in list_activities(session, include_ended=False)
        ]


def participant_matches(database: Database, resident_id: int) -> list[Choice]:
    """Activiteiten participants whose name is like the resident's: the same person is not added twice."""
    with database.reading() as session:
        resident = session.get(SpreekuurResident, resident_id)
        if resident is None:
            return []
        return [Choice(p.id or 0, p.name, p.phone) for p in participants.similar_participants(session, resident.name)]


def volunteer_matches(database: Database, resident_id: int) -> list[Choice]:
    """Volunteers (not archived) with the resident's exact name, accents and case aside."""
    from buurtzaak_desktop.domain.spreekuur.text import search_key

    with database.reading() as session:
        resident = session.get(SpreekuurResident, resident_id)
        if resident is None:
            return []
        wanted = search_key(resident.name)
        volunteers = session.exec(select(Volunteer).where(col(Volunteer.archived).is_(False))).all()
        return [Choice(v.id or 0, v.name, v.status) for v in volunteers if search_key(v.name) == wanted]


def volunteer_roles(database: Database) -> list[str]:
    with database.reading() as session:
        return sorted(role_ids(session))


# --- figures and privacy -----------------------------------------------------------------------------------


def people_led_on(session: Session, start: date, end: date) -> dict[str, int]:
    """Spreekuur participants led on to an activity / to volunteering in the period: each traject (one participant's)
    once per kind, from the links alone, so the counts stay when the resident is forgotten or the other tab's row
    goes."""
    rows = session.execute(
        text(
            "SELECT kind, COUNT(DISTINCT traject_id) FROM spreekuur_toeleiding "
            "WHERE made_on >= :start AND made_on <= :end GROUP BY kind"
        ),
        {"start": start.isoformat(), "end": end.isoformat()},
    ).all()
    counts = {TO_ACTIVITY: 0, TO_VOLUNTEERING: 0}
    counts.update({kind: int(n) for kind, n in rows})
    return counts


def forget_links(session: Session, traject_ids: list[int]) -> None:
    """With the resident go the links to their activity participant and volunteer row (which tab knows whom):
    kind and date stay, for the counts."""
    for start in range(0, len(traject_ids), 500):
        session.execute(
            update(SpreekuurToeleiding)
            .where(col(SpreekuurToeleiding.traject_id).in_(traject_ids[start : start + 500]))
            .values(participant_id=None, registration_id=None, volunteer_id=None, made_by="")
        )
