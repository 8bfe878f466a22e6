"""Month-pack section from Welzijn op Recept: the year to the month's end against its targets, per arrangement and
per verwijzer type; never a name or a note. Counts from 1 to 4 are shown as "<5", as in the spreekuur section."""

from __future__ import annotations

import calendar
from datetime import date

from sqlmodel import Session

from buurtzaak_desktop.domain.welzijn import ARRANGEMENTS, REFERRER_KINDS
from buurtzaak_desktop.services.regiegroep.pack import Section, Table, Value, anonymous_count
from buurtzaak_desktop.services.welzijn.figures import year_figures_in

NOTE = (
    "Deelnemers die dit jaar tot en met deze maand zijn verwezen, met de uitkomst na drie maanden zoals die aan het "
    "eind van de maand bekend was. Structureel: neemt structureel deel aan een activiteit of werd vrijwilliger. "
    "Aantallen van 1 tot en met 4 staan er als <5."
)


def welzijn_op_recept(session: Session, month: date) -> Section:
    end = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    figures = year_figures_in(session, month.year, until=end)
    arrangements: list[list[Value]] = [
        [label, anonymous_count(figures.per_arrangement.get(code, 0))] for code, label in ARRANGEMENTS.items()
    ]
    kinds: list[list[Value]] = [
        [label, anonymous_count(figures.per_referrer_kind.get(code, 0))] for code, label in REFERRER_KINDS.items()
    ]
    return Section(
        title="",
        note=NOTE + ("" if figures.participants else " Dit jaar zijn er nog geen deelnemers verwezen."),
        figures=[
            ("Deelnemers dit jaar", anonymous_count(figures.participants)),
            ("Doel deelnemers", figures.target_participants),
            ("Structureel", anonymous_count(figures.structural)),
            ("Doel structureel", figures.target_structural),
            ("Werd vrijwilliger", anonymous_count(figures.volunteers)),
            ("Gestopt", anonymous_count(figures.stopped)),
            ("Nog in begeleiding", anonymous_count(figures.running)),
        ],
        tables=[
            Table("Per arrangement", ["Arrangement", "Deelnemers"], arrangements),
            Table("Per soort verwijzer", ["Verwijzer", "Deelnemers"], kinds),
        ],
    )
