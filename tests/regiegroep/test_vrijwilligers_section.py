"""The month pack's volunteers section on a small hand-made dataset with known figures."""

from __future__ import annotations

from datetime import date

from buurtzaak_desktop.services.regiegroep.pack import Money, build_month_pack
from buurtzaak_desktop.services.regiegroep.sections_vrijwilligers import hours_text
from buurtzaak_desktop.services.vrijwilligers.certificates import add_certificate
from buurtzaak_desktop.services.vrijwilligers.hours import log_hours, set_rate
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer, set_status


def test_hours_text() -> None:
    assert [hours_text(m) for m in (0, 90, 7530, 123_456)] == ["0,0", "1,5", "125,5", "2.057,6"]


def test_active_volunteers_hours_value_and_certificates(database) -> None:
    with database.transaction() as session:
        ensure_reference_data(session)
    set_rate(database, 2026, 1004)
    zoe = create_volunteer(database, VolunteerData(name="Zoë Şahin"))
    jan = create_volunteer(database, VolunteerData(name="Jan de Vries"))
    stopped = create_volunteer(database, VolunteerData(name="Gestopt"))
    create_volunteer(database, VolunteerData(name="Coördinator", is_staff=True))
    set_status(database, stopped, "gestopt", date(2026, 10, 1))
    log_hours(database, zoe, date(2026, 11, 3), 150)  # 2,5 h in November
    log_hours(database, jan, date(2026, 11, 30), 60)  # 1 h in November
    log_hours(database, jan, date(2026, 3, 1), 240)  # 4 h earlier this year
    log_hours(database, jan, date(2026, 12, 1), 600)  # after the month: not counted
    add_certificate(database, zoe, "VOG", date(2026, 11, 15))  # expired by 30 November
    add_certificate(database, jan, "VOG", date(2027, 1, 10))  # expires within 60 days
    add_certificate(database, jan, "BHV", date(2028, 1, 1))  # valid: not listed

    section = build_month_pack(database, date(2026, 11, 1)).sections[4]
    figures = dict(section.figures)
    assert figures["Actieve vrijwilligers"] == 2
    assert figures["Uren deze maand"] == "3,5"
    assert figures["Waarde van de uren deze maand"] == Money(3514)  # 3,5 x € 10,04
    assert figures["Uren 2026 tot en met deze maand"] == "7,5"
    assert section.tables[0].rows == [["VOG", 1, 1]]
    assert "Zoë" not in str(section)  # counts only: the pack goes to residents
