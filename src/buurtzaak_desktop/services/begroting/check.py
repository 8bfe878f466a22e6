"""``buurtzaak check`` findings for the Begroting tab (Dutch sentences; ids, no names of residents).

Read through the Core tables (``db.tables``) and the light ``*_totals`` modules the services share, never the model
classes: the check command starts without building them."""

from __future__ import annotations

from sqlalchemy import extract, func, select
from sqlmodel import Session

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.domain.begroting.codes import CLOSED, GRANTED, KINDS, STATUSES
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.services.begroting.initiative_totals import budget_actual_cents as paid_in
from buurtzaak_desktop.services.begroting.kas_totals import first_negative_balance, month_totals, signed_months
from buurtzaak_desktop.services.begroting.sources import INITIATIVES, linked_actual_cents

_initiative, _payment = tables.initiative, tables.initiative_payment
_line, _actual = tables.budget_line, tables.budget_actual


def payments(session: Session) -> list[str]:
    paid = (
        select(_payment.c.initiative_id, func.sum(_payment.c.amount_cents).label("paid"))
        .group_by(_payment.c.initiative_id)
        .subquery()
    )
    rows = session.execute(
        select(
            _initiative.c.id,
            _initiative.c.status,
            _initiative.c.granted_cents,
            _initiative.c.actual_cost_cents,
            paid.c.paid,
        )
        .join(paid, paid.c.initiative_id == _initiative.c.id)
        .order_by(_initiative.c.id)  # the same order on every engine (a server returns rows as they lie)
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
            _initiative.c.id, _initiative.c.status, _initiative.c.granted_cents, _initiative.c.receipts_received
        ).order_by(_initiative.c.id)
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
            select(_line.c.id, _line.c.kind).where(_line.c.kind.not_in(KINDS)).order_by(_line.c.id)
        )
    ]
    outside = session.scalar(
        select(func.count())
        .select_from(_actual)
        .join(_line, _line.c.id == _actual.c.line_id)
        .where(extract("year", _actual.c.day) != _line.c.year)
    )
    if outside:
        result.append(f"{outside} realisatieboeking(en) vallen buiten het jaar van hun begrotingspost.")
    return result


def fund_line(session: Session) -> list[str]:
    """Every year with a budget shows the payments to its initiatives, once, as the actual of one fund line."""
    result = []
    years = session.scalars(select(_line.c.year).distinct().order_by(_line.c.year))
    for year in list(years):
        paid = paid_in(session, year)
        typed_per_line = session.execute(
            select(_line.c.id, func.coalesce(func.sum(_actual.c.amount_cents), 0))
            .select_from(_line)
            .outerjoin(_actual, _actual.c.line_id == _line.c.id)
            .where(_line.c.year == year, _line.c.source == INITIATIVES)
            .group_by(_line.c.id)
        ).all()
        if not typed_per_line:
            if paid:
                result.append(
                    f"Begroting {year}: {format_cents(paid)} betaald aan bewonersinitiatieven, maar geen post "
                    "toont dat als realisatie (koppel de fondspost aan de betalingen)."
                )
            continue
        # Each fund line shows what it has typed on it plus the payments its source brings in.
        actual = sum(int(typed) + linked_actual_cents(session, INITIATIVES, year) for _, typed in typed_per_line)
        if actual != paid:
            result.append(
                f"Begroting {year}: de realisatie van het fonds bewonersinitiatieven is {format_cents(actual)}, "
                f"maar er is {format_cents(paid)} betaald."
            )
    return result


def findings(session: Session) -> list[str]:
    """The Begroting tab's own findings together (payments, initiatives, budget lines)."""
    return payments(session) + initiatives(session) + budget(session)


def closed_month_findings(session: Session) -> list[str]:
    """A closed kas month whose entries no longer add up to what was signed off."""
    result = []
    for month, signed in signed_months(session):
        now = month_totals(session, month)
        if now != signed:
            result.append(
                f"Kasmaand {month:%m-%Y} is afgetekend met {signed[0]} boekingen "
                f"(aanvulling {format_cents(signed[1])}, uitgaven {format_cents(signed[2])}), maar heeft er nu "
                f"{now[0]} (aanvulling {format_cents(now[1])}, uitgaven {format_cents(now[2])})."
            )
    return result


def balance_findings(session: Session) -> list[str]:
    negative = first_negative_balance(session)
    if negative is None:
        return []
    day, cents = negative
    return [f"Het kassaldo is op {day:%d-%m-%Y} negatief: {format_cents(cents)}."]
