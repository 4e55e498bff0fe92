"""The plan exports' workbooks, written with xlsxwriter in ``constant_memory`` mode.

xlsxwriter is the library the contract workbook already uses (workbook.py); in
``constant_memory`` mode each row goes to a temporary file as soon as the next one starts, so a
20,000-person plan never sits in memory as cells. Rows must therefore be written in order,
which is how every export builds its sheets. Text is only ever written with ``write_string``
(never evaluated) and text that looks like a formula also gets Excel's quote prefix, so it stays
text when someone edits the cell. A fixed document date makes the same content give the same
bytes. Tests read every file back with openpyxl and convert one with LibreOffice.
"""

from __future__ import annotations

import io
import math
from datetime import date, datetime

import xlsxwriter

from planner import i18n
from planner.io.write.safe_text import EXCEL_MAX_CELL, clean_text, is_formula_like, sheet_title

# Column kinds: they choose the number format of numeric and date cells.
TEXT, INT, DEC, MONEY, DATE, PCT = "text", "int", "dec", "money", "date", "pct"
S_DEFAULT, S_HEADER, S_LITERAL, S_DATE, S_MONEY, S_INT, S_DEC, S_PCT, S_LABEL = range(9)
_NUMBER_STYLE = {TEXT: S_DEFAULT, INT: S_INT, DEC: S_DEC, MONEY: S_MONEY, DATE: S_DATE, PCT: S_PCT}
DATE_FORMATS = {"fr": "dd/mm/yyyy", "en": "yyyy-mm-dd"}
MONEY_FORMAT = '#,##0.00 "MAD"'
_CREATED = datetime(1980, 1, 1)
_OPTIONS = {
    "constant_memory": True,
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "remove_timezone": True,
}
_WIDTH_SAMPLE = 200
_KIND_WIDTH = {DATE: 11, MONEY: 14, PCT: 9}


def _style_properties(lang: str) -> list[dict | None]:
    """xlsxwriter format properties, indexed by the ``S_*`` constants (None: default cell)."""
    header = {"bold": True, "bg_color": "#DDEBF7", "bottom": 1, "bottom_color": "#8EA9DB"}
    return [
        None,
        header,
        {"num_format": "@", "quote_prefix": True},  # literal text, never a formula
        {"num_format": DATE_FORMATS.get(lang, DATE_FORMATS["en"])},
        {"num_format": MONEY_FORMAT},
        {"num_format": "#,##0"},
        {"num_format": "0.0"},
        {"num_format": "0.0%"},
        {"bold": True},
    ]


def _needs_run(text: str) -> bool:
    """True for texts xlsxwriter would not keep as typed in an inline string.

    In ``constant_memory`` mode xlsxwriter copies a string that starts with ``<r>`` and ends
    with ``</r>`` into the sheet as raw XML (its rich-string form), and writes a carriage
    return as ``_x000D_``, which Excel decodes but openpyxl and pandas show as is.
    """
    return "\r" in text or (text.startswith("<r>") and text.endswith("</r>"))


