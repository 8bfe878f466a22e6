"""The pack of a past month is reproducible: "realisatie tot en met" counts every source up to the month's last day.

Made for June today, and again after months of new data of every source (bookings, handgeld, typed actuals, fund
payments and grants, hours, all dated after June), the money figures of the pack are the same, in the PDF and xlsx.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.begroting import initiatives as rules
from buurtzaak_desktop.domain.begroting.kas import RECEIPT, TOPUP
from buurtzaak_desktop.services.begroting import budget, initiatives, kas, sources
from buurtzaak_desktop.services.regiegroep.pack import Money, build_month_pack, write_month_pack
from buurtzaak_desktop.services.vrijwilligers.certificates import add_certificate
from buurtzaak_desktop.services.vrijwilligers.hours import log_hours, pay_handgeld
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer, set_status

JUNE = date(2026, 6, 1)
FUND, HOURS, BUDGET = "2. Het fonds bewonersinitiatieven", "5. Vrijwilligers", "8. Begroting"
# the sections whose figures are money, hours and people up to a date; the agenda is the meeting's current business
COMPARED = (BUDGET, FUND, HOURS)


def _grant(database: Database, title: str, decided: date, cents: int) -> int:
    initiative = initiatives.submit(
        database,
        initiatives.Application(
            year=2026, applicant="Ayşe Yılmaz", title=title, submitted_on=decided.replace(day=1), requested_cents=cents
        ),
    )
    initiatives.start_review(database, initiative)
    initiatives.decide(database, initiative, rules.GRANTED, decided, "Door en voor bewoners.", cents)
    return initiative


def _june_data(database: Database, booker) -> dict[str, int]:
    initiatives.set_fund_budget(database, 2026, 1_000_000)
    party = _grant(database, "Buurtfeest", date(2026, 6, 10), 60_000)
    initiatives.pay(database, party, rules.ADVANCE, date(2026, 6, 15), 30_000)
    children = _grant(database, "Kinderfeest", date(2026, 6, 10), 40_000)
    initiatives.pay(database, children, rules.ADVANCE, date(2026, 6, 20), 20_000)
    line = budget.LineDraft
    rent = budget.add_line(database, 2026, line("baten", "Eigen inkomsten", "Zaalhuur", 500_000, sources.ROOM_RENT))
    money = budget.add_line(
        database, 2026, line("lasten", "Vrijwilligers", "Vrijwilligersvergoeding", 300_000, sources.VERGOEDING)
    )
    budget.add_line(database, 2026, line("lasten", "Vrijwilligers", "Handgeld (kleine kas)", 300_000, sources.HANDGELD))
    kas.add_entry(database, kas.KasDraft(date(2026, 6, 1), TOPUP, 25_000))
    kas.add_entry(database, kas.KasDraft(date(2026, 6, 12), RECEIPT, 3_000, "A", "Koffie", "B-1"))
    typed = budget.add_line(database, 2026, line("lasten", "Huisvesting", "Huur", 1_200_000))
    budget.add_actual(database, typed, date(2026, 6, 30), "Huur juni", 100_000)
    booker("Aula", "10:00", "12:00", day=date(2026, 6, 1), tariff="non_commercial")  # 2 h x € 5
    with database.transaction() as session:
        ensure_reference_data(session)
    volunteer = create_volunteer(database, VolunteerData(name="Fatima Benali", start_date=date(2026, 1, 1)))
    lapsed = create_volunteer(database, VolunteerData(name="Jan Jansen", start_date=date(2025, 1, 1)))
    add_certificate(database, lapsed, "VOG", date(2026, 6, 20), obtained_on=date(2023, 6, 20))
    pay_handgeld(database, volunteer, date(2026, 6, 1), 5_000)
    log_hours(database, volunteer, date(2026, 6, 16), 180)
    return {
        "party": party,
        "children": children,
        "rent": rent,
        "money": money,
        "typed": typed,
        "volunteer": volunteer,
        "lapsed": lapsed,
    }


def _later_data(database: Database, booker, ids: dict[str, int]) -> None:
    """Every source again, dated after June: some before 'today' (2026-12-03), some after it."""
    booker("Aula", "10:00", "14:00", day=date(2026, 8, 3), tariff="non_commercial")
    booker("Aula", "10:00", "12:00", day=date(2026, 12, 14), tariff="commercial")
    pay_handgeld(database, ids["volunteer"], date(2026, 7, 1), 7_500)
    kas.add_entry(database, kas.KasDraft(date(2026, 8, 4), RECEIPT, 4_500, "F", "Verf", "B-2"))
    pay_handgeld(database, ids["volunteer"], date(2026, 12, 1), 2_500)
    budget.add_actual(database, ids["typed"], date(2026, 7, 1), "Huur juli", 100_000)
    budget.add_actual(database, ids["rent"], date(2026, 9, 1), "Verhuur buiten het rooster", 4_000)
    budget.add_actual(database, ids["money"], date(2026, 12, 31), "Correctie", 1_000)
    initiatives.pay(database, ids["party"], rules.FINAL, date(2026, 9, 20), 30_000)
    _grant(database, "Taalcafé", date(2026, 10, 14), 45_000)
    initiatives.account(database, ids["children"], 20_000, 30, True, date(2026, 9, 30))  # afgerond: € 200 returns
    log_hours(database, ids["volunteer"], date(2026, 7, 7), 240)
    add_certificate(database, ids["lapsed"], "VOG", date(2029, 9, 1), obtained_on=date(2026, 9, 1))  # renewed
    create_volunteer(database, VolunteerData(name="Kofi Mensah", start_date=date(2026, 8, 1)))  # began later
    set_status(database, ids["volunteer"], "gestopt", date(2026, 10, 1))  # stopped later


def _xlsx_sections(path: Path) -> dict[str, list[tuple[object, ...]]]:
    sections: dict[str, list[tuple[object, ...]]] = {}
    current: list[tuple[object, ...]] = []
    for row in load_workbook(path).active.iter_rows(values_only=True):
        if isinstance(row[0], str) and row[0][:2] in {f"{n}." for n in range(1, 10)}:
            current = sections.setdefault(row[0], [])
        elif any(value is not None for value in row):
            current.append(tuple(row))
    return sections


def _pdf_sections(path: Path) -> dict[str, str]:
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    titles = ["1. Agenda", FUND, "3. Activiteiten", "4. Ruimtegebruik", HOURS, "6. Spreekuur", "7. Telefooncirkel"]
    titles.append(BUDGET)
    found: dict[str, str] = {}
    for title, following in zip(titles, [*titles[1:], None], strict=True):
        start = text.index(title)
        end = text.index(following, start) if following else len(text)
        found[title] = text[start:end]
    return found


def _figures(pack, title: str) -> dict[str, object]:
    return dict(next(section for section in pack.sections if section.title == title).figures)


def test_june_pack_is_the_same_after_months_of_new_data(database, booker, tmp_path: Path) -> None:
    ids = _june_data(database, booker)
    first = write_month_pack(database, JUNE, tmp_path / "juni-1.pdf", tmp_path / "juni-1.xlsx")
    _later_data(database, booker, ids)
    second = write_month_pack(database, JUNE, tmp_path / "juni-2.pdf", tmp_path / "juni-2.xlsx")

    budget_figures = _figures(first, BUDGET)
    assert budget_figures["Baten gerealiseerd"] == Money(1_000)  # June's booking only
    assert budget_figures["Lasten gerealiseerd"] == Money(100_000 + 5_000 + 3_000)  # rent, vergoeding, kas
    assert _figures(first, FUND)["Uitbetaald"] == Money(50_000)
    assert _figures(first, FUND)["Toegekend"] == Money(100_000)
    assert _figures(first, FUND)["Nog beschikbaar"] == Money(900_000)
    for title in COMPARED:
        assert _figures(second, title) == _figures(first, title), title
    assert _figures(first, HOURS)["Actieve vrijwilligers"] == 2
    assert _figures(first, HOURS)["Uren deze maand"] == "3,0"
    hours_section = next(section for section in second.sections if section.title == HOURS)
    assert hours_section.tables[0].rows == [["VOG", 1, 0]]  # Jan's VOG had expired on 30-06; renewed later

    xlsx_first, xlsx_second = _xlsx_sections(tmp_path / "juni-1.xlsx"), _xlsx_sections(tmp_path / "juni-2.xlsx")
    pdf_first, pdf_second = _pdf_sections(tmp_path / "juni-1.pdf"), _pdf_sections(tmp_path / "juni-2.pdf")
    for title in COMPARED:
        assert xlsx_second[title] == xlsx_first[title], title
        assert pdf_second[title] == pdf_first[title], title
    assert "Realisatie tot en met 30-06-2026" in pdf_first[BUDGET]
    assert ("Baten gerealiseerd", 10) in [row[:2] for row in xlsx_first[BUDGET]]


def test_the_pack_made_months_later_by_the_clock_agrees(
    database, booker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same June pack, made on a later 'today' when later bookings have taken place and more was paid."""
    ids = _june_data(database, booker)
    before = build_month_pack(database, JUNE)
    _later_data(database, booker, ids)
    monkeypatch.setenv("BUURTZAAK_NOW", "2027-03-01T09:00")
    booker("Aula", "10:00", "11:00", day=date(2027, 1, 4), tariff="non_commercial")
    after = build_month_pack(database, JUNE)
    for title in COMPARED:
        assert _figures(after, title) == _figures(before, title), title


def test_the_sources_count_up_to_a_day(database, booker) -> None:
    """The generic rule: every linked source takes the same 'until' day (clamped to its year)."""
    ids = _june_data(database, booker)
    _later_data(database, booker, ids)
    with database.reading() as session:
        assert sources.linked_actual_cents(session, sources.ROOM_RENT, 2026, date(2026, 6, 30)) == 1_000
        assert sources.linked_actual_cents(session, sources.ROOM_RENT, 2026, date(2026, 8, 3)) == 3_000
        assert sources.linked_actual_cents(session, sources.VERGOEDING, 2026, date(2026, 6, 30)) == 5_000
        assert sources.linked_actual_cents(session, sources.VERGOEDING, 2026, date(2026, 7, 1)) == 12_500
        assert sources.linked_actual_cents(session, sources.VERGOEDING, 2026, date(2027, 5, 1)) == 15_000
        assert sources.linked_actual_cents(session, sources.HANDGELD, 2026, date(2026, 6, 30)) == 3_000
        assert sources.linked_actual_cents(session, sources.HANDGELD, 2026, date(2026, 8, 31)) == 7_500
