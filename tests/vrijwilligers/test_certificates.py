"""Certificates: the 60-day list, the block after expiry for a role that needs it, the BHV holders."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from buurtzaak_desktop.domain.errors import RuleViolation
from buurtzaak_desktop.domain.vrijwilligers.certificates import CertificateState
from buurtzaak_desktop.services.settings import SettingsService
from buurtzaak_desktop.services.vrijwilligers.certificates import (
    add_certificate,
    bhv_holders,
    expiring_certificates,
)
from buurtzaak_desktop.services.vrijwilligers.shifts import assign, create_shift, week_shifts
from buurtzaak_desktop.services.vrijwilligers.volunteers import set_status

from .conftest import TODAY


def test_expiring_list_around_the_edge(vdb, add_volunteer) -> None:
    a = add_volunteer("Ana Silva")
    b = add_volunteer("Piotr Nowak")
    c = add_volunteer("Kofi Mensah")
    add_certificate(vdb, a, "VOG", TODAY + timedelta(days=60))
    add_certificate(vdb, b, "BHV", TODAY + timedelta(days=61))
    add_certificate(vdb, c, "EHBO", TODAY - timedelta(days=1))
    rows = expiring_certificates(vdb, TODAY)
    assert [(row.volunteer_name, row.certificate, row.state) for row in rows] == [
        ("Kofi Mensah", "EHBO", CertificateState.EXPIRED),
        ("Ana Silva", "VOG", CertificateState.EXPIRING),
    ]


def test_a_renewed_certificate_hides_the_old_one_and_the_window_is_a_setting(vdb, add_volunteer) -> None:
    a = add_volunteer("Ana Silva")
    add_certificate(vdb, a, "VOG", TODAY - timedelta(days=10))
    add_certificate(vdb, a, "VOG", TODAY + timedelta(days=1000))
    assert expiring_certificates(vdb, TODAY) == []
    add_certificate(vdb, a, "BHV", TODAY + timedelta(days=80))
    assert expiring_certificates(vdb, TODAY) == []
    SettingsService(vdb).set("certificate_warning_days", 90)
    assert [row.certificate for row in expiring_certificates(vdb, TODAY)] == ["BHV"]


def test_expired_certificate_blocks_the_shift_but_expiring_only_warns(vdb, add_volunteer) -> None:
    shift = create_shift(vdb, "spreekuur", 1, time(13), time(16), people_needed=2)  # spreekuur requires a VOG
    soon = add_volunteer("Imane Ziani", ("spreekuur",))
    late = add_volunteer("Rachid Ouali", ("spreekuur",))
    none = add_volunteer("Wilma Jansen", ("spreekuur",))
    add_certificate(vdb, soon, "VOG", TODAY + timedelta(days=30))
    add_certificate(vdb, late, "VOG", TODAY - timedelta(days=1))
    assert assign(vdb, shift, soon, TODAY) == [("VOG", TODAY + timedelta(days=30))]
    with pytest.raises(RuleViolation) as refused:
        assign(vdb, shift, late, TODAY)
    assert refused.value.message == (
        "Rachid Ouali kan niet worden ingezet voor spreekuur: VOG ontbreekt of is verlopen."
    )
    with pytest.raises(RuleViolation, match=r"Wilma Jansen .* VOG"):
        assign(vdb, shift, none, TODAY)
    (row,) = week_shifts(vdb)
    assert [name for _, name in row.volunteers] == ["Imane Ziani"] and row.gap == 1


def test_bhv_holders_on_a_date(vdb, add_volunteer) -> None:
    staff = add_volunteer("Bram de Jong", is_staff=True, staff_function="beheerder")
    volunteer = add_volunteer("Selin Arslan")
    stopped = add_volunteer("Thijs Smit")
    add_certificate(vdb, staff, "BHV", date(2027, 1, 31))
    add_certificate(vdb, volunteer, "BHV", date(2026, 12, 15))
    add_certificate(vdb, stopped, "BHV", date(2028, 1, 1))
    set_status(vdb, stopped, "gestopt", TODAY)
    assert [h.name for h in bhv_holders(vdb, TODAY)] == ["Bram de Jong", "Selin Arslan"]
    assert [h.name for h in bhv_holders(vdb, date(2026, 12, 15))] == ["Bram de Jong", "Selin Arslan"]
    assert [(h.name, h.is_staff) for h in bhv_holders(vdb, date(2026, 12, 16))] == [("Bram de Jong", True)]
