"""The printable presentielijst of one training session: the enrolled participants with a box to tick and a
column to sign.

The page itself is the Activiteiten area's (``reports.activiteiten.presentielijst``): same header, grid, fonts
(Arabic and Devanagari names shaped) and page decoration; this module only says what goes on it.
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.common import Room
from buurtzaak_desktop.db.models.vrijwilligers import TrainingCourse, TrainingEnrolment, TrainingSession, Volunteer
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound
from buurtzaak_desktop.reports.activiteiten.presentielijst import AttendanceSheet, SheetLine, write_attendance_sheets
from buurtzaak_desktop.services.settings import read_setting


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
    """Write the list; returns the number of participants on it."""
    with database.reading() as session:
        sheet = session_sheet(session, session_id)
        centre = str(read_setting(session, "centre_name"))
    write_attendance_sheets(path, centre, "Presentielijst training", [sheet])
    return len(sheet.lines)
