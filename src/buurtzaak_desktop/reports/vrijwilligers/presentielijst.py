"""The printable presentielijst of one training session: the enrolled participants with a box to tick and a
column to sign.

The page itself is the Activiteiten area's (``reports.activiteiten.presentielijst``): same header, grid, fonts
(Arabic and Devanagari names shaped) and page decoration; services/vrijwilligers/printing.py says what goes on it.
"""

from __future__ import annotations

from pathlib import Path

from buurtzaak_desktop.reports.activiteiten.presentielijst import AttendanceSheet, write_attendance_sheets


def write_session_list_pdf(sheet: AttendanceSheet, centre: str, path: Path) -> int:
    """Write the list; returns the number of participants on it."""
    write_attendance_sheets(path, centre, "Presentielijst training", [sheet])
    return len(sheet.lines)
