"""The month pack as plain data: sections of figures and tables, drawn by reports/regiegroep as PDF and xlsx.

Each section comes from one area of the app.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlmodel import Session

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.spreekuur.text import anonymous_count
from buurtzaak_desktop.reports.regiegroep.model import Money, MonthPack, Section, Table, Value
from buurtzaak_desktop.services.settings import read_setting

# The pack's types live with its report (reports/regiegroep/model.py); re-exported here for the section modules.
__all__ = ["Money", "MonthPack", "Section", "Table", "Value", "anonymous_count", "build_month_pack", "write_month_pack"]

SectionBuilder = Callable[[Session, date], Section]


def sections() -> tuple[tuple[str, SectionBuilder], ...]:
    """Each section's title and the function that builds it, in the order of the pack."""
    # Imported here, not at the top: the section modules import this one for Section and Money.
    from buurtzaak_desktop.services.regiegroep import (
        sections_activiteiten,
        sections_begroting,
        sections_rooster,
        sections_spreekuur,
        sections_telefooncirkel,
        sections_vrijwilligers,
        sections_welzijn,
    )

    return (
        ("1. Agenda: bewonersinitiatieven", sections_begroting.agenda),
        ("2. Het fonds bewonersinitiatieven", sections_begroting.fund),
        ("3. Activiteiten", sections_activiteiten.activities),
        ("4. Ruimtegebruik", sections_rooster.room_use),
        ("5. Vrijwilligers", sections_vrijwilligers.volunteers),
        ("6. Spreekuur", sections_spreekuur.spreekuur),
        ("7. Telefooncirkel", sections_telefooncirkel.telefooncirkel),
        ("8. Begroting", sections_begroting.budget),
        ("9. Welzijn op Recept", sections_welzijn.welzijn_op_recept),
    )


def build_month_pack(database: Database, month: date) -> MonthPack:
    with database.reading() as session:
        built = []
        for title, builder in sections():
            section = builder(session, month)
            section.title = title
            built.append(section)
        centre_name = read_setting(session, "centre_name")
    return MonthPack(centre_name=centre_name, month=month, sections=built)


def write_month_pack(database: Database, month: date, pdf: Path, xlsx: Path | None = None) -> MonthPack:
    """Build the month's pack and write it as PDF (and xlsx): what the command line and the app both do."""
    from buurtzaak_desktop.reports.regiegroep.pdf import write_month_pack_pdf
    from buurtzaak_desktop.reports.regiegroep.xlsx import write_month_pack_xlsx

    pack = build_month_pack(database, month)
    write_month_pack_pdf(pack, pdf)
    if xlsx is not None:
        write_month_pack_xlsx(pack, xlsx)
    return pack
