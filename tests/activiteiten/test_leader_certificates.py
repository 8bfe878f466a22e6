"""A volunteer leading an activity needs the certificates of the role "activiteitbegeleider" (issue 6): expired on
the first session to come refuses the save, expiring within 60 days only warns; a partner organisation is not a
volunteer and is not checked. Resuming a paused activity shows the dates the rooster refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from buurtzaak_desktop.db.models import Booking, Room
from buurtzaak_desktop.db.models.activiteiten import Activity, ActivitySession
from buurtzaak_desktop.domain.dates import format_date, now_local
from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.services.activiteiten.programme import (
    CANCELLED,
    PAUSED,
    LeaderWarning,
    ProgrammeService,
)
from buurtzaak_desktop.services.rooster.calendar import set_closing_day
from buurtzaak_desktop.services.vrijwilligers.certificates import add_certificate
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data, role_ids, save_role
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer
from buurtzaak_desktop.ui.activiteiten.dialogs import ActivityDialog
from buurtzaak_desktop.ui.activiteiten.programme import ProgrammeView

from .conftest import TODAY, yoga_input

# Yoga on Mondays; the first session from TODAY (Wednesday 25 November 2026) on is Monday 30 November
FIRST_SESSION = date(2026, 11, 30)


@pytest.fixture
def leader_role(database) -> None:
    """The centre's leader role requires a VOG (roles are data: by default it requires nothing)."""
    with database.transaction() as session:
        ensure_reference_data(session)
        role_id = role_ids(session)["activiteitbegeleider"]
    save_role(database, "activiteitbegeleider", ["VOG"], role_id=role_id)


def _volunteer(database, vog_until: date | None) -> int:
    volunteer_id = create_volunteer(database, VolunteerData(name="Sanne de Vries", roles=["activiteitbegeleider"]))
    if vog_until is not None:
        add_certificate(database, volunteer_id, "VOG", vog_until)
    return volunteer_id


def _counts(database) -> tuple[int, int, int]:
    with database.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (Activity, ActivitySession, Booking)
        )


@pytest.mark.parametrize("vog_until", [date(2026, 11, 20), date(2026, 11, 27), None])
def test_an_expired_or_missing_certificate_refuses_the_leader_and_nothing_is_saved(
    database, room_id, leader_role, vog_until
) -> None:
    # expired before today, expired before the first session (valid today), or never had one
    volunteer_id = _volunteer(database, vog_until)
    service = ProgrammeService(database)
    data = yoga_input(room_id, leader_volunteer_id=volunteer_id)
    with pytest.raises(RuleViolation) as refused:
        service.check(None, data, TODAY)
    assert refused.value.params == {"name": "Sanne de Vries", "role": "activiteitbegeleider", "certificates": "VOG"}
    assert "ontbreekt of is verlopen" in refused.value.message
    with pytest.raises(RuleViolation):
        service.save(None, data, TODAY)
    assert _counts(database) == (0, 0, 0)


def test_editing_an_activity_to_an_expired_leader_is_refused_and_changes_nothing(
    database, room_id, leader_role
) -> None:
    service = ProgrammeService(database)
    activity_id, _skipped, warnings = service.save(None, yoga_input(room_id, leader="Team Buurtzaak"), TODAY)
    assert warnings == []
    volunteer_id = _volunteer(database, date(2026, 11, 1))
    with pytest.raises(RuleViolation):
        service.save(
            activity_id,
            yoga_input(room_id, leader="Sanne de Vries", leader_volunteer_id=volunteer_id, weekdays=(0, 3)),
            TODAY,
        )
    assert service.get(activity_id).leader == "Team Buurtzaak"
    assert _counts(database) == (1, 9, 5)  # still Mondays only


def test_a_certificate_expiring_within_60_days_saves_with_a_warning(database, room_id, leader_role) -> None:
    volunteer_id = _volunteer(database, FIRST_SESSION + timedelta(days=60))  # the edge: still a warning
    service = ProgrammeService(database)
    data = yoga_input(room_id, leader_volunteer_id=volunteer_id)
    expected = [LeaderWarning("Sanne de Vries", "VOG", FIRST_SESSION + timedelta(days=60))]
    assert service.check(None, data, TODAY).warnings == expected
    activity_id, skipped, warnings = service.save(None, data, TODAY)
    assert skipped == [] and warnings == expected
    assert service.get(activity_id).leader == "Sanne de Vries"
    assert _counts(database) == (1, 9, 5)


def test_a_certificate_valid_beyond_the_window_gives_no_warning(database, room_id, leader_role) -> None:
    volunteer_id = _volunteer(database, FIRST_SESSION + timedelta(days=61))
    _id, _skipped, warnings = ProgrammeService(database).save(
        None, yoga_input(room_id, leader_volunteer_id=volunteer_id), TODAY
    )
    assert warnings == []


def test_a_partner_organisation_as_leader_is_not_checked(database, room_id, leader_role) -> None:
    _volunteer(database, date(2026, 11, 1))  # a volunteer of the same name with an expired VOG: never matched
    data = yoga_input(room_id, leader="Sanne de Vries", leader_kind="partner")
    activity_id, _skipped, warnings = ProgrammeService(database).save(None, data, TODAY)
    assert warnings == [] and ProgrammeService(database).get(activity_id).leader_kind == "partner"


def _fill_yoga(dialog: ActivityDialog) -> None:
    from PySide6.QtCore import QDate, QTime

    dialog.name.setText("Yoga")
    dialog.days[0].setChecked(True)
    dialog.room.setCurrentIndex(1)
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(11, 30))
    dialog.season_start.setDate(QDate(2026, 11, 30))
    dialog.season_end.setDate(QDate(2026, 12, 28))


