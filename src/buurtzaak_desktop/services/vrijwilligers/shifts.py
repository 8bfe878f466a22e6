"""Weekly recurring shifts (receptie, keuken, spreekuur): who is on them, the gaps, and the clash refusal.

Someone on a shift fills its place on a day only when they qualify that day (domain.vrijwilligers.shifts): active,
with every certificate the role requires valid. The shift list shows the next day of each shift, a gap for
whoever does not qualify then and why; hours from a shift held are logged only for those who qualified.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, time, timedelta

from sqlmodel import Session, col, delete, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.locking import take_row
from buurtzaak_desktop.db.models.vrijwilligers import (
    ShiftAssignment,
    Volunteer,
    VolunteerRole,
    VolunteerShift,
)
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.dates import Weekday
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, Phrase, RuleViolation
from buurtzaak_desktop.domain.vrijwilligers.hours import overlaps
from buurtzaak_desktop.domain.vrijwilligers.people import STATUS_LABELS
from buurtzaak_desktop.domain.vrijwilligers.shifts import ShiftRow, Unfit
from buurtzaak_desktop.services.vrijwilligers.certificates import check_role_certificates
from buurtzaak_desktop.services.vrijwilligers.qualified import Fitness
from buurtzaak_desktop.services.vrijwilligers.reference import resolve_role
from buurtzaak_desktop.services.vrijwilligers.volunteers import get_in

log = logging.getLogger(__name__)


def create_shift(database: Database, role: str, weekday: int, start: time, end: time, people_needed: int = 1) -> int:
    with database.transaction() as session:
        return create_shift_in(session, role, weekday, start, end, people_needed)


def create_shift_in(session: Session, role: str, weekday: int, start: time, end: time, people_needed: int = 1) -> int:
    if end <= start:
        raise InputError(QT_TRANSLATE_NOOP("core", "Een dienst moet eindigen na het begin."))
    if people_needed < 1 or not 0 <= weekday <= 6:
        raise InputError(QT_TRANSLATE_NOOP("core", "Een dienst heeft minstens één persoon nodig."))
    shift = VolunteerShift(
        role_id=resolve_role(session, role), weekday=weekday, start=start, end=end, people_needed=people_needed
    )
    session.add(shift)
    session.flush()
    assert shift.id is not None
    return shift.id


def _shift(session: Session, shift_id: int) -> tuple[VolunteerShift, str]:
    shift = session.get(VolunteerShift, shift_id)
    if shift is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze dienst bestaat niet (meer)."))
    role = session.get(VolunteerRole, shift.role_id)
    return shift, role.name if role else ""


def _label(shift: VolunteerShift, role: str) -> Phrase:
    """'receptie maandag 09:00–13:00', its weekday in the window's language there."""
    values = {"role": role, "day": Weekday(shift.weekday), "start": f"{shift.start:%H:%M}", "end": f"{shift.end:%H:%M}"}
    return Phrase("{role} {day} {start}–{end}", tuple(values.items()))


def assign(database: Database, shift_id: int, volunteer_id: int, on: date) -> list[tuple[str, date]]:
    """Put a volunteer on a weekly shift from ``on``. Returns certificate warnings (expiring soon).

    Refused when the volunteer is not active, already on an overlapping shift (the clash is named), or lacks a
    certificate the shift's role requires on ``on``.
    """
    with database.transaction() as session:
        return assign_in(session, shift_id, volunteer_id, on)


def assign_in(session: Session, shift_id: int, volunteer_id: int, on: date) -> list[tuple[str, date]]:
    # Two desks putting one volunteer on two overlapping shifts at once: on a server the second waits here for the
    # first's commit, then its clash check names the shift just assigned (db/locking.py).
    take_row(session, Volunteer, volunteer_id)
    shift, role = _shift(session, shift_id)
    volunteer = get_in(session, volunteer_id)
    if volunteer.status != "actief":
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "{name} is niet actief ({status}) en kan niet worden ingeroosterd."),
            name=volunteer.name,
            status=Phrase(STATUS_LABELS.get(volunteer.status, volunteer.status)),
        )
    if session.get(ShiftAssignment, (shift_id, volunteer_id)) is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("core", "{name} staat al op de dienst {shift}."),
            name=volunteer.name,
            shift=_label(shift, role),
        )
    _refuse_clash(session, shift, volunteer)
    warnings = check_role_certificates(session, volunteer_id, shift.role_id, role, on)
    session.add(ShiftAssignment(shift_id=shift_id, volunteer_id=volunteer_id))
    log.info("shift assignment: shift=%s volunteer=%s", shift_id, volunteer_id)
    return warnings


