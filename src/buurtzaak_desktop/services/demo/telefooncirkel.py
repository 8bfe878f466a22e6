"""Telefooncirkel demo data: two circles (Slotervaart, Osdorp) with four months of daily rounds.

Participants are invented demo residents with consent on record; volunteers and coordinators come from the
Vrijwilligers demo. About one round in twenty stalls; the coordinator closed every stall but the latest ones.
Runs last, so the other areas' random draws stay as they were.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import col, select

from buurtzaak_desktop.db.models.spreekuur import SpreekuurConsent, SpreekuurResident
from buurtzaak_desktop.db.models.telefooncirkel import (
    PhoneCircle,
    PhoneCircleAction,
    PhoneCircleAway,
    PhoneCircleMember,
    PhoneCircleRound,
)
from buurtzaak_desktop.db.models.vrijwilligers import Volunteer
from buurtzaak_desktop.domain.spreekuur.text import search_key
from buurtzaak_desktop.domain.telefooncirkel import FINDINGS
from buurtzaak_desktop.services.demo import DemoContext
from buurtzaak_desktop.services.demo.names import person_name, phone_number
from buurtzaak_desktop.services.telefooncirkel.circles import CONSENT_PURPOSE

CIRCLES = (("Telefooncirkel Slotervaart", 5, 3), ("Telefooncirkel Osdorp", 4, 3))  # name, participants, volunteers
DAYS = 120
ENDINGS = ("alles_goed",) * 6 + ("niet_thuis",) * 3 + ("ziekenhuis", "familie", "hulp")


def generate(demo: DemoContext) -> dict[str, int]:
    session, rng = demo.session, demo.rng
    start = demo.today - timedelta(days=DAYS)
    helpers = list(
        session.exec(select(Volunteer.id).where(col(Volunteer.archived).is_(False), Volunteer.status == "actief")).all()
    )
    chosen = rng.sample(helpers, min(len(helpers), sum(v for _, _, v in CIRCLES)))
    counts = {"telefooncirkels": 0, "belrondes": 0, "gestokte belrondes": 0}
    for name, participants, volunteers in CIRCLES:
        own, chosen = chosen[:volunteers], chosen[volunteers:]
        circle = PhoneCircle(
            name=name,
            coordinator_1_id=own[0] if own else None,
            coordinator_2_id=own[1] if len(own) > 1 else None,
        )
        session.add(circle)
        session.flush()
        members = [*(_participant(demo, start) for _ in range(participants)), *own]
        member_ids = []
        for position, person in enumerate(members, start=1):
            is_resident = isinstance(person, SpreekuurResident)
            member = PhoneCircleMember(
                circle_id=circle.id or 0,
                position=position,
                resident_id=person.id if is_resident else None,  # type: ignore[union-attr]
                volunteer_id=None if is_resident else person,  # type: ignore[arg-type]
            )
            session.add(member)
            session.flush()
            member_ids.append((member.id or 0, is_resident))
        aways = _aways(demo, [m for m, resident in member_ids if resident], start)
        counts["belrondes"] += _rounds(demo, circle.id or 0, [m for m, _ in member_ids], aways, start, counts)
        counts["telefooncirkels"] += 1
    return counts


def _participant(demo: DemoContext, start: date) -> SpreekuurResident:
    name = person_name(demo.rng)
    resident = SpreekuurResident(
        name=name,
        search_key=search_key(name),
        phone=phone_number(demo.rng),
        token=f"{demo.rng.getrandbits(128):032x}",
        created_on=start,
    )
    demo.session.add(resident)
    demo.session.flush()
    demo.session.add(
        SpreekuurConsent(resident_id=resident.id or 0, given_on=start, purpose=CONSENT_PURPOSE, recorded_by="demo")
    )
    return resident


def _aways(demo: DemoContext, participants: list[int], start: date) -> list[tuple[int, date, date]]:
    """One holiday and one hospital stay per circle, and one holiday still to come."""
    periods = []
    for reason, offset, length in (("vakantie", 20, 14), ("ziekenhuis", 70, 9), ("vakantie", DAYS + 5, 10)):
        member = demo.rng.choice(participants)
        first = start + timedelta(days=offset)
        last = first + timedelta(days=length - 1)
        demo.session.add(PhoneCircleAway(member_id=member, start=first, end=last, reason=reason))
        periods.append((member, first, last))
    return periods


def _rounds(demo, circle_id: int, member_ids, aways, start: date, counts: dict[str, int]) -> int:
    """A round every day up to yesterday: today's round is for the newcomer to record."""
    held = 0
    for offset in range(DAYS):
        day = start + timedelta(days=offset)
        called = [m for m in member_ids if not any(a[0] == m and a[1] <= day <= a[2] for a in aways)]
        stalled = demo.rng.random() < 0.05
        at = demo.rng.choice(called) if stalled else None
        held_round = PhoneCircleRound(
            circle_id=circle_id, held_on=day, stalled=stalled, stalled_member_id=at, recorded_by="demo"
        )
        demo.session.add(held_round)
        demo.session.flush()
        if stalled:
            recent = (demo.today - day).days <= 3
            found = None if recent else demo.rng.choice(ENDINGS)
            assert found is None or found in FINDINGS
            demo.session.add(
                PhoneCircleAction(
                    round_id=held_round.id or 0,
                    member_id=at,
                    opened_on=day,
                    checked_by="" if recent else "coördinator",
                    found=found,
                    closed_on=None if recent else day,
                )
            )
            counts["gestokte belrondes"] += 1
        held += 1
    return held
