"""Circles, their calling order and away periods.

A participant is a spreekuur resident with consent (name and phone only), so that "recht op vergetelheid" in the
spreekuur also forgets them here (``forget_residents``). Names are read at display time and never logged.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import SpreekuurResident
from buurtzaak_desktop.db.models.telefooncirkel import (
    PhoneCircle,
    PhoneCircleAction,
    PhoneCircleAway,
    PhoneCircleMember,
    PhoneCircleRound,
)
from buurtzaak_desktop.db.models.vrijwilligers import Volunteer
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError, NotFound, RuleViolation
from buurtzaak_desktop.domain.telefooncirkel import AWAY_REASONS, Away, ResidentCircle, away_on
from buurtzaak_desktop.services.spreekuur.residents import NewResident, add_resident

log = logging.getLogger(__name__)
CONSENT_PURPOSE = "Telefooncirkel: naam en telefoonnummer voor de dagelijkse belronde"


@dataclass(frozen=True)
class CircleRow:
    id: int
    name: str
    coordinator_ids: tuple[int | None, int | None]
    coordinators: str  # "Henk, Fatima"
    members: int
    active: bool


@dataclass(frozen=True)
class MemberRow:
    id: int
    position: int
    name: str
    phone: str
    is_volunteer: bool
    away: str | None  # the away reason code on the day asked, None when the member is called


@dataclass(frozen=True)
class AwayRow:
    id: int
    member_id: int
    name: str
    start: date
    end: date
    reason: str


# --- circles ----------------------------------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InputError(QT_TRANSLATE_NOOP("core", "Geef de telefooncirkel een naam."), field="naam")
    return cleaned


def _check_coordinators(session: Session, ids: tuple[int | None, int | None]) -> None:
    for volunteer_id in ids:
        if volunteer_id is not None and session.get(Volunteer, volunteer_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze vrijwilliger bestaat niet (meer)."))
    if ids[0] is not None and ids[0] == ids[1]:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "core", "Kies twee verschillende coördinatoren: de tweede neemt het over als de eerste uitvalt."
            )
        )


def _name_taken(session: Session, name: str, circle_id: int | None) -> None:
    other = session.exec(select(PhoneCircle.id).where(PhoneCircle.name == name, PhoneCircle.id != circle_id)).first()
    if other is not None:
        raise RuleViolation(QT_TRANSLATE_NOOP("core", "Er is al een telefooncirkel met de naam {name}."), name=name)


def create_circle(database: Database, name: str, coordinators: tuple[int | None, int | None] = (None, None)) -> int:
    cleaned = _clean_name(name)
    with database.transaction() as session:
        _name_taken(session, cleaned, None)
        _check_coordinators(session, coordinators)
        circle = PhoneCircle(name=cleaned, coordinator_1_id=coordinators[0], coordinator_2_id=coordinators[1])
        session.add(circle)
        session.flush()
        log.info("telefooncirkel %s created", circle.id)
        return circle.id or 0


def update_circle(
    database: Database, circle_id: int, name: str, coordinators: tuple[int | None, int | None], active: bool = True
) -> None:
    cleaned = _clean_name(name)
    with database.transaction() as session:
        circle = _circle(session, circle_id)
        _name_taken(session, cleaned, circle_id)
        _check_coordinators(session, coordinators)
        circle.name, circle.active = cleaned, active
        circle.coordinator_1_id, circle.coordinator_2_id = coordinators
        log.info("telefooncirkel %s changed", circle_id)


def _circle(session: Session, circle_id: int) -> PhoneCircle:
    circle = session.get(PhoneCircle, circle_id)
    if circle is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze telefooncirkel bestaat niet (meer)."))
    return circle


def list_circles(database: Database, active_only: bool = False) -> list[CircleRow]:
    with database.reading() as session:
        query = select(PhoneCircle).order_by(PhoneCircle.name)
        if active_only:
            query = query.where(col(PhoneCircle.active).is_(True))
        circles = session.exec(query).all()
        counts = dict(
            session.exec(
                select(PhoneCircleMember.circle_id, func.count()).group_by(col(PhoneCircleMember.circle_id))
            ).all()
        )
        names = dict(session.exec(select(Volunteer.id, Volunteer.name)).all())
        return [
            CircleRow(
                id=c.id or 0,
                name=c.name,
                coordinator_ids=(c.coordinator_1_id, c.coordinator_2_id),
                coordinators=", ".join(
                    names[i] for i in (c.coordinator_1_id, c.coordinator_2_id) if i is not None and i in names
                ),
                members=int(counts.get(c.id or 0, 0)),
                active=c.active,
            )
            for c in circles
        ]


def coordinator_choices(database: Database) -> list[tuple[int, str]]:
    """Volunteers and staff who may coordinate: everyone not stopped or archived, by name."""
    with database.reading() as session:
        rows = session.exec(
            select(Volunteer.id, Volunteer.name)
            .where(col(Volunteer.archived).is_(False), Volunteer.status != "gestopt")
            .order_by(Volunteer.name)
        ).all()
        return [(i or 0, n) for i, n in rows]


# --- the calling order ------------------------------------------------------------------------------------------


def _append(session: Session, circle_id: int, member: PhoneCircleMember) -> int:
    last = session.exec(
        select(func.max(PhoneCircleMember.position)).where(PhoneCircleMember.circle_id == circle_id)
    ).one()
    member.position = int(last or 0) + 1
    session.add(member)
    session.flush()
    return member.id or 0


def add_participant(
    database: Database, circle_id: int, name: str, phone: str, *, consent_given: bool, consent_by: str, actor: str
) -> int:
    """A new elderly participant at the end of the order: stored as a spreekuur resident, only with consent."""
    if not phone.strip():
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul het telefoonnummer in: de cirkel belt."), field="telefoon")
    with database.transaction() as session:
        _circle(session, circle_id)
        resident = add_resident(
            session,
            NewResident(
                name=name,
                consent_given=consent_given,
                consent_purpose=CONSENT_PURPOSE,
                consent_by=consent_by,
                phone=phone,
            ),
            clock.today(),
            actor,
        )
        return _append(session, circle_id, PhoneCircleMember(circle_id=circle_id, position=0, resident_id=resident.id))


def add_resident_member(database: Database, circle_id: int, resident_id: int) -> int:
    """An existing spreekuur resident (with consent on record) joins the circle at the end."""
    with database.transaction() as session:
        _circle(session, circle_id)
        if session.get(SpreekuurResident, resident_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bewoner bestaat niet (meer)."))
        _not_twice(session, circle_id, PhoneCircleMember.resident_id == resident_id)
        return _append(session, circle_id, PhoneCircleMember(circle_id=circle_id, position=0, resident_id=resident_id))


def add_volunteer_member(database: Database, circle_id: int, volunteer_id: int) -> int:
    with database.transaction() as session:
        _circle(session, circle_id)
        if session.get(Volunteer, volunteer_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze vrijwilliger bestaat niet (meer)."))
        _not_twice(session, circle_id, PhoneCircleMember.volunteer_id == volunteer_id)
        return _append(
            session, circle_id, PhoneCircleMember(circle_id=circle_id, position=0, volunteer_id=volunteer_id)
        )


def _not_twice(session: Session, circle_id: int, who) -> None:
    if session.exec(select(PhoneCircleMember.id).where(PhoneCircleMember.circle_id == circle_id, who)).first():
        raise RuleViolation(QT_TRANSLATE_NOOP("core", "Deze persoon staat al in de telefooncirkel."))


def _member(session: Session, member_id: int) -> PhoneCircleMember:
    member = session.get(PhoneCircleMember, member_id)
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze deelnemer staat niet (meer) in de telefooncirkel."))
    return member


def move_member(database: Database, member_id: int, step: int) -> None:
    """One place up (step -1) or down (+1) in the calling order; at the top or bottom nothing changes."""
    with database.transaction() as session:
        member = _member(session, member_id)
        other = session.exec(
            select(PhoneCircleMember).where(
                PhoneCircleMember.circle_id == member.circle_id, PhoneCircleMember.position == member.position + step
            )
        ).first()
        if other is None:
            return
        # through 0, because (circle, position) is unique at every statement
        here, there = member.position, other.position
        member.position = 0
        session.flush()
        other.position = here
        session.flush()
        member.position = there


def remove_member(database: Database, member_id: int) -> None:
    """Out of the circle; the ones after move up, so the order has no gap. A participant stays a resident."""
    with database.transaction() as session:
        _leave(session, [_member(session, member_id)])


def _leave(session: Session, members: Sequence[PhoneCircleMember]) -> None:
    """The members go (their away periods with them) and the ones after them move up: no gap in the order."""
    circle_ids = {m.circle_id for m in members}
    for member in members:
        session.delete(member)
    session.flush()
    for circle_id in circle_ids:
        staying = session.exec(
            select(PhoneCircleMember)
            .where(PhoneCircleMember.circle_id == circle_id)
            .order_by(col(PhoneCircleMember.position))
        ).all()
        for index, member in enumerate(staying, start=1):
            if member.position != index:
                member.position = index
                session.flush()  # one at a time: moving up into the freed place never clashes


def members_in(session: Session, circle_id: int, day: date | None = None) -> list[MemberRow]:
    rows = session.exec(
        select(PhoneCircleMember, SpreekuurResident, Volunteer)
        .outerjoin(SpreekuurResident, col(SpreekuurResident.id) == PhoneCircleMember.resident_id)
        .outerjoin(Volunteer, col(Volunteer.id) == PhoneCircleMember.volunteer_id)
        .where(PhoneCircleMember.circle_id == circle_id)
        .order_by(col(PhoneCircleMember.position))
    ).all()
    periods = _aways(session, circle_id) if day is not None else []
    result = []
    for member, resident, volunteer in rows:
        person = resident or volunteer
        away = away_on(periods, member.id or 0, day) if day is not None else None
        result.append(
            MemberRow(
                id=member.id or 0,
                position=member.position,
                name=person.name if person else "?",
                phone=person.phone if person else "",
                is_volunteer=volunteer is not None,
                away=away.reason if away else None,
            )
        )
    return result


def members(database: Database, circle_id: int, day: date | None = None) -> list[MemberRow]:
    """The calling order; with ``day``, each member's away reason on that day (skipped in the round)."""
    with database.reading() as session:
        return members_in(session, circle_id, day)


