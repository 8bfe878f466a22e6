"""The contract phase: a traject's plan van aanpak, the hulpvragen in the agreed order and "wie doet wat, wanneer".

Making the plan is the contract phase (002 method): the first hulpvraag or agreement moves a traject that is still
in oriëntatie to contract. Texts are spreekuur data: every read and write is in the audit log (never a text), the
log file names ids only, and the texts go with the resident (``forget_plans`` from privacy.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import SpreekuurPartner, SpreekuurResident, SpreekuurTraject
from buurtzaak_desktop.db.models.spreekuur_method import SpreekuurAgreement, SpreekuurPlanNeed
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound
from buurtzaak_desktop.domain.spreekuur.plan import AGREEMENT_LABELS, OPEN, PARTNER, TEXT_MAX, WHO_LABELS
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.spreekuur.trajecten import _open_traject

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NeedRow:
    id: int
    position: int
    text: str


@dataclass(frozen=True)
class AgreementRow:
    id: int
    traject_id: int
    resident_name: str
    who: str
    partner_id: int | None
    partner: str
    what: str
    due_on: date
    status: str

    def overdue(self, today: date) -> bool:
        return self.status == OPEN and self.due_on < today


@dataclass(frozen=True)
class TrajectChoice:
    """One of the resident's trajecten, for the dossier's choice of plan."""

    id: int
    opened_on: date
    phase: str
    closed_on: date | None


@dataclass(frozen=True)
class Plan:
    traject_id: int
    phase: str
    closed: bool
    needs: list[NeedRow]
    agreements: list[AgreementRow]


@dataclass(frozen=True)
class AgreementInput:
    who: str
    what: str
    due_on: date | None
    partner_id: int | None = None


def _clean_text(text: str, field: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        if field == "hulpvraag":
            raise InputError(QT_TRANSLATE_NOOP("core", "Vul de hulpvraag in."), field=field)
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul in wat er is afgesproken."), field=field)
    if len(cleaned) > TEXT_MAX:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Houd het kort: hoogstens {max} tekens (nu {count})."),
            max=TEXT_MAX,
            count=len(cleaned),
            field=field,
        )
    return cleaned


def _enter_contract(session: Session, traject: SpreekuurTraject, on: date) -> None:
    """Making a plan is the contract phase: a traject still in oriëntatie moves on (phases never go back)."""
    if traject.phase == "orientatie":
        traject.phase, traject.phase_since = "contract", on


def trajecten_of(database: Database, resident_id: int) -> list[TrajectChoice]:
    """The resident's trajecten, open ones first, newest first (the dossier has audited the opening)."""
    with database.reading() as session:
        rows = session.exec(
            select(SpreekuurTraject)
            .where(SpreekuurTraject.resident_id == resident_id)
            .order_by(col(SpreekuurTraject.closed_on).is_not(None), col(SpreekuurTraject.opened_on).desc())
        ).all()
        return [TrajectChoice(t.id or 0, t.opened_on, t.phase, t.closed_on) for t in rows]


def plan_of(database: Database, traject_id: int, actor: str, *, reopened: bool = False) -> Plan:
    """The plan for the screen; reading it is written in the audit log unless ``reopened`` right after a change."""
    with database.transaction() as session:
        traject = session.get(SpreekuurTraject, traject_id)
        if traject is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Dit traject bestaat niet (meer)."))
        needs = session.exec(
            select(SpreekuurPlanNeed)
            .where(SpreekuurPlanNeed.traject_id == traject_id)
            .order_by(col(SpreekuurPlanNeed.position), col(SpreekuurPlanNeed.id))
        ).all()
        agreements = _agreement_rows(session, SpreekuurAgreement.traject_id == traject_id)
        if not reopened:
            audit(session, actor, "geopend", traject.resident_id)
        return Plan(
            traject_id,
            traject.phase,
            traject.closed_on is not None,
            [NeedRow(n.id or 0, n.position, n.text) for n in needs],
            agreements,
        )


