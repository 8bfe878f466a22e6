"""Demo data for the Begroting tab: De Buurtzaak's year budget with its actuals so far, hours given in kind,
and 90–120 bewonersinitiatieven a year in every status (DOMAIN.md §5–6).

Small scale: last year (complete) and this year (actuals up to today). Large scale: ten years, ~1,000
initiatives, written with bulk inserts.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from buurtzaak_desktop.db.models.begroting import (
    BudgetActual,
    BudgetLine,
    InitiativeCostLine,
    InitiativePayment,
    InKindHours,
)
from buurtzaak_desktop.db.models.begroting import Initiative as InitiativeRow
from buurtzaak_desktop.domain.begroting import initiatives as rules
from buurtzaak_desktop.domain.dates import MONTH_NAMES
from buurtzaak_desktop.services.begroting.sources import HANDGELD, INITIATIVES, ROOM_RENT, VERGOEDING, provider
from buurtzaak_desktop.services.begroting.yearsettings import FUND_KEY, HOUR_RATE_KEY, write_per_year
from buurtzaak_desktop.services.demo import DemoContext, insert_rows
from buurtzaak_desktop.services.demo.names import person_name

# (kind, category, post, budget in euros this year, how it comes in: monthly, quarterly or twice a year)
BUDGET = [
    ("baten", "Gemeente / stadsdeel", "Subsidie Huis van de Wijk (stadsdeel Nieuw-West)", 285_000, "quarterly"),
    ("baten", "Gemeente / stadsdeel", "Budget bewonersinitiatieven", 60_000, "quarterly"),
    ("baten", "Fondsen", "Oranje Fonds", 25_000, "twice"),
    ("baten", "Fondsen", "Kansfonds", 15_000, "twice"),
    ("baten", "Fondsen", "VSBfonds", 10_000, "twice"),
    ("baten", "Woningcorporaties", "Stadgenoot", 12_000, "twice"),
    ("baten", "Woningcorporaties", "Ymere", 8_000, "twice"),
    ("baten", "Eigen inkomsten", "Zaalhuur", 18_000, "monthly"),
    ("baten", "Eigen inkomsten", "Bijdragen deelnemers", 6_500, "monthly"),
    ("baten", "Eigen inkomsten", "Buurtmaaltijden", 4_500, "monthly"),
    ("lasten", "Personeel", "Coördinatie", 78_000, "monthly"),
    ("lasten", "Personeel", "Beheer en leermeester", 62_000, "monthly"),
    ("lasten", "Personeel", "Community builder", 54_750, "monthly"),
    ("lasten", "Personeel", "Backoffice", 32_000, "monthly"),
    ("lasten", "Personeel", "Coaching vrijwilligers", 12_000, "monthly"),
    ("lasten", "Huisvesting", "Huur", 48_000, "monthly"),
    ("lasten", "Huisvesting", "Gas, water en licht", 21_000, "monthly"),
    ("lasten", "Huisvesting", "Schoonmaak", 9_500, "monthly"),
    ("lasten", "Communicatie", "Drukwerk, website en nieuwsbrief", 5_500, "monthly"),
    ("lasten", "Training", "Vrijwilligers Academie", 7_500, "twice"),
    ("lasten", "Training", "Deskundigheidstrainingen", 4_000, "quarterly"),
    ("lasten", "Inventaris", "Inventaris en apparatuur", 6_000, "twice"),
    ("lasten", "Handgeld", "Handgeld (kleine kas)", 3_000, "monthly"),
    ("lasten", "Vrijwilligers", "Vrijwilligersvergoedingen", 21_000, "monthly"),
    ("lasten", "Activiteiten", "Programma en materialen", 14_000, "monthly"),
    ("lasten", "Activiteiten", "Bewonersinitiatieven (fonds)", 60_000, "monthly"),
    ("lasten", "Activiteiten", "Buurtmaaltijden en feesten", 5_750, "quarterly"),
]
# Lines whose actuals flow in from another tab once that tab offers them (services/begroting/sources.py).
LINKED = {
    "Zaalhuur": ROOM_RENT,
    "Handgeld (kleine kas)": HANDGELD,
    "Vrijwilligersvergoedingen": VERGOEDING,
    "Bewonersinitiatieven (fonds)": INITIATIVES,
}
FUND_EUROS = 60_000
HOUR_RATE_CENTS = 1_440  # this year's minimum wage per hour, as a demo value
GROWTH = 0.97  # each year back costs about 3% less

IDEAS = [
    "Taalcafé",
    "Naailessen voor beginners",
    "Zwemles voor vrouwen",
    "Kinderfeest",
    "Buurtbarbecue",
    "Workshop moestuinieren",
    "Iftar voor de buurt",
    "Keti Koti-viering",
    "Internationale Vrouwendag",
    "Schaakclub",
    "Huiswerkbegeleiding",
    "Wandelgroep senioren",
    "Fietsles voor vrouwen",
    "Repair Café",
    "Buurtschoonmaak",
    "Filmavond",
    "Seniorenmiddag",
    "Muziekles voor kinderen",
    "Sinterklaasfeest",
    "Kookworkshop wereldkeuken",
    "Yoga in het park",
    "Voorleesmiddag",
    "Computerhulp voor ouderen",
    "Dansles voor tieners",
    "Verhalenavond",
    "Boekenruil",
    "Buurtkoor",
    "Suikerfeest",
    "Diwali-avond",
    "Speeltuinmiddag",
]
GROUPS = [
    "Buurtmoeders Slotervaart",
    "Vrouwen van Noord",
    "Stichting Samen Sterk",
    "Bewonerscommissie Pieter Calandlaan",
    "Jongeren van de Wijk",
    "Seniorenclub De Horizon",
    "Surinaamse Vrouwen Nieuw-West",
    "Turkse Ouderen Vereniging",
    "Hindoestaanse Cultuurgroep",
    "",
]
COST_ITEMS = ["Boodschappen", "Materialen", "Zaalhuur", "Drukwerk", "Vrijwilligersbedankje", "Huur geluid", "Vervoer"]
REASONS = {
    rules.GRANTED: ["Door en voor bewoners; bereikt nieuwe groepen.", "Verbindt actieve en minder actieve bewoners."],
    rules.REJECTED: ["Commercieel doel.", "Valt buiten de criteria: niet voor de buurt.", "Fonds is uitgeput."],
    rules.ON_HOLD: ["Begroting onduidelijk: graag een nieuwe begroting.", "Meer uitleg over de doelgroep nodig."],
}


def generate(demo: DemoContext) -> dict[str, int]:
    last = demo.today.year
    years = range(last - (demo.years if demo.scale == "large" else 2) + 1, last + 1)
    counts = {"begrotingsposten": 0, "realisatieboekingen": 0, "bewonersinitiatieven": 0}
    for year in years:
        factor = GROWTH ** (last - year)
        write_per_year(demo.session, FUND_KEY, year, round(FUND_EUROS * factor) * 100)
        write_per_year(demo.session, HOUR_RATE_KEY, year, round(HOUR_RATE_CENTS * factor))
        lines, actuals = _budget(demo, year, factor)
        counts["begrotingsposten"] += lines
        counts["realisatieboekingen"] += actuals
        _hours(demo, year)
        counts["bewonersinitiatieven"] += _initiatives(demo, year, round(FUND_EUROS * factor) * 100)
    return counts


def _months_done(year: int, today: date) -> list[date]:
    """The 25th of every month whose bookings are in by today."""
    days = [date(year, month, 25) for month in range(1, 13)]
    return [day for day in days if day <= today]


def _budget(demo: DemoContext, year: int, factor: float) -> tuple[int, int]:
    rng, session = demo.rng, demo.session
    first_id = _next_id(session, BudgetLine)
    lines, actuals = [], []
    for position, (kind, category, name, euros, rhythm) in enumerate(BUDGET, start=1):
        budget = round(euros * factor) * 100
        if year == demo.today.year and name == "Schoonmaak":
            budget += 125_000  # this year the cleaning contract went up: the budget is € 1.250 short
        line_id = first_id + position - 1
        source = LINKED.get(name, "")
        lines.append(
            dict(
                id=line_id,
                year=year,
                kind=kind,
                category=category,
                name=name,
                budget_cents=budget,
                position=position,
                source=source,
            )
        )
        if source and provider(source) is not None:
            continue  # the other tab's figures flow in: typing them here too would count them twice
        for day, share in _instalments(rhythm, year, demo.today):
            amount = round(budget * share * rng.uniform(0.85, 1.15))
            label = f"{name} {MONTH_NAMES[day.month - 1]}"
            actuals.append(dict(line_id=line_id, day=day, description=label, amount_cents=amount))
    insert_rows(session, BudgetLine, lines)
    if actuals:
        insert_rows(session, BudgetActual, actuals)
    return len(lines), len(actuals)


def _instalments(rhythm: str, year: int, today: date) -> list[tuple[date, float]]:
    months = {"monthly": range(1, 13), "quarterly": (1, 4, 7, 10), "twice": (3, 9)}[rhythm]
    share = 1 / len(months)
    return [(date(year, month, 25), share) for month in months if date(year, month, 25) <= today]


def _hours(demo: DemoContext, year: int) -> None:
    """Hours given in kind by partners; the volunteers' hours are the Vrijwilligers tab's."""
    rows: list[dict[str, Any]] = [
        dict(year=year, kind="in_natura", description="Opbouwwerker Combiwel", hours_centi=20_000, rate_cents=4_500),
        dict(
            year=year, kind="in_natura", description="Gebiedsmakelaar stadsdeel", hours_centi=12_000, rate_cents=5_500
        ),
    ]
    insert_rows(demo.session, InKindHours, rows)


def _next_id(session: Session, table: Any) -> int:
    return int(session.scalar(select(func.coalesce(func.max(table.id), 0))) or 0) + 1


def _meeting_after(day: date) -> date:
    """The regiegroep meets on the third Tuesday of the month; an application needs a week to be read."""
    ready = day + timedelta(days=7)
    month = date(ready.year, ready.month, 1)
    while True:
        first_tuesday = month + timedelta(days=(1 - month.weekday()) % 7)
        meeting = first_tuesday + timedelta(days=14)
        if meeting >= ready:
            return meeting
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)


class _Batch:
    def __init__(self, session: Session) -> None:
        self.next_id = _next_id(session, InitiativeRow)
        self.initiatives: list[dict[str, Any]] = []
        self.cost_lines: list[dict[str, Any]] = []
        self.payments: list[dict[str, Any]] = []


def _initiatives(demo: DemoContext, year: int, fund_cents: int) -> int:
    rng, today = demo.rng, demo.today
    count = rng.randint(90, 120)
    if year == today.year:  # this year: only the applications handed in so far
        count = round(count * (today.timetuple().tm_yday / 365))
    batch = _Batch(demo.session)
    committed = 0
    submitted_days = sorted(date(year, 1, 1) + timedelta(days=rng.randrange(365)) for _ in range(count))
    for submitted in submitted_days:
        if submitted > today:
            continue
        committed += _initiative(demo, batch, year, submitted, fund_cents - committed)
    if batch.initiatives:
        insert_rows(demo.session, InitiativeRow, batch.initiatives)
        insert_rows(demo.session, InitiativeCostLine, batch.cost_lines)
        if batch.payments:
            insert_rows(demo.session, InitiativePayment, batch.payments)
    return len(batch.initiatives)


def _initiative(demo: DemoContext, batch: _Batch, year: int, submitted: date, fund_left: int) -> int:
    """One application and what happened to it by today; returns what it takes from the fund."""
    rng, today = demo.rng, demo.today
    initiative_id = batch.next_id
    batch.next_id += 1
    items = rng.sample(COST_ITEMS, rng.randint(1, 4))
    costs = [round(rng.uniform(40, 450)) * 100 for _ in items]
    batch.cost_lines += [
        dict(initiative_id=initiative_id, description=item, amount_cents=cost)
        for item, cost in zip(items, costs, strict=True)
    ]
    requested = sum(costs)
    start = submitted + timedelta(days=rng.randint(30, 90))
    row: dict[str, Any] = dict(
        id=initiative_id,
        year=year,
        applicant=person_name(rng),
        group_name=rng.choice(GROUPS),
        title=rng.choice(IDEAS),
        description="Activiteit voor en door bewoners van Slotervaart Noord.",
        submitted_on=submitted,
        start_date=start,
        end_date=start + timedelta(days=rng.choice((0, 0, 1, 30, 60))),
        expected_participants=rng.randint(10, 120),
        requested_cents=requested,
        cofunding_cents=rng.choice((0, 0, 0, 5_000, 10_000, 25_000)),
        status=rules.SUBMITTED,
        decision_meeting=None,
        decision_reason="",
        granted_cents=None,
        actual_cost_cents=None,
        actual_participants=None,
        receipts_received=False,
        closed_on=None,
    )
    batch.initiatives.append(row)
    meeting = _meeting_after(submitted)
    if meeting > today:
        row["status"] = rules.IN_REVIEW if rng.random() < 0.6 else rules.SUBMITTED
        return 0
    outcome = rng.choices((rules.GRANTED, rules.REJECTED, rules.ON_HOLD), (70, 15, 15))[0]
    if outcome == rules.ON_HOLD and _meeting_after(meeting) <= today:
        meeting, outcome = _meeting_after(meeting), rules.GRANTED  # it came back with a clearer plan
    granted = requested if rng.random() < 0.7 else round(requested * 0.8 / 100) * 100
    if outcome == rules.GRANTED and granted > fund_left:
        outcome = rules.REJECTED
    row.update(status=outcome, decision_meeting=meeting, decision_reason=rng.choice(REASONS[outcome]))
    if outcome != rules.GRANTED:
        if outcome == rules.REJECTED and granted > fund_left:
            row["decision_reason"] = "Fonds is uitgeput."
        return 0
    row["granted_cents"] = granted
    return _payments(rng, batch, row, meeting, today)


def _payments(rng: random.Random, batch: _Batch, row: dict[str, Any], meeting: date, today: date) -> int:
    granted, initiative_id = row["granted_cents"], row["id"]
    advance = 0
    if rng.random() < 0.7 and meeting + timedelta(days=7) <= today:
        advance = granted // 2
        batch.payments.append(
            dict(initiative_id=initiative_id, kind=rules.ADVANCE, day=meeting + timedelta(days=7), amount_cents=advance)
        )
    accounted = row["end_date"] + timedelta(days=30)
    receipts_late = accounted > today - timedelta(days=180) and rng.random() < 0.3
    if accounted > today or receipts_late:
        return granted  # still running, or (recently) the receipts are not in yet
    actual = round(granted * rng.uniform(0.8, 1.0))
    final = min(granted, actual) - advance
    if final > 0:
        batch.payments.append(dict(initiative_id=initiative_id, kind=rules.FINAL, day=accounted, amount_cents=final))
    row.update(
        status=rules.CLOSED,
        actual_cost_cents=actual,
        actual_participants=rng.randint(8, 150),
        receipts_received=True,
        closed_on=accounted,
    )
    return advance + max(final, 0)
