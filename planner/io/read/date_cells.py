"""Date cells: date cells, Excel serial numbers and French or ISO date texts.

Only the years 2000-2100 (``domain.limits``) are planned: a session in 9999 is a typing
mistake, and its end date (start + duration) would not even be representable.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta

from planner.domain import limits
from planner.io.read.cells import CellError, text

EXCEL_EPOCH = date(1899, 12, 30)
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


def day(value: object) -> date:
    """A date cell, an Excel serial number or a French/ISO date text."""
    if isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        result = _serial(float(value))
    else:
        result = _date_text(text(value) or "")
    if result.year < 1900:
        raise CellError("date_before_1900", "date>=1900")
    if not limits.year_ok(result.year):
        raise CellError("date_out_of_range", "date in range")
    return result


def _serial(serial: float) -> date:
    if not math.isfinite(serial) or serial > 2_958_465:
        raise CellError("bad_date", "date")
    if serial < 1:
        raise CellError("date_before_1900", "date>=1900")
    return EXCEL_EPOCH + timedelta(days=int(serial))


def _date_text(raw: str) -> date:
    match = _YMD.match(raw)
    parts = (match.group(1), match.group(2), match.group(3)) if match else None
    if parts is None and (match := _DMY.match(raw)):
        parts = (match.group(3), match.group(2), match.group(1))
    if parts is None:
        raise CellError("bad_date", "date")
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise CellError("bad_date", "date") from None
