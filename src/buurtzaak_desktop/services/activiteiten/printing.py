"""The week's presentielijsten from the database: which sessions, which names, which phone numbers."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlmodel import Session

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.reports.activiteiten.presentielijst import (
    AttendanceSheet,
    SheetLine,
    write_attendance_sheets,
)
from buurtzaak_desktop.services.activiteiten.sessions import (
    SessionInfo,
    listed_for_period,
    listed_participants,
    sessions_between,
)
from buurtzaak_desktop.services.settings import read_setting


def sheet_for(session: Session, info: SessionInfo) -> AttendanceSheet:
    """A sheet lying on a table shows names only: a phone number only for those who consented."""
    people = [] if info.cancelled else listed_participants(session, info.activity_id, info.day)
    return AttendanceSheet(
        title=info.activity,
        day=info.day,
        start=info.start_time,
        end=info.end_time,
        room=info.room,
        leader=info.leader,
        lines=tuple(SheetLine(p.name, p.phone if p.consent_print_phone else "") for p in people),
        blank_rows=info.walk_in_rows,
        cancelled=info.cancelled,
        cancel_reason=info.cancel_reason,
    )


def sheets_between(session: Session, first: date, end: date) -> list[AttendanceSheet]:
    """All sheets of a period with one query for the names (a week can hold 150+ sessions)."""
    infos = sessions_between(session, first, end)
    lists = listed_for_period(session, {info.activity_id for info in infos}, first, end)
    sheets = []
    for info in infos:
        people = [] if info.cancelled else [p for p in lists.get(info.activity_id, []) if p.on_list(info.day)]
        sheets.append(
            AttendanceSheet(
                title=info.activity,
                day=info.day,
                start=info.start_time,
                end=info.end_time,
                room=info.room,
                leader=info.leader,
                lines=tuple(SheetLine(p.name, p.phone if p.consent_print_phone else "") for p in people),
                blank_rows=info.walk_in_rows,
                cancelled=info.cancelled,
                cancel_reason=info.cancel_reason,
            )
        )
    return sheets


def print_presentielijsten(database: Database, path: Path, first: date, days: int = 7) -> int:
    """Write the lists of ``days`` days from ``first``; returns the number of pages."""
    with database.reading() as session:
        sheets = sheets_between(session, first, first + timedelta(days=days))
        centre = str(read_setting(session, "centre_name"))
    if days == 7:
        iso = first.isocalendar()
        title = f"Presentielijsten week {iso.week} {iso.year}"
    else:
        title = f"Presentielijsten {first.isoformat()}"
    return write_attendance_sheets(path, centre, title, sheets)
