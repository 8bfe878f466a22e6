"""Reading import files (xlsx or csv) and the all-or-nothing rule every import follows.

An import checks every row first. A file with any bad row imports nothing and reports every bad row with its
number, column and reason; only a clean file is written, in one transaction.

    table = read_table(path, required=("naam", "capaciteit"))
    errors = ImportErrors()
    for row in table.rows:
        with errors.collect():
            ...parse row.get("naam") ... (raise InputError(..., row=row.number, field="naam"))
    errors.raise_if_any(path)
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, BuurtzaakError, InputError

MAX_ROWS = 200_000
MAX_CELL_CHARS = 10_000


@dataclass(frozen=True)
class ImportRow:
    number: int  # as the user sees it in Excel: the header is row 1, the first data row is 2
    values: dict[str, str]

    def get(self, column: str) -> str:
        return self.values.get(column, "")


@dataclass(frozen=True)
class ImportTable:
    columns: list[str]
    rows: list[ImportRow]


@dataclass
class ImportReport:
    """What an import did (or, with --dry-run, would do)."""

    kind: str
    rows_checked: int
    created: int = 0
    dry_run: bool = False
    details: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.dry_run:
            return f"{self.rows_checked} rijen gecontroleerd: geen fouten. Er is niets opgeslagen (--dry-run)."
        return f"{self.rows_checked} rijen gecontroleerd, {self.created} {self.kind} geïmporteerd."


class ImportFailed(BuurtzaakError):
    """A file with bad rows: nothing was imported. ``errors`` lists every bad row and field."""

    def __init__(self, path: Path, errors: Sequence[InputError]) -> None:
        self.errors = list(errors)
        super().__init__(
            QT_TRANSLATE_NOOP("core", "{file}: {count} fout(en), er is niets geïmporteerd.\n{details}"),
            file=str(path),
            count=len(self.errors),
            details="\n".join(e.message for e in self.errors),
        )


class ImportErrors:
    def __init__(self) -> None:
        self.errors: list[InputError] = []

    @contextmanager
    def collect(self) -> Iterator[None]:
        try:
            yield
        except InputError as error:
            self.errors.append(error)

    def add(self, error: InputError) -> None:
        self.errors.append(error)

    def raise_if_any(self, path: Path) -> None:
        if self.errors:
            raise ImportFailed(path, sorted(self.errors, key=lambda e: (e.row or 0, e.field or "")))


def normalise_header(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(name)).strip().lower().split())


def read_table(path: Path, required: Sequence[str] = ()) -> ImportTable:
    """The rows of an xlsx (first sheet) or csv file (UTF-8, ';' or ','), keyed by lower-case column name."""
    if not path.exists():
        raise InputError(QT_TRANSLATE_NOOP("core", "Het bestand {file} bestaat niet."), file=str(path))
    suffix = path.suffix.lower()
    raw = _read_xlsx(path) if suffix in (".xlsx", ".xlsm") else _read_csv(path)
    header, *body = raw or [[]]
    columns = [normalise_header(cell) for cell in header]
    missing = [name for name in required if name not in columns]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "{file} mist de kolom(men): {columns}."),
            file=str(path),
            columns=", ".join(missing),
            row=1,
        )
    if len(body) > MAX_ROWS:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "{file} heeft meer dan {limit} rijen."), file=str(path), limit=MAX_ROWS
        )
    rows = []
    for number, cells in enumerate(body, start=2):
        if not any(str(c).strip() for c in cells):
            continue  # blank lines at the end of a sheet
        values = {column: _clean(cells[i]) if i < len(cells) else "" for i, column in enumerate(columns) if column}
        for column, value in values.items():
            if len(value) > MAX_CELL_CHARS:
                raise InputError(
                    QT_TRANSLATE_NOOP("core", "de cel is te lang ({length} tekens)."),
                    row=number,
                    field=column,
                    length=len(value),
                )
        rows.append(ImportRow(number, values))
    return ImportTable(columns, rows)


def _clean(value: object) -> str:
    text = "" if value is None else str(value)
    # control characters (other than tab) have no place in a name or a note
    return "".join(ch for ch in text if ch == "\t" or unicodedata.category(ch)[0] != "C").strip()


def _read_csv(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "{file} is geen UTF-8-tekstbestand. Sla het op als CSV UTF-8."), file=str(path)
        ) from error
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return [list(row) for row in reader]
    except csv.Error as error:  # e.g. an unclosed quote makes one field of the rest of the file, past csv's limit
        raise InputError(
            QT_TRANSLATE_NOOP(
                "core", "{file} is geen geldig CSV-bestand (regel {line}): controleer de aanhalingstekens."
            ),
            file=str(path),
            line=reader.line_num,
        ) from error


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # loaded only for xlsx files

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or non-xlsx file
        raise InputError(QT_TRANSLATE_NOOP("core", "{file} is geen leesbaar Excel-bestand."), file=str(path)) from error
    try:
        sheet = workbook.worksheets[0]
        return [[_xlsx_text(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _xlsx_text(value: object) -> str:
    from datetime import date, datetime, time

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
