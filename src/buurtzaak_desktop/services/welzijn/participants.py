"""WoR participants: the referral, the intake talk, the arrangement and its activity, the bondgenoot.

A participant is a spreekuur resident with consent; the referral, intake and changes are in the spreekuur's audit
log, and the log file names only ids. The registration for an activity goes through Activiteiten' own participant
service (its waiting list included); the WoR row keeps the registration's id.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.activiteiten import Activity, Participant, Registration
from buurtzaak_desktop.db.models.spreekuur import SpreekuurResident
from buurtzaak_desktop.db.models.vrijwilligers import Volunteer
from buurtzaak_desktop.db.models.welzijn import WorContact, WorParticipant, WorReferrer
from buurtzaak_desktop.domain import welzijn
from buurtzaak_desktop.domain.activiteiten.names import search_key
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.services.activiteiten import participants as activiteiten
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.spreekuur.residents import NewResident, add_resident, resident_with_consent
from buurtzaak_desktop.services.welzijn.bondgenoten import bondgenoot_ids
from buurtzaak_desktop.services.welzijn.reference import arrangement_activities_in, settings_in

log = logging.getLogger(__name__)
CONSENT_PURPOSE = "Welzijn op Recept: verwijzing, intakegesprek, arrangement en begeleiding door een bondgenoot"
# How Activiteiten records the way in: the words it uses for anyone who came via a care worker, so that its list
# does not tell who was referred by a GP.
CAME_VIA = "warm contact"


@dataclass(frozen=True)
class Referral:
    referrer_id: int
    referred_on: date
    resident_id: int | None = None  # an existing spreekuur resident with consent
    new: NewResident | None = None  # or a new one, added with their consent


@dataclass(frozen=True)
class IntakeNotes:
    interests: str = ""
    energy: str = ""
    talents: str = ""
    ambitions: str = ""


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    name: str
    referrer: str
    referrer_kind: str
    referred_on: date
    intake_on: date | None
    arrangement: str | None
    activity: str
    registration_status: str  # ingeschreven / wachtlijst / vertrokken, "" before the registration
    bondgenoot: str
    started_on: date | None
    next_contact: date | None
    outcome: str | None


@dataclass(frozen=True)
class ParticipantRecord:
    row: ParticipantRow
    resident_id: int | None
    notes: IntakeNotes
    activity_id: int | None
    bondgenoot_id: int | None
    stop_reason: str | None


@dataclass(frozen=True)
class BondgenootChoice:
    id: int
    name: str
    participants: int  # running matches now
    maximum: int

    @property
    def full(self) -> bool:
        return self.participants >= self.maximum


# --- the referral and the intake --------------------------------------------------------------------------------


def refer(database: Database, referral: Referral, actor: str) -> int:
    """A verwijzer refers a resident: a new WoR participant, waiting for the intake talk."""
    if (referral.resident_id is None) == (referral.new is None):
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies een bewoner of vul een nieuwe naam in."), field="bewoner")
    with database.transaction() as session:
        referrer = session.get(WorReferrer, referral.referrer_id)
        if referrer is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze verwijzer bestaat niet (meer)."))
        if referral.new is not None:
            new = referral.new
            resident = add_resident(
                session,
                NewResident(
                    name=new.name,
                    consent_given=new.consent_given,
                    consent_purpose=CONSENT_PURPOSE,
                    consent_by=new.consent_by,
                    phone=new.phone,
                    email=new.email,
                ),
                referral.referred_on,
                actor,
            )
        else:
            resident = resident_with_consent(session, referral.resident_id or 0)
            running = session.exec(
                select(WorParticipant.id).where(
                    WorParticipant.resident_id == resident.id, col(WorParticipant.outcome).is_(None)
                )
            ).first()
            if running is not None:
                raise RuleViolation(
                    QT_TRANSLATE_NOOP("core", "Bewoner nr. {number} doet al mee aan Welzijn op Recept."),
                    number=resident.id,
                )
            audit(session, actor, "gewijzigd", resident.id)
        participant = WorParticipant(
            resident_id=resident.id, referrer_id=referrer.id or 0, referred_on=referral.referred_on
        )
        session.add(participant)
        session.flush()
        log.info("wor participant %s referred", participant.id)
        return participant.id or 0


def _participant(session: Session, participant_id: int) -> WorParticipant:
    participant = session.get(WorParticipant, participant_id)
    if participant is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze deelnemer van Welzijn op Recept bestaat niet (meer)."))
    if participant.resident_id is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "Deze deelnemer is geanonimiseerd; er valt niets meer aan te passen.")
        )
    return participant


def _note(text: str, label: str) -> str:
    cleaned = text.strip()
    if len(cleaned) > welzijn.NOTE_LENGTH:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Houd de notitie '{label}' kort: hoogstens {length} tekens."),
            label=label,
            length=welzijn.NOTE_LENGTH,
        )
    return cleaned


def record_intake(database: Database, participant_id: int, notes: IntakeNotes, held_on: date, actor: str) -> None:
    """The intake talk: what gives the participant energy, their interests, talents and ambitions, in short notes."""
    cleaned = IntakeNotes(
        interests=_note(notes.interests, "interesses"),
        energy=_note(notes.energy, "energie"),
        talents=_note(notes.talents, "talenten"),
        ambitions=_note(notes.ambitions, "ambities"),
    )
    with database.transaction() as session:
        participant = _participant(session, participant_id)
        if held_on < participant.referred_on:
            raise InputError(QT_TRANSLATE_NOOP("core", "Het intakegesprek ligt vóór de verwijzing."), field="datum")
        participant.intake_on = held_on
        participant.interests, participant.energy = cleaned.interests, cleaned.energy
        participant.talents, participant.ambitions = cleaned.talents, cleaned.ambitions
        audit(session, actor, "gewijzigd", participant.resident_id)
        log.info("wor participant %s: intake recorded", participant_id)


# --- the arrangement and its activity ---------------------------------------------------------------------------


def _activity_participant(session: Session, resident: SpreekuurResident, today: date) -> int:
    """The resident as an Activiteiten participant: the one with the same name and phone, else a new one."""
    key = search_key(resident.name)
    for person in session.exec(select(Participant).where(Participant.search_name == key)):
        if person.phone == resident.phone:
            return person.id or 0
    data = activiteiten.ParticipantInput(name=resident.name, phone=resident.phone, came_via=CAME_VIA)
    return activiteiten.add_participant(session, data, today).id or 0


def choose_arrangement(
    database: Database, participant_id: int, arrangement: str, activity_id: int, today: date, actor: str
) -> str:
    """The participant's arrangement, and their registration for one of its activities (on the waiting list when it
    is full). The first registration starts the three months of follow-up and plans the contact moments. Returns the
    registration's status."""
    if arrangement not in welzijn.ARRANGEMENTS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies een arrangement uit de lijst."), field="arrangement")
    with database.transaction() as session:
        participant = _participant(session, participant_id)
        if participant.outcome is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "De begeleiding van deze deelnemer is afgesloten."))
        if participant.intake_on is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "Leg eerst het intakegesprek vast."))
        if activity_id not in {a for a, _ in arrangement_activities_in(session).get(arrangement, [])}:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "Deze activiteit hoort niet bij het gekozen arrangement."))
        resident = session.get(SpreekuurResident, participant.resident_id)
        assert resident is not None
        if participant.registration_id is not None and participant.activity_id != activity_id:
            current = session.get(Registration, participant.registration_id)
            if current is not None and current.status != activiteiten.LEFT:
                activiteiten.leave(session, current.id or 0, today)  # the place goes to whoever waits
        kept = session.get(Registration, participant.registration_id) if participant.registration_id else None
        if participant.activity_id == activity_id and kept is not None and kept.status != activiteiten.LEFT:
            registration: Registration | None = kept
        else:
            person_id = _activity_participant(session, resident, today)
            registration = session.exec(
                select(Registration).where(
                    Registration.activity_id == activity_id,
                    Registration.participant_id == person_id,
                    Registration.status != activiteiten.LEFT,
                )
            ).first() or activiteiten.register(session, activity_id, person_id, today)
        assert registration is not None
        participant.arrangement, participant.activity_id = arrangement, activity_id
        participant.registration_id = registration.id
        if participant.started_on is None:
            participant.started_on = today
            _plan_contacts(session, participant)
        audit(session, actor, "gewijzigd", participant.resident_id)
        log.info("wor participant %s: arrangement chosen, registration %s", participant_id, registration.id)
        return registration.status


