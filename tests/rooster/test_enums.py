"""Status words, scopes and tariffs are enums in domain/rooster/enums.py whose values are the stored strings.

So the database keeps its words (no migration), services and the UI name them as members, not as bare strings.
"""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from buurtzaak_desktop.domain.rooster.enums import BookingStatus, Scope, Tariff
from buurtzaak_desktop.services.rooster.bookings import cancel_booking
from buurtzaak_desktop.services.rooster.queries import booking_by_id

SOURCE = Path(__file__).resolve().parents[2] / "src" / "buurtzaak_desktop"
WORDS = {member.value for enum in (BookingStatus, Scope, Tariff) for member in enum}
# Where the words were compared or chosen as bare strings; the members say what they mean and mypy checks them.
CHECKED = ("services/rooster", "ui/rooster", "domain/rooster")


def test_the_values_are_the_words_the_database_stores() -> None:
    assert [s.value for s in BookingStatus] == ["live", "cancelled"]
    assert [s.value for s in Scope] == ["this", "following", "all"]
    assert [t.value for t in Tariff] == ["free", "non_commercial", "commercial"]


@pytest.mark.sqlite_only("reads the stored words and their SQLite storage class from the file")
def test_a_booking_stores_and_reads_back_its_plain_words(booker, database) -> None:
    ids = booker("Aula", "19:00", "20:00", frequency="weekly", count=3, tariff=Tariff.COMMERCIAL).booking_ids
    assert cancel_booking(database, ids[1], scope=Scope.FOLLOWING) == 2
    with sqlite3.connect(database.path) as raw:
        rows = raw.execute("SELECT status, typeof(status), tariff, typeof(tariff) FROM booking ORDER BY day").fetchall()
    assert rows == [
        ("live", "text", "commercial", "text"),
        ("cancelled", "text", "commercial", "text"),
        ("cancelled", "text", "commercial", "text"),
    ]
    booking = booking_by_id(database, ids[0])
    assert booking is not None
    assert booking.status == BookingStatus.LIVE and booking.tariff == Tariff.COMMERCIAL


def bare_words(path: Path) -> list[str]:
    """String constants equal to a status word that are compared, or used as a default or a choice."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Compare):
            candidates = [node.left, *node.comparators]
        elif isinstance(node, ast.arguments):
            candidates = [*node.defaults, *(d for d in node.kw_defaults if d is not None)]
        elif isinstance(node, ast.Tuple):  # a choice list: ((word, label), ...)
            candidates = [e.elts[0] for e in node.elts if isinstance(e, ast.Tuple) and e.elts]
        else:
            continue
        for value in candidates:
            if isinstance(value, ast.Constant) and value.value in WORDS:
                found.append(f"{path.relative_to(SOURCE)}:{value.lineno} {value.value!r}")
    return found


def test_services_and_the_ui_name_the_words_as_enum_members() -> None:
    found = [hit for area in CHECKED for path in sorted((SOURCE / area).rglob("*.py")) for hit in bare_words(path)]
    assert found == []
