"""Demo data for the petty cash (kleine kas): a year of monthly top-ups and receipts in categories A–F, every
month but the last signed off by the coordinator (large scale: ten years). One month got an extra top-up for a
festival, so the tab shows its warning above the € 250 a month."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from buurtzaak_desktop.db.models.begroting import KasClosing, KasEntry
from buurtzaak_desktop.domain.begroting.kas import RECEIPT, TOPUP
from buurtzaak_desktop.domain.dates import month_end
from buurtzaak_desktop.services.demo import DemoContext, insert_rows

TOPUP_CENTS = 25_000
# (category, description, usual amount in euros)
PURCHASES = [
    ("A", "Koffie en thee", 28),
    ("A", "Melk en suiker", 9),
    ("B", "Broodjes vrijwilligersoverleg", 45),
    ("B", "Fruit en koekjes inloop", 18),
    ("C", "Parkeren training Vrijwilligers Academie", 12),
    ("C", "OV-kaart uitje senioren", 24),
    ("D", "Toiletpapier en handzeep", 22),
    ("D", "Afwasmiddel en sponzen", 8),
    ("E", "Postzegels", 14),
    ("E", "Printerinkt", 35),
    ("F", "Knutselmateriaal kinderactiviteit", 27),
    ("F", "Zaden en potgrond moestuin", 19),
]
COORDINATOR = "Fatima el Amrani (coördinator)"


def generate(demo: DemoContext) -> dict[str, int]:
    rng, today = demo.rng, demo.today
    first_month = _months_back(today.replace(day=1), 12 * demo.years)
    entries: list[dict[str, Any]] = []
    closings: list[dict[str, Any]] = []
    receipt_number = 1
    month = first_month
    while month <= today:
        own: list[dict[str, Any]] = [_row(month, TOPUP, "", "Aanvulling van de bank", TOPUP_CENTS, "")]
        if month.month == 7:  # Keti Koti: an extra top-up, more than the € 250 a month
            own.append(_row(month + timedelta(days=14), TOPUP, "", "Extra aanvulling Keti Koti", 5_000, ""))
        budget = TOPUP_CENTS + sum(row["amount_cents"] for row in own[1:])
        spent = 0
        for _ in range(rng.randint(5, 9)):
            category, description, euros = rng.choice(PURCHASES)
            cents = round(euros * rng.uniform(0.7, 1.3) * 100)
            day = month + timedelta(days=rng.randint(1, 27))
            if spent + cents > budget * 0.95 or day > today:
                continue
            spent += cents
            own.append(_row(day, RECEIPT, category, description, cents, f"{month.year}-{receipt_number:04d}"))
            receipt_number += 1
        entries += own
        last_month = today.replace(day=1) - timedelta(days=1)
        if month_end(month) <= last_month.replace(day=1):  # signed off; last month is still open
            closings.append(
                dict(
                    month=month,
                    signed_by=COORDINATOR,
                    signed_on=month_end(month) + timedelta(days=2),
                    entry_count=len(own),
                    topup_cents=sum(r["amount_cents"] for r in own if r["kind"] == TOPUP),
                    spent_cents=sum(r["amount_cents"] for r in own if r["kind"] == RECEIPT),
                )
            )
        month = month_end(month)
    insert_rows(demo.session, KasEntry, entries)
    if closings:
        insert_rows(demo.session, KasClosing, closings)
    return {"kasboekingen": len(entries), "afgesloten kasmaanden": len(closings)}


def _months_back(first: date, months: int) -> date:
    year, month = divmod(first.year * 12 + first.month - 1 - months, 12)
    return date(year, month + 1, 1)


def _row(day: date, kind: str, category: str, description: str, cents: int, receipt: str) -> dict[str, Any]:
    return dict(day=day, kind=kind, category=category, description=description, amount_cents=cents, receipt=receipt)
