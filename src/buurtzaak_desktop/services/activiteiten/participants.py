# SQLModel types table columns as their Python values (int, date...), so SQL expressions on them confuse mypy:
# mypy: disable-error-code="arg-type, attr-defined, union-attr, call-overload, operator"
"""Participants, registered once per activity (never per session) until they leave, and the waiting list."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.locking import take_row
from buurtzaak_desktop.db.models.activiteiten import Activity, Participant, Registration
from buurtzaak_desktop.db.versioning import claim
from buurtzaak_desktop.domain.activiteiten.labels import LEFT, REGISTERED, WAITING
from buurtzaak_desktop.domain.activiteiten.names import SIMILAR, matches, search_key, similarity
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.services.activiteiten.programme import ENDED, get_activity

log = logging.getLogger(__name__)


@dataclass
class ParticipantInput:
    name: str
    phone: str = ""
    email: str = ""
    birth_year_from: int | None = None
    birth_year_to: int | None = None
    postcode_area: str = ""
    came_via: str = ""
    consent_photos: bool = False
    consent_print_phone: bool = False

    def check(self) -> None:
        if not self.name.strip():
            raise InputError(QT_TRANSLATE_NOOP("core", "Vul een naam in."), field="naam")
        if self.email and "@" not in self.email:
            raise InputError(
                QT_TRANSLATE_NOOP("core", "'{value}' is geen e-mailadres."), value=self.email, field="e-mail"
            )
        phone_digits = [c for c in self.phone if c.isdigit()]
        if self.phone and (len(phone_digits) < 6 or any(c not in "0123456789+-() " for c in self.phone)):
            raise InputError(
                QT_TRANSLATE_NOOP("core", "'{value}' is geen telefoonnummer."), value=self.phone, field="telefoon"
            )
        low, high = self.birth_year_from, self.birth_year_to
        if low is not None and high is not None and high < low:
            raise InputError(QT_TRANSLATE_NOOP("core", "Het geboortejaar 'tot' ligt voor 'van'."), field="geboortejaar")


@dataclass(frozen=True)
class RegistrationRow:
    registration_id: int
    participant_id: int
    name: str
    phone: str
    status: str
    registered_on: date
    to_call: bool
    waiting_position: int | None


def add_participant(session: Session, data: ParticipantInput, today: date) -> Participant:
    data.check()
    person = Participant(name=data.name.strip(), created_on=today)
    _apply(person, data)
    session.add(person)
    session.flush()
    return person


def _apply(person: Participant, data: ParticipantInput) -> None:
    person.name = " ".join(data.name.split())
    person.search_name = search_key(person.name)
    person.phone = data.phone.strip()
    person.email = data.email.strip()
    person.birth_year_from = data.birth_year_from
    person.birth_year_to = data.birth_year_to
    person.postcode_area = data.postcode_area.strip().upper()
    person.came_via = data.came_via.strip()
    person.consent_photos = data.consent_photos
    person.consent_print_phone = data.consent_print_phone


def update_participant(
    session: Session, participant_id: int, data: ParticipantInput, seen_version: int | None = None
) -> Participant:
    """Change a participant; refused (ChangedElsewhere) when changed after ``seen_version`` was read."""
    data.check()
    claim(session, Participant, participant_id, seen_version)
    person = get_participant(session, participant_id)
    _apply(person, data)
    return person


def free_places_in(session: Session) -> dict[int, int | None]:
    """Each activity's free places (0: full, a new registration goes on the waiting list; None: no maximum)."""
    taken = dict(
        session.exec(
            select(Registration.activity_id, func.count())
            .where(Registration.status == REGISTERED)
            .group_by(col(Registration.activity_id))
        ).all()
    )
    return {
        activity_id or 0: None if capacity is None else max(0, capacity - int(taken.get(activity_id or 0, 0)))
        for activity_id, capacity in session.exec(select(Activity.id, Activity.capacity)).all()
    }


def get_participant(session: Session, participant_id: int) -> Participant:
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze deelnemer bestaat niet (meer)."))
    return person


def find_participants(session: Session, query: str, limit: int = 50) -> list[Participant]:
    """Accent-insensitive: 'zoe' finds 'Zoë', 'sahin' finds 'Şahin'."""
    key = search_key(query)
    if not key:
        return list(session.execute(select(Participant).order_by(Participant.search_name).limit(limit)).scalars())
    first = key.split()[0]
    candidates = session.execute(
        select(Participant).where(Participant.search_name.contains(first)).order_by(Participant.search_name)
    ).scalars()
    return [p for p in candidates if matches(key, p.search_name)][:limit]


def similar_participants(session: Session, name: str, limit: int = 8) -> list[Participant]:
    """Participants whose name is like ``name`` (case, accents, spaces and word order do not count; a typo comes
    close), most alike first: a walk-in who comes back is the same person, not a new participant."""
    key = search_key(name)
    if not key:
        return []
    scored = [
        (score, participant_id)
        for participant_id, name_key in session.execute(select(Participant.id, Participant.search_name))
        if (score := similarity(key, name_key)) >= SIMILAR
    ]
    best = [participant_id for _score, participant_id in sorted(scored, key=lambda pair: (-pair[0], pair[1]))][:limit]
    found = {p.id: p for p in session.execute(select(Participant).where(Participant.id.in_(best))).scalars()}
    return [found[participant_id] for participant_id in best]


