"""Hygiene strikes: at the 5th strike within the period (setting) a group is suspended for one month."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import HygieneStrike, Suspension
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.rooster.rules import STRIKE_PERIOD_DAYS, suspension_due, suspension_end
from buurtzaak_desktop.services.settings import read_setting

log = logging.getLogger(__name__)


def record_strike(database: Database, group_name: str, day: date, room_id: int | None, note: str) -> Suspension | None:
    """Record a strike; returns the suspension it triggered (at the 5th strike within the period), if any."""
    group = group_name.strip()
    if not group:
        raise InputError(QT_TRANSLATE_NOOP("core", "Noem de groep die de ruimte niet schoon achterliet."))
    with database.transaction() as session:
        suspension = record_strike_in(session, group, day, room_id, note)
    log.info("hygiene strike recorded; suspension=%s", suspension is not None)
    return suspension


def record_strike_in(session: Session, group: str, day: date, room_id: int | None, note: str) -> Suspension | None:
    session.add(HygieneStrike(group_name=group, day=day, room_id=room_id, note=note.strip()))
    session.flush()
    if active_suspension(session, group, day) is not None:
        return None
    period = int(read_setting(session, "rooster_strike_period_days", STRIKE_PERIOD_DAYS))
    last_suspension = session.exec(
        select(col(Suspension.since)).where(Suspension.group_name == group).order_by(col(Suspension.since).desc())
    ).first()
    since = max(day - timedelta(days=period), last_suspension or date.min)
    # strikes before the last suspension were paid for by it: count only the ones after
    days = list(session.exec(select(col(HygieneStrike.day)).where(
        HygieneStrike.group_name == group, col(HygieneStrike.day) >= since)))
    if not suspension_due(days, day, period):
        return None
    suspension = Suspension(group_name=group, since=day, until=suspension_end(day),
                            reason="5 keer de ruimte niet schoon achtergelaten")
    session.add(suspension)
    return suspension


def active_suspension(session: Session, group: str, day: date) -> Suspension | None:
    return session.exec(select(Suspension).where(
        Suspension.group_name == group, col(Suspension.since) <= day, col(Suspension.until) > day)).first()


def strikes_of(database: Database, group_name: str) -> list[HygieneStrike]:
    with database.reading() as session:
        query = select(HygieneStrike).where(HygieneStrike.group_name == group_name.strip())
        return list(session.exec(query.order_by(col(HygieneStrike.day))))