def _refuse_clash(session: Session, shift: VolunteerShift, volunteer: Volunteer) -> None:
    others = session.exec(
        select(VolunteerShift, VolunteerRole.name)
        .join(ShiftAssignment, col(ShiftAssignment.shift_id) == VolunteerShift.id)
        .join(VolunteerRole, col(VolunteerRole.id) == VolunteerShift.role_id)
        .where(ShiftAssignment.volunteer_id == volunteer.id, VolunteerShift.weekday == shift.weekday)
    )
    for other, role in others:
        if other.id != shift.id and overlaps(shift.start, shift.end, other.start, other.end):
            raise RuleViolation(
                QT_TRANSLATE_NOOP("core", "{name} staat al op de dienst {shift}, die overlapt met deze dienst."),
                name=volunteer.name,
                shift=_label(other, role),
            )


def unassign(database: Database, shift_id: int, volunteer_id: int) -> None:
    with database.transaction() as session:
        row = session.get(ShiftAssignment, (shift_id, volunteer_id))
        if row is not None:
            session.delete(row)


def next_day(weekday: int, on: date) -> date:
    """The first day on or after ``on`` that falls on ``weekday``."""
    return on + timedelta(days=(weekday - on.weekday()) % 7)


def unfit_in(session: Session, role_id: int, day: date, volunteer_ids: Iterable[int]) -> dict[int, tuple[Unfit, ...]]:
    """Of these volunteers, who does not fill a place of a shift of ``role_id`` on ``day``, and why."""
    wanted = set(volunteer_ids)
    if not wanted:
        return {}
    fitness = Fitness(session, wanted)
    found = {vid: fitness.reasons(vid, role_id, day) for vid in wanted}
    return {vid: reasons for vid, reasons in found.items() if reasons}


def unfit_on(database: Database, shift_id: int, day: date) -> list[tuple[str, tuple[Unfit, ...]]]:
    """Who is on the shift but does not fill a place on ``day`` (name, reasons), by name."""
    with database.reading() as session:
        shift, _ = _shift(session, shift_id)
        people = dict(
            session.exec(
                select(Volunteer.id, Volunteer.name)
                .join(ShiftAssignment, col(ShiftAssignment.volunteer_id) == Volunteer.id)
                .where(ShiftAssignment.shift_id == shift_id)
            ).all()
        )
        unfit = unfit_in(session, shift.role_id, day, [vid for vid in people if vid is not None])
        return sorted((people[vid], reasons) for vid, reasons in unfit.items())


def week_shifts(database: Database, on: date | None = None) -> list[ShiftRow]:
    """Every active weekly shift, by day and time, with who is on it and who does not fill a place on its next
    day from ``on`` (today by default)."""
    with database.reading() as session:
        return shifts_in(session, on)


def shifts_in(session: Session, on: date | None = None) -> list[ShiftRow]:
    start = on or clock.today()
    people: dict[int, list[tuple[int, str]]] = {}
    for shift_id, volunteer_id, name in session.exec(
        select(ShiftAssignment.shift_id, Volunteer.id, Volunteer.name)
        .join(Volunteer, col(Volunteer.id) == ShiftAssignment.volunteer_id)
        .order_by(Volunteer.name)
    ):
        assert volunteer_id is not None
        people.setdefault(shift_id, []).append((volunteer_id, name))
    rows = session.exec(
        select(VolunteerShift, VolunteerRole.name)
        .join(VolunteerRole, col(VolunteerRole.id) == VolunteerShift.role_id)
        .where(col(VolunteerShift.active).is_(True))
        .order_by(col(VolunteerShift.weekday), col(VolunteerShift.start))
    )
    result = []
    for shift, role in rows:
        assert shift.id is not None
        on_it = people.get(shift.id, [])
        day = next_day(shift.weekday, start)
        unfit = unfit_in(session, shift.role_id, day, [vid for vid, _ in on_it])
        result.append(
            ShiftRow(
                id=shift.id,
                role=role,
                weekday=shift.weekday,
                start=shift.start,
                end=shift.end,
                people_needed=shift.people_needed,
                volunteers=tuple(on_it),
                day=day,
                unfit=tuple((vid, unfit[vid]) for vid, _ in on_it if vid in unfit),
            )
        )
    return result


def end_shift(database: Database, shift_id: int) -> None:
    """Stop a weekly shift: it leaves the week and its people are taken off; the hours it gave stay."""
    with database.transaction() as session:
        shift, _ = _shift(session, shift_id)
        shift.active = False
        session.exec(delete(ShiftAssignment).where(col(ShiftAssignment.shift_id) == shift_id))
        log.info("shift ended: id=%s", shift_id)