# --- away periods -----------------------------------------------------------------------------------------------


def _aways(session: Session, circle_id: int) -> list[Away]:
    rows = session.exec(
        select(PhoneCircleAway)
        .join(PhoneCircleMember, col(PhoneCircleMember.id) == PhoneCircleAway.member_id)
        .where(PhoneCircleMember.circle_id == circle_id)
    ).all()
    return [Away(r.member_id, r.start, r.end, r.reason) for r in rows]


def add_away(database: Database, member_id: int, start: date, end: date, reason: str) -> int:
    if reason not in AWAY_REASONS:
        raise InputError(QT_TRANSLATE_NOOP("core", "Kies een reden uit de lijst."), field="reden")
    if end < start:
        raise InputError(QT_TRANSLATE_NOOP("core", "De einddatum ligt voor de begindatum."), field="tot")
    with database.transaction() as session:
        _member(session, member_id)
        away = PhoneCircleAway(member_id=member_id, start=start, end=end, reason=reason)
        session.add(away)
        session.flush()
        return away.id or 0


def remove_away(database: Database, away_id: int) -> None:
    with database.transaction() as session:
        away = session.get(PhoneCircleAway, away_id)
        if away is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze afwezigheid bestaat niet (meer)."))
        session.delete(away)


def away_periods(database: Database, circle_id: int, from_day: date) -> list[AwayRow]:
    """Away periods of the circle that end on or after ``from_day``, earliest first."""
    with database.reading() as session:
        names = {m.id: m.name for m in members_in(session, circle_id)}
        rows = session.exec(
            select(PhoneCircleAway)
            .join(PhoneCircleMember, col(PhoneCircleMember.id) == PhoneCircleAway.member_id)
            .where(PhoneCircleMember.circle_id == circle_id, PhoneCircleAway.end >= from_day)
            .order_by(col(PhoneCircleAway.start))
        ).all()
        return [AwayRow(r.id or 0, r.member_id, names.get(r.member_id, "?"), r.start, r.end, r.reason) for r in rows]


