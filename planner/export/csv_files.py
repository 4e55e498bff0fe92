"""CSV exports: assignments.csv (the machine contract) and the detailed plan for other systems.

Two dialects. ``standard``: UTF-8 without BOM, comma, point decimals, LF line ends — what
scripts and the automated checks read. ``excel_fr``: UTF-8 with BOM, semicolon, decimal comma,
CRLF — what a French Excel opens correctly with a double click. In both, a text field that a
spreadsheet could run as a formula gets the OWASP single-quote prefix, and a text field holding
either separator (``,`` or ``;``), a quote, a tab, a line break or that prefix is quoted: a file
double-clicked in another locale is split on the other separator, so both must be guarded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from planner.export.tables import ExportTable, assignments_table
from planner.export.view import PlanView
from planner.io.write.safe_text import csv_text


@dataclass(frozen=True, slots=True)
class CsvDialect:
    delimiter: str
    decimal: str
    bom: bool
    newline: str


CSV_DIALECTS = {
    "standard": CsvDialect(",", ".", False, "\n"),
    "excel_fr": CsvDialect(";", ",", True, "\r\n"),
}


def get_dialect(name: str) -> CsvDialect:
    try:
        return CSV_DIALECTS[name]
    except KeyError:
        raise ValueError(
            f"unknown CSV dialect {name!r}; expected one of {', '.join(CSV_DIALECTS)}"
        ) from None


def number_text(value: float | int, decimal: str = ".") -> str:
    """A number without float noise (0.1+0.2 → 0.3) and with the dialect's decimal mark."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int) or (float(value).is_integer() and abs(value) < 1e15):
        return str(int(value))
    text = format(float(value), ".15g")
    return text.replace(".", decimal) if decimal != "." else text


_NEEDS_QUOTES = re.compile("[,;\"\t\r\n]|^'")


def quoted(text: str) -> str:
    """A neutralised text as a CSV field, in double quotes when any reader could split it."""
    text = csv_text(text)
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _field(value: object, dialect: CsvDialect) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, int | float):
        return number_text(value, dialect.decimal)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write a {type(value).__name__} into a CSV field")


def csv_bytes(headers: list[str], rows, dialect: str = "standard") -> bytes:
    """Encode a table; same rows in, same bytes out. Each distinct text is prepared once
    (sites, tracks and titles repeat on every row)."""
    spec = get_dialect(dialect)
    seen: dict[str, str] = {}

    def field(value: object) -> str:
        if type(value) is not str:
            return _field(value, spec)
        done = seen.get(value)
        if done is None:
            done = seen[value] = quoted(value)
        return done

    lines = [spec.delimiter.join(quoted(h) for h in headers)]
    lines += [spec.delimiter.join(map(field, row)) for row in rows]
    data = "".join(line + spec.newline for line in lines).encode("utf-8")
    return b"\xef\xbb\xbf" + data if spec.bom else data


ASSIGNMENT_COLUMNS = ["employee_id", "cohort_id", "role_id"]


def assignments_csv(view: PlanView, dialect: str = "standard") -> bytes:
    """assignments.csv: every employee in workbook order, empty cells for no session/role."""
    rows = (
        [p.shown_id, p.cohort.cohort_id if p.cohort else None, p.role.role_id if p.role else None]
        for p in view.people
    )
    return csv_bytes(ASSIGNMENT_COLUMNS, rows, dialect)


def table_csv(table: ExportTable, dialect: str = "standard") -> bytes:
    return csv_bytes(table.headers, table.rows, dialect)


def plan_detail_csv(view: PlanView, dialect: str = "standard") -> bytes:
    """The assignments sheet of plan.xlsx as CSV (same columns, same translated headers)."""
    return table_csv(assignments_table(view), dialect)
