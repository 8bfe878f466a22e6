"""The lists and settings Welzijn op Recept keeps: verwijzers, which activities make an arrangement, the bondgenoot
role and its training, follow-up weeks, the maximum per bondgenoot and the year's targets."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.activiteiten import ENDED, Activity
from buurtzaak_desktop.db.models.vrijwilligers import CertificateType, RoleCertificate, VolunteerRole
from buurtzaak_desktop.db.models.welzijn import WorArrangementActivity, WorReferrer
from buurtzaak_desktop.domain import welzijn
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.services.activiteiten.participants import free_places_in
from buurtzaak_desktop.services.settings import read_setting, write_setting

log = logging.getLogger(__name__)
WEEKS_KEY = "wor_contact_weeks"
MAX_KEY = "wor_max_per_bondgenoot"
TARGET_KEY = "wor_target_participants"
TARGET_STRUCTURAL_KEY = "wor_target_structural"


@dataclass(frozen=True)
class ReferrerRow:
    id: int
    name: str
    kind: str
    active: bool


@dataclass(frozen=True)
class WorSettings:
    weeks: tuple[int, ...]
    max_per_bondgenoot: int
    target_participants: int
    target_structural: int


# --- verwijzers ---------------------------------------------------------------------------------------------------


def save_referrer(database: Database, name: str, kind: str, referrer_id: int | None = None, active: bool = True) -> int:
    """Add a verwijzer (referrer_id None) or change one."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul de naam van de verwijzer in."), field="naam")
    if kind not in welzijn.REFERRER_KINDS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies het soort verwijzer uit de lijst."), field="soort")
    with database.transaction() as session:
        taken = session.exec(
            select(WorReferrer.id).where(WorReferrer.name == cleaned, WorReferrer.id != referrer_id)
        ).first()
        if taken is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "Er is al een verwijzer met de naam {name}."), name=cleaned)
        referrer = (
            WorReferrer(name=cleaned, kind=kind) if referrer_id is None else session.get(WorReferrer, referrer_id)
        )
        if referrer is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze verwijzer bestaat niet (meer)."))
        referrer.name, referrer.kind, referrer.active = cleaned, kind, active
        session.add(referrer)
        session.flush()
        log.info("wor referrer %s saved", referrer.id)
        return referrer.id or 0


def list_referrers(database: Database, active_only: bool = False) -> list[ReferrerRow]:
    with database.reading() as session:
        query = select(WorReferrer).order_by(col(WorReferrer.name))
        if active_only:
            query = query.where(col(WorReferrer.active).is_(True))
        return [ReferrerRow(r.id or 0, r.name, r.kind, r.active) for r in session.exec(query)]


# --- arrangements -------------------------------------------------------------------------------------------------


def arrangement_activities(database: Database) -> dict[str, list[tuple[int, str]]]:
    """Each arrangement's activities (id, name), by name; every arrangement is a key, also an empty one."""
    with database.reading() as session:
        return arrangement_activities_in(session)


def arrangement_activities_in(session: Session) -> dict[str, list[tuple[int, str]]]:
    result: dict[str, list[tuple[int, str]]] = {code: [] for code in welzijn.ARRANGEMENTS}
    rows = session.exec(
        select(WorArrangementActivity.arrangement, Activity.id, Activity.name)
        .join(Activity, col(Activity.id) == WorArrangementActivity.activity_id)
        .order_by(col(Activity.name))
    ).all()
    for code, activity_id, name in rows:
        result.setdefault(code, []).append((activity_id or 0, name))
    return result


def free_places(database: Database) -> dict[int, int | None]:
    """Each activity's free places (0: full, a new registration goes on the waiting list; None: no maximum)."""
    with database.reading() as session:
        return free_places_in(session)


def set_arrangement_activities(database: Database, arrangement: str, activity_ids: list[int]) -> None:
    """The activities that make up ``arrangement`` from now on (participants already registered keep theirs)."""
    with database.transaction() as session:
        set_arrangement_activities_in(session, arrangement, activity_ids)


