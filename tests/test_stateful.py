"""A stateful property test: random sequences of the real service operations across the tabs, on a real SQLite file,
and after every step every promise between areas holds (``run_check`` is empty) and no two live bookings overlap.

Each rule calls one service function with drawn arguments; a refusal in Dutch (a ``BuurtzaakError``) is a fine end
of a step, anything else is a bug. The clock moves forward (certificates expire, sessions pass). Rules pick existing
rows by an index into the rows of the moment (``pick``), so a sequence shrinks to small indexes.

Adding a rule: a method with ``@rule(...)`` that calls ``self.attempt("name", service_function, *arguments)``.

    pytest tests/test_stateful.py -s                         # CI profile (25 examples of 30 steps), prints a tally
    HYPOTHESIS_PROFILE=slow pytest tests/test_stateful.py -s  # many more
    pytest tests/test_stateful.py --hypothesis-show-statistics  # the same tally as Hypothesis events
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, currently_in_test_context, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlmodel import col, select

from buurtzaak_desktop.db.models import Booking
from buurtzaak_desktop.db.models.activiteiten import (
    ACTIVE,
    ENDED,
    PAUSED,
    Activity,
    ActivitySession,
    Participant,
    Registration,
)
from buurtzaak_desktop.db.models.begroting import Initiative, InitiativePayment
from buurtzaak_desktop.db.models.rooster import LIVE
from buurtzaak_desktop.db.models.vrijwilligers import VolunteerCertificate, VolunteerShift
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.begroting.initiatives import (
    ADVANCE,
    FINAL,
    GRANTED,
    IN_REVIEW,
    ON_HOLD,
    REJECTED,
    SUBMITTED,
)
from buurtzaak_desktop.domain.begroting.kas import RECEIPT, TOPUP
from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.services.activiteiten.participants import REGISTERED, ParticipantInput, ParticipantService
from buurtzaak_desktop.services.activiteiten.programme import ActivityInput, ProgrammeService
from buurtzaak_desktop.services.activiteiten.sessions import SessionService
from buurtzaak_desktop.services.begroting import initiatives, kas
from buurtzaak_desktop.services.begroting.importing import import_budget
from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.rooster.bookings import (
    BookingChanges,
    BookingRequest,
    book,
    cancel_booking,
    update_booking,
)
from buurtzaak_desktop.services.rooster.hygiene import bookings_a_strike_cancels, record_strike
from buurtzaak_desktop.services.rooster.session_link import SessionsWouldLapse
from buurtzaak_desktop.services.vrijwilligers import certificates, shifts
from buurtzaak_desktop.services.vrijwilligers.hours import record_shift_held
from buurtzaak_desktop.services.vrijwilligers.volunteers import set_status
from tests.stateful.world import GROUPS, Tally, World, live_overlaps, make_world, start

settings.register_profile(
    "stateful",
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],  # no slow "explain" phase
)
settings.register_profile("slow", settings.get_profile("stateful"), max_examples=300, stateful_step_count=60)
# Only this test's profile: loading it globally would change every other Hypothesis test in the run.
PROFILE = settings.get_profile("slow" if os.environ.get("HYPOTHESIS_PROFILE") == "slow" else "stateful")

TALLY = Tally()


picks = st.integers(min_value=0, max_value=1000)  # an index into the rows a rule can choose from
days_ahead = st.integers(min_value=-7, max_value=70)
quarters = st.integers(min_value=7 * 4, max_value=21 * 4)  # a start time: 07:00-21:00, some outside the hours
lengths = st.integers(min_value=2, max_value=12)  # in quarters: 30 minutes to 3 hours
scopes = st.sampled_from(("this", "following", "all"))
groups = st.sampled_from(GROUPS)
bhv_holders = st.sampled_from((None, None, 0, 1))  # a volunteer index: Fatima El Amrani (0) has BHV, until it expires
names = st.sampled_from(("Zoë Şahin", "Ahmed Bakkali", "अनिल शर्मा", "محمد العلوي", "Sanne de Vries", "zoe sahin"))


def _time(quarter: int) -> time:
    return time(min(quarter, 95) // 4, min(quarter, 95) % 4 * 15)


def _pick(rows: list[Any], index: int) -> Any | None:
    return rows[index % len(rows)] if rows else None


class BuurtzaakMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        clock.set_now(start())
        self.world: World = make_world()
        self.database = self.world.database
        TALLY.examples += 1

    def teardown(self) -> None:
        self.world.close()
        clock.set_now(None)

    # -- shared ------------------------------------------------------------------------------------------------

    def attempt(self, name: str, action: Callable[..., Any], *arguments: Any, **keywords: Any) -> Any:
        """Run one service operation; a Dutch refusal ends the step fine, any other exception fails the test."""
        try:
            result = action(*arguments, **keywords)
        except BuurtzaakError as error:
            outcome = f"refused ({type(error).__name__})"
            result = None
        else:
            outcome = "ok"
        self.count(name, outcome)
        return result

    def count(self, name: str, outcome: str) -> None:
        TALLY.add(name, outcome)
        if currently_in_test_context():  # also for --hypothesis-show-statistics; not when a test replays rules
            event(f"{name}: {outcome}")

    def skip(self, name: str) -> None:
        """Nothing to pick yet (no booking, no session...): the step did nothing."""
        self.count(name, "nothing to pick")

    @property
    def today(self) -> date:
        return clock.today()

    def room(self, index: int) -> int:
        return list(self.world.rooms.values())[index % len(self.world.rooms)]

    def pick(self, query: Any, index: int) -> Any | None:
        return _pick(self.world.ids(query), index)

    # -- the invariants: after every step ----------------------------------------------------------------------

    @invariant()
    def every_check_holds(self) -> None:
        assert run_check(self.database) == []

    @invariant()
    def no_two_live_bookings_overlap(self) -> None:
        assert live_overlaps(self.database) == []

    # -- the clock ----------------------------------------------------------------------------------------------

    @rule(days=st.integers(min_value=1, max_value=40))
    def time_passes(self, days: int) -> None:
        clock.set_now(clock.now() + timedelta(days=days))
        self.count("time passes", "ok")

    # -- Rooster ------------------------------------------------------------------------------------------------

    def _request(self, room: int, day: int, start: int, length: int, group: str, bhv: int | None, **extra: Any):
        return BookingRequest(
            room_id=self.room(room),
            day=self.today + timedelta(days=day),
            start=_time(start),
            end=_time(start + length),
            title="Overleg",
            group_name=group,
            people=min(length, 6),
            bhv_volunteer_id=None if bhv is None else self.world.volunteers[bhv],
            **extra,
        )

    @rule(room=picks, day=days_ahead, start=quarters, length=lengths, group=groups, bhv=bhv_holders)
    def book_once(self, room: int, day: int, start: int, length: int, group: str, bhv: int | None) -> None:
        self.attempt("book", book, self.database, self._request(room, day, start, length, group, bhv))

    @rule(
        room=picks,
        day=days_ahead,
        start=quarters,
        length=lengths,
        group=groups,
        frequency=st.sampled_from(("weekly", "biweekly", "monthly")),
        count=st.integers(min_value=2, max_value=8),
    )
    def book_series(self, room: int, day: int, start: int, length: int, group: str, frequency: str, count: int) -> None:
        request = self._request(room, day, start, length, group, None, frequency=frequency, count=count)
        self.attempt("book series", book, self.database, request)

    @rule(
        booking=picks,
        days=st.integers(min_value=-10, max_value=10),
        start=st.one_of(st.none(), quarters),
        length=lengths,
        room=st.one_of(st.none(), picks),
        scope=scopes,
    )
    def move_booking(
        self, booking: int, days: int, start: int | None, length: int, room: int | None, scope: str
    ) -> None:
        chosen = self._live_booking(booking)
        if chosen is None:
            return self.skip("move booking")
        booking_id, day = chosen
        changes = BookingChanges(
            day=day + timedelta(days=days) if days else None,
            start=_time(start) if start is not None else None,
            end=_time(start + length) if start is not None else None,
            room_id=self.room(room) if room is not None else None,
        )
        self.attempt(f"move booking ({scope})", update_booking, self.database, booking_id, changes, scope)

    @rule(booking=picks, title=st.sampled_from(("Kookles", "Vergadering")), group=groups, scope=scopes)
    def edit_booking(self, booking: int, title: str, group: str, scope: str) -> None:
        chosen = self._live_booking(booking)
        if chosen is None:
            return self.skip("edit booking")
        changes = BookingChanges(title=title, group_name=group)
        self.attempt(f"edit booking ({scope})", update_booking, self.database, chosen[0], changes, scope)

    @rule(booking=picks, scope=scopes, lapse=st.booleans())
    def cancel_booking(self, booking: int, scope: str, lapse: bool) -> None:
        chosen = self._live_booking(booking)
        if chosen is None:
            return self.skip("cancel booking")
        # lapse: the user answered yes to "die bijeenkomst wordt dan 'niet doorgegaan'"
        self.attempt(f"cancel booking ({scope})", cancel_booking, self.database, chosen[0], scope, lapse)

    def _live_booking(self, index: int) -> tuple[int, date] | None:
        query = select(col(Booking.id), col(Booking.day)).where(Booking.status == LIVE)
        with self.database.reading() as session:
            rows = list(session.execute(query.order_by(col(Booking.id))).all())
        return _pick([(booking_id, day) for booking_id, day in rows], index)

    @rule(group=groups, day=st.integers(min_value=-14, max_value=0), room=picks, confirm=st.booleans())
    def hygiene_strike(self, group: str, day: int, room: int, confirm: bool) -> None:
        when = self.today + timedelta(days=day)
        # confirm: the user said yes to cancelling the bookings the suspension lists; otherwise nothing is cancelled
        cancelled = (
            [
                b.booking_id
                for b in self.attempt("strike preview", bookings_a_strike_cancels, self.database, group, when) or []
            ]
            if confirm
            else []
        )
        self.attempt(
            "hygiene strike",
            record_strike,
            self.database,
            group,
            when,
            self.room(room),
            "Keuken niet schoon",
            cancelled,
        )

    # -- Kleine kas ---------------------------------------------------------------------------------------------

    @rule(
        day=st.integers(min_value=-60, max_value=0),
        topup=st.booleans(),
        amount=st.integers(1, 30_000),
        category=st.sampled_from("ABCDEF"),
    )
    def kas_entry(self, day: int, topup: bool, amount: int, category: str) -> None:
        draft = kas.KasDraft(
            self.today + timedelta(days=day),
            TOPUP if topup else RECEIPT,
            amount,
            "" if topup else category,
            "Boodschappen",
            "" if topup else f"B-{amount}",
        )
        self.attempt("kas entry", kas.add_entry, self.database, draft)

    @rule(back=st.integers(min_value=1, max_value=3))
    def kas_close_month(self, back: int) -> None:
        month = self.today.replace(day=1)
        for _ in range(back):
            month = (month - timedelta(days=1)).replace(day=1)
        self.attempt("kas close month", kas.close_month, self.database, month, "Coördinator", self.today)

    # -- Activiteiten -------------------------------------------------------------------------------------------

    @rule(
        room=picks,
        weekday=st.integers(min_value=0, max_value=6),
        start=quarters,
        length=lengths,
        weeks=st.integers(min_value=1, max_value=10),
        capacity=st.sampled_from((None, 1, 2, 3)),
    )
    def create_activity(
        self, room: int, weekday: int, start: int, length: int, weeks: int, capacity: int | None
    ) -> None:
        data = ActivityInput(
            name="Yoga",
            start_time=_time(start),
            end_time=_time(start + length),
            season_start=self.today,
            season_end=self.today + timedelta(weeks=weeks),
            weekdays=(weekday,),
            room_id=self.room(room),
            capacity=capacity,
        )
        self.attempt("create activity", ProgrammeService(self.database).create, data, self.today)

    @rule(
        activity=picks,
        room=st.one_of(st.none(), picks),
        weekday=st.integers(min_value=0, max_value=6),
        start=quarters,
        length=lengths,
    )
    def edit_activity(self, activity: int, room: int | None, weekday: int, start: int, length: int) -> None:
        service = ProgrammeService(self.database)
        activity_id = self.pick(select(col(Activity.id)).order_by(col(Activity.id)), activity)
        if activity_id is None:
            return self.skip("edit activity")
        old = service.get(activity_id)
        data = ActivityInput(
            name=old.name,
            start_time=_time(start),
            end_time=_time(start + length),
            season_start=old.season_start,
            season_end=old.season_end,
            weekdays=(weekday,),
            room_id=self.room(room) if room is not None else old.room_id,
            capacity=old.capacity,
        )
        self.attempt("edit activity", service.update, activity_id, data, self.today)

    @rule(activity=picks)
    def pause_activity(self, activity: int) -> None:
        activity_id = self.pick(select(col(Activity.id)).where(Activity.status == ACTIVE), activity)
        if activity_id is None:
            return self.skip("pause activity")
        self.attempt("pause activity", ProgrammeService(self.database).set_status, activity_id, PAUSED, self.today)

    @rule(activity=picks)
    def resume_activity(self, activity: int) -> None:
        activity_id = self.pick(select(col(Activity.id)).where(Activity.status == PAUSED), activity)
        if activity_id is None:
            return self.skip("resume activity")
        self.attempt("resume activity", ProgrammeService(self.database).resume, activity_id, self.today)

    @rule(activity=picks)
    def end_activity(self, activity: int) -> None:
        activity_id = self.pick(select(col(Activity.id)).where(Activity.status != ENDED), activity)
        if activity_id is None:
            return self.skip("end activity")
        self.attempt("end activity", ProgrammeService(self.database).set_status, activity_id, ENDED, self.today)

    def _session(self, index: int, *where: Any) -> int | None:
        return self.pick(select(col(ActivitySession.id)).where(*where).order_by(col(ActivitySession.id)), index)

    @rule(session=picks)
    def cancel_session(self, session: int) -> None:
        session_id = self._session(session, ActivitySession.status == "gepland")
        if session_id is None:
            return self.skip("cancel session")
        self.attempt("cancel session", SessionService(self.database).cancel, session_id, "Leider ziek")

    @rule(session=picks)
    def reinstate_session(self, session: int) -> None:
        session_id = self._session(session, ActivitySession.status != "gepland")
        if session_id is None:
            return self.skip("reinstate session")
        self.attempt("reinstate session", SessionService(self.database).reinstate, session_id, self.today)

    @rule(name=names)
    def add_participant(self, name: str) -> None:
        self.attempt("add participant", ParticipantService(self.database).add, ParticipantInput(name), self.today)

    @rule(activity=picks, participant=picks)
    def register(self, activity: int, participant: int) -> None:
        activity_id = self.pick(select(col(Activity.id)).order_by(col(Activity.id)), activity)
        participant_id = self.pick(select(col(Participant.id)).order_by(col(Participant.id)), participant)
        if activity_id is None or participant_id is None:
            return self.skip("register")
        self.attempt("register", ParticipantService(self.database).register, activity_id, participant_id, self.today)

    @rule(registration=picks)
    def leave(self, registration: int) -> None:
        registration_id = self.pick(
            select(col(Registration.id)).where(Registration.status != "vertrokken").order_by(col(Registration.id)),
            registration,
        )
        if registration_id is None:
            return self.skip("leave")
        self.attempt("leave", ParticipantService(self.database).leave, registration_id, self.today)

    def _attended_session(self, index: int) -> int | None:
        return self._session(index)

    @rule(session=picks, name=names)
    def walk_in(self, session: int, name: str) -> None:
        session_id = self._attended_session(session)
        if session_id is None:
            return self.skip("walk-in")
        self.attempt(
            "walk-in", SessionService(self.database).add_walk_in, session_id, ParticipantInput(name), self.today
        )

    @rule(session=picks, anonymous=st.integers(min_value=0, max_value=5))
    def save_attendance(self, session: int, anonymous: int) -> None:
        session_id = self._attended_session(session)
        if session_id is None:
            return self.skip("save attendance")
        with self.database.reading() as reading:
            row = reading.get(ActivitySession, session_id)
            assert row is not None
            present = list(
                reading.execute(
                    select(col(Registration.participant_id)).where(
                        Registration.activity_id == row.activity_id, Registration.status == REGISTERED
                    )
                ).scalars()
            )
        self.attempt("save attendance", SessionService(self.database).save_attendance, session_id, present, anonymous)

    # -- Vrijwilligers ------------------------------------------------------------------------------------------

    @rule(
        volunteer=picks,
        kind=st.sampled_from(("VOG", "BHV", "EHBO", "Hygiëne")),
        days=st.integers(min_value=-30, max_value=400),
    )
    def add_certificate(self, volunteer: int, kind: str, days: int) -> None:
        self.attempt(
            "add certificate",
            certificates.add_certificate,
            self.database,
            _pick(self.world.volunteers, volunteer),
            kind,
            self.today + timedelta(days=days),
        )

    @rule(certificate=picks, days=st.one_of(st.none(), st.integers(min_value=-30, max_value=400)))
    def renew_certificate(self, certificate: int, days: int | None) -> None:
        certificate_id = self.pick(
            select(col(VolunteerCertificate.id)).order_by(col(VolunteerCertificate.id)), certificate
        )
        if certificate_id is None:
            return self.skip("renew certificate")
        until = None if days is None else self.today + timedelta(days=days)
        self.attempt("renew certificate", certificates.renew_certificate, self.database, certificate_id, until)

    @rule(shift=picks, volunteer=picks)
    def assign_shift(self, shift: int, volunteer: int) -> None:
        self.attempt(
            "assign shift",
            shifts.assign,
            self.database,
            _pick(self.world.shifts, shift),
            _pick(self.world.volunteers, volunteer),
            self.today,
        )

    @rule(shift=picks, volunteer=picks)
    def unassign_shift(self, shift: int, volunteer: int) -> None:
        self.attempt(
            "unassign shift",
            shifts.unassign,
            self.database,
            _pick(self.world.shifts, shift),
            _pick(self.world.volunteers, volunteer),
        )

    @rule(shift=picks, weeks_ago=st.integers(min_value=0, max_value=3))
    def shift_held(self, shift: int, weeks_ago: int) -> None:
        shift_id = _pick(self.world.shifts, shift)
        with self.database.reading() as session:
            row = session.get(VolunteerShift, shift_id)
            assert row is not None
            weekday = row.weekday
        day = self.today - timedelta(days=(self.today.weekday() - weekday) % 7, weeks=weeks_ago)
        self.attempt("shift held", record_shift_held, self.database, shift_id, day)

    @rule(volunteer=picks, status=st.sampled_from(("actief", "pauze", "gestopt")))
    def volunteer_status(self, volunteer: int, status: str) -> None:
        self.attempt(
            "volunteer status", set_status, self.database, _pick(self.world.volunteers, volunteer), status, self.today
        )

    # -- Begroting ----------------------------------------------------------------------------------------------

    @rule(cents=st.integers(min_value=1, max_value=300_000))
    def submit_initiative(self, cents: int) -> None:
        application = initiatives.Application(
            year=self.today.year,
            applicant="Buurtbewoner",
            title="Taalcafé",
            submitted_on=self.today,
            requested_cents=cents,
        )
        self.attempt("submit initiative", initiatives.submit, self.database, application)

    @rule(initiative=picks)
    def review_initiative(self, initiative: int) -> None:
        initiative_id = self.pick(select(col(Initiative.id)).where(Initiative.status == SUBMITTED), initiative)
        if initiative_id is None:
            return self.skip("review initiative")
        self.attempt("review initiative", initiatives.start_review, self.database, initiative_id)

    @rule(
        initiative=picks,
        cents=st.integers(min_value=1, max_value=300_000),
        overrun=st.booleans(),
        outcome=st.sampled_from((GRANTED, GRANTED, REJECTED, ON_HOLD)),
    )
    def decide_initiative(self, initiative: int, cents: int, overrun: bool, outcome: str) -> None:
        query = select(col(Initiative.id)).where(col(Initiative.status).in_((IN_REVIEW, ON_HOLD)))
        initiative_id = self.pick(query, initiative)
        if initiative_id is None:
            return self.skip("decide initiative")
        self.attempt(
            f"decide initiative ({outcome})",
            initiatives.decide,
            self.database,
            initiative_id,
            outcome,
            self.today,
            "Besproken in de regiegroep",
            cents,
            confirm_overrun=overrun,
        )

    @rule(initiative=picks, cents=st.integers(min_value=1, max_value=300_000), kind=st.sampled_from((ADVANCE, FINAL)))
    def pay_initiative(self, initiative: int, cents: int, kind: str) -> None:
        initiative_id = self.pick(select(col(Initiative.id)).where(Initiative.status == GRANTED), initiative)
        if initiative_id is None:
            return self.skip("pay initiative")
        self.attempt("pay initiative", initiatives.pay, self.database, initiative_id, kind, self.today, cents)

    @rule(payment=picks)
    def delete_payment(self, payment: int) -> None:
        payment_id = self.pick(select(col(InitiativePayment.id)).order_by(col(InitiativePayment.id)), payment)
        if payment_id is None:
            return self.skip("delete payment")
        self.attempt("delete payment", initiatives.delete_payment, self.database, payment_id)

    @rule(initiative=picks, extra=st.integers(min_value=0, max_value=50_000), receipts=st.booleans())
    def account_initiative(self, initiative: int, extra: int, receipts: bool) -> None:
        initiative_id = self.pick(select(col(Initiative.id)).where(Initiative.status == GRANTED), initiative)
        if initiative_id is None:
            return self.skip("account initiative")
        # Costs at least what was paid: closing with less paid out is a finding by design ("terug te vragen"), the
        # regiegroep's to-do, not a broken link; the machine would stop on it (see the report on issue 15).
        paid = sum(payment.amount_cents for payment in initiatives.payments_of(self.database, initiative_id))
        self.attempt(
            "account initiative",
            initiatives.account,
            self.database,
            initiative_id,
            paid + extra,
            12,
            receipts,
            self.today,
        )

    @rule(
        year_ahead=st.integers(min_value=0, max_value=1),
        budget=st.integers(min_value=0, max_value=10_000),
        actual=st.one_of(st.none(), st.integers(min_value=0, max_value=10_000)),
        replace=st.booleans(),
    )
    def import_budget(self, year_ahead: int, budget: int, actual: int | None, replace: bool) -> None:
        year = self.today.year + year_ahead
        path = self.world.folder / "begroting.csv"
        path.write_text(
            "jaar;soort;categorie;post;begroot;realisatie\n"
            f"{year};baten;Eigen inkomsten;Zaalhuur;{budget};{'' if actual is None else actual}\n"
            f"{year};lasten;Huisvesting;Huur;{budget * 2};\n"
            f"{year};lasten;Fonds;Bewonersinitiatieven;5.000;\n",
            encoding="utf-8",
        )
        self.attempt("import budget", import_budget, self.database, path, replace=replace)


def test_random_sequences_keep_every_promise(capsys: pytest.CaptureFixture[str]) -> None:
    run_state_machine_as_test(BuurtzaakMachine, settings=PROFILE)
    assert TALLY.steps > 0
    with capsys.disabled():
        print("\n" + TALLY.report())


def test_clock_is_back_after_the_machine() -> None:
    assert clock.now() == datetime.fromisoformat(os.environ["BUURTZAAK_NOW"])


def test_cancelling_a_session_booking_in_the_rooster_asks_then_lapses_the_session() -> None:
    """The machine's first minimal break (issue 15, link 1): an activity books its sessions; the Rooster cancels one
    of those bookings. Now it is refused until the user agrees, and then the session is 'niet doorgegaan'."""
    clock.set_now(start())
    machine = BuurtzaakMachine()
    try:
        machine.create_activity(room=0, weekday=0, start=40, length=4, weeks=2, capacity=None)
        first_session_booking = machine.world.live_bookings()[0]
        with pytest.raises(SessionsWouldLapse):
            cancel_booking(machine.database, first_session_booking, "this")
        cancel_booking(machine.database, first_session_booking, "this", True)
        assert run_check(machine.database) == []
    finally:
        machine.teardown()


def test_pausing_after_attendance_keeps_the_session_booking() -> None:
    """The machine's second minimal break: Yoga's session of next Monday (7 December) gets its attendance; Yoga is
    paused from today (3 December). The session stays (it has marks), and so does its booking."""
    clock.set_now(start())
    machine = BuurtzaakMachine()
    try:
        with machine.database.reading() as session:
            next_monday = machine.today + timedelta(days=7 - machine.today.weekday())
            query = select(ActivitySession).where(ActivitySession.day == next_monday)
            monday = session.execute(query).scalar_one()
            zoe = session.execute(select(col(Participant.id)).where(Participant.name == "Zoë Şahin")).scalar_one()
        SessionService(machine.database).save_attendance(monday.id or 0, [zoe])
        ProgrammeService(machine.database).set_status(monday.activity_id, PAUSED, machine.today)
        assert run_check(machine.database) == []
    finally:
        machine.teardown()
