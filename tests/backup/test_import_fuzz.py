"""Hostile import files never crash the app, never import part of a file, and always get a Dutch answer.

The command-line test runs for every import KIND of ``cli.IMPORT_KINDS``; ``read_table`` (shared by all of them) is
fuzzed directly as well.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from buurtzaak_desktop.cli import IMPORT_KINDS, main
from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.services.importing import read_table

AVAILABLE = sorted(IMPORT_KINDS)
# Column names the areas' import files use; a fuzzed header mixes them with junk so that rows reach the checks.
HEADERS = [
    "naam",
    "capaciteit",
    "datum",
    "begin",
    "eind",
    "ruimte",
    "activiteit",
    "bedrag",
    "post",
    "jaar",
    "e-mail",
    "telefoon",
    "groep",
    "rolstoel",
    "opmerking",
    "deelnemer",
    "vrijwilliger",
    "organisatie",
]
DUTCH_WORDS = (
    "bestand",
    "rij",
    "kolom",
    "niet",
    "geen",
    "fout",
    "mist",
    "ongeldig",
    "leeg",
    "moet",
    "te lang",
    "bestaat",
    "onbekend",
    "dubbel",
    "rijen",
    "geïmporteerd",
)

HOSTILE_CELLS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "=cmd|' /C calc'!A0",
            '=HYPERLINK("http://x")',
            "+SUM(1)",
            "-1+2",
            "@A1",
            "\x00\x07\x1b[31m",
            "‮evil",
            "NaN",
            "1e309",
            "-0",
            "31-02-2026",
            "25:99",
            "€ -12,345.678",
            "true",
            "0x1F",
        ]
    ),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.just("x" * 20_000),
)


@st.composite
def hostile_files(draw) -> tuple[str, bytes]:
    """(suffix, bytes) of a csv or xlsx file meant to upset an import."""
    shape = draw(st.sampled_from(["junk", "csv", "csv-wrong-encoding", "xlsx", "xlsx-junk"]))
    if shape == "junk":
        return draw(st.sampled_from([".csv", ".xlsx"])), draw(st.binary(max_size=2000))
    if shape == "xlsx-junk":
        return ".xlsx", b"PK\x03\x04" + draw(st.binary(max_size=500))
    header = draw(st.lists(st.one_of(st.sampled_from(HEADERS), st.text(max_size=10)), min_size=0, max_size=8))
    rows = draw(st.lists(st.lists(HOSTILE_CELLS, max_size=len(header) + 2), max_size=15))
    if shape == "xlsx":
        return ".xlsx", _xlsx([header, *rows], draw)
    text = "\n".join(";".join(cell.replace(";", ",") for cell in row) for row in [header, *rows])
    encoding = draw(st.sampled_from(["utf-16", "latin-1", "cp1252"])) if shape == "csv-wrong-encoding" else "utf-8"
    return ".csv", text.encode(encoding, errors="replace")


def _xlsx(rows: list[list[str]], draw) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        typed = [
            draw(st.sampled_from([cell, 3.5, -1, True, None])) if cell and cell[0] in "01" else cell for cell in row
        ]
        sheet.append([_cell(value) for value in typed])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _cell(value: object) -> object:
    if isinstance(value, str):
        # openpyxl refuses some control characters itself; keep the rest (formulas stay formulas)
        return "".join(ch for ch in value if ch >= " " or ch == "\t")[:32_000]
    return value


def assert_dutch(message: str) -> None:
    assert message.strip(), "an empty answer"
    assert "Traceback" not in message and "Error" not in message and "Exception" not in message
    assert any(word in message.lower() for word in DUTCH_WORDS), f"not a Dutch message: {message[:200]!r}"


def _write(folder: Path, suffix: str, data: bytes) -> Path:
    path = folder / f"invoer{suffix}"
    path.write_bytes(data)
    return path


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_files())
def test_read_table_answers_in_dutch_or_reads(file: tuple[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), *file)
        try:
            table = read_table(path, required=("naam",))
        except BuurtzaakError as error:
            assert_dutch(error.message)
        else:
            assert "naam" in table.columns


def test_read_table_refuses_a_huge_cell_and_reads_100000_rows(tmp_path: Path) -> None:
    big = tmp_path / "groot.csv"
    big.write_text("naam;capaciteit\n" + "".join(f"Zaal {n};{n}\n" for n in range(100_000)), encoding="utf-8")
    assert len(read_table(big, required=("naam",)).rows) == 100_000
    huge = tmp_path / "cel.csv"
    huge.write_text("naam\n" + "x" * 20_000 + "\n", encoding="utf-8")
    with pytest.raises(BuurtzaakError) as refused:
        read_table(huge, required=("naam",))
    assert_dutch(refused.value.message)


def _table_counts(database: Path) -> dict[str, int]:
    connection = sqlite3.connect(database)
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        connection.close()


def _run_import(data_dir: Path, kind: str, path: Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--data-dir", str(data_dir), "import", kind, str(path)])
    return code, err.getvalue()


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "data"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


def _check_one_import(demo_folder: Path, kind: str, file: tuple[str, bytes]) -> None:
    database = demo_folder / "buurtzaak.sqlite"
    before = _table_counts(database)
    with tempfile.TemporaryDirectory() as scratch:
        code, err = _run_import(demo_folder, kind, _write(Path(scratch), *file))
    assert code in (0, 1)
    if code == 1:
        assert_dutch(err)
        assert _table_counts(database) == before, "a refused file imported part of its rows"


@pytest.mark.skipif(not AVAILABLE, reason="no import command on this branch yet (the areas add them)")
@pytest.mark.parametrize("kind", AVAILABLE or ["none"])
def test_import_command_never_crashes_never_imports_part(kind: str, demo_folder: Path) -> None:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(hostile_files())
    def run(file: tuple[str, bytes]) -> None:
        _check_one_import(demo_folder, kind, file)

    run()


@pytest.mark.skipif(not AVAILABLE, reason="no import command on this branch yet (the areas add them)")
@pytest.mark.parametrize("kind", AVAILABLE or ["none"])
def test_import_command_with_100000_hostile_rows(kind: str, demo_folder: Path) -> None:
    rows = "".join(f"=cmd|'/C calc'!A{n};\x07{n};31-02-2026;25:99\n" for n in range(100_000))
    data = (";".join(HEADERS) + "\n" + rows).encode("utf-8")
    _check_one_import(demo_folder, kind, (".csv", data))
