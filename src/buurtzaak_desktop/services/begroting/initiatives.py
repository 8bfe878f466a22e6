"""Bewonersinitiatieven: applications, the regiegroep's decisions, payments, verantwoording and the fund."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session, col

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.begroting import Initiative, InitiativeCostLine, InitiativePayment
from buurtzaak_desktop.domain.begroting import initiatives as rules
from buurtzaak_desktop.domain.begroting.initiatives import InitiativeView
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.money import format_cents

# The fund line's actual lives in initiative_totals (no model classes: buurtzaak check reads it too); re-exported here,
# where the budget import and the tests find it.
from buurtzaak_desktop.services.begroting.initiative_totals import budget_actual_cents as budget_actual_cents
from buurtzaak_desktop.services.begroting.yearsettings import FUND_KEY, fund_budget, write_per_year

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CostLine:
    description: str
    amount_cents: int


@dataclass(frozen=True)
class Application:
    """What a resident hands in. The requested amount is the sum of the cost lines when there are any."""

    year: int
    applicant: str
    title: str
    submitted_on: date
    group_name: str = ""
    description: str = ""
    start_date: date | None = None
    end_date: date | None = None
    expected_participants: int = 0
    requested_cents: int = 0
    cofunding_cents: int = 0
    cost_lines: Sequence[CostLine] = field(default_factory=tuple)


def submit(database: Database, application: Application) -> int:
    _check_application(application)
    requested = sum(line.amount_cents for line in application.cost_lines) or application.requested_cents
    with database.transaction() as session:
        initiative = Initiative(
            year=application.year,
            applicant=application.applicant.strip(),
            group_name=application.group_name.strip(),
            title=application.title.strip(),
            description=application.description,
            submitted_on=application.submitted_on,
            start_date=application.start_date,
            end_date=application.end_date,
            expected_participants=application.expected_participants,
            requested_cents=requested,
            cofunding_cents=application.cofunding_cents,
        )
        session.add(initiative)
        session.flush()
        assert initiative.id is not None
        session.add_all(
            InitiativeCostLine(
                initiative_id=initiative.id, description=line.description, amount_cents=line.amount_cents
            )
            for line in application.cost_lines
        )
    log.info("initiative %s submitted", initiative.id)
    return initiative.id


# An application can still be changed until the regiegroep has decided on it; aangehouden means "come back with
# a better plan", so it can be changed then too.
EDITABLE = frozenset({rules.SUBMITTED, rules.IN_REVIEW, rules.ON_HOLD})


def application_of(database: Database, initiative_id: int) -> Application:
    """The application as it was handed in (or last changed), with its cost lines, to fill the edit form."""
    with database.reading() as session:
        row = _initiative(session, initiative_id)
        lines = session.scalars(
            select(InitiativeCostLine)
            .where(col(InitiativeCostLine.initiative_id) == initiative_id)
            .order_by(col(InitiativeCostLine.id))
        )
        return Application(
            year=row.year,
            applicant=row.applicant,
            title=row.title,
            submitted_on=row.submitted_on,
            group_name=row.group_name,
            description=row.description,
            start_date=row.start_date,
            end_date=row.end_date,
            expected_participants=row.expected_participants,
            requested_cents=row.requested_cents,
            cofunding_cents=row.cofunding_cents,
            cost_lines=tuple(CostLine(line.description, line.amount_cents) for line in lines),
        )


def update_application(database: Database, initiative_id: int, application: Application) -> None:
    """A correction of the application before the regiegroep's decision; the cost lines are replaced.

    Refused once it is toegekend, afgewezen or afgerond: the decision was taken on what was handed in. The fund
    year stays as it was.
    """
    _check_application(application)
    requested = sum(line.amount_cents for line in application.cost_lines) or application.requested_cents
    with database.transaction() as session:
        initiative = _initiative(session, initiative_id)
        if initiative.status not in EDITABLE:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "core", "'{title}' is {status}: een aanvraag wordt alleen vóór het besluit gewijzigd."
                ),
                title=initiative.title,
                status=rules.STATUS_LABELS[initiative.status],
            )
        initiative.applicant = application.applicant.strip()
        initiative.group_name = application.group_name.strip()
        initiative.title = application.title.strip()
        initiative.description = application.description
        initiative.submitted_on = application.submitted_on
        initiative.start_date = application.start_date
        initiative.end_date = application.end_date
        initiative.expected_participants = application.expected_participants
        initiative.requested_cents = requested
        initiative.cofunding_cents = application.cofunding_cents
        session.execute(delete(InitiativeCostLine).where(col(InitiativeCostLine.initiative_id) == initiative_id))
        session.add_all(
            InitiativeCostLine(
                initiative_id=initiative_id, description=line.description, amount_cents=line.amount_cents
            )
            for line in application.cost_lines
        )
    log.info("initiative %s changed", initiative_id)


def cost_lines(database: Database, initiative_id: int) -> list[CostLine]:
    with database.reading() as session:
        rows = session.scalars(
            select(InitiativeCostLine)
            .where(col(InitiativeCostLine.initiative_id) == initiative_id)
            .order_by(col(InitiativeCostLine.id))
        )
        return [CostLine(row.description, row.amount_cents) for row in rows]


def start_review(database: Database, initiative_id: int) -> None:
    with database.transaction() as session:
        _move(_initiative(session, initiative_id), rules.IN_REVIEW)


def decide(
    database: Database,
    initiative_id: int,
    outcome: str,
    meeting: date,
    reason: str,
    granted_cents: int | None = None,
    confirm_overrun: bool = False,
) -> None:
    """The regiegroep's decision: toegekend (with an amount), afgewezen or aangehouden, with its reasoning.

    A grant larger than what the fund still holds is refused unless ``confirm_overrun`` is set, and the
    refusal names the overrun, so that the UI can ask.
    """
    if outcome not in (rules.GRANTED, rules.REJECTED, rules.ON_HOLD):
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies toegekend, afgewezen of aangehouden."))
    if outcome == rules.GRANTED and (granted_cents is None or granted_cents <= 0):
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul het toegekende bedrag in (meer dan € 0,00)."))
    with database.transaction() as session:
        initiative = _initiative(session, initiative_id)
        if outcome == rules.GRANTED and granted_cents is not None:
            fund = fund_status_in(session, initiative.year)
            overrun = fund.overrun_if_granted(granted_cents)
            if overrun and not confirm_overrun:
                raise RuleViolation(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Toekennen van {amount} aan '{title}' gaat {overrun} over het fonds {year} heen "
                        "(nog beschikbaar: {available}). Bevestig de overschrijding om toch toe te kennen.",
                    ),
                    amount=format_cents(granted_cents),
                    title=initiative.title,
                    overrun=format_cents(overrun),
                    year=initiative.year,
                    available=format_cents(fund.available_cents),
                )
            initiative.granted_cents = granted_cents
        _move(initiative, outcome)
        initiative.decision_meeting = meeting
        initiative.decision_reason = reason.strip()
    log.info("initiative %s decided: %s", initiative_id, outcome)


def pay(database: Database, initiative_id: int, kind: str, day: date, amount_cents: int) -> int:
    if kind not in rules.PAYMENT_LABELS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies voorschot of eindbetaling."))
    if amount_cents <= 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Een betaling is meer dan € 0,00."))
    with database.transaction() as session:
        initiative = _initiative(session, initiative_id)
        if initiative.status != rules.GRANTED:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "'{title}' is {status}: alleen een toegekend initiatief wordt betaald."),
                title=initiative.title,
                status=rules.STATUS_LABELS[initiative.status],
            )
        paid = _paid(session, initiative_id)
        granted = initiative.granted_cents or 0
        if paid + amount_cents > granted:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "core", "Met deze betaling krijgt '{title}' {total}, meer dan de toegekende {granted}."
                ),
                title=initiative.title,
                total=format_cents(paid + amount_cents),
                granted=format_cents(granted),
            )
        payment = InitiativePayment(initiative_id=initiative_id, kind=kind, day=day, amount_cents=amount_cents)
        session.add(payment)
        session.flush()
        assert payment.id is not None
        return payment.id


@dataclass(frozen=True)
class PaymentView:
    id: int
    kind: str  # rules.ADVANCE or rules.FINAL
    day: date
    amount_cents: int


def payments_of(database: Database, initiative_id: int) -> list[PaymentView]:
    with database.reading() as session:
        rows = session.scalars(
            select(InitiativePayment)
            .where(col(InitiativePayment.initiative_id) == initiative_id)
            .order_by(col(InitiativePayment.day), col(InitiativePayment.id))
        )
        return [PaymentView(row.id or 0, row.kind, row.day, row.amount_cents) for row in rows]


def delete_payment(database: Database, payment_id: int) -> PaymentView:
    """A payment booked by mistake, taken back while the initiative is toegekend (not once it is afgerond, whose
    verantwoording counted it). Returns what it was."""
    with database.transaction() as session:
        payment = session.get(InitiativePayment, payment_id)
        if payment is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze betaling bestaat niet meer."))
        initiative = _initiative(session, payment.initiative_id)
        if initiative.status != rules.GRANTED:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{title}' is {status}: een betaling wordt alleen teruggedraaid zolang "
                    "het initiatief toegekend is.",
                ),
                title=initiative.title,
                status=rules.STATUS_LABELS[initiative.status],
            )
        removed = PaymentView(payment.id or 0, payment.kind, payment.day, payment.amount_cents)
        session.delete(payment)
    log.info("initiative payment %s deleted", payment_id)
    return removed


def account(
    database: Database,
    initiative_id: int,
    actual_cost_cents: int,
    actual_participants: int,
    receipts_received: bool,
    closed_on: date,
) -> None:
    """The verantwoording: actual cost, participants and receipts; with receipts in, the initiative is afgerond."""
    with database.transaction() as session:
        initiative = _initiative(session, initiative_id)
        if initiative.status != rules.GRANTED:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "'{title}' is {status}: alleen een toegekend initiatief wordt verantwoord."),
                title=initiative.title,
                status=rules.STATUS_LABELS[initiative.status],
            )
        initiative.actual_cost_cents = actual_cost_cents
        initiative.actual_participants = actual_participants
        initiative.receipts_received = receipts_received
        if receipts_received:
            _move(initiative, rules.CLOSED)
            initiative.closed_on = closed_on


def list_initiatives(database: Database, year: int) -> list[InitiativeView]:
    with database.reading() as session:
        return initiatives_in(session, year)


def initiatives_in(session: Session, year: int) -> list[InitiativeView]:
    paid = _paid_per_initiative(session, year)
    rows = session.scalars(
        select(Initiative)
        .where(col(Initiative.year) == year)
        .order_by(col(Initiative.submitted_on), col(Initiative.id))
    )
    return [_view(row, paid.get(row.id or 0, 0)) for row in rows]


def submitted_between(session: Session, start: date, end: date) -> list[InitiativeView]:
    """Applications handed in on start <= day < end (the regiegroep's new applications to judge)."""
    return _views_where(session, col(Initiative.submitted_on) >= start, col(Initiative.submitted_on) < end)


def decided_between(session: Session, start: date, end: date) -> list[InitiativeView]:
    """Applications decided at a meeting on start <= day < end (the decisions of last meeting)."""
    return _views_where(session, col(Initiative.decision_meeting) >= start, col(Initiative.decision_meeting) < end)


def _views_where(session: Session, *conditions: Any) -> list[InitiativeView]:
    rows = list(session.scalars(select(Initiative).where(*conditions).order_by(col(Initiative.id))))
    ids = [row.id for row in rows]
    paid = dict(
        session.execute(
            select(col(InitiativePayment.initiative_id), func.sum(col(InitiativePayment.amount_cents)))
            .where(col(InitiativePayment.initiative_id).in_(ids))
            .group_by(col(InitiativePayment.initiative_id))
        ).all()
    )
    return [_view(row, int(paid.get(row.id, 0))) for row in rows]


def fund_status(database: Database, year: int) -> rules.FundStatus:
    with database.reading() as session:
        return fund_status_in(session, year)


def fund_status_in(session: Session, year: int, until: date | None = None) -> rules.FundStatus:
    """The fund now, or as it stood at the end of ``until``: payments dated up to then, grants decided up to then."""
    paid = _paid_per_initiative(session, year, until)
    rows = session.execute(
        select(
            col(Initiative.id),
            col(Initiative.status),
            col(Initiative.granted_cents),
            col(Initiative.decision_meeting),
            col(Initiative.closed_on),
        ).where(col(Initiative.year) == year)
    ).all()
    entries = [
        rules.FundEntry(_status_on(status, decided, closed, until), granted or 0, paid.get(initiative_id, 0))
        for initiative_id, status, granted, decided, closed in rows
    ]
    return rules.fund_status(year, fund_budget(session, year), entries)


def _status_on(status: str, decided: date | None, closed: date | None, until: date | None) -> str:
    """The status that counts for the fund on ``until``: a grant counts from its meeting, afgerond from closing."""
    if until is None or status not in (rules.GRANTED, rules.CLOSED):
        return status
    if status == rules.CLOSED and (closed is None or closed <= until):  # no date: as it stands (older files)
        return rules.CLOSED
    return rules.GRANTED if decided is None or decided <= until else rules.IN_REVIEW


def set_fund_budget(database: Database, year: int, cents: int) -> None:
    if cents < 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Het fondsbudget kan niet negatief zijn."))
    with database.transaction() as session:
        write_per_year(session, FUND_KEY, year, cents)


def _check_application(application: Application) -> None:
    if not application.applicant.strip():
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul de naam van de aanvrager in."))
    if not application.title.strip():
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul de titel van het initiatief in."))
    if application.start_date and application.end_date and application.end_date < application.start_date:
        raise InputError(QT_TRANSLATE_NOOP("core", "De einddatum ligt voor de begindatum."))
    amounts = [application.requested_cents, application.cofunding_cents]
    amounts += [line.amount_cents for line in application.cost_lines]
    if any(amount < 0 for amount in amounts):
        raise InputError(QT_TRANSLATE_NOOP("core", "Bedragen van een aanvraag zijn niet negatief."))


def _initiative(session: Session, initiative_id: int) -> Initiative:
    initiative = session.get(Initiative, initiative_id)
    if initiative is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Dit bewonersinitiatief bestaat niet meer."))
    return initiative


def _move(initiative: Initiative, target: str) -> None:
    if not rules.can_move(initiative.status, target):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "'{title}' is {current} en kan niet naar {target}."),
            title=initiative.title,
            current=rules.STATUS_LABELS[initiative.status],
            target=rules.STATUS_LABELS[target],
        )
    initiative.status = target