def _plan_contacts(session: Session, participant: WorParticipant) -> None:
    assert participant.started_on is not None
    for week, day in welzijn.contact_days(participant.started_on, settings_in(session).weeks):
        session.add(WorContact(participant_id=participant.id or 0, week=week, planned_on=day))


# --- the bondgenoot ---------------------------------------------------------------------------------------------


def _running_counts(session: Session) -> dict[int, int]:
    rows = session.exec(
        select(WorParticipant.bondgenoot_id, func.count())
        .where(col(WorParticipant.bondgenoot_id).is_not(None), col(WorParticipant.outcome).is_(None))
        .group_by(col(WorParticipant.bondgenoot_id))
    ).all()
    return {volunteer_id: int(count) for volunteer_id, count in rows if volunteer_id is not None}


def bondgenoot_choices(database: Database, on: date) -> list[BondgenootChoice]:
    """Who can be a bondgenoot on ``on`` (role, training, active), with how many participants each has now."""
    with database.reading() as session:
        maximum = settings_in(session).max_per_bondgenoot
        counts = _running_counts(session)
        return [
            BondgenootChoice(volunteer_id, name, counts.get(volunteer_id, 0), maximum)
            for volunteer_id, name in sorted(bondgenoot_ids(session, on).items(), key=lambda item: item[1])
        ]