def _agreement_rows(session: Session, *where) -> list[AgreementRow]:
    query = (
        select(SpreekuurAgreement, SpreekuurPartner.name, SpreekuurResident.name)
        .join(SpreekuurPartner, col(SpreekuurPartner.id) == SpreekuurAgreement.partner_id, isouter=True)
        .join(SpreekuurTraject, col(SpreekuurTraject.id) == SpreekuurAgreement.traject_id)
        .join(SpreekuurResident, col(SpreekuurResident.id) == SpreekuurTraject.resident_id, isouter=True)
        .where(*where)
        .order_by(col(SpreekuurAgreement.due_on), col(SpreekuurAgreement.id))
    )
    return [
        AgreementRow(
            a.id or 0, a.traject_id, resident or "", a.who, a.partner_id, partner or "", a.what, a.due_on, a.status
        )
        for a, partner, resident in session.exec(query).all()
    ]


# --- hulpvragen in their order -----------------------------------------------------------------------------


def add_need(database: Database, traject_id: int, text: str, on: date, actor: str) -> int:
    cleaned = _clean_text(text, "hulpvraag")
    with database.transaction() as session:
        traject = _open_traject(session, traject_id)
        last = session.exec(
            select(func.max(SpreekuurPlanNeed.position)).where(SpreekuurPlanNeed.traject_id == traject_id)
        ).one()
        need = SpreekuurPlanNeed(traject_id=traject_id, position=int(last or 0) + 1, text=cleaned)
        session.add(need)
        _enter_contract(session, traject, on)
        session.flush()
        audit(session, actor, "gewijzigd", traject.resident_id)
        log.info("spreekuur plan of traject %s: need %s added", traject_id, need.id)
        return need.id or 0


def _need_in_open_traject(session: Session, need_id: int) -> tuple[SpreekuurPlanNeed, SpreekuurTraject]:
    need = session.get(SpreekuurPlanNeed, need_id)
    if need is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze hulpvraag bestaat niet (meer)."))
    return need, _open_traject(session, need.traject_id)


def edit_need(database: Database, need_id: int, text: str, actor: str) -> None:
    cleaned = _clean_text(text, "hulpvraag")
    with database.transaction() as session:
        need, traject = _need_in_open_traject(session, need_id)
        need.text = cleaned
        audit(session, actor, "gewijzigd", traject.resident_id)


def remove_need(database: Database, need_id: int, actor: str) -> None:
    with database.transaction() as session:
        need, traject = _need_in_open_traject(session, need_id)
        session.delete(need)
        session.flush()
        _renumber(session, traject.id or 0)
        audit(session, actor, "gewijzigd", traject.resident_id)


def move_need(database: Database, need_id: int, step: int, actor: str) -> int:
    """Move a hulpvraag ``step`` places (-1 up, +1 down) in the agreed order; returns its new position."""
    with database.transaction() as session:
        need, traject = _need_in_open_traject(session, need_id)
        order = _renumber(session, traject.id or 0)
        index = next(i for i, n in enumerate(order) if n.id == need_id)
        target = max(0, min(len(order) - 1, index + step))
        order.insert(target, order.pop(index))
        for position, row in enumerate(order, start=1):
            row.position = position
        audit(session, actor, "gewijzigd", traject.resident_id)
        return need.position


def _renumber(session: Session, traject_id: int) -> list[SpreekuurPlanNeed]:
    needs = list(
        session.exec(
            select(SpreekuurPlanNeed)
            .where(SpreekuurPlanNeed.traject_id == traject_id)
            .order_by(col(SpreekuurPlanNeed.position), col(SpreekuurPlanNeed.id))
        ).all()
    )
    for position, need in enumerate(needs, start=1):
        need.position = position
    return needs


# --- agreements: wie doet wat, wanneer ---------------------------------------------------------------------


def _check_agreement(session: Session, data: AgreementInput, traject: SpreekuurTraject) -> tuple[str, date]:
    if data.who not in WHO_LABELS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies wie het doet."), field="wie")
    if data.who == PARTNER:
        partner = session.get(SpreekuurPartner, data.partner_id) if data.partner_id else None
        if partner is None:
            raise InputError(QT_TRANSLATE_NOOP("core", "Kies de organisatie die het doet."), field="organisatie")
    what = _clean_text(data.what, "wat")
    if data.due_on is None:
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul in wanneer het gedaan moet zijn."), field="wanneer")
    if data.due_on < traject.opened_on:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De datum ligt voor het begin van het traject ({date})."),
            date=traject.opened_on,
            field="wanneer",
        )
    return what, data.due_on


