"""``buurtzaak check`` findings for the Begroting tab (Dutch sentences; ids, no names of residents)."""

from __future__ import annotations

from sqlalchemy import extract, func, select
from sqlmodel import Session, col

from buurtzaak_desktop.db.models.begroting import BudgetActual, BudgetLine, Initiative, InitiativePayment
from buurtzaak_desktop.domain.begroting.budget import KINDS
from buurtzaak_desktop.domain.begroting.initiatives import CLOSED, GRANTED, STATUSES
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.services.begroting.initiatives import budget_actual_cents as paid_in
from buurtzaak_desktop.services.begroting.sources import INITIATIVES, linked_actual_cents


def payments(session: Session) -> list[str]:
    paid = (
        select(col(InitiativePayment.initiative_id), func.sum(col(InitiativePayment.amount_cents)).label("paid"))
        .group_by(col(InitiativePayment.initiative_id))
        .subquery()
    )
    rows = session.execute(
        select(
            col(Initiative.id),
            col(Initiative.status),
            col(Initiative.granted_cents),
            col(Initiative.actual_cost_cents),
            paid.c.paid,
        ).join(paid, paid.c.initiative_id == col(Initiative.id))
    ).all()
    result = []
    for initiative_id, status, granted, cost, total in rows:
        if status not in (GRANTED, CLOSED):
            result.append(f"Bewonersinitiatief {initiative_id} is niet toegekend maar kreeg {format_cents(total)}.")
        elif total > (granted or 0):
            result.append(
                f"Bewonersinitiatief {initiative_id} kreeg {format_cents(total)}, meer dan de toegekende "
                f"{format_cents(granted or 0)}."
            )
        elif status == CLOSED and cost is not None and total > cost:
            result.append(
                f"Bewonersinitiatief {initiative_id} is afgerond met {format_cents(cost)} kosten maar kreeg "
                f"{format_cents(total)}: {format_cents(total - cost)} terug te vragen."
            )
    return result


def initiatives(session: Session) -> list[str]:
    result = []
    for initiative_id, status, granted, receipts in session.execute(
        select(
            col(Initiative.id), col(Initiative.status), col(Initiative.granted_cents), col(Initiative.receipts_received)
        )
    ):
        if status not in STATUSES:
            result.append(f"Bewonersinitiatief {initiative_id} heeft een onbekende status '{status}'.")
        elif status in (GRANTED, CLOSED) and not granted:
            result.append(f"Bewonersinitiatief {initiative_id} is toegekend zonder bedrag.")
        elif status == CLOSED and not receipts:
            result.append(f"Bewonersinitiatief {initiative_id} is afgerond zonder ontvangen bonnen.")
    return result


def budget(session: Session) -> list[str]:
    result = [
        f"Begrotingspost {line_id} heeft een onbekende soort '{kind}'."
        for line_id, kind in session.execute(
            select(col(BudgetLine.id), col(BudgetLine.kind)).where(col(BudgetLine.kind).not_in(KINDS))
        )
    ]
    outside = session.scalar(
        select(func.count())
        .select_from(BudgetActual)
        .join(BudgetLine, col(BudgetLine.id) == col(BudgetActual.line_id))
        .where(extract("year", col(BudgetActual.day)) != col(BudgetLine.year))
    )
    if outside:
        result.append(f"{outside} realisatieboeking(en) vallen buiten het jaar van hun begrotingspost.")
    return result


def fund_line(session: Session) -> list[str]:
    """Every year with a budget shows the payments to its initiatives, once, as the actual of one fund line."""
    result = []
    years = session.scalars(select(col(BudgetLine.year)).distinct().order_by(col(BudgetLine.year)))
    for year in list(years):
        paid = paid_in(session, year)
        lines = session.scalars(
            select(BudgetLine).where(col(BudgetLine.year) == year, col(BudgetLine.source) == INITIATIVES)
        ).all()
        if not lines:
            if paid:
                result.append(
                    f"Begroting {year}: {format_cents(paid)} betaald aan bewonersinitiatieven, maar geen post "
                    "toont dat als realisatie (koppel de fondspost aan de betalingen)."
                )
            continue
        actual = 0
        for line in lines:
            typed = session.scalar(
                select(func.coalesce(func.sum(col(BudgetActual.amount_cents)), 0)).where(
                    col(BudgetActual.line_id) == line.id
                )
            )
            actual += int(typed or 0) + linked_actual_cents(session, line.source, year)
        if actual != paid:
            result.append(
                f"Begroting {year}: de realisatie van het fonds bewonersinitiatieven is {format_cents(actual)}, "
                f"maar er is {format_cents(paid)} betaald."
            )
    return result


def findings(session: Session) -> list[str]:
    """The Begroting tab's own findings together (payments, initiatives, budget lines)."""
    return payments(session) + initiatives(session) + budget(session)
