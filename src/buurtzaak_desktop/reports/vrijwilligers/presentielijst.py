"""A printable presentielijst for one training session: the enrolled participants with a column to sign.

Minimal on purpose: the Activiteiten area's attendance lists will offer the shared layout; this one uses only
``reports.pdf``'s document, fonts and styles.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlmodel import col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.vrijwilligers import TrainingCourse, TrainingEnrolment, TrainingSession, Volunteer
from buurtzaak_desktop.domain.dates import format_date
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound
from buurtzaak_desktop.reports.pdf import FONT, FONT_BOLD, CentreDocument, styles
from buurtzaak_desktop.services.settings import read_setting


def write_session_list(database: Database, session_id: int, path: Path) -> int:
    """Write the list; returns the number of participants on it."""
    with database.reading() as session:
        meeting = session.get(TrainingSession, session_id)
        if meeting is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bijeenkomst bestaat niet (meer)."))
        course = session.get(TrainingCourse, meeting.course_id)
        assert course is not None
        names = list(
            session.exec(
                select(Volunteer.name)
                .join(TrainingEnrolment, col(TrainingEnrolment.volunteer_id) == Volunteer.id)
                .where(TrainingEnrolment.course_id == course.id, col(TrainingEnrolment.waiting).is_(False))
                .order_by(Volunteer.name)
            )
        )
        centre = str(read_setting(session, "centre_name"))
    style = styles()
    title = f"Presentielijst {course.name}"
    when = f"{format_date(meeting.day)}, {meeting.start:%H:%M}–{meeting.end:%H:%M}"
    topic = f"Bijeenkomst {meeting.number}" + (f": {meeting.topic}" if meeting.topic else "")
    rows = [["", "Naam", "Handtekening"]] + [[str(n), name, ""] for n, name in enumerate(names, start=1)]
    grid = Table(rows, colWidths=[10 * mm, 90 * mm, 70 * mm], rowHeights=[7 * mm] + [10 * mm] * len(names))
    grid.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 10),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story = [
        Paragraph(title, style["title"]),
        Paragraph(topic, style["heading"]),
        Paragraph(when, style["body"]),
        Spacer(1, 6 * mm),
        grid,
        Spacer(1, 6 * mm),
        Paragraph(f"{len(names)} deelnemers ingeschreven. Bij het certificaat telt de aanwezigheid.", style["small"]),
    ]
    CentreDocument(path, centre, title).write(story)
    return len(names)
