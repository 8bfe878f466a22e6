"""Month-pack section from the Spreekuur: anonymous counts only.

The pack goes to residents on the regiegroep, so no name, note or date of a visit is in it, and every count of
residents from 1 to 4 is shown as "<5": in a small neighbourhood a "1" next to a theme can name someone.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlmodel import Session

from buurtzaak_desktop.domain.dates import month_end
from buurtzaak_desktop.domain.spreekuur.flows import REFERRAL_ENDS, REFERRAL_LABELS, REFERRAL_STEPS
from buurtzaak_desktop.services.regiegroep.pack import Section, Table, Value, anonymous_count
from buurtzaak_desktop.services.spreekuur.figures import compute

SMALL_COUNT_NOTE = (
    "Aantallen van 1 tot en met 4 staan er als <5, zodat geen bewoner herkenbaar is. Unieke bewoners: met naam "
    "geregistreerd, ieder één keer geteld, van wie nieuw: voor het eerst op het spreekuur. Nieuwe anonieme "
    "bezoekers worden apart geteld."
)


def spreekuur(session: Session, month: date) -> Section:
    figures = compute(session, month, month_end(month) - timedelta(days=1))
    per_partner: Counter[str] = Counter()
    per_status: Counter[str] = Counter()
    for (partner, status), count in figures.per_partner.items():
        per_partner[partner] += count
        per_status[status] += count
    themes: list[list[Value]] = [[label, anonymous_count(n)] for label, n in figures.per_theme.items() if n]
    partners: list[list[Value]] = [[name, anonymous_count(per_partner[name])] for name in sorted(per_partner)]
    statuses: list[list[Value]] = [
        [REFERRAL_LABELS[status], anonymous_count(per_status[status])]
        for status in (*REFERRAL_STEPS, *REFERRAL_ENDS)
        if per_status[status]
    ]
    return Section(
        title="",
        note=SMALL_COUNT_NOTE + ("" if figures.visits else " Deze maand zijn er geen spreekuurbezoeken geregistreerd."),
        figures=[
            ("Bezoeken", anonymous_count(figures.visits)),
            ("Unieke bewoners", anonymous_count(figures.unique_residents)),
            ("Nieuwe bewoners", anonymous_count(figures.new_residents)),
            ("Anonieme bezoeken", anonymous_count(figures.anonymous_visits)),
            ("Nieuwe anonieme bezoekers", anonymous_count(figures.new_anonymous)),
            ("Trajecten gestart", anonymous_count(figures.trajecten_opened)),
            ("Trajecten afgesloten", anonymous_count(figures.trajecten_closed)),
            ("Afspraken gepland (naast de bezoeken)", anonymous_count(figures.appointments_planned)),
            ("Afspraken gehouden", anonymous_count(figures.appointments_held)),
            ("Afspraken: niet verschenen", anonymous_count(figures.appointments_not_shown)),
        ],
        tables=[
            Table("Thema's", ["Thema", "Bezoeken"], themes),
            Table("Doorverwijzingen per partner", ["Partner", "Doorverwezen"], partners),
            Table("Stand van de doorverwijzingen van deze maand", ["Status", "Aantal"], statuses),
        ],
    )
