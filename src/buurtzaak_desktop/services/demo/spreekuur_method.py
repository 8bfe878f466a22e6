"""Demo plans van aanpak (a few agreements overdue on the demo's today) and toeleidingen to activities and volunteering.

Runs after the other areas: it draws from the end of the random stream, so the others' data stay as they were. The
registrations and proposals go through the Activiteiten' and Vrijwilligers' own services, as in the app.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select

from buurtzaak_desktop.db.models.spreekuur import SpreekuurPartner, SpreekuurResident, SpreekuurTraject
from buurtzaak_desktop.db.models.spreekuur_method import SpreekuurAgreement, SpreekuurPlanNeed, SpreekuurToeleiding
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.domain.spreekuur.plan import (
    DONE,
    LAPSED,
    OPEN,
    PROPOSED,
    TO_ACTIVITY,
    TO_VOLUNTEERING,
    WHO_LABELS,
)
from buurtzaak_desktop.services.activiteiten import participants
from buurtzaak_desktop.services.activiteiten.programme import list_activities
from buurtzaak_desktop.services.demo import DemoContext
from buurtzaak_desktop.services.vrijwilligers import intake
from buurtzaak_desktop.services.vrijwilligers.reference import role_ids

NEEDS = (
    "Overzicht krijgen van de rekeningen",
    "Huurachterstand bespreekbaar maken",
    "Aanvraag bijzondere bijstand",
    "Beter Nederlands leren",
    "Meer mensen leren kennen",
    "Brieven van de zorgverzekeraar begrijpen",
)
AGREEMENTS = (
    ("deelnemer", "Alle brieven in één map meenemen"),
    ("vertrouwenspersoon", "Samen bellen met de verhuurder"),
    ("partner", "Intakegesprek plannen"),
    ("deelnemer", "Bankafschriften van drie maanden meenemen"),
    ("vertrouwenspersoon", "Formulier samen invullen"),
    ("partner", "Terugbellen over de aanvraag"),
)
WANTED_ROLES = ("gastvrouw/gastheer", "keukenhulp", "taalmaatje", "receptie")


def generate(demo: DemoContext) -> dict[str, int]:
    session, rng = demo.session, demo.rng
    large = demo.scale == "large"
    running = list(
        session.exec(
            select(SpreekuurTraject)
            .where(col(SpreekuurTraject.closed_on).is_(None), SpreekuurTraject.phase != "orientatie")
            .order_by(col(SpreekuurTraject.id))
        ).all()
    )
    partner_ids = list(session.exec(select(SpreekuurPartner.id).order_by(col(SpreekuurPartner.id))).all())
    plans = rng.sample(running, min(len(running), 60 if large else 6))
    agreements = sum(_plan(demo, traject, partner_ids) for traject in plans)
    toeleidingen = _toeleidingen(demo, rng.sample(running, min(len(running), 40 if large else 5)))
    return {"plannen van aanpak": len(plans), "afspraken": agreements, "toeleidingen": toeleidingen}


def _plan(demo: DemoContext, traject: SpreekuurTraject, partner_ids: list[int | None]) -> int:
    rng, today = demo.rng, demo.today
    made = min(traject.phase_since, today)
    for position, text in enumerate(rng.sample(NEEDS, rng.choice((2, 3))), start=1):
        demo.session.add(SpreekuurPlanNeed(traject_id=traject.id or 0, position=position, text=text))
    count = rng.choice((2, 3, 4))
    for who, what in rng.sample(AGREEMENTS, count):
        due = today + timedelta(days=rng.randrange(-12, 15))  # some overdue, some this week, some later
        due = max(due, traject.opened_on)
        status = OPEN if due >= today or rng.random() < 0.6 else rng.choice((DONE, DONE, LAPSED))
        demo.session.add(
            SpreekuurAgreement(
                traject_id=traject.id or 0,
                who=who if who in WHO_LABELS else "deelnemer",
                partner_id=rng.choice(partner_ids) if who == "partner" else None,
                what=what,
                due_on=due,
                status=status,
                status_on=None if status == OPEN else min(due, today),
                created_on=made,
            )
        )
    return count


def _toeleidingen(demo: DemoContext, trajecten: list[SpreekuurTraject]) -> int:
    session, rng, today = demo.session, demo.rng, demo.today
    activities = [a for a in list_activities(session, include_ended=False)]
    roles = set(role_ids(session))
    made = 0
    for index, traject in enumerate(trajecten):
        resident = session.get(SpreekuurResident, traject.resident_id) if traject.resident_id else None
        if resident is None:
            continue
        on = min(traject.opened_on + timedelta(days=rng.randrange(7, 60)), today)
        if index % 3 == 2 and roles:  # one in three wants to volunteer
            role = rng.choice([r for r in WANTED_ROLES if r in roles] or sorted(roles))
            volunteer = intake.propose_volunteer(session, resident.name, role, on, phone=resident.phone)
            link = SpreekuurToeleiding(
                traject_id=traject.id or 0,
                kind=TO_VOLUNTEERING,
                volunteer_id=volunteer.id,
                role=role,
                first_status=PROPOSED,
                made_on=on,
                made_by="Fatima",
            )
        elif activities:
            activity = rng.choice(activities)
            person = participants.add_participant(
                session, participants.ParticipantInput(name=resident.name, phone=resident.phone), on
            )
            try:
                registration = participants.register(session, activity.id or 0, person.id or 0, on)
            except RuleViolation:
                continue
            link = SpreekuurToeleiding(
                traject_id=traject.id or 0,
                kind=TO_ACTIVITY,
                activity_id=activity.id,
                participant_id=person.id,
                registration_id=registration.id,
                first_status=registration.status,
                made_on=on,
                made_by="Henk",
            )
        else:
            continue
        session.add(link)
        made += 1
    return made
