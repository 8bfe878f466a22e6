"""Everything the Begroting export shows for one year, gathered in one read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.reports.begroting.model import BegrotingExport
from buurtzaak_desktop.reports.begroting.workbook import write_workbook
from buurtzaak_desktop.services.begroting.budget import summary_in
from buurtzaak_desktop.services.begroting.initiatives import fund_status_in, initiatives_in
from buurtzaak_desktop.services.begroting.populair import popular_budget_in
from buurtzaak_desktop.services.settings import read_setting

__all__ = ["BegrotingExport", "export_year", "gather"]  # BegrotingExport lives with its report


def gather(database: Database, year: int, as_of: date | None = None) -> BegrotingExport:
    with database.reading() as session:
        return BegrotingExport(
            centre_name=str(read_setting(session, "centre_name")),
            summary=summary_in(session, year, as_of or now_local().date()),
            popular=popular_budget_in(session, year),
            initiatives=initiatives_in(session, year),
            fund=fund_status_in(session, year),
        )


def export_year(database: Database, year: int, out: Path, as_of: date | None = None) -> BegrotingExport:
    """Writes the year's workbook to ``out`` and returns the figures it holds."""
    data = gather(database, year, as_of)
    write_workbook(data, out)
    return data
