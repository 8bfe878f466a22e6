"""One clock: the app's 'today' comes from domain/clock.py, so the suite passes on any date."""

from __future__ import annotations

import ast
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from buurtzaak_desktop.domain import clock

SOURCE = Path(__file__).resolve().parents[1] / "src" / "buurtzaak_desktop"
WALL_CLOCK_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "localtime"),
}


def test_the_environment_pins_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUURTZAAK_NOW", "2028-02-29T23:30")
    assert clock.now() == datetime(2028, 2, 29, 23, 30)
    assert clock.today() == date(2028, 2, 29)
    assert clock.now_utc().isoformat() == "2028-02-29T22:30:00+00:00"  # CET is UTC+1
    monkeypatch.setenv("BUURTZAAK_NOW", "2027-07-01")
    assert clock.now() == datetime(2027, 7, 1)


def test_set_now_wins_inside_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    clock.set_now(datetime(2026, 12, 31, 23, 59))
    try:
        assert clock.today() == date(2026, 12, 31)
    finally:
        clock.set_now(None)
    assert clock.today() == date(2026, 12, 3)  # tests/conftest.py's TEST_NOW again


def test_unpinned_the_clock_is_the_centres_wall_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BUURTZAAK_NOW")
    wall = datetime.now(clock.LOCAL_ZONE).replace(tzinfo=None)  # the one place a test reads it, on purpose
    assert abs(clock.now() - wall) < timedelta(seconds=5) and clock.now().microsecond == 0


def test_a_moved_wall_clock_is_really_moved() -> None:
    """The CI run with BUURTZAAK_TEST_WALL_CLOCK moves the machine's clock but not the app's."""
    moment = os.environ.get("BUURTZAAK_TEST_WALL_CLOCK")
    if moment is None:
        pytest.skip("the wall clock is not moved in this run")
    assert date.today() == datetime.fromisoformat(moment).date()  # the one place a test reads it, on purpose
    assert clock.today() == date(2026, 12, 3)


def _wall_clock_reads(path: Path, root: Path = SOURCE) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if (name, node.func.attr) in WALL_CLOCK_CALLS:
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_no_code_reads_the_wall_clock_but_the_clock() -> None:
    reads = [hit for path in sorted(SOURCE.rglob("*.py")) if path.name != "clock.py" for hit in _wall_clock_reads(path)]
    assert reads == []


def test_the_guard_sees_a_wall_clock_read(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import datetime\nx = datetime.date.today()\n", encoding="utf-8")
    assert _wall_clock_reads(sample, tmp_path) == ["sample.py:2"]
