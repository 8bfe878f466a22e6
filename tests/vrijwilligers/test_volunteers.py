"""The one list: the availability filter ('receptie on Tuesday evening, speaks Turkish'), roles, status."""

from __future__ import annotations

from datetime import date

import pytest

from buurtzaak_desktop.domain.errors import InputError
from buurtzaak_desktop.services.vrijwilligers.volunteers import (
    VolunteerData,
    VolunteerFilter,
    create_volunteer,
    get_data,
    list_volunteers,
    set_status,
    update_volunteer,
)

TUESDAY, EVENING = 1, 2


def names(rows) -> list[str]:
    return [row.name for row in rows]


def test_who_can_do_receptie_on_tuesday_evening_and_speaks_turkish(vdb, add_volunteer) -> None:
    add_volunteer("Ayşe Yılmaz", ("receptie",), "di-avond, do-ochtend", ("turks", "nederlands"))
    add_volunteer("Mehmet Kaya", ("receptie",), "di-middag", ("Turks",))  # wrong dagdeel
    add_volunteer("Sanne de Vries", ("receptie",), "di-avond", ("nederlands",))  # no Turkish
    add_volunteer("Elif Demir", ("keukenhulp",), "di-avond", ("turks",))  # wrong role
    add_volunteer("Emre Şahin", ("receptie", "klussen"), "ma-avond, di-avond", ("Turks",))
    wanted = VolunteerFilter(role="receptie", weekday=TUESDAY, part=EVENING, language="Turks")
    assert names(list_volunteers(vdb, wanted)) == ["Ayşe Yılmaz", "Emre Şahin"]
    assert len(list_volunteers(vdb)) == 5
    assert names(list_volunteers(vdb, VolunteerFilter(weekday=TUESDAY))) == [
        "Ayşe Yılmaz",
        "Elif Demir",
        "Emre Şahin",
        "Mehmet Kaya",
        "Sanne de Vries",
    ]
    assert names(list_volunteers(vdb, VolunteerFilter(part=0))) == ["Ayşe Yılmaz"]


def test_stopped_volunteer_is_archived_and_leaves_the_list(vdb, add_volunteer) -> None:
    keep = add_volunteer("Noor Bakker")
    gone = add_volunteer("Henk Visser")
    set_status(vdb, gone, "gestopt", date(2026, 3, 1))
    assert names(list_volunteers(vdb)) == ["Noor Bakker"]
    archived = list_volunteers(vdb, VolunteerFilter(include_archived=True, status="gestopt"))
    assert [(row.id, row.archived, row.status_date) for row in archived] == [(gone, True, date(2026, 3, 1))]
    set_status(vdb, keep, "pauze", date(2026, 4, 1))
    assert names(list_volunteers(vdb, VolunteerFilter(status="pauze"))) == ["Noor Bakker"]


def test_unknown_role_and_bad_email_are_refused(vdb) -> None:
    with pytest.raises(InputError, match="Onbekende rol 'kapper'"):
        create_volunteer(vdb, VolunteerData(name="Jan Smit", roles=["kapper"]))
    with pytest.raises(InputError, match="geen geldig e-mailadres"):
        create_volunteer(vdb, VolunteerData(name="Jan Smit", email="jan@"))
    with pytest.raises(InputError, match="naam"):
        create_volunteer(vdb, VolunteerData(name="  "))
    assert list_volunteers(vdb) == []


def test_edit_keeps_one_row_and_replaces_roles(vdb, add_volunteer) -> None:
    volunteer_id = add_volunteer("Lotte Mulder", ("receptie",), is_staff=True, staff_function="coördinator")
    _, data = get_data(vdb, volunteer_id)
    assert data.roles == ["receptie"] and data.is_staff
    data.roles = ["klussen", "taalmaatje"]
    data.languages = ["Pools", "pools", " Engels "]
    update_volunteer(vdb, volunteer_id, data)
    (row,) = list_volunteers(vdb)
    assert row.roles == ("klussen", "taalmaatje") and row.languages == ("pools", "engels")
