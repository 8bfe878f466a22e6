"""The month pack's room-use section on a small hand-made dataset with known figures."""

from __future__ import annotations

from datetime import date

from buurtzaak_desktop.services.regiegroep.pack import build_month_pack
from buurtzaak_desktop.services.rooster.bookings import cancel_booking
from buurtzaak_desktop.services.rooster.hygiene import record_strike


def test_occupancy_and_strikes(database, rooms, booker) -> None:
    booker("Aula", "09:00", "12:00", day=date(2026, 11, 2))
    booker("Aula", "19:00", "21:00", day=date(2026, 11, 30))
    booker("Aula", "09:00", "12:00", day=date(2026, 12, 1))  # next month
    cancelled = booker("Keuken", "10:00", "12:00", day=date(2026, 11, 3))
    cancel_booking(database, cancelled.booking_ids[0])
    record_strike(database, "Kookclub Zuid", date(2026, 11, 10), rooms["Keuken"], "Fornuis vies")
    record_strike(database, "Kookclub Zuid", date(2026, 10, 10), rooms["Keuken"], "Vorige maand")

    section = build_month_pack(database, date(2026, 11, 1)).sections[3]
    table = {row[0]: row[1:] for row in section.tables[0].rows}
    # November 2026 has 21 weekdays of 13 open hours; no weekend day is open in this dataset
    assert table["Aula"] == ["5,0", "273,0", "2%"]
    assert table["Keuken"] == ["0,0", "273,0", "0%"]
    assert dict(section.figures) == {"Hygiënemeldingen deze maand": 1, "Groepen geschorst": 0}
    assert section.tables[1].rows == [["10-11-2026", "Kookclub Zuid", "Keuken", "Fornuis vies"]]