def set_arrangement_activities_in(session: Session, arrangement: str, activity_ids: list[int]) -> None:
    if arrangement not in welzijn.ARRANGEMENTS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies een arrangement uit de lijst."), field="arrangement")
    for activity_id in activity_ids:
        if session.get(Activity, activity_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze activiteit bestaat niet (meer)."))
    session.exec(delete(WorArrangementActivity).where(col(WorArrangementActivity.arrangement) == arrangement))
    session.add_all(WorArrangementActivity(arrangement=arrangement, activity_id=a) for a in dict.fromkeys(activity_ids))
    session.flush()


def apply_default_arrangements(session: Session) -> int:
    """Fill every empty arrangement with the programme's activities named in the defaults (matched by the start of
    the name, "Zumba" finds "Zumba (Surinaamse vrouwen)"); returns how many links were made."""
    current = arrangement_activities_in(session)
    activities = session.exec(select(Activity.id, Activity.name).where(Activity.status != ENDED)).all()
    made = 0
    for code, names in welzijn.DEFAULT_ARRANGEMENT_ACTIVITIES.items():
        if current.get(code):
            continue
        wanted = [i or 0 for i, n in activities if any(n.lower().startswith(x.lower()) for x in names)]
        set_arrangement_activities_in(session, code, wanted)
        made += len(set(wanted))
    return made


# --- the bondgenoot role and its training (Vrijwilligers' reference data, added when missing) -----------------------


def ensure_bondgenoot_reference(session: Session) -> None:
    """The role "bondgenoot" requiring the certificate "Training bondgenoot": added to the Vrijwilligers' roles and
    certificate types when missing, so that a file from before gets them too; an existing one is left as it is."""
    kind = session.exec(select(CertificateType).where(CertificateType.name == welzijn.BONDGENOOT_CERTIFICATE)).first()
    if kind is None:
        kind = CertificateType(name=welzijn.BONDGENOOT_CERTIFICATE, description=welzijn.BONDGENOOT_CERTIFICATE_TEXT)
        session.add(kind)
    role = session.exec(select(VolunteerRole).where(VolunteerRole.name == welzijn.BONDGENOOT_ROLE)).first()
    if role is None:
        role = VolunteerRole(name=welzijn.BONDGENOOT_ROLE)
        session.add(role)
        session.flush()
        session.add(RoleCertificate(role_id=role.id or 0, certificate_type_id=kind.id or 0))
    session.flush()


# --- settings -----------------------------------------------------------------------------------------------------


def settings_in(session: Session) -> WorSettings:
    return WorSettings(
        weeks=tuple(read_setting(session, WEEKS_KEY, list(welzijn.FOLLOW_UP_WEEKS))),
        max_per_bondgenoot=int(read_setting(session, MAX_KEY, welzijn.MAX_PER_BONDGENOOT)),
        target_participants=int(read_setting(session, TARGET_KEY, welzijn.TARGET_PARTICIPANTS)),
        target_structural=int(read_setting(session, TARGET_STRUCTURAL_KEY, welzijn.TARGET_STRUCTURAL)),
    )


def read_settings(database: Database) -> WorSettings:
    with database.reading() as session:
        return settings_in(session)


def save_settings(database: Database, settings: WorSettings) -> None:
    if not settings.weeks or min(settings.weeks) < 1 or max(settings.weeks) > 52:
        raise InputError(QT_TRANSLATE_NOOP("core", "Contactmomenten liggen tussen 1 en 52 weken na de start."))
    if settings.max_per_bondgenoot < 1:
        raise InputError(QT_TRANSLATE_NOOP("core", "Een bondgenoot begeleidt minstens 1 deelnemer."))
    if settings.target_participants < 0 or not 0 <= settings.target_structural <= settings.target_participants:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Het doel voor structurele deelname ligt tussen 0 en het aantal deelnemers.")
        )
    with database.transaction() as session:
        write_setting(session, WEEKS_KEY, sorted(set(settings.weeks)))
        write_setting(session, MAX_KEY, settings.max_per_bondgenoot)
        write_setting(session, TARGET_KEY, settings.target_participants)
        write_setting(session, TARGET_STRUCTURAL_KEY, settings.target_structural)


def programme_activities(database: Database) -> list[tuple[int, str]]:
    """The programme's activities that have not ended (id, name), to put in an arrangement."""
    with database.reading() as session:
        rows = session.exec(
            select(Activity.id, Activity.name).where(Activity.status != ENDED).order_by(col(Activity.name))
        ).all()
        return [(i or 0, n) for i, n in rows]
