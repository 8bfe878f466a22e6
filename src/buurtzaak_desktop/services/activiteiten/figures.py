# SQLModel types table columns as their Python values (int, date...), so SQL expressions on them confuse mypy:
# mypy: disable-error-code="arg-type, attr-defined, union-attr, call-overload, operator"
"""Attendance figures funders ask for: per activity and month, and unique participants over a period.

A session counts as *held* when its attendance has been entered and it was not cancelled ("niet doorgegaan").
*Visits* are the names ticked plus anonymous walk-ins. A *new* participant came to the activity for the first time
ever in that month. Plain functions returning dataclasses: the regiegroep report uses them too.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import distinct, func
from sqlmodel import Session, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.activiteiten import Activity, ActivitySession, Attendance
from buurtzaak_desktop.db.portable import year_month
from buurtzaak_desktop.domain.activiteiten.figures import MonthFigures, PeriodFigures
from buurtzaak_desktop.services.activiteiten.programme import CANCELLED


def _month_key(column):
    return year_month(column)


def monthly_figures(session: Session, first: date, end: date, activity_id: int | None = None) -> list[MonthFigures]:
    """Figures per activity and month for first <= day < end, by activity name and month."""
    where = [ActivitySession.day >= first, ActivitySession.day < end]
    if activity_id is not None:
        where.append(ActivitySession.activity_id == activity_id)
    month = _month_key(ActivitySession.day).label("month")
    held = ActivitySession.attendance_entered & (ActivitySession.status != CANCELLED)
    sessions = session.execute(
        select(
            ActivitySession.activity_id,
            month,
            func.sum(held.cast(int_type())),
            func.sum((ActivitySession.status == CANCELLED).cast(int_type())),
            func.sum(ActivitySession.anonymous_walk_ins * held.cast(int_type())),
        )
        .where(*where)
        .group_by(ActivitySession.activity_id, month)
    ).all()
    marks = session.execute(
        select(ActivitySession.activity_id, month, func.count(), func.count(distinct(Attendance.participant_id)))
        .join(Attendance, Attendance.session_id == ActivitySession.id)
        .where(*where)
        .group_by(ActivitySession.activity_id, month)
    ).all()
    marks_by = {(a, m): (n, u) for a, m, n, u in marks}
    new_by = _new_participants(session, first, end, activity_id)
    activities = {a.id: a for a in session.execute(select(Activity)).scalars()}
    result = []
    for activity_key, month_text, held_count, cancelled, anonymous in sessions:
        if not held_count and not cancelled:
            continue  # only planned (future or not yet entered) sessions: nothing to report
        visits, unique = marks_by.get((activity_key, month_text), (0, 0))
        activity = activities[activity_key]
        year, month_number = (int(part) for part in month_text.split("-"))
        result.append(
            MonthFigures(
                activity_id=activity_key,
                activity=activity.name,
                month=date(year, month_number, 1),
                sessions_held=int(held_count or 0),
                sessions_cancelled=int(cancelled or 0),
                visits=int(visits) + int(anonymous or 0),
                unique_participants=int(unique),
                new_participants=new_by.get((activity_key, month_text), 0),
                anonymous_visits=int(anonymous or 0),
                expected=activity.expected,
            )
        )
    return sorted(result, key=lambda f: (f.activity.casefold(), f.activity_id, f.month))


def int_type():
    from sqlalchemy import Integer

    return Integer


def _new_participants(session: Session, first: date, end: date, activity_id: int | None) -> dict[tuple[int, str], int]:
    """(activity, month) -> how many people came to that activity for the first time ever in that month."""
    # Only people who came in the period can be new in it: without this the first visit of everyone in ten years
    # of attendance was grouped at every call (0.2 s on the large demo, for one month's figures).
    came_in_period = (
        select(Attendance.participant_id)
        .join(ActivitySession, Attendance.session_id == ActivitySession.id)
        .where(ActivitySession.day >= first, ActivitySession.day < end)
    )
    first_visit = (
        select(
            ActivitySession.activity_id.label("activity_id"),
            Attendance.participant_id,
            func.min(ActivitySession.day).label("first_day"),
        )
        .join(Attendance, Attendance.session_id == ActivitySession.id)
        .where(Attendance.participant_id.in_(came_in_period))
        .group_by(ActivitySession.activity_id, Attendance.participant_id)
    )
    if activity_id is not None:
        first_visit = first_visit.where(ActivitySession.activity_id == activity_id)
    sub = first_visit.subquery()
    month = _month_key(sub.c.first_day).label("month")
    rows = session.execute(
        select(sub.c.activity_id, month, func.count())
        .where(sub.c.first_day >= first, sub.c.first_day < end)
        .group_by(sub.c.activity_id, month)
    ).all()
    return {(a, m): int(n) for a, m, n in rows}


def period_figures(session: Session, first: date, end: date, activity_ids: list[int] | None = None) -> PeriodFigures:
    """Across activities: each person counts once, however many activities or sessions they came to."""
    where = [ActivitySession.day >= first, ActivitySession.day < end]
    if activity_ids is not None:
        where.append(ActivitySession.activity_id.in_(activity_ids))
    held = ActivitySession.attendance_entered & (ActivitySession.status != CANCELLED)
    held_count, anonymous = session.execute(
        select(
            func.sum(held.cast(int_type())), func.sum(ActivitySession.anonymous_walk_ins * held.cast(int_type()))
        ).where(*where)
    ).one()
    visits, unique = session.execute(
        select(func.count(), func.count(distinct(Attendance.participant_id)))
        .join(ActivitySession, Attendance.session_id == ActivitySession.id)
        .where(*where)
    ).one()
    return PeriodFigures(
        first=first,
        end=end,
        sessions_held=int(held_count or 0),
        visits=int(visits) + int(anonymous or 0),
        unique_participants=int(unique),
        anonymous_visits=int(anonymous or 0),
    )


def year_figures(session: Session, year: int) -> tuple[list[MonthFigures], PeriodFigures]:
    first, end = date(year, 1, 1), date(year + 1, 1, 1)
    return monthly_figures(session, first, end), period_figures(session, first, end)


class FiguresService:
    """For the UI: the figures of a period, read in one session."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def period(self, first: date, end: date) -> tuple[list[MonthFigures], PeriodFigures]:
        with self.database.reading() as session:
            return monthly_figures(session, first, end), period_figures(session, first, end)
