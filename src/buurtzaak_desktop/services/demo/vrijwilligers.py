"""Demo volunteers and staff (DOMAIN.md §2): roles, availability, certificates (some expiring, some expired),
the basic course, POP talks, the weekly shifts, and hours: a season (small) or ten years (large, bulk inserts)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlmodel import col, select

from buurtzaak_desktop.db.models.vrijwilligers import (
    CertificateType,
    HandgeldPayment,
    PopTalk,
    TrainingSession,
    Volunteer,
    VolunteerCertificate,
    VolunteerHours,
)
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.domain.vrijwilligers.availability import part_of_day, slot_bit
from buurtzaak_desktop.domain.vrijwilligers.hours import shift_minutes
from buurtzaak_desktop.domain.vrijwilligers.people import DEFAULT_ROLES
from buurtzaak_desktop.services.demo import DemoContext, insert_rows
from buurtzaak_desktop.services.demo.names import person_name, phone_number
from buurtzaak_desktop.services.vrijwilligers.certificates import add_in
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data, role_ids
from buurtzaak_desktop.services.vrijwilligers.shifts import ShiftRow, assign_in, create_shift_in, shifts_in
from buurtzaak_desktop.services.vrijwilligers.training import (
    SessionPlan,
    create_course_in,
    enrol_in,
    record_attendance_in,
)
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, write_volunteer

VOLUNTEERS = 40
STAFF = (
    ("directeur", ()),
    ("coördinator", ("activiteitbegeleider",)),
    ("beheer / leermeester", ("receptie", "klussen")),
    ("community builder", ("activiteitbegeleider",)),
    ("backoffice", ("receptie",)),
    ("financieel medewerker", ()),
    ("programmeur", ("activiteitbegeleider",)),
)
LANGUAGES = ("turks", "arabisch", "tamazight", "engels", "sranantongo", "hindi", "pools", "portugees", "frans", "twi")
# (role, weekdays, start, end, people needed)
SHIFTS = (
    ("receptie", range(5), time(9), time(13), 2),
    ("receptie", range(5), time(13), time(17), 1),
    ("receptie", range(5), time(17), time(21), 1),
    ("receptie", (5,), time(10), time(17), 1),
    ("keukenhulp", (1, 3), time(12), time(14, 30), 2),
    ("spreekuur", (0, 2), time(13), time(16), 2),
    ("gastvrouw/gastheer", (4,), time(17), time(21), 2),
)
BASIC_COURSE = (
    "Introductie",
    "Luisteren zonder oordeel",
    "Ordenen levensverhaal/hulpvraag",
    "Gesprekstechnieken",
    "Vertrouwen, privacy en grenzen",
    "Toeleiden/sociale kaart",
    "Ondersteuning en motivatie",
    "Nazorg",
)


def generate(demo: DemoContext) -> dict[str, int]:
    ensure_reference_data(demo.session)
    staff = _staff(demo)
    volunteers = _volunteers(demo)
    certificates = _certificates(demo, staff, volunteers)
    shifts = _shifts(demo, volunteers + staff)
    talks = _talks(demo, volunteers)
    enrolments = _training(demo, volunteers)
    hours = _hours(demo, shifts)
    _lapses(demo, shifts)
    handgeld = _handgeld(demo, volunteers[:3])
    demo.shared["volunteers"] = volunteers
    demo.shared["staff"] = staff
    return {
        "vrijwilligers": len(volunteers),
        "medewerkers": len(staff),
        "certificaten": certificates,
        "diensten": len(shifts),
        "POP-gesprekken": talks,
        "trainingsinschrijvingen": enrolments,
        "urenregels": hours,
        "handgeldbetalingen": handgeld,
    }


def _write(demo: DemoContext, data: VolunteerData) -> int:
    volunteer = write_volunteer(demo.session, data)
    assert volunteer.id is not None
    return volunteer.id


def _staff(demo: DemoContext) -> list[int]:
    ids = []
    for function, roles in STAFF:
        name = person_name(demo.rng)
        ids.append(
            _write(
                demo,
                VolunteerData(
                    name=name,
                    email=_email(name, demo),
                    phone=phone_number(demo.rng),
                    start_date=demo.today - timedelta(days=demo.rng.randint(400, 3000)),
                    is_staff=True,
                    staff_function=function,
                    ladder_step="sleutelhouder",
                    availability=sum(slot_bit(day, part) for day in range(5) for part in (0, 1)),
                    languages=["nederlands", *demo.rng.sample(LANGUAGES, demo.rng.randint(0, 1))],
                    roles=list(roles),
                ),
            )
        )
    return ids


def _email(name: str, demo: DemoContext) -> str:
    letters = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalpha())
    return f"{letters or 'vrijwilliger'}{demo.rng.randint(1, 99)}@example.org"


def _volunteers(demo: DemoContext) -> list[int]:
    ids = []
    ladder = ("vrijwilliger",) * 6 + ("deelnemer", "sleutelhouder", "bestuur")
    for number in range(VOLUNTEERS):
        name = person_name(demo.rng)
        slots = demo.rng.sample(range(21), demo.rng.randint(3, 9))
        roles = demo.rng.sample(DEFAULT_ROLES, demo.rng.randint(1, 3))
        if number < 18:  # enough people for the reception desk
            roles = ["receptie", *[role for role in roles if role != "receptie"]]
        ids.append(
            _write(
                demo,
                VolunteerData(
                    name=name,
                    email=_email(name, demo) if demo.rng.random() < 0.8 else "",
                    phone=phone_number(demo.rng),
                    start_date=demo.today - timedelta(days=demo.rng.randint(60, 2500)),
                    ladder_step=demo.rng.choice(ladder),
                    availability=sum(1 << slot for slot in slots),
                    languages=["nederlands", *demo.rng.sample(LANGUAGES, demo.rng.randint(0, 2))],
                    emergency_contact=f"{person_name(demo.rng)}, {phone_number(demo.rng)}",
                    roles=roles,
                ),
            )
        )
    _statuses(demo, ids[-6:])
    return ids[:-6] + ids[-6:]


def _statuses(demo: DemoContext, ids: list[int]) -> None:
    """Three on a break, two stopped recently, one stopped long ago (anonymised at the next start)."""
    for volunteer_id, (status, days_ago) in zip(
        ids,
        (("pauze", 40), ("pauze", 90), ("pauze", 10), ("gestopt", 100), ("gestopt", 300), ("gestopt", 1000)),
        strict=True,
    ):
        volunteer = demo.session.get(Volunteer, volunteer_id)
        assert volunteer is not None
        volunteer.status = status
        volunteer.status_date = demo.today - timedelta(days=days_ago)
        volunteer.archived = status == "gestopt"


def _certificates(demo: DemoContext, staff: list[int], volunteers: list[int]) -> int:
    """VOG for everyone in contact with vulnerable people, BHV for staff and key holders, hygiene for the kitchen.

    Expiry dates are spread so that a few fall within the 60-day window and a few have passed.
    """
    count = 0
    spread = (-25, 300, 420, 12, 540, 700, 35, 800, 900, 1000, -3, 250, 380, 610, 58, 720, 850, 950, 1050, 1150)
    for number, volunteer_id in enumerate(staff + volunteers):
        volunteer = demo.session.get(Volunteer, volunteer_id)
        assert volunteer is not None
        wanted = ["VOG"] if number % 4 else ["VOG", "EHBO"]
        if volunteer.is_staff and volunteer.staff_function in ("beheer / leermeester", "coördinator", "backoffice"):
            wanted.append("BHV")
        if volunteer.ladder_step == "sleutelhouder":
            wanted.append("BHV")
        if number % 3 == 0:
            wanted.append("Hygiëne")
        for kind in dict.fromkeys(wanted):
            days = spread[(number * 7 + len(kind)) % len(spread)]
            if volunteer.is_staff:
                days = abs(days) + 90  # the staff keep theirs up to date
            add_in(demo.session, volunteer_id, kind, demo.today + timedelta(days=days))
            count += 1
    return count


def _shifts(demo: DemoContext, people: list[int]) -> list[ShiftRow]:
    for role, days, start, end, needed in SHIFTS:
        for day in days:
            create_shift_in(demo.session, role, day, start, end, needed)
    demo.session.flush()
    rows = shifts_in(demo.session)
    candidates = {volunteer_id: demo.session.get(Volunteer, volunteer_id) for volunteer_id in people}
    for row in rows:
        filled = 0
        wanted = row.people_needed - (1 if demo.rng.random() < 0.2 else 0)  # a gap now and then: the tab shows them
        order = list(people)
        demo.rng.shuffle(order)
        for volunteer_id in order:
            volunteer = candidates[volunteer_id]
            assert volunteer is not None
            if filled >= wanted:
                break
            if not volunteer.availability & slot_bit(row.weekday, part_of_day(row.start)):
                continue
            try:
                assign_in(demo.session, row.id, volunteer_id, demo.today)
                demo.session.flush()
                filled += 1
            except RuleViolation:
                continue  # not active, a clash, an expired certificate or not in this role
    return shifts_in(demo.session)


def _talks(demo: DemoContext, volunteers: list[int]) -> int:
    count = 0
    for number, volunteer_id in enumerate(volunteers[:-6]):
        held = demo.today - timedelta(days=demo.rng.randint(20, 230))
        demo.session.add(PopTalk(volunteer_id=volunteer_id, planned_on=held, held_on=held, note="Gaat goed."))
        count += 1
        if number % 3 == 0:
            planned = demo.today + timedelta(days=demo.rng.randint(-10, 40))
            demo.session.add(PopTalk(volunteer_id=volunteer_id, planned_on=planned))
            count += 1
    return count


def _training(demo: DemoContext, volunteers: list[int]) -> int:
    first = demo.today - timedelta(days=demo.today.weekday()) - timedelta(weeks=5)  # a Monday, five weeks ago
    plans = [
        SessionPlan(first + timedelta(weeks=n), time(9, 30), time(12, 30), topic)
        for n, topic in enumerate(BASIC_COURSE)
    ]
    course = create_course_in(demo.session, "Basistraining spreekuurvrijwilligers", 12, plans)
    demo.session.flush()
    enrolled_at = datetime.combine(first - timedelta(weeks=4), time(10))
    people = volunteers[:14]
    for number, volunteer_id in enumerate(people):
        enrol_in(demo.session, course, volunteer_id, enrolled_at + timedelta(minutes=number))
    demo.session.flush()
    for meeting in demo.session.exec(select(TrainingSession).where(TrainingSession.course_id == course)):
        if meeting.day < demo.today and meeting.id is not None:
            present = {person for person in people[:12] if demo.rng.random() < 0.88}
            record_attendance_in(demo.session, meeting.id, present)
    later = demo.today + timedelta(days=20)
    create_course_in(
        demo.session,
        "Deskundigheidstraining schulden",
        16,
        [SessionPlan(later, time(19), time(21, 30)), SessionPlan(later + timedelta(weeks=1), time(19), time(21, 30))],
    )
    return len(people)


def _hours(demo: DemoContext, shifts: list[ShiftRow]) -> int:
    """The hours of the shifts held: a season (26 weeks) or ten years, written with one bulk insert per year."""
    weeks = 26 if demo.scale == "small" else 52 * demo.years
    monday = demo.today - timedelta(days=demo.today.weekday()) - timedelta(weeks=weeks)
    role_of = role_ids(demo.session)
    total = 0
    batch: list[dict[str, object]] = []
    for week in range(weeks):
        for row in shifts:
            day = monday + timedelta(weeks=week, days=row.weekday)
            if day >= demo.today:
                continue
            minutes = shift_minutes(row.start, row.end)
            for volunteer_id, _ in row.volunteers:
                if demo.rng.random() < 0.08:
                    continue  # ill or on holiday
                batch.append(
                    {
                        "volunteer_id": volunteer_id,
                        "day": day,
                        "role_id": role_of[row.role],
                        "minutes": minutes,
                        "source": "dienst",
                        "shift_id": row.id,
                    }
                )
        if len(batch) > 20_000 or week == weeks - 1:
            if batch:
                insert_rows(demo.session, VolunteerHours, batch)
            total += len(batch)
            batch = []
    return total


def _lapses(demo: DemoContext, shifts: list[ShiftRow]) -> None:
    """From today one spreekuur volunteer's VOG has lapsed and one receptionist is on a break: they stay on their
    shifts, which now show a gap and why (after the hours, which all fall before today)."""
    spreekuur = next((row.volunteers[0][0] for row in shifts if row.role == "spreekuur" and row.volunteers), None)
    if spreekuur is not None:
        vog = demo.session.exec(
            select(VolunteerCertificate)
            .join(CertificateType, col(CertificateType.id) == VolunteerCertificate.certificate_type_id)
            .where(VolunteerCertificate.volunteer_id == spreekuur, CertificateType.name == "VOG")
        ).all()
        for certificate in vog:
            certificate.valid_until = min(certificate.valid_until or demo.today, demo.today - timedelta(days=1))
    receptie = [vid for row in shifts if row.role == "receptie" for vid, _ in row.volunteers if vid != spreekuur]
    if receptie:
        volunteer = demo.session.get(Volunteer, receptie[-1])
        assert volunteer is not None
        volunteer.status, volunteer.status_date = "pauze", demo.today
    demo.session.flush()


def _handgeld(demo: DemoContext, volunteers: list[int]) -> int:
    months = 6 if demo.scale == "small" else 12 * demo.years
    first = demo.today.replace(day=1)
    rows = []
    for back in range(1, months + 1):
        year, month = divmod(first.year * 12 + first.month - 1 - back, 12)
        for number, volunteer_id in enumerate(volunteers):
            # one month above the € 210 monthly maximum, so that the Vergoeding sub-tab shows its warning
            extra = 7_500 if back == 1 and number == 0 else 0
            rows.append(
                {
                    "volunteer_id": volunteer_id,
                    "month": date(year, month + 1, 1),
                    "amount_cents": 15_000 + extra,
                    "category": "vrijwilligersvergoeding",
                }
            )
    insert_rows(demo.session, HandgeldPayment, rows)
    return len(rows)
