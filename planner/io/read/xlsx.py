"""Read .xlsx/.xlsm workbooks: cached cell values only, after the safety checks.

python-calamine reads values about ten times faster than openpyxl; openpyxl (read-only,
cached values) is the fallback for files calamine rejects. Formulas are never evaluated and
macros never run: calamine and openpyxl only read the stored values. Before either reader
sees the file, every XML part is decompressed within the declared sizes, checked for
DOCTYPE/entities and, for worksheets, pre-scanned for size and formulas with no value.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field

import defusedxml.ElementTree as SafeET

from planner.domain.problems import error
from planner.io.cell_refs import column_index
from planner.io.read import safety
from planner.io.read.raw import RawBook, RawSheet

XML_SUFFIXES = (".xml", ".rels", ".vml")
_REF = re.compile(rb" r=\"([A-Z]{1,3})(\d+)\"")
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ERROR_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\bt=\"e\"[^>]*>")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})(\d+)\"([^>]*)>")
_VALUE = re.compile(rb"<(?:\w+:)?(?:v>([^<]*)<|is>)")
_CELL_END = re.compile(rb"</(?:\w+:)?c>")
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(slots=True)
class SheetScan:
    """What the pre-scan of one worksheet part found: the extent calamine will allocate.

    calamine stores a sheet as a dense rectangle from its first to its last cell, so two
    cells at A1 and XFD1048576 would cost 17 billion slots: the extent is bounded before
    calamine reads anything.
    """

    rows: int = 0
    columns: int = 0
    special: dict[tuple[int, int], str] = field(default_factory=dict)

    @property
    def area(self) -> int:
        return self.rows * self.columns


def is_workbook_zip(archive: zipfile.ZipFile) -> bool:
    names = {n.lower() for n in archive.namelist()}
    return "xl/workbook.xml" in names or any(n.endswith("/workbook.xml") for n in names)


def open_workbook(data: bytes, archive: zipfile.ZipFile) -> RawBook:
    """Check every part, then return a RawBook whose sheets calamine loads on demand."""
    parts: dict[str, bytes] = {}
    scans: dict[str, SheetScan] = {}
    for info in archive.infolist():
        if not info.filename.lower().endswith(XML_SUFFIXES):
            continue
        xml = safety.read_member(data, info)
        safety.check_xml(info.filename, xml)
        if "/worksheets/" in info.filename and info.filename.endswith(".xml"):
            scans[info.filename] = scan_sheet(xml)
        elif info.filename.endswith((".rels", "workbook.xml")):
            parts[info.filename] = xml
    sheet_parts = _sheet_parts(parts)
    return _calamine_book(
        data, {name: scans.get(path, SheetScan()) for name, path in sheet_parts.items()}
    )


def scan_sheet(xml: bytes) -> SheetScan:
    """Extent of the cells, formulas with no cached value and error cells."""
    rows, columns = _extent(xml)
    if not rows and _CELL.search(xml):  # cells without references: count rows, longest row
        chunks = _ROW.split(xml)
        rows = len(chunks) - 1
        columns = max((len(_CELL.findall(chunk)) for chunk in chunks[1:]), default=0)
    scan = SheetScan(rows=rows, columns=columns)
    if any(mark in xml for mark in (b"<f>", b"<f ", b":f>", b":f ")):
        for match in _FORMULA.finditer(xml):
            _scan_formula(xml, match.start(), scan)
    if b't="e"' in xml:
        for match in _ERROR_CELL.finditer(xml):
            _scan_cell(xml, match.start(), scan, error_cell=True)
    return scan


def _extent(xml: bytes, step: int = 1 << 20) -> tuple[int, int]:
    """Highest row number and column count of the cell references, read in 1 MB slices.

    Slicing keeps memory flat on a million-row sheet; slices end before a "<" so no
    reference is cut in two.
    """
    rows = columns = start = 0
    while start < len(xml):
        end = xml.find(b"<", start + step)
        end = len(xml) if end < 0 else end
        refs = _REF.findall(xml, start, end)
        if refs:
            rows = max(rows, *map(int, {digits for _, digits in refs}))
            columns = max(
                columns, 1 + max(column_index(letters.decode()) for letters in {c for c, _ in refs})
            )
        start = end
    return rows, columns


def _scan_formula(xml: bytes, pos: int, scan: SheetScan) -> None:
    start = xml.rfind(b"<", 0, pos)
    if start >= 0 and _CELL_TAG.match(xml, start):
        _scan_cell(xml, start, scan, error_cell=False)


def _scan_cell(xml: bytes, start: int, scan: SheetScan, error_cell: bool) -> None:
    tag = _CELL_TAG.match(xml, start)
    if not tag:
        return
    end = _CELL_END.search(xml, tag.end())
    body = xml[tag.end() : end.start() if end else tag.end()]
    value = _VALUE.search(body)
    key = (int(tag.group(2)) - 1, column_index(tag.group(1).decode()))
    if error_cell and value and value.group(1):
        scan.special[key] = value.group(1).decode("utf-8", "replace")[:40]
    elif value is None or (value.group(1) == b"" and b't="str"' not in tag.group(3)):
        scan.special[key] = "formula"


def _sheet_parts(parts: dict[str, bytes]) -> dict[str, str]:
    """Sheet name -> worksheet part path, from workbook.xml and its relationships."""
    book_path = next((p for p in parts if p.endswith("workbook.xml")), "xl/workbook.xml")
    folder = posixpath.dirname(book_path)
    rels_path = posixpath.join(folder, "_rels", posixpath.basename(book_path) + ".rels")
    try:
        targets = {
            rel.get("Id"): rel.get("Target", "")
            for rel in SafeET.fromstring(parts[rels_path])
            if rel.get("Id")
        }
        book = SafeET.fromstring(parts[book_path])
    except Exception as exc:  # any XML failure means a damaged workbook
        raise safety.Refused(
            error("corrupt", expected="resave", detail=f"workbook structure: {str(exc)[:80]}")
        ) from None
    out = {}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet") and sheet.get("name") is not None:
            target = targets.get(sheet.get(f"{{{REL_NS}}}id"), "")
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            out[sheet.get("name")] = path
    return out


def _calamine_book(data: bytes, scans: dict[str, SheetScan]) -> RawBook:
    import python_calamine as calamine

    try:
        workbook = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        metadata = workbook.sheets_metadata
    except Exception:  # calamine refuses some valid files: try openpyxl
        return _openpyxl_book(data, scans)
    names = [m.name for m in metadata if "Work" in str(m.typ)]
    hidden = {m.name for m in metadata if str(m.visible).rsplit(".", 1)[-1] != "Visible"}

    def load(name: str) -> RawSheet:
        scan = scans.get(name, SheetScan())
        check_extent(name, scan)
        try:
            sheet = workbook.get_sheet_by_name(name)
            if sheet.start is None or sheet.end is None:
                return RawSheet(name, [], hidden=name in hidden)
            check_columns(name, sheet.end[1] + 1)
            rows = sheet.to_python()
        except safety.Refused:
            raise
        except Exception as exc:  # a cell calamine cannot convert: the sheet is damaged
            raise safety.Refused(
                error("corrupt", sheet=name, expected="resave", detail=str(exc)[:80])
            ) from None
        merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
        return RawSheet(
            name, rows, sheet.start[0] + 1, sheet.start[1], merged, scan.special, name in hidden
        )

    return RawBook(names, hidden, load)


def check_extent(sheet: str, scan: SheetScan) -> None:
    """Refuse a sheet over the row, column or cell limits before it is loaded."""
    check_rows(sheet, scan.rows)
    check_columns(sheet, scan.columns)
    if scan.area > safety.MAX_CELLS:
        raise safety.Refused(
            error(
                "too_many_cells",
                sheet=sheet,
                value=scan.area,
                expected="limit",
                count=scan.area,
                limit=safety.MAX_CELLS,
            )
        )


def check_rows(sheet: str, rows: int) -> None:
    if rows > safety.MAX_ROWS:
        raise safety.Refused(
            error(
                "too_many_rows",
                sheet=sheet,
                value=rows,
                expected="limit",
                count=rows,
                limit=safety.MAX_ROWS,
            )
        )


def check_columns(sheet: str, columns: int) -> None:
    if columns > safety.MAX_COLUMNS:
        raise safety.Refused(
            error(
                "too_many_columns",
                sheet=sheet,
                value=columns,
                expected="limit",
                count=columns,
                limit=safety.MAX_COLUMNS,
            )
        )


def _openpyxl_book(data: bytes, scans: dict[str, SheetScan]) -> RawBook:
    """Fallback reader: openpyxl read-only with cached values (no formula evaluation)."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_vba=False, keep_links=False
        )
    except Exception as exc:  # any failure of both readers: damaged file
        raise safety.Refused(error("corrupt", expected="resave", detail=str(exc)[:80])) from None
    names = [ws.title for ws in workbook.worksheets]
    hidden = {ws.title for ws in workbook.worksheets if ws.sheet_state != "visible"}

    def load(name: str) -> RawSheet:
        scan = scans.get(name, SheetScan())
        check_extent(name, scan)
        rows = []
        for row in workbook[name].iter_rows(values_only=True):
            check_columns(name, len(row))
            rows.append(["" if v is None else v for v in row])
        return RawSheet(name, rows, 1, 0, [], scan.special, name in hidden)

    return RawBook(names, hidden, load)
