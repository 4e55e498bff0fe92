"""Read .xlsx/.xlsm workbooks: cached cell values only, after the safety checks.

python-calamine reads values about ten times faster than openpyxl; openpyxl (read-only,
cached values) is the fallback for files calamine rejects. Formulas are never evaluated and
macros never run: calamine and openpyxl only read the stored values. Before either reader
sees the file, every part is decompressed within its declared size and checked
(``xlsx_parts``), and each sheet's extent is bounded from its bytes (``xlsx_scan``): a sheet
over the row, column or cell limits is refused before a reader allocates anything for it.
"""

from __future__ import annotations

import io
import zipfile

from planner.domain.problems import error
from planner.io.read import safety
from planner.io.read.raw import RawBook, RawSheet
from planner.io.read.xlsx_parts import Package, read_package
from planner.io.read.xlsx_scan import SheetScan


def is_workbook_zip(archive: zipfile.ZipFile) -> bool:
    names = {n.lower() for n in archive.namelist()}
    return "xl/workbook.xml" in names or any(n.endswith("/workbook.xml") for n in names)


def open_workbook(data: bytes, archive: zipfile.ZipFile) -> RawBook:
    """Check every part, then return a RawBook whose sheets calamine loads on demand."""
    return _calamine_book(data, read_package(data, archive))


def _calamine_book(data: bytes, package: Package) -> RawBook:
    import python_calamine as calamine

    try:
        workbook = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        metadata = workbook.sheets_metadata
    except Exception:  # calamine refuses some valid files: try openpyxl
        return _openpyxl_book(data, package)
    names = [m.name for m in metadata if "Work" in str(m.typ)]
    hidden = {m.name for m in metadata if str(m.visible).rsplit(".", 1)[-1] != "Visible"}

    def load(name: str) -> RawSheet:
        scan = package.scan_of(name)
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


def _openpyxl_book(data: bytes, package: Package) -> RawBook:
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
        scan = package.scan_of(name)
        check_extent(name, scan)
        rows = []
        for row in workbook[name].iter_rows(values_only=True):
            check_columns(name, len(row))
            rows.append(["" if v is None else v for v in row])
            check_rows(name, len(rows))
        return RawSheet(name, rows, 1, 0, [], scan.special, name in hidden)

    return RawBook(names, hidden, load)
