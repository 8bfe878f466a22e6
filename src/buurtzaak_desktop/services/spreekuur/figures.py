"""Anonymous figures: visits, unique and new residents, themes, referrals per partner and outcome, per month."""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, distinct, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import (
    SpreekuurPartner,
    SpreekuurReferral,
    SpreekuurTheme,
    SpreekuurTraject,
    SpreekuurVisit,
    SpreekuurVisitTheme,
)
from buurtzaak_desktop.db.portable import year_month
from buurtzaak_desktop.domain.spreekuur.figures import Figures
from buurtzaak_desktop.domain.spreekuur.plan import TO_ACTIVITY, TO_VOLUNTEERING
from buurtzaak_desktop.services.spreekuur.appointment_figures import appointment_figures
from buurtzaak_desktop.services.spreekuur.toeleiding import people_led_on


def compute(session: Session, start: date, end: date) -> Figures:
    in_period = (col(SpreekuurVisit.visited_on) >= start, col(SpreekuurVisit.visited_on) <= end)
    result = Figures(start=start, end=end)
    named = col(SpreekuurVisit.person_token).is_not(None)
    visits, unique, new, new_anonymous, anonymous, minutes = session.execute(
        sa_select(
            func.count(),
            func.count(distinct(col(SpreekuurVisit.person_token))),
            func.coalesce(func.sum(case((col(SpreekuurVisit.new_resident) & named, 1), else_=0)), 0),
            func.coalesce(func.sum(case((col(SpreekuurVisit.new_resident) & ~named, 1), else_=0)), 0),
            func.coalesce(func.sum(case((col(SpreekuurVisit.person_token).is_(None), 1), else_=0)), 0),
            func.coalesce(func.sum(SpreekuurVisit.minutes), 0),
        ).where(*in_period)
    ).one()
    result.visits, result.unique_residents, result.new_residents = int(visits), int(unique), int(new)
    result.anonymous_visits, result.new_anonymous, result.minutes = int(anonymous), int(new_anonymous), int(minutes)
    result.per_theme = _per_theme(session, start, end)
    month = year_month(SpreekuurVisit.visited_on)
    result.per_month = {
        m: int(n)
        for m, n in session.exec(select(month, func.count()).where(*in_period).group_by(month).order_by(month)).all()
    }
    result.per_partner = {
        (partner, status): int(n)
        for partner, status, n in session.exec(
            select(SpreekuurPartner.name, SpreekuurReferral.status, func.count())
            .join(SpreekuurPartner, col(SpreekuurPartner.id) == SpreekuurReferral.partner_id)
            .where(SpreekuurReferral.referred_on >= start, SpreekuurReferral.referred_on <= end)
            .group_by(SpreekuurPartner.name, SpreekuurReferral.status)
            .order_by(SpreekuurPartner.name, SpreekuurReferral.status)
        ).all()
    }
    result.trajecten_opened = _count(session, SpreekuurTraject.opened_on, start, end)
    result.trajecten_closed = _count(session, SpreekuurTraject.closed_on, start, end)
    appointment_figures(session, start, end, result)
    led_on = people_led_on(session, start, end)
    result.to_activity, result.to_volunteering = led_on[TO_ACTIVITY], led_on[TO_VOLUNTEERING]
    return result


def _per_theme(session: Session, start: date, end: date) -> dict[str, int]:
    query = (
        select(SpreekuurTheme.label, func.count())
        .select_from(SpreekuurVisitTheme)
        .join(SpreekuurVisit, col(SpreekuurVisit.id) == SpreekuurVisitTheme.visit_id)
        .join(SpreekuurTheme, col(SpreekuurTheme.id) == SpreekuurVisitTheme.theme_id)
        .where(SpreekuurVisit.visited_on >= start, SpreekuurVisit.visited_on <= end)
        .group_by(col(SpreekuurTheme.id))
        .order_by(col(SpreekuurTheme.sort_order))
    )
    return {label: int(n) for label, n in session.exec(query).all()}


def _count(session: Session, column, start: date, end: date) -> int:
    return int(
        session.exec(select(func.count()).select_from(SpreekuurTraject).where(column >= start, column <= end)).one()
    )


def figures_for(database: Database, start: date, end: date) -> Figures:
    with database.reading() as session:
        return compute(session, start, end)


def year_figures(database: Database, year: int) -> Figures:
    return figures_for(database, date(year, 1, 1), date(year, 12, 31))