def add_agreement(database: Database, traject_id: int, data: AgreementInput, on: date, actor: str) -> int:
    with database.transaction() as session:
        traject = _open_traject(session, traject_id)
        what, due_on = _check_agreement(session, data, traject)
        agreement = SpreekuurAgreement(
            traject_id=traject_id,
            who=data.who,
            partner_id=data.partner_id if data.who == PARTNER else None,
            what=what,
            due_on=due_on,
            created_on=on,
        )
        session.add(agreement)
        _enter_contract(session, traject, on)
        session.flush()
        audit(session, actor, "gewijzigd", traject.resident_id)
        log.info("spreekuur plan of traject %s: agreement %s added", traject_id, agreement.id)
        return agreement.id or 0


def _agreement_in_open_traject(session: Session, agreement_id: int) -> tuple[SpreekuurAgreement, SpreekuurTraject]:
    agreement = session.get(SpreekuurAgreement, agreement_id)
    if agreement is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze afspraak bestaat niet (meer)."))
    return agreement, _open_traject(session, agreement.traject_id)


def update_agreement(database: Database, agreement_id: int, data: AgreementInput, actor: str) -> None:
    with database.transaction() as session:
        agreement, traject = _agreement_in_open_traject(session, agreement_id)
        agreement.what, agreement.due_on = _check_agreement(session, data, traject)
        agreement.who = data.who
        agreement.partner_id = data.partner_id if data.who == PARTNER else None
        audit(session, actor, "gewijzigd", traject.resident_id)


def set_agreement_status(database: Database, agreement_id: int, status: str, on: date, actor: str) -> None:
    """Open, gedaan or vervallen; a done or lapsed agreement may be opened again (a mistake is undone)."""
    if status not in AGREEMENT_LABELS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Onbekende stand van een afspraak: {status}."), status=status)
    with database.transaction() as session:
        agreement, traject = _agreement_in_open_traject(session, agreement_id)
        agreement.status = status
        agreement.status_on = None if status == OPEN else on
        audit(session, actor, "gewijzigd", traject.resident_id)
        log.info("spreekuur agreement %s: %s", agreement_id, status)


def agreements_due(database: Database, today: date, until: date | None = None) -> list[AgreementRow]:
    """Open agreements of running trajecten due up to ``until`` (default today), overdue ones first (by date)."""
    with database.reading() as session:
        return _agreement_rows(
            session,
            SpreekuurAgreement.status == OPEN,
            col(SpreekuurAgreement.due_on) <= (until or today),
            col(SpreekuurTraject.closed_on).is_(None),
        )


def agreements_this_week(database: Database, today: date) -> list[AgreementRow]:
    return agreements_due(database, today, today + timedelta(days=6 - today.weekday()))


def plans_for_overview(
    session: Session, traject_ids: list[int]
) -> dict[int, tuple[list[str], list[tuple[date, str, str, str]]]]:
    """Per traject its hulpvragen in order and its agreements (due, who, what, status), for the inzage print."""
    result: dict[int, tuple[list[str], list[tuple[date, str, str, str]]]] = {i: ([], []) for i in traject_ids}
    if not traject_ids:
        return result
    for need in session.exec(
        select(SpreekuurPlanNeed)
        .where(col(SpreekuurPlanNeed.traject_id).in_(traject_ids))
        .order_by(col(SpreekuurPlanNeed.position), col(SpreekuurPlanNeed.id))
    ).all():
        result[need.traject_id][0].append(need.text)
    for row in _agreement_rows(session, col(SpreekuurAgreement.traject_id).in_(traject_ids)):
        who = row.partner if row.who == PARTNER and row.partner else WHO_LABELS.get(row.who, row.who)
        result[row.traject_id][1].append((row.due_on, who, row.what, AGREEMENT_LABELS.get(row.status, row.status)))
    return result


# --- privacy -----------------------------------------------------------------------------------------------


def forget_plans(session: Session, traject_ids: list[int]) -> None:
    """The plan's texts go with the resident, or after the retention period: hulpvragen and agreements are deleted."""
    for start in range(0, len(traject_ids), 500):  # SQLite limits the number of parameters in one query
        chunk = traject_ids[start : start + 500]
        session.execute(delete(SpreekuurPlanNeed).where(col(SpreekuurPlanNeed.traject_id).in_(chunk)))
        session.execute(delete(SpreekuurAgreement).where(col(SpreekuurAgreement.traject_id).in_(chunk)))


def has_plan_texts(session: Session) -> bool:
    return any(
        session.exec(select(table.id).limit(1)).first() is not None for table in (SpreekuurPlanNeed, SpreekuurAgreement)
    )
