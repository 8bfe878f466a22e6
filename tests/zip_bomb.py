"""Hand-made xlsx files for the import's limits: a zip bomb (a few MB that unpack to gigabytes of rows) and a large
sheet of distinct rows, both written straight as deflate streams so that making them takes a second, not minutes.

Used by tests/test_import_limits.py and bench/imports.py.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
SHARED, RELS, TYPES = "xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"
_SHARED_REL = (
    b'<Relationship Id="rIdShared" Target="sharedStrings.xml" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
)
_SHARED_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_TAIL = "</sheetData></worksheet>"


def row_xml(cells: Iterable[str]) -> str:
    """One sheet row of inline strings (no row or cell references: readers count them)."""
    inner = "".join(f'<c t="inlineStr"><is><t>{cell}</t></is></c>' for cell in cells)
    return f"<row>{inner}</row>"


def write_zip_bomb(path: Path, header: list[str], row: list[str], count: int) -> int:
    """An xlsx whose sheet repeats ``row`` ``count`` times; returns the unpacked size the archive declares.

    The repeated part is deflated once and its bytes repeated (a full flush makes each copy stand alone)."""
    block_rows = 10_000
    block = row_xml(row).encode() * block_rows
    head = (_HEAD + row_xml(header)).encode()
    tail = _TAIL.encode()
    copies, rest = divmod(count, block_rows)
    packed_block = _deflate_piece(block)
    crc = zlib.crc32(head)
    for _ in range(copies):
        crc = zlib.crc32(block, crc)
    rest_bytes = row_xml(row).encode() * rest
    crc = zlib.crc32(tail, zlib.crc32(rest_bytes, crc))
    size = len(head) + len(block) * copies + len(rest_bytes) + len(tail)
    pieces = [_deflate_piece(head), *([packed_block] * copies), _deflate_piece(rest_bytes), _deflate_last(tail)]
    _write_xlsx(path, (crc, size, b"".join(pieces)))
    return size


def write_sheet(path: Path, header: list[str], rows: Iterable[list[str]], shared: bool = False) -> int:
    """An ordinary (packable as usual) xlsx of ``rows``, written as a stream; returns its unpacked sheet size.

    ``shared``: the text goes in a shared-strings table, as Excel and LibreOffice write it (and as openpyxl reads it
    fastest); otherwise every cell holds its own inline string."""
    strings: dict[str, int] = {}

    def shared_row(cells: list[str]) -> str:
        inner = "".join(f'<c t="s"><v>{strings.setdefault(cell, len(strings))}</v></c>' for cell in cells)
        return f"<row>{inner}</row>"

    make_row = shared_row if shared else row_xml
    packer = zlib.compressobj(1, zlib.DEFLATED, -15)
    crc, size, parts = 0, 0, []
    for text in _chunks(_HEAD + make_row(header), (make_row(row) for row in rows), _TAIL):
        data = text.encode()
        crc, size = zlib.crc32(data, crc), size + len(data)
        parts.append(packer.compress(data))
    parts.append(packer.flush())
    _write_xlsx(path, (crc, size, b"".join(parts)), _shared_strings(strings) if shared else None)
    return size


def _shared_strings(strings: dict[str, int]) -> bytes:
    items = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    ).encode()


def _chunks(head: str, rows: Iterator[str], tail: str) -> Iterator[str]:
    yield head
    batch: list[str] = []
    for row in rows:
        batch.append(row)
        if len(batch) == 5_000:
            yield "".join(batch)
            batch = []
    yield "".join(batch) + tail


def _deflate_piece(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(zlib.Z_FULL_FLUSH)


def _deflate_last(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def _template_members() -> dict[str, bytes]:
    """The members of an ordinary one-sheet workbook (styles, relations), as openpyxl writes them."""
    import zipfile

    buffer = io.BytesIO()
    Workbook().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write_xlsx(path: Path, sheet: tuple[int, int, bytes], strings: bytes | None = None) -> None:
    """A zip with the template's members and ``sheet`` (crc, unpacked size, raw deflate data) as the first sheet,
    and ``strings`` as its shared-strings table."""
    entries: list[tuple[bytes, int, int, bytes]] = []
    members = _template_members()
    if strings is not None:
        members[SHARED] = strings
        members[RELS] = members[RELS].replace(b"</Relationships>", _SHARED_REL + b"</Relationships>")
        members[TYPES] = members[TYPES].replace(b"</Types>", _SHARED_TYPE + b"</Types>")
    for name, data in members.items():
        if name == SHEET:
            entries.append((name.encode(), *sheet))
        else:
            entries.append((name.encode(), zlib.crc32(data), len(data), _deflate_last(data)))
    with path.open("wb") as out:
        directory = []
        for name, crc, size, packed in entries:
            offset = out.tell()
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(packed), size, len(name), 0))
            out.write(name)
            out.write(packed)
            directory.append(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0,
                    8,
                    0,
                    0x21,
                    crc,
                    len(packed),
                    size,
                    len(name),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
                + name
            )
        start = out.tell()
        for record in directory:
            out.write(record)
        end = out.tell()
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), end - start, start, 0))
