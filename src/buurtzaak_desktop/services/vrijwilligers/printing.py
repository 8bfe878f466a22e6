"""What the Vrijwilligers area prints and exports: read here, drawn by reports/vrijwilligers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.common import Room
from buurtzaak_desktop.db.models.vrijwilligers import TrainingCourse, TrainingEnrolment, TrainingSession, Volunteer
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound
from buurtzaak_desktop.reports.activiteiten.presentielijst import AttendanceSheet, SheetLine
from buurtzaak_desktop.reports.vrijwilligers.presentielijst import write_session_list_pdf
from buurtzaak_desktop.reports.vrijwilligers.weekoverzicht import write_week_overview_pdf
from buurtzaak_desktop.reports.vrijwilligers.xlsx import write_volunteers_xlsx
from buurtzaak_desktop.services.settings import read_setting
from buurtzaak_desktop.services.vrijwilligers.certificates import held_in
from buurtzaak_desktop.services.vrijwilligers.hours import monthly_minutes, rate_cents
from buurtzaak_desktop.services.vrijwilligers.shifts import shifts_in
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_in


def write_week_overview(database: Database, path: Path) -> int:
    """Write the printable overview of the weekly shifts; returns the number of open places."""
    with database.reading() as session:
        shifts = shifts_in(session)
        centre = str(read_setting(session, "centre_name"))
    return write_week_overview_pdf(shifts, centre, path)


def session_sheet(session: Session, session_id: int) -> AttendanceSheet:
    """The sheet of one training session: only the enrolled, not the waiting list; no rows for walk-ins."""
    meeting = session.get(TrainingSession, session_id)
    if meeting is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bijeenkomst bestaat niet (meer)."))
    course = session.get(TrainingCourse, meeting.course_id)
    assert course is not None
    names = session.exec(
        select(Volunteer.name)
        .join(TrainingEnrolment, col(TrainingEnrolment.volunteer_id) == Volunteer.id)
        .where(TrainingEnrolment.course_id == course.id, col(TrainingEnrolment.waiting).is_(False))
        .order_by(Volunteer.name)
    ).all()
    room = session.get(Room, meeting.room_id) if meeting.room_id is not None else None
    return AttendanceSheet(
        title=course.name,
        day=meeting.day,
        start=meeting.start,
        end=meeting.end,
        room=room.name if room else "",
        leader_label="Bijeenkomst",  # the sheet's second detail: which session of the course this is
        leader=f"{meeting.number}" + (f" — {meeting.topic}" if meeting.topic else ""),
        lines=tuple(SheetLine(name) for name in names),
        blank_rows=0,
    )


def write_session_list(database: Database, session_id: int, path: Path) -> int:
    """Write a training session's presentielijst; returns the number of participants on it."""
    with database.reading() as session:
        sheet = session_sheet(session, session_id)
        centre = str(read_setting(session, "centre_name"))
    return write_session_list_pdf(sheet, centre, path)


def export_volunteers(database: Database, path: Path, year: int) -> int:
    """``buurtzaak export vrijwilligers``: write the workbook; returns the number of volunteers listed."""
    with database.reading() as session:
        rows = list_in(session, VolunteerFilter(include_archived=True))
        certificates: dict[int, dict[str, date | None]] = {row.id: held_in(session, row.id) for row in rows}
        minutes = monthly_minutes(session, year)
        rate = rate_cents(session, year)
    return write_volunteers_xlsx(path, year, rows, certificates, minutes, rate)
