"""Who works in the spreekuur: each person opens the tab with a PIN of their own, so visits and the audit log name them.

The people are the active volunteers and staff with the role "spreekuur" (Vrijwilligers), plus the coordinator. The
coordinator's PIN is the spreekuur PIN the tab had before personal PINs (migration 0017 leaves it in place): whoever
knew it still opens the tab, as the coordinator. The coordinator sets or resets anyone's PIN; everyone changes their
own with the current one. All PINs go through services/pins.py and share one count of wrong tries, the tab's: after
five wrong tries the tab waits (longer each time), also after a restart, whichever person was chosen.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import Volunteer, VolunteerRole, VolunteerRoleLink
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation
from buurtzaak_desktop.domain.pin import check_new_pin
from buurtzaak_desktop.services import pins
from buurtzaak_desktop.services.settings import read_setting
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.spreekuur.privacy import PIN_KEY

log = logging.getLogger(__name__)
SPREEKUUR_ROLE = "spreekuur"
COORDINATOR = "Coördinator"
TAB_THROTTLE = PIN_KEY  # the wrong-try count of the former single PIN, so a wait in progress carries over


@dataclass(frozen=True)
class Person:
    volunteer_id: int | None  # None: the coordinator
    name: str
    has_pin: bool

    @property
    def is_coordinator(self) -> bool:
        return self.volunteer_id is None


def pin_key(volunteer_id: int | None) -> str:
    return PIN_KEY if volunteer_id is None else f"spreekuur_person_pin_{volunteer_id}"


def _volunteers(session: Session) -> list[Volunteer]:
    query = (
        select(Volunteer)
        .join(VolunteerRoleLink, col(VolunteerRoleLink.volunteer_id) == Volunteer.id)
        .join(VolunteerRole, col(VolunteerRole.id) == VolunteerRoleLink.role_id)
        .where(
            VolunteerRole.name == SPREEKUUR_ROLE,
            Volunteer.status == "actief",
            col(Volunteer.archived).is_(False),
            col(Volunteer.anonymised_on).is_(None),
        )
        .order_by(Volunteer.name)
    )
    return list(session.exec(query).all())


def _has_pin(session: Session, volunteer_id: int | None) -> bool:
    return bool(read_setting(session, pin_key(volunteer_id), {}))


def people(database: Database) -> list[Person]:
    """The coordinator first, then everyone with the spreekuur role, by name."""
    with database.reading() as session:
        return [Person(None, COORDINATOR, _has_pin(session, None))] + [
            Person(v.id, v.name, _has_pin(session, v.id)) for v in _volunteers(session)
        ]


def _person(session: Session, volunteer_id: int | None) -> Person:
    if volunteer_id is None:
        return Person(None, COORDINATOR, _has_pin(session, None))
    for volunteer in _volunteers(session):
        if volunteer.id == volunteer_id:
            return Person(volunteer.id, volunteer.name, _has_pin(session, volunteer.id))
    raise NotFound(QT_TRANSLATE_NOOP("core", "Deze persoon werkt niet (meer) in het spreekuur."))


def wait_seconds(database: Database) -> int:
    """How long the tab still refuses every PIN after too many wrong tries (0: not waiting)."""
    return pins.wait_seconds(database, TAB_THROTTLE)


def _check(session: Session, person: Person, pin: str) -> bool:
    """One try, counted for the tab; the start of a wait is written in the audit log."""
    result = pins.check_pin_in(session, pin_key(person.volunteer_id), pin, throttle=TAB_THROTTLE)
    if result.pause_started:
        audit(session, person.name, "pin_wacht", None, detail=f"{result.pause_started} s")
    return result.accepted


def unlock(database: Database, volunteer_id: int | None, pin: str) -> Person | None:
    """The person for the right PIN (audited), None for a wrong one; raises PinPaused while the tab waits."""
    with database.transaction() as session:
        person = _person(session, volunteer_id)
        if not person.has_pin:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "{name} heeft nog geen pincode; de coördinator stelt die in."),
                name=person.name,
            )
        if not _check(session, person, pin):
            return None
        audit(session, person.name, "ontgrendeld", None)
    log.info("spreekuur unlocked (person %s)", person.volunteer_id or "coordinator")
    return person


def set_first_pin(database: Database, new_pin: str) -> None:
    """First use: the coordinator sets the coordinator's PIN (refused once there is one)."""
    check_new_pin(new_pin)
    with database.transaction() as session:
        if _has_pin(session, None):
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "Er is al een pincode voor de coördinator."))
        pins.reset_pin_in(session, PIN_KEY, new_pin)
        audit(session, COORDINATOR, "pin_ingesteld", None, detail=COORDINATOR)


def change_own_pin(database: Database, person: Person, current_pin: str, new_pin: str) -> None:
    """Everyone changes their own PIN with the current one; a wrong current PIN counts as a wrong try."""
    check_new_pin(new_pin)
    with database.transaction() as session:
        accepted = _check(session, person, current_pin)
        if accepted:
            pins.reset_pin_in(session, pin_key(person.volunteer_id), new_pin)
            audit(session, person.name, "pin_gewijzigd", None, detail=person.name)
    if not accepted:  # after the commit: the wrong try is counted
        raise RuleViolation(QT_TRANSLATE_NOOP("core", "De huidige pincode klopt niet; de pincode is niet gewijzigd."))


def reset_pin(database: Database, coordinator: Person, volunteer_id: int, new_pin: str) -> None:
    """The coordinator sets or resets someone's PIN, without the old one; audited with whose PIN it was."""
    if not coordinator.is_coordinator:
        raise RuleViolation(QT_TRANSLATE_NOOP("core", "Alleen de coördinator stelt pincodes van anderen in."))
    check_new_pin(new_pin)
    with database.transaction() as session:
        person = _person(session, volunteer_id)
        pins.reset_pin_in(session, pin_key(volunteer_id), new_pin)
        audit(session, coordinator.name, "pin_gereset" if person.has_pin else "pin_ingesteld", None, person.name)
    log.info("spreekuur PIN of person %s set by the coordinator", volunteer_id)