def _registered_count(session: Session, activity_id: int) -> int:
    return int(
        session.execute(
            select(func.count()).where(Registration.activity_id == activity_id, Registration.status == REGISTERED)
        ).scalar_one()
    )


def register(session: Session, activity_id: int, participant_id: int, today: date) -> Registration:
    """Register once for the activity; when it is full the person goes on the waiting list."""
    # Two desks registering for the last place at once: on a server the second waits here for the first's commit and
    # then counts its place, so it lands on the waiting list (db/locking.py). Taken before anything is read.
    take_row(session, Activity, activity_id)
    activity = get_activity(session, activity_id)
    person = get_participant(session, participant_id)
    if activity.status == ENDED:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "{activity} is beëindigd: inschrijven kan niet meer."), activity=activity.name
        )
    current = session.execute(
        select(Registration).where(
            Registration.activity_id == activity_id,
            Registration.participant_id == participant_id,
            Registration.status != LEFT,
        )
    ).scalar_one_or_none()
    if current is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "{name} staat al bij {activity} ({status})."),
            name=person.name,
            activity=activity.name,
            status=current.status,
        )
    full = activity.capacity is not None and _registered_count(session, activity_id) >= activity.capacity
    registration = Registration(
        activity_id=activity_id,
        participant_id=participant_id,
        status=WAITING if full else REGISTERED,
        registered_on=today,
    )
    session.add(registration)
    session.flush()
    log.info("participant %s -> activity %s: %s", participant_id, activity_id, registration.status)
    return registration


def leave(session: Session, registration_id: int, today: date) -> Registration | None:
    """The person leaves; a freed place goes to the first on the waiting list, who is flagged to be called.

    Returns the registration that moved up, if any.
    """
    # The activity is taken first (as ``register`` does), then the registration read: a place freed here and a
    # registration or another leave at another desk run one after another, so a freed place moves up one person.
    activity_id = session.execute(
        select(Registration.activity_id).where(Registration.id == registration_id)
    ).scalar_one_or_none()
    if activity_id is not None:
        take_row(session, Activity, activity_id)
    registration = session.get(Registration, registration_id, populate_existing=True)
    if registration is None or registration.status == LEFT:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze inschrijving bestaat niet (meer)."))
    freed = registration.status == REGISTERED
    registration.status = LEFT
    registration.left_on = today
    session.flush()
    if not freed:
        return None
    activity = get_activity(session, registration.activity_id)
    if activity.capacity is not None and _registered_count(session, activity.id or 0) >= activity.capacity:
        return None
    first = session.execute(
        select(Registration)
        .where(Registration.activity_id == registration.activity_id, Registration.status == WAITING)
        .order_by(Registration.registered_on, Registration.id)
        .limit(1)
    ).scalar_one_or_none()
    if first is not None:
        first.status = REGISTERED
        first.to_call = True
        log.info("registration %s moved up from the waiting list", first.id)
    return first


def mark_called_about_place(session: Session, registration_id: int) -> None:
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze inschrijving bestaat niet (meer)."))
    registration.to_call = False


def registrations(session: Session, activity_id: int, include_left: bool = False) -> list[RegistrationRow]:
    """Registered participants by name, then the waiting list in its order."""
    query = (
        select(Registration, Participant)
        .join(Participant, Participant.id == Registration.participant_id)
        .where(Registration.activity_id == activity_id)
    )
    if not include_left:
        query = query.where(Registration.status != LEFT)
    rows = list(session.execute(query))
    registered = sorted((r for r in rows if r[0].status != WAITING), key=lambda r: (r[1].search_name, r[1].id))
    waiting = sorted((r for r in rows if r[0].status == WAITING), key=lambda r: (r[0].registered_on, r[0].id))
    result = []
    for position, (reg, person) in enumerate(registered + waiting):
        place = position - len(registered) + 1 if reg.status == WAITING else None
        result.append(
            RegistrationRow(
                registration_id=reg.id or 0,
                participant_id=person.id or 0,
                name=person.name,
                phone=person.phone,
                status=reg.status,
                registered_on=reg.registered_on,
                to_call=reg.to_call,
                waiting_position=place,
            )
        )
    return result


class ParticipantService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def add(self, data: ParticipantInput, today: date) -> int:
        with self.database.transaction() as session:
            return add_participant(session, data, today).id or 0

    def update(self, participant_id: int, data: ParticipantInput, seen_version: int | None = None) -> None:
        with self.database.transaction() as session:
            update_participant(session, participant_id, data, seen_version)

    def get(self, participant_id: int) -> Participant:
        with self.database.reading() as session:
            return get_participant(session, participant_id)

    def find(self, query: str, limit: int = 50) -> list[Participant]:
        with self.database.reading() as session:
            return find_participants(session, query, limit)

    def register(self, activity_id: int, participant_id: int, today: date) -> str:
        with self.database.transaction() as session:
            return register(session, activity_id, participant_id, today).status

    def leave(self, registration_id: int, today: date) -> int | None:
        """Returns the participant id of whoever moved up from the waiting list."""
        with self.database.transaction() as session:
            moved = leave(session, registration_id, today)
            return moved.participant_id if moved else None

    def mark_called_about_place(self, registration_id: int) -> None:
        with self.database.transaction() as session:
            mark_called_about_place(session, registration_id)

    def registrations(self, activity_id: int) -> list[RegistrationRow]:
        with self.database.reading() as session:
            return registrations(session, activity_id)