def _dialog(qtbot, database, room_id: int, volunteer_id: int) -> ActivityDialog:
    service = ProgrammeService(database)
    dialog = ActivityDialog(
        [Room(id=room_id, name="Activiteitenruimte 1", capacity=25)],
        preview=lambda data: service.check(None, data, TODAY),
        volunteers=[(volunteer_id, "Sanne de Vries")],
    )
    qtbot.addWidget(dialog)
    _fill_yoga(dialog)
    dialog.leader_kind.setCurrentIndex(dialog.leader_kind.findData("partner"))
    dialog.leader_volunteer.setCurrentIndex(1)  # choosing the volunteer fills in the leader
    assert dialog.leader.text() == "Sanne de Vries" and dialog.leader_kind.currentData() == "vrijwilliger"
    return dialog


def test_the_dialog_shows_the_refusal_and_stays_open(qtbot, database, room_id, leader_role) -> None:
    dialog = _dialog(qtbot, database, room_id, _volunteer(database, date(2026, 11, 20)))
    dialog.try_accept()
    assert dialog.result_value is None
    assert "Sanne de Vries kan niet worden ingezet voor activiteitbegeleider: VOG ontbreekt of is verlopen" in (
        dialog.message.text()
    )
    # typing another name unlinks the volunteer: a typed name is not checked
    qtbot.keyClicks(dialog.leader, " (buurvrouw)")
    assert dialog.leader_volunteer.currentData() is None
    dialog.try_accept()
    assert dialog.result_value is not None and dialog.result_value.leader_volunteer_id is None


def test_the_dialog_warns_and_saves_when_the_certificate_expires_soon(qtbot, database, room_id, leader_role) -> None:
    volunteer_id = _volunteer(database, date(2027, 1, 10))
    dialog = _dialog(qtbot, database, room_id, volunteer_id)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Opslaan").click()

    QTimer.singleShot(0, answer)
    dialog.try_accept()
    assert seen == [
        "Let op: VOG van Sanne de Vries verloopt op zo 10 januari 2027. Opslaan kan nog; zorg op tijd voor een nieuw."
    ]
    assert dialog.result_value is not None and dialog.result_value.leader_volunteer_id == volunteer_id
    assert "Let op: VOG van Sanne de Vries" in dialog.message.text()


def test_resuming_returns_the_refused_dates(database, room_id) -> None:
    service = ProgrammeService(database)
    activity_id, _skipped, _warnings = service.save(None, yoga_input(room_id), TODAY)
    service.set_status(activity_id, PAUSED, TODAY)
    set_closing_day(database, date(2026, 12, 14), "Teamdag")
    skipped = service.resume(activity_id, TODAY)
    assert [(s.day, s.closed) for s in skipped] == [(date(2026, 12, 14), True)]
    with database.reading() as session:
        row = session.execute(
            select(ActivitySession).where(
                ActivitySession.activity_id == activity_id, ActivitySession.day == date(2026, 12, 14)
            )
        ).scalar_one()
    assert row.status == CANCELLED


def test_hervatten_shows_the_skipped_dates(qtbot, context, room_id) -> None:
    today = now_local().date()
    closed = today + timedelta(days=14)
    service = ProgrammeService(context.database)
    activity_id, _skipped, _warnings = service.save(
        None,
        yoga_input(
            room_id,
            season_start=today - timedelta(days=7),
            season_end=today + timedelta(days=35),
            weekdays=(closed.weekday(),),
        ),
        today,
    )
    service.set_status(activity_id, PAUSED, today)
    set_closing_day(context.database, closed, "Teamdag")
    view = ProgrammeView(context)
    qtbot.addWidget(view)
    view.refresh()
    view.table.selectRow(0)
    view.resume()
    box = view.skipped_message
    assert box.isVisible()
    assert box.text().startswith("1 bijeenkomst valt op een sluitingsdag. Die datums worden overgeslagen")
    assert format_date(closed) in box.text() and "Toch opslaan" not in box.text()
    assert service.get(activity_id).status == "actief"


def test_the_chosen_volunteer_is_kept_so_an_edit_checks_them_again(qtbot, database, room_id, leader_role) -> None:
    volunteer_id = _volunteer(database, date(2028, 1, 1))
    service = ProgrammeService(database)
    activity_id, _skipped, _warnings = service.save(None, yoga_input(room_id, leader_volunteer_id=volunteer_id), TODAY)
    with database.reading() as session:
        stored = session.get(Activity, activity_id)
        assert stored is not None and stored.leader_volunteer_id == volunteer_id
    reopened = ActivityDialog(
        [Room(id=room_id, name="Activiteitenruimte 1", capacity=25)],
        activity=stored,
        preview=lambda data: service.check(activity_id, data, TODAY),
        volunteers=[(volunteer_id, "Sanne de Vries")],
    )
    qtbot.addWidget(reopened)
    assert reopened.leader_volunteer.currentData() == volunteer_id and reopened.leader.text() == "Sanne de Vries"
    with database.transaction() as session:  # the VOG turns out to have expired: the next edit is refused
        from buurtzaak_desktop.db.models.vrijwilligers import VolunteerCertificate

        for certificate in session.exec(select(VolunteerCertificate)).scalars():
            certificate.valid_until = date(2026, 11, 1)
    reopened.try_accept()
    assert reopened.result_value is None and "ontbreekt of is verlopen" in reopened.message.text()
    # a partner organisation as leader keeps no volunteer
    partner = yoga_input(room_id, leader="Stichting VoorUit", leader_kind="partner", leader_volunteer_id=volunteer_id)
    service.save(activity_id, partner, TODAY)
    with database.reading() as session:
        assert session.get(Activity, activity_id).leader_volunteer_id is None
