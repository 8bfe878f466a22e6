"""The demo data shows every part of the tab: expiring and expired certificates, gaps, overdue talks, hours."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlmodel import col, select

from buurtzaak_desktop.db.models.vrijwilligers import Volunteer
from buurtzaak_desktop.domain.vrijwilligers.certificates import CertificateState
from buurtzaak_desktop.services.check import run_check
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.vrijwilligers import startup
from buurtzaak_desktop.services.vrijwilligers.certificates import bhv_holders, expiring_certificates
from buurtzaak_desktop.services.vrijwilligers.hours import handgeld_actuals, hours_value
from buurtzaak_desktop.services.vrijwilligers.pop import overdue_talks
from buurtzaak_desktop.services.vrijwilligers.shifts import week_shifts
from buurtzaak_desktop.services.vrijwilligers.training import list_courses
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers

TODAY = date(2026, 11, 25)


def test_small_demo_covers_the_tab(context: AppContext) -> None:
    database = context.database
    counts = generate_demo(database, today=TODAY)
    assert (counts["vrijwilligers"], counts["medewerkers"]) == (40, 7)
    everyone = list_volunteers(database)
    # three of the 40 have stopped; the spreekuur's toeleiding proposed a few more (services/demo/spreekuur_method.py)
    assert len(everyone) == 44 + _proposed_by_spreekuur(database) and sum(row.is_staff for row in everyone) == 7
    states = {row.state for row in expiring_certificates(database, TODAY)}
    assert states == {CertificateState.EXPIRING, CertificateState.EXPIRED}
    assert len(bhv_holders(database, TODAY)) >= 3
    assert any(row.gap for row in week_shifts(database))
    reasons = {r.text for row in week_shifts(database, TODAY) for _, found in row.unfit for r in found}
    assert reasons == {"pauze", f"VOG verlopen op {TODAY.replace(day=24):%d-%m-%Y}"}  # who leaves a gap, and why
    assert overdue_talks(database, TODAY)
    (basic, _) = list_courses(database, TODAY)
    assert (basic.enrolled, basic.waiting, basic.sessions) == (12, 2, 8)
    assert hours_value(database, 2026).minutes > 0 and handgeld_actuals(database, 2026)
    assert list_volunteers(database, VolunteerFilter(role="receptie", weekday=1, part=2))
    assert run_check(database) == []


def _proposed_by_spreekuur(database) -> int:
    with database.reading() as session:
        return int(
            session.execute(text("SELECT COUNT(*) FROM spreekuur_toeleiding WHERE kind = 'vrijwilliger'")).scalar_one()
        )


def test_the_long_stopped_demo_volunteer_comes_anonymised(context: AppContext) -> None:
    """The demo is a centre whose retention has run: the long-stopped volunteer is anonymised."""
    generate_demo(context.database)
    with context.database.reading() as session:
        anonymised = session.exec(select(Volunteer).where(col(Volunteer.anonymised_on).is_not(None))).all()
    assert len(anonymised) == 1 and not (anonymised[0].email or anonymised[0].phone)
    assert startup.run(context) == []
