"""Privacy: a stopped volunteer is archived; after the retention period their personal details are removed.

What stays is an anonymous row ("Oud-vrijwilliger 17") with the hours and allowances, so that year totals and the
populaire begroting do not change. Certificates, POP talks (their notes), roles, shifts and training records go.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlmodel import Session, col, delete, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import (
    PopTalk,
    ShiftAssignment,
    TrainingAttendance,
    TrainingEnrolment,
    Volunteer,
    VolunteerCertificate,
    VolunteerRoleLink,
)
from buurtzaak_desktop.services.settings import read_setting
from buurtzaak_desktop.services.telefooncirkel import circles as telefooncirkel

log = logging.getLogger(__name__)
RETENTION_SETTING = "volunteer_retention_years"
PERSONAL_TABLES = (
    VolunteerCertificate,
    PopTalk,
    VolunteerRoleLink,
    ShiftAssignment,
    TrainingEnrolment,
    TrainingAttendance,
)


def retention_cutoff(today: date, years: int) -> date:
    """Volunteers who stopped before this day are past the retention period (29 February counts as 28)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def anonymise_due(database: Database, today: date) -> int:
    """Anonymise every volunteer who stopped more than the retention period ago; returns how many."""
    with database.transaction() as session:
        years = int(read_setting(session, RETENTION_SETTING, 2))
        due = session.exec(
            select(Volunteer).where(
                Volunteer.status == "gestopt",
                col(Volunteer.anonymised_on).is_(None),
                col(Volunteer.status_date) < retention_cutoff(today, years),
            )
        ).all()
        for volunteer in due:
            anonymise_in(session, volunteer, today)
        if due:
            log.info("volunteers anonymised: count=%s", len(due))
    if due and not database.checkpoint():  # the old pages stay in the file only until that reader is done
        log.warning("volunteer anonymisation: another connection still reads the database")
    return len(due)


def anonymise_in(session: Session, volunteer: Volunteer, today: date) -> None:
    assert volunteer.id is not None
    for table in PERSONAL_TABLES:
        session.exec(delete(table).where(col(table.volunteer_id) == volunteer.id))
    telefooncirkel.forget_volunteer(session, volunteer.id)  # out of the calling order, not a coordinator any more
    volunteer.name = f"Oud-vrijwilliger {volunteer.id}"
    volunteer.email = ""
    volunteer.phone = ""
    volunteer.emergency_contact = ""
    volunteer.languages = ""
    volunteer.availability = 0
    volunteer.notes = ""
    volunteer.staff_function = ""
    volunteer.start_date = None
    volunteer.archived = True
    volunteer.anonymised_on = today
