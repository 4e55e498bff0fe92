"""Workbooks whose XML parts are rewritten by hand, and a way to read them without risk.

No test here; the hostile-parsing, fuzz and isolation tests share these builders. A hostile
workbook is always read through ``read_guarded``: in a child process with a memory limit, so
a reader that would still ask for hundreds of gigabytes stops the child, never pytest.
"""

from __future__ import annotations

import io
import zipfile

from planner.io.read import isolate, safety
from planner.load import workbook as read
from tests.read_fixtures import base_sheets, xlsx_bytes

EMPLOYEES_PART = "xl/worksheets/sheet1.xml"
FAR = b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>'  # 17 billion cells
GUARD = isolate.Limits(memory_mb=512, seconds=60)


def base_workbook() -> bytes:
    """The valid base workbook of ``read_fixtures`` (openpyxl: inline strings, r everywhere)."""
    return xlsx_bytes(base_sheets())


def rebuild(data: bytes, change, stored: tuple[str, ...] = ()) -> bytes:
    """The same package with ``change(name, bytes)`` applied to every member: it returns a
    list of (name, bytes) to write instead, [] to drop the member. Members named in
    ``stored`` are written uncompressed (no compression ratio to refuse)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            for name, content in change(info.filename, source.read(info.filename)):
                kind = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
                target.writestr(name, content, compress_type=kind)
    return out.getvalue()


def edit(data: bytes, part: str, transform, stored: bool = False) -> bytes:
    """One member's bytes transformed (and written uncompressed if ``stored``)."""
    return rebuild(
        data,
        lambda name, body: [(name, transform(body) if name == part else body)],
        stored=(part,) if stored else (),
    )


def move(data: bytes, part: str, new_name: str, target: str | None = None) -> bytes:
    """A member renamed; the workbook's relationship to it and its content type follow
    (the relationship's target is ``target`` when given, else "/" + the new name)."""
    old, new = f'Target="/{part}"'.encode(), f'Target="{target or "/" + new_name}"'.encode()

    def change(name: str, body: bytes):
        if name == part:
            return [(new_name, body)]
        if name == "xl/_rels/workbook.xml.rels":
            body = body.replace(old, new)
        if name == "[Content_Types].xml":
            body = body.replace(f'"/{part}"'.encode(), f'"/{new_name}"'.encode())
        return [(name, body)]

    return rebuild(data, change)


def add_rows(data: bytes, rows: bytes, part: str = EMPLOYEES_PART) -> bytes:
    """XML appended at the end of a worksheet's sheetData."""
    return edit(data, part, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>"))


def corner_workbook() -> bytes:
    """A 7 KB workbook within every limit (190,000 rows, 15 columns, 2.85 million cells)
    whose two cells, at A1 and O190000, make calamine allocate a 91 MB rectangle."""
    return add_rows(base_workbook(), b'<row r="190000"><c r="O190000" t="n"><v>1</v></c></row>')


def far_cell_workbook() -> bytes:
    """The issue's file: the employees' part renamed sheet1.XML, a cell at XFD1048576;
    calamine asked for 549 GB for it and aborted the process."""
    return move(add_rows(base_workbook(), FAR), EMPLOYEES_PART, "xl/worksheets/sheet1.XML")


def read_guarded(data: bytes, name: str = "hostile.xlsx") -> read.LoadResult:
    """``load`` in a child process limited to 512 MB and 60 s; a stopped child is a problem."""
    try:
        return isolate.run(read.load, data, name, label=name, limits=GUARD)
    except safety.Refused as refused:
        return read.LoadResult(None, [refused.problem])
