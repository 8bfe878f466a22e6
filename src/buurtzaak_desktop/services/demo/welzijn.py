"""Welzijn op Recept demo data: a year of referrals (about 50) from a handful of verwijzers, four bondgenoten.

Most referrals came in the first eight months, so that by December most matches have passed their three months:
about 40 take part structurally or became volunteers, a few stopped, the latest are still followed. Participants
are invented demo residents with consent on record; bondgenoten are Vrijwilligers' demo volunteers given the role
and its training. Registrations go through Activiteiten' own participant service; the coach picks an activity of
the arrangement with a free place, so only a few wait, and nobody on a waiting list takes part structurally. Draws
from its own random stream (seeded once from the shared one), so that a change here never shifts the areas after it.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from sqlmodel import col, select

from buurtzaak_desktop.db.models.spreekuur import SpreekuurConsent, SpreekuurResident
from buurtzaak_desktop.db.models.vrijwilligers import Volunteer, VolunteerRole, VolunteerRoleLink
from buurtzaak_desktop.db.models.welzijn import WorContact, WorParticipant, WorReferrer
from buurtzaak_desktop.domain import welzijn
from buurtzaak_desktop.domain.spreekuur.text import search_key
from buurtzaak_desktop.services.activiteiten import participants as activiteiten
from buurtzaak_desktop.services.demo import DemoContext
from buurtzaak_desktop.services.demo.names import person_name, phone_number
from buurtzaak_desktop.services.vrijwilligers.certificates import add_in
from buurtzaak_desktop.services.welzijn.participants import CAME_VIA, CONSENT_PURPOSE
from buurtzaak_desktop.services.welzijn.reference import (
    apply_default_arrangements,
    arrangement_activities_in,
    ensure_bondgenoot_reference,
)

REFERRERS = (
    ("Huisartsenpraktijk Slotervaart", "huisarts"),
    ("Huisartsen Plesmanlaan", "huisarts"),
    ("Gezondheidscentrum Overtoomse Veld", "huisarts"),
    ("Fysiotherapie Nieuw-West", "fysiotherapeut"),
    ("Maatschappelijk werk Buurtteam", "maatschappelijk_werk"),
    ("Wijkverpleging Slotervaart", "wijkverpleging"),
)
REFERRER_WEIGHTS = (14, 10, 8, 6, 7, 5)
EARLY, LATE = 44, 6  # referrals from January to August, and from September to late November
BONDGENOTEN = 4
INTERESTS = ("Koken voor anderen", "Wandelen", "Handwerken", "Muziek", "Computers", "Tuinieren", "Schilderen")
ENERGY = ("Onder de mensen zijn", "Buiten bewegen", "Iets leren", "Iets voor een ander doen")
TALENTS = ("Goed luisteren", "Handig met naald en draad", "Kookt voor grote groepen", "Organiseren")
AMBITIONS = ("Weer onder de mensen komen", "Beter slapen, minder piekeren", "Nederlands oefenen", "Vrijwilligerswerk")
# outcomes in order of frequency: most take part structurally, a few became volunteers, some stopped
OUTCOMES = (welzijn.STRUCTURAL,) * 85 + (welzijn.VOLUNTEER,) * 7 + (welzijn.STOPPED,) * 8
STOP_REASONS = ("past_niet", "gezondheid", "geen_tijd", "verhuisd", "geen_contact")
WAITED_REASONS = ("geen_contact", "anders")  # who stopped while still waiting for a place
WAIT_ANYWAY = 0.15  # how often a participant keeps the arrangement they chose although its activities are full
STILL_WAITING = timedelta(weeks=8)  # a waiting match this recently past three months is still followed


def generate(demo: DemoContext) -> dict[str, int]:
    demo = replace(demo, rng=random.Random(demo.rng.getrandbits(64)))
    session, rng = demo.session, demo.rng
    ensure_bondgenoot_reference(session)
    apply_default_arrangements(session)
    referrers = []
    for name, kind in REFERRERS:
        referrer = WorReferrer(name=name, kind=kind)
        session.add(referrer)
        session.flush()
        referrers.append(referrer.id or 0)
    year_start = date(demo.today.year, 1, 5)
    bondgenoten = _bondgenoten(demo, year_start - timedelta(days=60))
    arrangements = _arrangements(session)
    days = sorted(
        [year_start + timedelta(days=rng.randrange(0, 236)) for _ in range(EARLY)]
        + [date(demo.today.year, 9, 1) + timedelta(days=rng.randrange(0, 80)) for _ in range(LATE)]
    )
    running: dict[int, list[date]] = {b: [] for b in bondgenoten}  # bondgenoot -> the end days of their matches
    counts = {"wor-deelnemers": 0, "wor-structureel": 0}
    for referred_on in days:
        if referred_on >= demo.today:
            continue
        participant = _participant(demo, referred_on, rng.choices(referrers, REFERRER_WEIGHTS)[0])
        _follow(demo, participant, arrangements, running, counts)
        counts["wor-deelnemers"] += 1
    return counts


def _bondgenoten(demo: DemoContext, trained_on: date) -> list[int]:
    """Four active volunteers (not staff) get the bondgenoot role and its training certificate."""
    session = demo.session
    ids = list(
        session.exec(
            select(Volunteer.id).where(
                col(Volunteer.archived).is_(False), Volunteer.status == "actief", col(Volunteer.is_staff).is_(False)
            )
        ).all()
    )
    chosen = demo.rng.sample(ids, min(BONDGENOTEN, len(ids)))
    role = session.exec(select(VolunteerRole.id).where(VolunteerRole.name == welzijn.BONDGENOOT_ROLE)).one()
    for volunteer_id in chosen:
        session.add(VolunteerRoleLink(volunteer_id=volunteer_id or 0, role_id=role or 0))
        add_in(session, volunteer_id or 0, welzijn.BONDGENOOT_CERTIFICATE, None, trained_on)
    return [v or 0 for v in chosen]


def _arrangements(session) -> list[tuple[str, list[int]]]:
    return [(code, [a for a, _ in found]) for code, found in arrangement_activities_in(session).items() if found]


def _place(demo: DemoContext, arrangements: list[tuple[str, list[int]]]) -> tuple[str, int]:
    """The arrangement and an activity of it with a free place; when all of its activities are full, mostly another
    arrangement that has room (a few keep their choice and go on the waiting list)."""
    rng, free = demo.rng, activiteiten.free_places_in(demo.session)

    def open_ones(ids: list[int]) -> list[int]:
        return [a for a in ids if free.get(a) is None or (free.get(a) or 0) > 0]

    code, activity_ids = rng.choice(arrangements)
    if not open_ones(activity_ids) and rng.random() >= WAIT_ANYWAY:
        with_room = [(c, ids) for c, ids in arrangements if open_ones(ids)]
        if with_room:
            code, activity_ids = rng.choice(with_room)
    return code, rng.choice(open_ones(activity_ids) or activity_ids)


def _participant(demo: DemoContext, referred_on: date, referrer_id: int) -> WorParticipant:
    rng, session = demo.rng, demo.session
    name = person_name(rng)
    resident = SpreekuurResident(
        name=name,
        search_key=search_key(name),
        phone=phone_number(rng),
        token=f"{rng.getrandbits(128):032x}",
        created_on=referred_on,
    )
    session.add(resident)
    session.flush()
    session.add(
        SpreekuurConsent(
            resident_id=resident.id or 0, given_on=referred_on, purpose=CONSENT_PURPOSE, recorded_by="welzijnscoach"
        )
    )
    intake = min(referred_on + timedelta(days=rng.randrange(3, 11)), demo.today)
    participant = WorParticipant(
        resident_id=resident.id,
        referrer_id=referrer_id,
        referred_on=referred_on,
        intake_on=intake,
        interests=rng.choice(INTERESTS),
        energy=rng.choice(ENERGY),
        talents=rng.choice(TALENTS),
        ambitions=rng.choice(AMBITIONS),
    )
    session.add(participant)
    session.flush()
    return participant


def _follow(demo: DemoContext, participant: WorParticipant, arrangements, running, counts) -> None:
    """The arrangement, the registration, the bondgenoot with room, the contact moments and the outcome."""
    rng, session, today = demo.rng, demo.session, demo.today
    assert participant.intake_on is not None
    start = participant.intake_on + timedelta(days=rng.randrange(2, 8))
    if start >= today or not arrangements:
        return  # the intake was just now: the arrangement is still to be chosen
    code, activity_id = _place(demo, arrangements)
    resident = session.get(SpreekuurResident, participant.resident_id)
    assert resident is not None
    person = activiteiten.add_participant(
        session, activiteiten.ParticipantInput(name=resident.name, phone=resident.phone, came_via=CAME_VIA), start
    )
    registration = activiteiten.register(session, activity_id, person.id or 0, start)
    participant.arrangement, participant.activity_id, participant.registration_id = code, activity_id, registration.id
    participant.started_on = start
    end = start + timedelta(weeks=13)
    outcome = rng.choice(OUTCOMES) if end <= today else None
    if outcome == welzijn.STRUCTURAL and registration.status == activiteiten.WAITING:
        # still waiting for a place: the coach follows on, or after long waiting the match stopped
        outcome = None if end > today - STILL_WAITING else welzijn.STOPPED
    if outcome == welzijn.STOPPED:
        end = start + timedelta(weeks=rng.randrange(3, 12))  # stopping comes before the three months are over
    free = [b for b, ends in running.items() if sum(1 for e in ends if e > start) < welzijn.MAX_PER_BONDGENOOT]
    if free:
        bondgenoot = rng.choice(free)
        running[bondgenoot].append(end if outcome else date.max)
        participant.bondgenoot_id = bondgenoot
    for week, day in welzijn.contact_days(start, welzijn.FOLLOW_UP_WEEKS):
        if outcome == welzijn.STOPPED and day > end:
            continue
        done = day + timedelta(days=rng.randrange(0, 4)) if day <= today - timedelta(days=3) else None
        session.add(WorContact(participant_id=participant.id or 0, week=week, planned_on=day, done_on=done))
    if outcome is not None:
        participant.outcome, participant.outcome_on = outcome, min(end, today)
        reasons = WAITED_REASONS if registration.status == activiteiten.WAITING else STOP_REASONS
        participant.stop_reason = rng.choice(reasons) if outcome == welzijn.STOPPED else None
        counts["wor-structureel"] += welzijn.counts_as_structural(outcome)
    session.flush()
