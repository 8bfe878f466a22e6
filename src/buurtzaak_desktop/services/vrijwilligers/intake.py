"""Intake of a new volunteer proposed by another part of the centre (the spreekuur's toeleiding).

A proposed volunteer is a row in the one list of volunteers, on the ladder as "deelnemer" (not yet a volunteer) with
the role they want and no start date: the coordinator meets them and sets the start date and step. The note says
only that they were proposed: where they came from (the spreekuur) is not the Vrijwilligers tab's business.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.models.vrijwilligers import Volunteer, VolunteerRoleLink
from buurtzaak_desktop.services.vrijwilligers.reference import resolve_role
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, get_in, write_volunteer

log = logging.getLogger(__name__)
PROPOSED_STEP = "deelnemer"


def propose_volunteer(session: Session, name: str, role: str, today: date, phone: str = "") -> Volunteer:
    """A new volunteer for the coordinator to meet, with the role they want, inside the caller's transaction."""
    resolve_role(session, role)  # an unknown role is refused before anything is written
    volunteer = write_volunteer(
        session,
        VolunteerData(
            name=name,
            phone=phone,
            ladder_step=PROPOSED_STEP,
            roles=[role],
            notes=f"Voorgesteld als vrijwilliger op {today:%d-%m-%Y} (rol: {role}); nog kennismaken.",
        ),
    )
    log.info("volunteer proposed: id=%s", volunteer.id)
    return volunteer


def add_wanted_role(session: Session, volunteer_id: int, role: str) -> Volunteer:
    """An existing volunteer takes on one more role (kept when they have it already)."""
    volunteer = get_in(session, volunteer_id)
    role_id = resolve_role(session, role)
    known = session.exec(
        select(VolunteerRoleLink).where(
            col(VolunteerRoleLink.volunteer_id) == volunteer_id, col(VolunteerRoleLink.role_id) == role_id
        )
    ).first()
    if known is None:
        session.add(VolunteerRoleLink(volunteer_id=volunteer_id, role_id=role_id))
    log.info("volunteer %s: role %s wanted", volunteer_id, role_id)
    return volunteer