def _rich_run(text: str) -> str:
    """``text`` as one escaped rich-text run, which xlsxwriter copies as is; a carriage return
    becomes the character reference every reader decodes. The wrapped form must fit Excel's
    cell length, as xlsxwriter checks it."""
    while True:
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        escaped = escaped.replace("\r", "&#13;")
        run = f'<r><t xml:space="preserve">{escaped}</t></r>'
        if len(run) <= EXCEL_MAX_CELL:
            return run
        excess = len(run) - EXCEL_MAX_CELL
        text = text[: len(text) - (excess + 4) // 5]  # an escaped character takes 1 to 5


class SheetWriter:
    """One worksheet; rows are appended in order and streamed to xlsxwriter's row file."""

    def __init__(self, worksheet, formats: list) -> None:
        self.title: str = worksheet.name
        self.widths: list[float] = []
        self.freeze_row = 0  # rows 1..freeze_row stay visible when scrolling
        self.row_count = 0
        self._sheet = worksheet
        self._formats = formats
        self._texts: dict[tuple[str, int], tuple[str, object]] = {}

    def _text(self, text: str, style: int) -> tuple[str, object]:
        """(string, format) to write; cached, since sites and titles repeat a lot."""
        prepared = self._texts.get((text, style))
        if prepared is None:
            shown_style = S_LITERAL if is_formula_like(text) else style
            cleaned = clean_text(text)
            if _needs_run(cleaned):
                cleaned = _rich_run(cleaned)
            prepared = self._texts[(text, style)] = (cleaned, self._formats[shown_style])
        return prepared

    def _other(self, row: int, col: int, value: object, style: int) -> None:
        sheet = self._sheet
        if isinstance(value, bool):
            sheet.write_boolean(row, col, value)
        elif isinstance(value, int | float):
            if not isinstance(value, float) or math.isfinite(value):
                sheet.write_number(row, col, value, self._formats[style])
        elif isinstance(value, date):
            sheet.write_datetime(row, col, value, self._formats[S_DATE])
        else:
            raise TypeError(f"cannot write a {type(value).__name__} into a workbook cell")

    def append(self, values: list, styles: list[int] | None = None) -> None:
        """Write one row; ``styles`` gives each cell's style (default style when omitted).

        Text, the most common cell, takes the short path (hot loop: ~400,000 cells a plan).
        """
        row = self.row_count
        self.row_count += 1
        write_string = self._sheet.write_string
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            style = styles[col] if styles else S_DEFAULT
            if type(value) is str:
                write_string(row, col, *self._text(value, style))
            else:
                self._other(row, col, value, style)

    def table(self, headers: list[str], kinds: list[str], rows) -> None:
        """Write a table: bold frozen header, filter over the whole table, fitted widths."""
        top = self.row_count + 1
        self.append(headers, [S_HEADER] * len(headers))
        styles = [_NUMBER_STYLE[k] for k in kinds]
        sample: list[list] = []
        for row in rows:
            if len(sample) < _WIDTH_SAMPLE:
                sample.append(row)
            self.append(row, styles)
        self.freeze_row = top
        last = max(self.row_count, top)
        self._sheet.autofilter(top - 1, 0, last - 1, len(headers) - 1)
        self.widths = _fit_widths(headers, kinds, sample, self.widths)

    def finish(self) -> None:
        """Widths and the frozen header, which xlsxwriter writes when the book is closed."""
        for col, width in enumerate(self.widths):
            if width:
                self._sheet.set_column(col, col, width)
        if self.freeze_row:
            self._sheet.freeze_panes(self.freeze_row, 0)


def _fit_widths(
    headers: list[str], kinds: list[str], sample: list[list], current: list[float]
) -> list[float]:
    """Column widths from the header and the first rows, between 8 and 60 characters."""
    widths = list(current) + [0.0] * (len(headers) - len(current))
    for col, header in enumerate(headers):
        longest = max(
            [len(header) + 2]
            + [len(str(r[col])) + 1 for r in sample if col < len(r) and r[col] is not None]
        )
        longest = max(longest, _KIND_WIDTH.get(kinds[col], 0))
        widths[col] = max(widths[col], min(60.0, max(8.0, float(longest))))
    return widths


class WorkbookWriter:
    """A workbook: sheets with valid unique names, saved as XLSX bytes by ``to_bytes``."""

    def __init__(self, lang: str = "fr") -> None:
        self.lang = lang
        self.sheets: list[SheetWriter] = []
        self._taken: set[str] = set()
        self._buffer = io.BytesIO()
        self._book = xlsxwriter.Workbook(self._buffer, _OPTIONS)
        self._book.set_properties({"created": _CREATED})
        self._formats = [
            None if props is None else self._book.add_format(props)
            for props in _style_properties(lang)
        ]

    def add_sheet(self, wanted: str) -> SheetWriter:
        worksheet = self._book.add_worksheet(sheet_title(wanted, self._taken))
        sheet = SheetWriter(worksheet, self._formats)
        self.sheets.append(sheet)
        return sheet

    def to_bytes(self) -> bytes:
        """The XLSX file; a book without sheets gets one empty sheet (Excel needs one)."""
        if not self.sheets:
            self.add_sheet(i18n.t("label.sheet_empty", self.lang))
        for sheet in self.sheets:
            sheet.finish()
        self._book.close()
        return self._buffer.getvalue()