def assign_bondgenoot(database: Database, participant_id: int, volunteer_id: int, on: date, actor: str) -> None:
    with database.transaction() as session:
        participant = _participant(session, participant_id)
        if participant.outcome is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "De begeleiding van deze deelnemer is afgesloten."))
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze vrijwilliger bestaat niet (meer)."))
        if volunteer_id not in bondgenoot_ids(session, on):
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} kan geen bondgenoot zijn: daarvoor zijn de rol bondgenoot, een geldige training "
                    "bondgenoot en de status actief nodig.",
                ),
                name=volunteer.name,
            )
        if participant.bondgenoot_id != volunteer_id:
            maximum = settings_in(session).max_per_bondgenoot
            if _running_counts(session).get(volunteer_id, 0) >= maximum:
                raise RuleViolation(
                    QT_TRANSLATE_NOOP(
                        "core", "{name} begeleidt al {count} deelnemers, het maximum per bondgenoot; kies een ander."
                    ),
                    name=volunteer.name,
                    count=maximum,
                )
        participant.bondgenoot_id = volunteer_id
        audit(session, actor, "gewijzigd", participant.resident_id)
        log.info("wor participant %s: bondgenoot %s", participant_id, volunteer_id)


# --- lists and the record ---------------------------------------------------------------------------------------


def _rows(session: Session, query) -> list[tuple[WorParticipant, ParticipantRow]]:
    rows = session.exec(
        query.outerjoin(SpreekuurResident, col(SpreekuurResident.id) == WorParticipant.resident_id)
        .join(WorReferrer, col(WorReferrer.id) == WorParticipant.referrer_id)
        .outerjoin(Activity, col(Activity.id) == WorParticipant.activity_id)
        .outerjoin(Volunteer, col(Volunteer.id) == WorParticipant.bondgenoot_id)
        .outerjoin(Registration, col(Registration.id) == WorParticipant.registration_id)
        .order_by(col(WorParticipant.referred_on).desc(), col(WorParticipant.id).desc())
    ).all()
    ids = [p.id for p, *_ in rows]
    next_contacts = dict(
        session.exec(
            select(WorContact.participant_id, func.min(WorContact.planned_on))
            .where(col(WorContact.participant_id).in_(ids), col(WorContact.done_on).is_(None))
            .group_by(col(WorContact.participant_id))
        ).all()
    )
    result = []
    for participant, resident, referrer, activity, volunteer, registration in rows:
        result.append(
            (
                participant,
                ParticipantRow(
                    id=participant.id or 0,
                    name=resident.name if resident else "",
                    referrer=referrer.name,
                    referrer_kind=referrer.kind,
                    referred_on=participant.referred_on,
                    intake_on=participant.intake_on,
                    arrangement=participant.arrangement,
                    activity=activity.name if activity else "",
                    registration_status=registration.status if registration else "",
                    bondgenoot=volunteer.name if volunteer else "",
                    started_on=participant.started_on,
                    next_contact=next_contacts.get(participant.id) if participant.outcome is None else None,
                    outcome=participant.outcome,
                ),
            )
        )
    return result


def _select():
    # six entities: more than sqlmodel's typed overloads of select() cover
    return select(WorParticipant, SpreekuurResident, WorReferrer, Activity, Volunteer, Registration)  # type: ignore[call-overload]


