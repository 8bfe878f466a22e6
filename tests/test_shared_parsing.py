"""Dutch amounts, dates and import files as people at the desk write them."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from buurtzaak_desktop.domain.dates import parse_date, parse_iso_week, parse_month, parse_time
from buurtzaak_desktop.domain.errors import InputError
from buurtzaak_desktop.domain.money import format_cents, parse_cents
from buurtzaak_desktop.services.importing import read_table


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1234.56", 123456),
        ("1234,56", 123456),
        ("€ 1.234,56", 123456),
        ("1.234", 123400),
        ("-12,5", -1250),
        ("0,05", 5),
        ("12", 1200),
        ("1.234.567,89", 123456789),
    ],
)
def test_parse_cents(text: str, cents: int) -> None:
    assert parse_cents(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12.3456", "€", "12,34,56"])
def test_parse_cents_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_cents(text)


@given(st.integers(min_value=-(10**11), max_value=10**11))
def test_format_then_parse_round_trips(cents: int) -> None:
    assert parse_cents(format_cents(cents)) == cents


def test_format_cents_dutch() -> None:
    assert format_cents(123456) == "€ 1.234,56"
    assert format_cents(-5) == "€ -0,05"


def test_dates_and_periods() -> None:
    assert parse_date("2026-12-03") == parse_date("03-12-2026") == date(2026, 12, 3)
    assert parse_time("9:30") == parse_time("09.30") == time(9, 30)
    assert parse_iso_week("2026-W49") == date(2026, 11, 30)
    assert parse_month("2026-11") == date(2026, 11, 1)
    for bad, parse in (
        ("31-02-2026", parse_date),
        ("25:00", parse_time),
        ("2026-W60", parse_iso_week),
        ("2026-13", parse_month),
    ):
        with pytest.raises(InputError):
            parse(bad)


def test_read_csv_with_semicolons_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "ruimtes.csv"
    path.write_bytes("\ufeffNaam;Capaciteit\nAula;80\n\n;\nKeuken;20\n".encode())
    table = read_table(path, required=("naam", "capaciteit"))
    assert [(r.number, r.get("naam"), r.get("capaciteit")) for r in table.rows] == [
        (2, "Aula", "80"),
        (5, "Keuken", "20"),
    ]


def test_read_xlsx_and_missing_column(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["naam", "datum"])
    workbook.active.append(["Zoë", date(2026, 12, 3)])
    path = tmp_path / "x.xlsx"
    workbook.save(path)
    assert read_table(path).rows[0].values == {"naam": "Zoë", "datum": "2026-12-03"}
    with pytest.raises(InputError) as missing:
        read_table(path, required=("naam", "capaciteit"))
    assert "capaciteit" in missing.value.message


def test_read_table_refuses_non_utf8_and_garbage_xlsx(tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("naam\nZo\xeb\n".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        read_table(latin)
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="Excel"):
        read_table(garbage)


def test_an_unclosed_quote_in_a_csv_is_told_in_dutch(tmp_path) -> None:
    """An unclosed quote makes the rest of the file one field, past the csv module's limit: a message, no crash."""
    import pytest

    from buurtzaak_desktop.domain.errors import InputError
    from buurtzaak_desktop.services.importing import read_table

    path = tmp_path / "kapot.csv"
    path.write_text('naam;telefoon\n"Zoë;06\n' + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError) as told:
        read_table(path, ["naam"])
    assert "geen geldig CSV-bestand" in told.value.message and told.value.params["line"] >= 2
