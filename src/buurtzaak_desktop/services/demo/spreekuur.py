"""Spreekuur demo data: weeks of sessions and visits (small), or 20,000 visits over ten years (large).

Demo residents have invented names and consent on record. Large scale uses bulk inserts.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlmodel import col, select

from buurtzaak_desktop.db.models.spreekuur import (
    SpreekuurConsent,
    SpreekuurPartner,
    SpreekuurReferral,
    SpreekuurReferralEvent,
    SpreekuurResident,
    SpreekuurSession,
    SpreekuurTheme,
    SpreekuurTraject,
    SpreekuurVisit,
    SpreekuurVisitTheme,
)
from buurtzaak_desktop.domain.spreekuur.flows import PHASES, REFERRAL_STEPS
from buurtzaak_desktop.domain.spreekuur.text import search_key
from buurtzaak_desktop.services.demo import DemoContext, insert_rows
from buurtzaak_desktop.services.demo.names import person_name, phone_number
from buurtzaak_desktop.services.spreekuur.reference import ensure_reference_data

HELPERS = ("Henk", "Fatima", "Imane", "Marlon", "Sanne")
NEEDS = ("Brief van de gemeente begrijpen", "Hulp bij aanvraag", "Vraag over huur", "Rekeningen stapelen zich op")
QUESTIONS = ("Zicht krijgen op inkomsten en uitgaven", "Aanvraag toeslag", "Contact met verhuurder", "Eenzaamheid")
ACTIONS = ("Samen formulier ingevuld", "Gebeld met instantie", "Doorverwezen", "Nieuwe afspraak gemaakt")
SMALL_WEEKS = 8


def _weekdays(start: date, end: date) -> list[date]:
    """Spreekuur on Monday, Wednesday and Thursday."""
    days, day = [], start
    while day <= end:
        if day.weekday() in (0, 2, 3):
            days.append(day)
        day += timedelta(days=1)
    return days


def generate(demo: DemoContext) -> dict[str, int]:
    session = demo.session
    ensure_reference_data(session)
    theme_ids = list(session.exec(select(SpreekuurTheme.id)).all())
    partner_ids = list(session.exec(select(SpreekuurPartner.id)).all())
    large = demo.scale == "large"
    start = demo.today - (timedelta(days=365 * 10) if large else timedelta(weeks=SMALL_WEEKS))
    days = _weekdays(start, demo.today)
    visits_target = 20_000 if large else 120
    resident_count = 3_000 if large else 60
    residents = _residents(demo, resident_count, start)
    session_ids = _sessions(demo, days)
    visits = _visits(demo, days, session_ids, residents, theme_ids, visits_target)
    trajecten, referrals = _trajecten_and_referrals(demo, residents, partner_ids, start, 300 if large else 10)
    return {
        "spreekuurbewoners": len(residents),
        "spreekuren": len(session_ids),
        "spreekuurbezoeken": visits,
        "trajecten": trajecten,
        "doorverwijzingen": referrals,
    }


def _residents(demo: DemoContext, count: int, start: date) -> list[tuple[int, str, date]]:
    rows = []
    span = max(1, (demo.today - start).days)
    for _ in range(count):
        name = person_name(demo.rng)
        created = start + timedelta(days=demo.rng.randrange(span))
        rows.append(
            dict(
                name=name,
                search_key=search_key(name),
                phone=phone_number(demo.rng),
                email="",
                notes="",
                token=f"{demo.rng.getrandbits(128):032x}",  # from the seed: the demo is reproducible
                created_on=created,
            )
        )
    insert_rows(demo.session, SpreekuurResident, rows)
    stored = demo.session.exec(
        select(col(SpreekuurResident.id), col(SpreekuurResident.token), col(SpreekuurResident.created_on))
    ).all()
    residents = [(rid or 0, token, created) for rid, token, created in stored]
    insert_rows(
        demo.session,
        SpreekuurConsent,
        [
            dict(
                resident_id=rid,
                given_on=created,
                purpose="Vastleggen van hulpvragen en opvolging door het spreekuur",
                recorded_by=demo.rng.choice(HELPERS),
            )
            for rid, _, created in residents
        ],
    )
    return residents


def _sessions(demo: DemoContext, days: list[date]) -> dict[date, int]:
    rows = [dict(held_on=day, location="Spreekkamer", on_duty=", ".join(demo.rng.sample(HELPERS, 2))) for day in days]
    insert_rows(demo.session, SpreekuurSession, rows)
    return {
        held_on: sid or 0
        for sid, held_on in demo.session.exec(select(col(SpreekuurSession.id), col(SpreekuurSession.held_on)))
    }


def _visits(demo, days, session_ids, residents, theme_ids, target: int) -> int:
    rng = demo.rng
    seen: set[int] = set()
    rows: list[dict[str, Any]] = []
    by_day = sorted(days)
    for index in range(target):
        day = by_day[index * len(by_day) // target]
        anonymous = rng.random() < 0.15
        eligible = [r for r in rng.sample(residents, min(8, len(residents))) if r[2] <= day]
        resident = None if anonymous or not eligible else eligible[0]
        new = resident is not None and resident[0] not in seen
        if resident is not None:
            seen.add(resident[0])
        follow = day + timedelta(days=rng.choice((7, 14))) if resident is not None and rng.random() < 0.3 else None
        rows.append(
            dict(
                session_id=session_ids[day],
                visited_on=day,
                helped_by=rng.choice(HELPERS),
                resident_id=resident[0] if resident else None,
                person_token=resident[1] if resident else None,
                new_resident=new or (resident is None and rng.random() < 0.3),
                need="" if resident is None else rng.choice(NEEDS),
                question="" if resident is None else rng.choice(QUESTIONS),
                action="" if resident is None else rng.choice(ACTIONS),
                minutes=rng.choice((10, 15, 20, 30, 45)),
                follow_up_on=follow,
                follow_up_done=follow is not None and follow < demo.today,
            )
        )
    insert_rows(demo.session, SpreekuurVisit, rows)
    visit_ids = demo.session.exec(select(SpreekuurVisit.id)).all()
    links = [
        dict(visit_id=vid, theme_id=t) for vid in visit_ids for t in rng.sample(theme_ids, rng.choice((1, 1, 2, 3)))
    ]
    insert_rows(demo.session, SpreekuurVisitTheme, links)
    return len(rows)


def _trajecten_and_referrals(demo, residents, partner_ids, start: date, count: int) -> tuple[int, int]:
    rng = demo.rng
    referrals = 0
    for rid, token, created in rng.sample(residents, min(count, len(residents))):
        opened = max(created, start) + timedelta(days=rng.randrange(30))
        opened = min(opened, demo.today)
        # no further than the weeks since the opening allow: a phase is never reached in the future
        phase_index = min(rng.randrange(len(PHASES)), (demo.today - opened).days // 14)
        closed = opened + timedelta(days=rng.randrange(60, 300))
        is_closed = closed < demo.today and rng.random() < 0.7
        traject = SpreekuurTraject(
            resident_id=rid,
            person_token=token,
            opened_on=opened,
            phase=PHASES[phase_index],
            phase_since=opened + timedelta(days=14 * phase_index),
            closed_on=closed if is_closed else None,
            outcome=rng.choice(("opgelost", "deels_opgelost", "gestopt")) if is_closed else None,
        )
        demo.session.add(traject)
        demo.session.flush()
        for _ in range(rng.choice((0, 1, 1, 2))):
            step = rng.randrange(len(REFERRAL_STEPS) + 1)
            status = REFERRAL_STEPS[step] if step < len(REFERRAL_STEPS) else rng.choice(("afgerond", "uitgevallen"))
            news = min(opened + timedelta(days=7 * (step + 1)), demo.today)
            referral = SpreekuurReferral(
                resident_id=rid,
                partner_id=rng.choice(partner_ids),
                traject_id=traject.id,
                status=status,
                direction="afschalen" if rng.random() < 0.15 else "opschalen",
                referred_on=opened,
                last_news_on=news,
            )
            demo.session.add(referral)
            demo.session.flush()
            demo.session.add(
                SpreekuurReferralEvent(referral_id=referral.id or 0, status="doorverwezen", happened_on=opened)
            )
            if status != "doorverwezen":
                demo.session.add(SpreekuurReferralEvent(referral_id=referral.id or 0, status=status, happened_on=news))
            referrals += 1
    return min(count, len(residents)), referrals