def list_participants(database: Database, year: int | None = None, running_only: bool = False) -> list[ParticipantRow]:
    """Participants referred in ``year`` (all years: None), newest first; never the intake notes."""
    with database.reading() as session:
        query = _select().where(col(WorParticipant.resident_id).is_not(None))
        if year is not None:
            query = query.where(
                col(WorParticipant.referred_on) >= date(year, 1, 1),
                col(WorParticipant.referred_on) <= date(year, 12, 31),
            )
        if running_only:
            query = query.where(col(WorParticipant.outcome).is_(None))
        return [row for _, row in _rows(session, query)]


def open_participant(
    database: Database, participant_id: int, actor: str, *, reopened: bool = False
) -> ParticipantRecord:
    """The participant with the intake notes, for the screen; the opening is in the audit log (``reopened``: shown
    again right after a change by the same user, which wrote its own audit line)."""
    with database.transaction() as session:
        found = _rows(session, _select().where(WorParticipant.id == participant_id))
        if not found or found[0][0].resident_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze deelnemer van Welzijn op Recept bestaat niet (meer)."))
        participant, row = found[0]
        if not reopened:
            audit(session, actor, "geopend", participant.resident_id)
        return ParticipantRecord(
            row=row,
            resident_id=participant.resident_id,
            notes=IntakeNotes(participant.interests, participant.energy, participant.talents, participant.ambitions),
            activity_id=participant.activity_id,
            bondgenoot_id=participant.bondgenoot_id,
            stop_reason=participant.stop_reason,
        )


# --- inzage ------------------------------------------------------------------------------------------------------

NOTE_LABELS = (
    ("interests", "Interesses"),
    ("energy", "Energie van"),
    ("talents", "Talenten"),
    ("ambitions", "Ambities"),
)


def resident_wor(session: Session, resident_id: int) -> list[welzijn.ResidentWor]:
    """Everything WoR holds about the resident, oldest referral first (the bondgenoot's name: the person they met)."""
    result = []
    for participant, row in reversed(_rows(session, _select().where(WorParticipant.resident_id == resident_id))):
        contacts = session.exec(
            select(WorContact).where(WorContact.participant_id == participant.id).order_by(col(WorContact.week))
        ).all()
        result.append(
            welzijn.ResidentWor(
                referred_on=participant.referred_on,
                referrer=row.referrer,
                intake_on=participant.intake_on,
                notes=tuple(
                    (label, getattr(participant, key)) for key, label in NOTE_LABELS if getattr(participant, key)
                ),
                arrangement=participant.arrangement,
                activity=row.activity,
                bondgenoot=row.bondgenoot,
                contacts=tuple((c.week, c.planned_on, c.done_on) for c in contacts),
                outcome=participant.outcome,
                outcome_on=participant.outcome_on,
                stop_reason=participant.stop_reason,
            )
        )
    return result


# --- forgetting ---------------------------------------------------------------------------------------------------

BLANK = {"interests": "", "energy": "", "talents": "", "ambitions": ""}


def forget_residents(session: Session, resident_ids: list[int]) -> None:
    """Called by the spreekuur's removal and retention: the WoR rows lose the resident, the bondgenoot and the
    intake notes; dates, verwijzer, arrangement and outcome stay, so the year's figures do not change."""
    if not resident_ids:
        return
    for participant in session.exec(
        select(WorParticipant).where(col(WorParticipant.resident_id).in_(resident_ids))
    ).all():
        _blank(participant)
        participant.resident_id, participant.bondgenoot_id, participant.registration_id = None, None, None


def _blank(participant: WorParticipant) -> None:
    for column, value in BLANK.items():
        setattr(participant, column, value)
    participant.anonymised = True


def expire_notes(session: Session, cutoff: date) -> int:
    """Intake notes of matches that ended before ``cutoff`` (the retention period) are blanked."""
    ended = session.exec(
        select(WorParticipant).where(
            col(WorParticipant.outcome_on).is_not(None),
            col(WorParticipant.outcome_on) < cutoff,
            col(WorParticipant.anonymised).is_(False),
        )
    ).all()
    for participant in ended:
        _blank(participant)
    return len(ended)


def has_notes(session: Session) -> bool:
    """True when any intake note is stored (the back-up warns before an unencrypted copy)."""
    query = select(WorParticipant.id).where(
        (WorParticipant.interests != "")
        | (WorParticipant.energy != "")
        | (WorParticipant.talents != "")
        | (WorParticipant.ambitions != "")
    )
    return session.exec(query.limit(1)).first() is not None
