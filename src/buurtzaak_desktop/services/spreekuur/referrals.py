"""Referrals to partners with the warm-handover steps and their dates; the ones without news to chase."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import (
    SpreekuurPartner,
    SpreekuurReferral,
    SpreekuurReferralEvent,
    SpreekuurResident,
)
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound
from buurtzaak_desktop.domain.spreekuur.flows import DIRECTIONS, REFERRAL_ENDS, check_referral_step
from buurtzaak_desktop.services.settings import read_setting
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.spreekuur.residents import resident_with_consent

log = logging.getLogger(__name__)
CHASE_WEEKS_KEY = "spreekuur_referral_chase_weeks"
DEFAULT_CHASE_WEEKS = 3


@dataclass(frozen=True)
class ReferralRow:
    id: int
    resident_name: str
    partner: str
    direction: str
    status: str
    referred_on: date
    last_news_on: date


def refer(
    database: Database,
    resident_id: int,
    partner_id: int,
    on: date,
    actor: str,
    direction: str = "opschalen",
    traject_id: int | None = None,
) -> int:
    if direction not in DIRECTIONS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Onbekende richting: {direction}."), direction=direction)
    with database.transaction() as session:
        resident_with_consent(session, resident_id)
        if session.get(SpreekuurPartner, partner_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze organisatie bestaat niet (meer)."))
        referral = SpreekuurReferral(
            resident_id=resident_id,
            partner_id=partner_id,
            traject_id=traject_id,
            direction=direction,
            referred_on=on,
            last_news_on=on,
        )
        session.add(referral)
        session.flush()
        session.add(SpreekuurReferralEvent(referral_id=referral.id or 0, status="doorverwezen", happened_on=on))
        audit(session, actor, "gewijzigd", resident_id)
        log.info("spreekuur referral %s made", referral.id)
        return referral.id or 0


def set_status(database: Database, referral_id: int, status: str, on: date, actor: str) -> None:
    with database.transaction() as session:
        referral = session.get(SpreekuurReferral, referral_id)
        if referral is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze doorverwijzing bestaat niet (meer)."))
        check_referral_step(referral.status, status)
        referral.status, referral.last_news_on = status, on
        session.add(SpreekuurReferralEvent(referral_id=referral_id, status=status, happened_on=on))
        audit(session, actor, "gewijzigd", referral.resident_id)


def history(database: Database, referral_id: int) -> list[tuple[str, date]]:
    with database.reading() as session:
        events = session.exec(
            select(SpreekuurReferralEvent)
            .where(SpreekuurReferralEvent.referral_id == referral_id)
            .order_by(SpreekuurReferralEvent.id)  # type: ignore[arg-type]
        ).all()
        return [(e.status, e.happened_on) for e in events]


def referrals_to_chase(database: Database, today: date) -> list[ReferralRow]:
    """Running referrals without news for the number of weeks in the setting."""
    return running_referrals(database, today, without_news_only=True)


def running_referrals(database: Database, today: date, without_news_only: bool = False) -> list[ReferralRow]:
    """Referrals not yet ended (afgerond / uitgevallen), the longest without news first."""
    with database.reading() as session:
        weeks = int(read_setting(session, CHASE_WEEKS_KEY, DEFAULT_CHASE_WEEKS))
        cutoff = today - timedelta(weeks=weeks)
        query = (
            select(SpreekuurReferral, SpreekuurPartner.name, SpreekuurResident.name)
            .join(SpreekuurPartner, col(SpreekuurPartner.id) == SpreekuurReferral.partner_id)
            .join(SpreekuurResident, col(SpreekuurResident.id) == SpreekuurReferral.resident_id, isouter=True)
            .where(col(SpreekuurReferral.status).not_in(REFERRAL_ENDS))
            .order_by(col(SpreekuurReferral.last_news_on))
        )
        if without_news_only:
            query = query.where(SpreekuurReferral.last_news_on <= cutoff)
        return [
            ReferralRow(r.id or 0, resident or "", partner, r.direction, r.status, r.referred_on, r.last_news_on)
            for r, partner, resident in session.exec(query).all()
        ]
