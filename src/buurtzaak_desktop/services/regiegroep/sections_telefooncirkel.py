"""Month-pack section from the Telefooncirkel: rounds held, stalls and how they ended; never a name.

Stall counts are about a few elderly people, so counts from 1 to 4 are shown as "<5", as in the spreekuur section.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from buurtzaak_desktop.domain.telefooncirkel import FINDINGS, OPEN
from buurtzaak_desktop.services.regiegroep.pack import Section, Table, Value, anonymous_count
from buurtzaak_desktop.services.telefooncirkel.rounds import month_figures_in

NOTE = (
    "Belrondes van alle telefooncirkels samen. Een gestokte belronde: iemand nam niet op en de coördinator ging na "
    "wat er aan de hand was. Aantallen van 1 tot en met 4 staan er als <5."
)


def telefooncirkel(session: Session, month: date) -> Section:
    figures = month_figures_in(session, month)
    endings: list[list[Value]] = [
        [FINDINGS.get(code, OPEN), anonymous_count(count)] for code, count in figures.endings.items()
    ]
    return Section(
        title="",
        note=NOTE + ("" if figures.rounds else " Deze maand zijn er geen belrondes vastgelegd."),
        figures=[
            ("Belrondes", figures.rounds),
            ("Rond gekomen", figures.completed),
            ("Gestokt", anonymous_count(figures.stalled)),
        ],
        tables=[Table("Hoe de gestokte belrondes afliepen", ["Afloop", "Aantal"], endings)],
    )