# --- inzage ---------------------------------------------------------------------------------------------------


def resident_circles(session: Session, resident_id: int) -> list[ResidentCircle]:
    result = []
    for member, name in session.exec(
        select(PhoneCircleMember, PhoneCircle.name)
        .join(PhoneCircle, col(PhoneCircle.id) == PhoneCircleMember.circle_id)
        .where(PhoneCircleMember.resident_id == resident_id)
        .order_by(PhoneCircle.name)
    ).all():
        away = session.exec(
            select(PhoneCircleAway).where(PhoneCircleAway.member_id == member.id).order_by(col(PhoneCircleAway.start))
        ).all()
        stalls = session.exec(
            select(col(PhoneCircleRound.held_on), col(PhoneCircleAction.found))
            .outerjoin(PhoneCircleAction, col(PhoneCircleAction.round_id) == PhoneCircleRound.id)
            .where(PhoneCircleRound.stalled_member_id == member.id)
            .order_by(col(PhoneCircleRound.held_on))
        ).all()
        result.append(
            ResidentCircle(
                circle=name,
                position=member.position,
                away=[(a.start, a.end, a.reason) for a in away],
                stalls=[(day, found) for day, found in stalls],
            )
        )
    return result


# --- forgetting -------------------------------------------------------------------------------------------------


def forget_volunteer(session: Session, volunteer_id: int) -> None:
    """Called when a volunteer is anonymised after the retention period: they leave every circle, the order closes
    up, and a circle they coordinated has one coordinator fewer."""
    _leave(session, session.exec(select(PhoneCircleMember).where(PhoneCircleMember.volunteer_id == volunteer_id)).all())
    for circle in session.exec(
        select(PhoneCircle).where(
            (PhoneCircle.coordinator_1_id == volunteer_id) | (PhoneCircle.coordinator_2_id == volunteer_id)
        )
    ).all():
        if circle.coordinator_1_id == volunteer_id:
            circle.coordinator_1_id = None
        if circle.coordinator_2_id == volunteer_id:
            circle.coordinator_2_id = None


def forget_residents(session: Session, resident_ids: list[int]) -> None:
    """Called by the spreekuur's removal and retention: the residents leave every circle, the order closes up.

    Their away periods go with them; rounds and actions that stalled at them keep their dates and findings only.
    """
    if not resident_ids:
        return
    _leave(
        session,
        session.exec(select(PhoneCircleMember).where(col(PhoneCircleMember.resident_id).in_(resident_ids))).all(),
    )