def _paid(session: Session, initiative_id: int) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(col(InitiativePayment.amount_cents)), 0)).where(
            col(InitiativePayment.initiative_id) == initiative_id
        )
    )
    return int(total or 0)


def _paid_per_initiative(session: Session, year: int, until: date | None = None) -> dict[int, int]:
    query = (
        select(col(InitiativePayment.initiative_id), func.sum(col(InitiativePayment.amount_cents)))
        .join(Initiative, col(Initiative.id) == col(InitiativePayment.initiative_id))
        .where(col(Initiative.year) == year)
    )
    if until is not None:
        query = query.where(col(InitiativePayment.day) <= until)
    rows = session.execute(query.group_by(col(InitiativePayment.initiative_id))).all()
    return {initiative_id: int(total) for initiative_id, total in rows}


def _view(row: Initiative, paid_cents: int) -> InitiativeView:
    return InitiativeView(
        id=row.id or 0,
        year=row.year,
        applicant=row.applicant,
        group_name=row.group_name,
        title=row.title,
        status=row.status,
        submitted_on=row.submitted_on,
        requested_cents=row.requested_cents,
        cofunding_cents=row.cofunding_cents,
        granted_cents=row.granted_cents,
        paid_cents=paid_cents,
        decision_meeting=row.decision_meeting,
        decision_reason=row.decision_reason,
        expected_participants=row.expected_participants,
        actual_participants=row.actual_participants,
        actual_cost_cents=row.actual_cost_cents,
        receipts_received=row.receipts_received,
    )
