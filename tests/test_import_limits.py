"""Import files that are too big or built to hurt: refused early, in Dutch, without filling the memory.

Peak memory is measured in a child process (its own peak resident size, VmHWM), with its address space capped so that a
regression fails the test instead of the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.db.models.vrijwilligers import Volunteer
from buurtzaak_desktop.domain.errors import InputError
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.importing import MAX_ROWS, read_table
from tests.zip_bomb import write_sheet, write_zip_bomb

PEAK_LIMIT_MB = 300
_CHILD = """
import json, resource, sys
from pathlib import Path
cap = 2_000_000_000
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.services.importing import read_table
try:
    table = read_table(Path(sys.argv[1]), required=("naam",))
    message = f"read {len(table.rows)} rows"
except BuurtzaakError as error:
    message = error.message
except MemoryError:
    message = "MemoryError"
# VmHWM is this process's own peak; Linux carries ru_maxrss over an exec, so it would report pytest's size
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"message": message, "peak_mb": peak_kb / 1024}))
"""


def read_in_child(path: Path) -> tuple[str, float]:
    """(the message read_table gave, peak resident MB) for ``path``, read in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.stdout.strip(), done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["message"], result["peak_mb"]


def test_a_zip_bomb_xlsx_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = tmp_path / "bom.xlsx"
    unpacked = write_zip_bomb(bomb, ["naam", "capaciteit"], ["Zaal", "12"], 20_000_000)
    assert bomb.stat().st_size < 8_000_000 and unpacked > 1_500_000_000  # a few MB declaring 20 million rows
    message, peak_mb = read_in_child(bomb)
    assert "te groot om in te lezen" in message, message
    assert peak_mb < PEAK_LIMIT_MB


def test_an_xlsx_that_unpacks_hundreds_of_times_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bom.xlsx"
    write_zip_bomb(bomb, ["naam", "capaciteit"], ["Zaal", "12"], 3_000_000)  # 270 MB: under the size limit
    with pytest.raises(InputError, match="keer zo groot"):
        read_table(bomb, required=("naam",))


def test_a_sheet_past_the_row_limit_is_refused_while_streaming(tmp_path: Path) -> None:
    """An ordinary-looking sheet of a million rows: refused at row 200,001 without holding the rest."""
    sheet = tmp_path / "groot.xlsx"
    columns = ["naam", "e-mail", "telefoon", "rollen", "talen", "beschikbaar"]
    rows = ([f"Naam {n}", f"n{n}@example.nl", f"06{n:08d}", "receptie", "nl", "ma-ochtend"] for n in range(1_000_000))
    write_sheet(sheet, columns, rows)
    message, peak_mb = read_in_child(sheet)
    assert message == f"{sheet} heeft meer dan {MAX_ROWS} rijen."
    assert peak_mb < PEAK_LIMIT_MB


def test_a_small_hand_made_xlsx_still_reads(tmp_path: Path) -> None:
    """The files above are refused for their size, not their make: the same make, small, reads."""
    small = tmp_path / "klein.xlsx"
    write_zip_bomb(small, ["Naam", "Capaciteit"], ["Zaal", "12"], 1_234)
    table = read_table(small, required=("naam",))
    assert len(table.rows) == 1_234 and table.rows[-1].values == {"naam": "Zaal", "capaciteit": "12"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_column_named_twice_is_refused_naming_it(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"dubbel{suffix}"
    if suffix == ".csv":
        path.write_text("naam;telefoon;Naam\nZoë;06;Anna\n", encoding="utf-8")
    else:
        write_sheet(path, ["naam", "telefoon", "Naam "], [["Zoë", "06", "Anna"]])
    with pytest.raises(InputError) as refused:
        read_table(path, required=("naam",))
    assert refused.value.message == f"rij 1: {path} heeft de kolom 'naam' meer dan eens; laat er één over."


def test_a_10_mb_cell_in_a_csv_is_told_too_long(tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    path.write_text("naam;telefoon\nZoë;06\nAnna;" + "9" * 10_000_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_table(path, required=("naam",))
    assert refused.value.message == "rij 3: een cel is te lang (meer dan 10000 tekens)."
    quoted = tmp_path / "lang-tussen-aanhalingstekens.csv"
    quoted.write_text('naam;telefoon\n"' + "x" * 500_000 + '";06\n', encoding="utf-8")
    with pytest.raises(InputError, match="te lang"):
        read_table(quoted, required=("naam",))


_IMPORT_CHILD = """
import contextlib, io, json, resource, sys
cap = 2_000_000_000
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from buurtzaak_desktop.cli import main
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    code = main(["--data-dir", sys.argv[1], "import", sys.argv[2], sys.argv[3]])
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"code": code, "output": out.getvalue() + err.getvalue(), "peak_mb": peak_kb / 1024}))
"""


def import_in_child(folder: Path, kind: str, path: Path) -> tuple[int, str, float]:
    """(exit status, what the command printed, peak resident MB) of ``buurtzaak import KIND PATH`` in a fresh
    process."""
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_CHILD, str(folder), kind, str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.stdout.strip(), done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["code"], result["output"], result["peak_mb"]


def volunteer_rows(count: int, bad: int = -1) -> Iterator[list[str]]:
    for n in range(count):
        email = "geen-adres" if n == bad else f"v{n}@example.nl"
        yield [f"Vrijwilliger {n}", email, f"06{n:08d}", "receptie, klussen", "ma-ochtend", "nederlands", "2027-06-30"]


VOLUNTEER_COLUMNS = ["naam", "e-mail", "telefoon", "rollen", "beschikbaar", "talen", "vog geldig tot"]


# The command alone peaks at about 85 MB (a 10-row file); 100,000 rows may add openpyxl's shared-strings table
# (some 30 MB here), a key per row for duplicates (some 15 MB) and the chunk being written: some 155 MB in all. Never
# the rows themselves: held until the end, they took the peak to 241 MB.
REFUSED_PEAK_MB = 200


@pytest.mark.slow  # some 20 s: 100,000 rows read by the real command
def test_a_refused_file_with_a_bad_last_row_is_never_held_whole(tmp_path: Path) -> None:
    """100,000 valid-looking volunteers whose last row is bad: refused naming that row, nothing imported, and the
    import holds no more than it needs to find duplicates."""
    sheet = tmp_path / "vrijwilligers.xlsx"
    count = 100_000
    write_sheet(sheet, VOLUNTEER_COLUMNS, volunteer_rows(count, bad=count - 1), shared=True)
    folder = tmp_path / "data"
    code, output, peak_mb = import_in_child(folder, "vrijwilligers", sheet)
    assert code == 1
    assert f"rij {count + 1}, kolom 'e-mail': 'geen-adres' is geen geldig e-mailadres." in output, output
    assert "1 fout(en), er is niets geïmporteerd." in output
    database = open_database(DataPaths(folder))
    try:
        with database.reading() as session:
            assert session.exec(select(func.count()).select_from(Volunteer)).one() == 0
    finally:
        database.close()
    assert peak_mb < REFUSED_PEAK_MB, f"{peak_mb:.0f} MB"
