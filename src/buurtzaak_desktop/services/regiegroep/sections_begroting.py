"""Month-pack sections from the Begroting area: the agenda of bewonersinitiatieven, the fund, the budget."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.models.begroting import Initiative
from buurtzaak_desktop.domain.begroting import initiatives as rules
from buurtzaak_desktop.domain.dates import month_end
from buurtzaak_desktop.services.begroting.budget import summary_in
from buurtzaak_desktop.services.begroting.initiatives import decided_between, fund_status_in
from buurtzaak_desktop.services.regiegroep.pack import Money, Section, Table, Value

UNDECIDED = (rules.SUBMITTED, rules.IN_REVIEW, rules.ON_HOLD)


def _period(initiative: Initiative) -> str:
    if initiative.start_date is None:
        return ""
    if initiative.end_date is None or initiative.end_date == initiative.start_date:
        return f"{initiative.start_date:%d-%m-%Y}"
    return f"{initiative.start_date:%d-%m-%Y} t/m {initiative.end_date:%d-%m-%Y}"


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def agenda(session: Session, month: date) -> Section:
    end = month_end(month)
    to_judge = session.scalars(
        select(Initiative)
        .where(col(Initiative.status).in_(UNDECIDED), col(Initiative.submitted_on) < end)
        .order_by(col(Initiative.submitted_on), col(Initiative.id))
    ).all()
    previous_month = (month - timedelta(days=1)).replace(day=1)
    decisions = decided_between(session, previous_month, month)
    awaiting = session.scalars(
        select(Initiative)
        .where(Initiative.status == rules.GRANTED, col(Initiative.start_date) < end)
        .order_by(col(Initiative.start_date), col(Initiative.id))
    ).all()
    return Section(
        title="",
        figures=[
            ("Aanvragen te beoordelen", len(to_judge)),
            ("Besluiten vorige vergadering", len(decisions)),
            ("Wachten op verantwoording", len(awaiting)),
        ],
        tables=[
            Table(
                "Aanvragen te beoordelen",
                ["Aanvrager", "Titel", "Data", "Gevraagd", "Toelichting"],
                [[i.applicant, i.title, _period(i), Money(i.requested_cents), _short(i.description)] for i in to_judge],
            ),
            Table(
                "Besluiten vorige vergadering",
                ["Aanvrager", "Titel", "Besluit", "Toegekend", "Motivering"],
                [
                    [
                        d.applicant,
                        d.title,
                        rules.STATUS_LABELS.get(d.status, d.status),
                        Money(d.granted_cents) if d.granted_cents is not None else None,
                        _short(d.decision_reason),
                    ]
                    for d in decisions
                ],
            ),
            Table(
                "Wachten op verantwoording",
                ["Aanvrager", "Titel", "Data", "Toegekend"],
                [[i.applicant, i.title, _period(i), Money(i.granted_cents or 0)] for i in awaiting],
            ),
        ],
    )


def fund(session: Session, month: date) -> Section:
    last_day = month_end(month) - timedelta(days=1)
    status = fund_status_in(session, month.year, until=last_day)  # as it stood: the pack of a past month stays put
    figures: list[tuple[str, Value]] = [
        ("Budget van het fonds", Money(status.budget_cents)),
        ("Toegekend", Money(status.granted_cents)),
        ("Uitbetaald", Money(status.paid_cents)),
        ("Toegezegd, nog niet uitbetaald", Money(status.committed_unpaid_cents)),
        ("Nog beschikbaar", Money(status.available_cents)),
    ]
    return Section(
        title="",
        note=f"Fondsjaar {month.year}, stand op {last_day:%d-%m-%Y}.",
        figures=figures,
        bars=[
            ("Budget", status.budget_cents),
            ("Toegekend", status.granted_cents),
            ("Uitbetaald", status.paid_cents),
            ("Beschikbaar", status.available_cents),
        ],
    )


def budget(session: Session, month: date) -> Section:
    as_of = month_end(month) - timedelta(days=1)
    summary = summary_in(session, month.year, as_of=as_of, actuals_until=as_of)
    if not summary.categories:
        return Section(title="", available=False, note=f"Er is nog geen begroting voor {month.year}.")
    rows: list[list[Value]] = [
        [
            "baten" if c.kind == "baten" else "lasten",
            c.category,
            Money(c.budget_cents),
            Money(c.actual_cents),
            Money(c.actual_cents - c.budget_cents),
        ]
        for c in summary.categories
    ]
    return Section(
        title="",
        note=f"Realisatie tot en met {as_of:%d-%m-%Y}.",
        figures=[
            ("Baten begroot", Money(summary.income_budget_cents)),
            ("Baten gerealiseerd", Money(summary.income_actual_cents)),
            ("Lasten begroot", Money(summary.expense_budget_cents)),
            ("Lasten gerealiseerd", Money(summary.expense_actual_cents)),
            ("Saldo begroot", Money(summary.saldo_budget_cents)),
            ("Saldo gerealiseerd", Money(summary.saldo_actual_cents)),
        ],
        tables=[
            Table(
                "Begroot en gerealiseerd per categorie",
                ["Soort", "Categorie", "Begroot", "Gerealiseerd", "Verschil"],
                rows,
            )
        ],
    )
