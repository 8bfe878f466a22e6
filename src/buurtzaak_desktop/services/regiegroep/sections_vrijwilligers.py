"""Month-pack section from the Vrijwilligers area: who is active, the hours and their value, certificates.

Certificates are counted per type, not listed by name: the pack goes to residents on the regiegroep.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlmodel import Session, col, func, select

from buurtzaak_desktop.db.models.vrijwilligers import Volunteer
from buurtzaak_desktop.domain.dates import month_end
from buurtzaak_desktop.domain.vrijwilligers.certificates import CertificateState
from buurtzaak_desktop.domain.vrijwilligers.hours import hours_value_cents
from buurtzaak_desktop.services.regiegroep.pack import Money, Section, Table, Value
from buurtzaak_desktop.services.vrijwilligers.certificates import expiring_in
from buurtzaak_desktop.services.vrijwilligers.hours import rate_cents, total_minutes


def hours_text(minutes: int) -> str:
    """Minutes as Dutch hours with one decimal: 7530 -> '125,5'."""
    tenths = (minutes * 10 + 30) // 60
    return f"{tenths // 10:,}".replace(",", ".") + f",{tenths % 10}"


def volunteers(session: Session, month: date) -> Section:
    end = month_end(month)
    last_day = end - timedelta(days=1)
    # active on the month's last day, as far as the file knows: begun by then, and active now or changed later
    active = session.exec(
        select(func.count())
        .select_from(Volunteer)
        .where(
            col(Volunteer.is_staff).is_(False),
            col(Volunteer.start_date).is_(None) | (col(Volunteer.start_date) <= last_day),
            (col(Volunteer.status) == "actief") | (col(Volunteer.status_date) > last_day),
        )
    ).one()
    month_minutes = total_minutes(session, month, end)
    year_minutes = total_minutes(session, date(month.year, 1, 1), end)
    rate = rate_cents(session, month.year)
    flagged = Counter((row.certificate, row.state) for row in expiring_in(session, last_day, as_it_stood=True))
    kinds = sorted({kind for kind, _ in flagged})
    rows: list[list[Value]] = [
        [kind, flagged[(kind, CertificateState.EXPIRED)], flagged[(kind, CertificateState.EXPIRING)]] for kind in kinds
    ]
    return Section(
        title="",
        figures=[
            ("Actieve vrijwilligers", int(active)),
            ("Uren deze maand", hours_text(month_minutes)),
            ("Waarde van de uren deze maand", Money(hours_value_cents(month_minutes, rate))),
            (f"Uren {month.year} tot en met deze maand", hours_text(year_minutes)),
            (f"Waarde van de uren {month.year}", Money(hours_value_cents(year_minutes, rate))),
            ("Uurtarief (minimumloon)", Money(rate)),
        ],
        tables=[
            Table(f"Certificaten op {last_day:%d-%m-%Y}", ["Certificaat", "Verlopen", "Verloopt binnen 60 dagen"], rows)
        ],
    )
