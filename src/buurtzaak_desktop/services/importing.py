"""Reading import files (xlsx or csv) and the all-or-nothing rule every import follows.

An import checks every row. A file with any bad row imports nothing and reports every bad row with its number,
column and reason: it is written in one transaction, rolled back on any bad row.

A big file is read as a ``TableStream`` and never held whole (a refused file would otherwise cost hundreds of MB):
the import keeps of each row only what checks across rows need (keys for duplicates), and writes the checked rows
a chunk at a time while no row has failed (volunteers, participants, petty cash), or reads the file a second time to
write it (bookings, whose checks need the whole period first). Small files (rooms, activities, budgets) use
``read_table``:

    table = read_table(path, required=("naam", "capaciteit"))
    errors = ImportErrors()
    for row in table.rows:
        with errors.collect():
            ...parse row.get("naam") ... (raise InputError(..., row=row.number, field="naam"))
    errors.raise_if_any(path)
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import unicodedata
import zipfile
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, BuurtzaakError, InputError

T = TypeVar("T")
MAX_ROWS = 200_000
MAX_CELL_CHARS = 10_000
MAX_LINE_CHARS = 1_000_000  # one physical line of a csv file; past it, a cell is certainly too long
# An xlsx of MAX_ROWS ordinary rows unpacks to some 100-200 MB and packs 5-20 times; a zip bomb packs hundreds.
MAX_XLSX_UNPACKED = 500_000_000
MAX_XLSX_STRINGS = 64_000_000  # openpyxl holds every shared string in memory
MAX_XLSX_RATIO = 100
RATIO_CHECKED_FROM = 20_000_000  # a small file may pack as it likes


@dataclass(frozen=True, slots=True)  # one per row of a file: 200,000 of them
class ImportRow:
    number: int  # as the user sees it in Excel: the header is row 1, the first data row is 2
    values: dict[str, str]
    # xlsx cells of the ``numeric`` columns that hold a number (see ImportTable.numbers); None for nearly every row
    numbers: dict[str, float | int] | None = None

    def get(self, column: str) -> str:
        return self.values.get(column, "")


@dataclass(frozen=True)
class ImportTable:
    columns: list[str]
    rows: list[ImportRow]
    # xlsx cells of the ``numeric`` columns that hold a number, by (row number, column): read as text, a computed
    # 12.345 would look like the Dutch "12.345" (twelve thousand)
    numbers: dict[tuple[int, str], float | int] = field(default_factory=dict)


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


def read_table(path: Path, required: Sequence[str] = (), numeric: Sequence[str] = ()) -> ImportTable:
    """The rows of an xlsx (first sheet) or csv file (UTF-8, ';' or ','), keyed by lower-case column name, all in
    memory: for files that are small by nature. A big file is better read as a ``TableStream``.

    Both are read as a stream: a file with more than MAX_ROWS rows is refused at row MAX_ROWS + 1, without reading
    the rest, and an xlsx whose unpacked size is absurd (a zip bomb) is refused before it is parsed at all."""
    stream = TableStream(path, required, numeric)
    rows = list(stream)
    numbers = {(row.number, name): value for row in rows if row.numbers for name, value in row.numbers.items()}
    return ImportTable(stream.columns, rows, numbers)


class TableStream:
    """An import file read row by row, as often as needed; the header is read and checked at once.

    A big import checks every row in a first pass that keeps only what checks across rows need (keys for
    duplicates), and reads the file again to write it: a refused file is never held in memory whole. Each pass
    first makes sure the file is still the one the first pass read."""

    def __init__(self, path: Path, required: Sequence[str] = (), numeric: Sequence[str] = ()) -> None:
        if not path.exists():
            raise InputError(QT_TRANSLATE_NOOP("core", "Het bestand {file} bestaat niet."), file=str(path))
        self.path = path
        self.required, self.numeric = tuple(required), tuple(numeric)
        self.xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
        self.columns: list[str] = []
        self.count: int | None = None  # the rows read (blank ones left out), once a pass has read them all
        self._stamp = self._file_stamp()
        with contextlib.closing(self._source()) as source:
            self.columns = [normalise_header(_xlsx_text(cell)) for cell in next(source, [])]
        _check_header(path, self.columns, self.required)

    def _file_stamp(self) -> tuple[int, int]:
        stat = self.path.stat()
        return stat.st_size, stat.st_mtime_ns

    def _source(self) -> Generator[Sequence[object], None, None]:
        return _xlsx_rows(self.path) if self.xlsx else _csv_rows(self.path)

    def __iter__(self) -> Iterator[ImportRow]:
        if self._file_stamp() != self._stamp:
            raise InputError(
                QT_TRANSLATE_NOOP("core", "{file} is tijdens het inlezen gewijzigd. Probeer het opnieuw."),
                file=str(self.path),
            )
        return self._rows()

    def _rows(self) -> Generator[ImportRow, None, None]:
        columns, xlsx, path = self.columns, self.xlsx, self.path
        wanted = [(index, name) for index, name in enumerate(columns) if name in self.numeric] if xlsx else []
        count = 0
        with contextlib.closing(self._source()) as source:
            next(source, None)  # the header, checked when the stream was opened
            for number, raw in enumerate(source, start=2):
                if number - 1 > MAX_ROWS:
                    raise InputError(
                        QT_TRANSLATE_NOOP("core", "{file} heeft meer dan {limit} rijen."),
                        file=str(path),
                        limit=MAX_ROWS,
                    )
                numbers: dict[str, float | int] | None = None
                for index, name in wanted:
                    value = raw[index] if index < len(raw) else None
                    if isinstance(value, (int, float)) and not isinstance(value, bool):
                        numbers = numbers or {}
                        numbers[name] = value
                cells = [_xlsx_text(cell) for cell in raw] if xlsx else raw
                if not any(str(c).strip() for c in cells):
                    continue  # blank lines at the end of a sheet
                count += 1
                yield ImportRow(number, _values(number, columns, cells), numbers)
        self.count = count


def chunked(rows: Iterable[T], size: int) -> Iterator[list[T]]:
    """``rows`` in lists of ``size`` (the last one shorter): written a chunk at a time, a pass never holds them all."""
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _check_header(path: Path, columns: list[str], required: Sequence[str]) -> None:
    missing = [name for name in required if name not in columns]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "{file} mist de kolom(men): {columns}."),
            file=str(path),
            columns=", ".join(missing),
            row=1,
        )
    seen: set[str] = set()
    for column in columns:
        if column and column in seen:  # which of the two would count? Neither: the user says.
            raise InputError(
                QT_TRANSLATE_NOOP("core", "{file} heeft de kolom '{column}' meer dan eens; laat er één over."),
                file=str(path),
                column=column,
                row=1,
            )
        seen.add(column)


def _values(number: int, columns: list[str], cells: Sequence[object]) -> dict[str, str]:
    values = {column: _clean(cells[i]) if i < len(cells) else "" for i, column in enumerate(columns) if column}
    for column, value in values.items():
        if len(value) > MAX_CELL_CHARS:
            raise InputError(
                QT_TRANSLATE_NOOP("core", "de cel is te lang ({length} tekens)."),
                row=number,
                field=column,
                length=len(value),
            )
    return values


def _clean(value: object) -> str:
    text = "" if value is None else str(value)
    if text.isprintable():  # nearly every cell: no character to look at one by one
        return text.strip()
    # control characters (other than tab) have no place in a name or a note
    return "".join(ch for ch in text if ch == "\t" or unicodedata.category(ch)[0] != "C").strip()


class _LineTooLong(Exception):
    pass


class _CsvLines:
    """The lines of a csv file, each read with a limit: one endless line never fills the memory. Counts the lines
    and quotes of the record being read, to tell an unclosed quote from a cell that is simply too long."""

    def __init__(self, handle: io.TextIOBase) -> None:
        self.handle = handle
        self.record_lines = 0
        self.record_quoted = False

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        line = self.handle.readline(MAX_LINE_CHARS)
        if not line:
            raise StopIteration
        if len(line) >= MAX_LINE_CHARS and line[-1] not in "\r\n":
            raise _LineTooLong
        self.record_lines += 1
        self.record_quoted = self.record_quoted or '"' in line
        return line

    def next_record(self) -> None:
        self.record_lines, self.record_quoted = 0, False


def _csv_rows(path: Path) -> Generator[list[str], None, None]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = _CsvLines(handle)
        record = 1
        try:
            first = next(lines, "")
            delimiter = ";" if first.count(";") >= first.count(",") else ","
            reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
            for row in reader:
                yield row
                lines.next_record()
                record += 1
        except UnicodeDecodeError as error:
            raise InputError(
                QT_TRANSLATE_NOOP("core", "{file} is geen UTF-8-tekstbestand. Sla het op als CSV UTF-8."),
                file=str(path),
            ) from error
        except (_LineTooLong, csv.Error) as error:
            # csv refuses a field past its limit: a cell that long is too long, unless an unclosed quote ran on
            # over several lines and made one field of the rest of the file
            unclosed_quote = lines.record_quoted and lines.record_lines > 1
            if isinstance(error, csv.Error) and (unclosed_quote or "field larger" not in str(error)):
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "core", "{file} is geen geldig CSV-bestand (regel {line}): controleer de aanhalingstekens."
                    ),
                    file=str(path),
                    line=reader.line_num,
                ) from error
            raise InputError(
                QT_TRANSLATE_NOOP("core", "een cel is te lang (meer dan {limit} tekens)."),
                row=record,
                limit=MAX_CELL_CHARS,
            ) from error


def check_xlsx_archive(path: Path) -> None:
    """Refuse, before anything is unpacked, an xlsx whose members declare an absurd unpacked size: a zip bomb would
    need gigabytes of memory. The declared sizes bind: Python's zipfile never unpacks more than a member declares."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: openpyxl says it is not a readable Excel file
    unpacked = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    strings = sum(m.file_size for m in members if m.filename.lower().endswith("sharedstrings.xml"))
    if unpacked > MAX_XLSX_UNPACKED or strings > MAX_XLSX_STRINGS:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} is uitgepakt {size} MB groot; dat is te groot om in te lezen (hoogstens {limit} MB). "
                "Splits het bestand, of sla het op als CSV.",
            ),
            file=str(path),
            size=unpacked // 1_000_000,
            limit=MAX_XLSX_UNPACKED // 1_000_000,
        )
    if unpacked > RATIO_CHECKED_FROM and unpacked > MAX_XLSX_RATIO * max(packed, 1):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} wordt bij het uitpakken {ratio} keer zo groot ({size} MB); zo is een gewoon Excel-bestand "
                "niet gemaakt. Het wordt niet ingelezen.",
            ),
            file=str(path),
            ratio=unpacked // max(packed, 1),
            size=unpacked // 1_000_000,
        )


def _xlsx_rows(path: Path) -> Generator[Sequence[object], None, None]:
    from openpyxl import load_workbook  # loaded only for xlsx files

    check_xlsx_archive(path)
    unreadable = InputError(QT_TRANSLATE_NOOP("core", "{file} is geen leesbaar Excel-bestand."), file=str(path))
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or non-xlsx file
        raise unreadable from error
    try:
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # the sheet's own claim of its size would pad every row (or add empty ones)
        yield from sheet.iter_rows(values_only=True)
    except InputError:
        raise
    except Exception as error:  # damaged xml half-way through the sheet
        raise unreadable from error
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
