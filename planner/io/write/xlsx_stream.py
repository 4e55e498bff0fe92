"""A small streaming XLSX writer for the plan exports.

Why a writer of our own: measured on the 2-core target machine, openpyxl (write_only, no lxml)
needs about 2.4 s for a single 20,000-row assignments sheet, while the whole plan workbook has
about twice that many cells and must be written in well under 3 s; xlsxwriter in
``constant_memory`` mode needs 3.4x the CPU of this writer for a 20,000-person plan.xlsx and
7.6x for its rosters and arrivals (BENCHMARKS.md, "Other stages"). Writing the SpreadsheetML
parts directly turns each row into XML once, as it comes, and lets every text cell be an inline
string (never a formula) with a quote-prefix style when it looks like one. The price is memory:
the rows' XML is held until the book is saved (peak RSS +206 MB for that plan.xlsx, against
+38 MB for xlsxwriter). The output is byte-for-byte deterministic for the same inputs (fixed zip
timestamps). Tests read every file back with openpyxl and convert one with LibreOffice.

Text is escaped for XML and for Excel's own ``_xHHHH_`` notation: a control character is written
as its escape and a literal ``_x0031_`` as ``_x005F_x0031_``, so two ids that differ by either
never look alike in Excel.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

from planner import i18n
from planner.io.cell_refs import column_letter
from planner.io.write.safe_text import EXCEL_MAX_CELL, clean_text, is_formula_like, sheet_title
from planner.io.write.xlsx_parts import content_types, styles_xml, workbook_rels, workbook_xml

# Column kinds: they choose the number format of numeric and date cells.
TEXT, INT, DEC, MONEY, DATE, PCT = "text", "int", "dec", "money", "date", "pct"
S_DEFAULT, S_HEADER, S_LITERAL, S_DATE, S_MONEY, S_INT, S_DEC, S_PCT, S_LABEL = range(9)
_NUMBER_STYLE = {TEXT: S_DEFAULT, INT: S_INT, DEC: S_DEC, MONEY: S_MONEY, DATE: S_DATE, PCT: S_PCT}
_EPOCH = date(1899, 12, 30)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_WIDTH_SAMPLE = 200
_KIND_WIDTH = {DATE: 11, MONEY: 14, PCT: 9}


_LETTERS = [column_letter(i) for i in range(64)]


_EXCEL_ESCAPE = re.compile("_x[0-9A-Fa-f]{4}_")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # lone halves of a badly decoded file: no character


def _escape(text: str) -> str:
    text = _SURROGATE.sub("", text[:EXCEL_MAX_CELL])
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub(lambda m: "_x005F" + m.group(0), text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in text:  # a raw CR would be read back as LF (XML end-of-line normalisation)
        text = text.replace("\r", "&#13;")
    return text


@dataclass
class SheetWriter:
    """One worksheet being written; rows are kept as XML fragments until the book is saved."""

    title: str
    rows: list[str] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    freeze_row: int = 0  # rows 1..freeze_row stay visible when scrolling
    filter_ref: str = ""
    _texts: dict = field(default_factory=dict)

    def _text_body(self, text: str, style: int) -> str:
        """The cell XML after its reference; cached, since sites and titles repeat a lot."""
        body = self._texts.get((text, style))
        if body is None:
            shown_style = S_LITERAL if is_formula_like(clean_text(text)) else style
            escaped = _escape(text)
            space = ' xml:space="preserve"' if text != text.strip() else ""
            attr = f' s="{shown_style}"' if shown_style else ""
            body = f'{attr} t="inlineStr"><is><t{space}>{escaped}</t></is></c>'
            self._texts[(text, style)] = body
        return body

    def _other_cell(self, ref: str, value: object, style: int) -> str:
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            if isinstance(value, float) and not math.isfinite(value):
                return ""
            attr = f' s="{style}"' if style else ""
            return f'<c r="{ref}"{attr}><v>{value!r}</v></c>'
        if isinstance(value, date):
            return f'<c r="{ref}" s="{S_DATE}"><v>{_serial(value)!r}</v></c>'
        raise TypeError(f"cannot write a {type(value).__name__} into a workbook cell")

    def append(self, values: list, styles: list[int] | None = None) -> None:
        """Write one row; ``styles`` gives each cell's style (default style when omitted).

        Text, the most common cell, takes the short path (hot loop: ~400,000 cells a plan).
        """
        number = len(self.rows) + 1
        tail = str(number)
        cells = []
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            ref = (_LETTERS[col] if col < 64 else column_letter(col)) + tail
            style = styles[col] if styles else S_DEFAULT
            if type(value) is str:
                cells.append(f'<c r="{ref}"{self._text_body(value, style)}')
            else:
                cells.append(self._other_cell(ref, value, style))
        self.rows.append(f'<row r="{number}">{"".join(cells)}</row>')

    def table(self, headers: list[str], kinds: list[str], rows) -> None:
        """Write a table: bold frozen header, filter over the whole table, fitted widths."""
        top = len(self.rows) + 1
        self.append(headers, [S_HEADER] * len(headers))
        styles = [_NUMBER_STYLE[k] for k in kinds]
        sample: list[list] = []
        for row in rows:
            if len(sample) < _WIDTH_SAMPLE:
                sample.append(row)
            self.append(row, styles)
        self.freeze_row = top
        last = max(len(self.rows), top)
        self.filter_ref = f"A{top}:{column_letter(len(headers) - 1)}{last}"
        self.widths = _fit_widths(headers, kinds, sample, self.widths)

    def xml(self) -> bytes:
        return _sheet_xml(self).encode("utf-8")


def _serial(value: date) -> float | int:
    if isinstance(value, datetime):
        delta = value.replace(tzinfo=None) - datetime(1899, 12, 30)
        return delta.days + delta.seconds / 86400
    return (value - _EPOCH).days


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


def _sheet_xml(sheet: SheetWriter) -> str:
    pane = ""
    if sheet.freeze_row:
        cell = f"A{sheet.freeze_row + 1}"
        pane = (
            f'<pane ySplit="{sheet.freeze_row}" topLeftCell="{cell}" activePane="bottomLeft"'
            f' state="frozen"/><selection pane="bottomLeft" activeCell="{cell}"'
            f' sqref="{cell}"/>'
        )
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{w:.1f}" customWidth="1"/>'
        for i, w in enumerate(sheet.widths, start=1)
        if w
    )
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="'
        'http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="'
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
        f'<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>',
        '<sheetFormatPr defaultRowHeight="15"/>',
        f"<cols>{cols}</cols>" if cols else "",
        "<sheetData>",
        "".join(sheet.rows),
        "</sheetData>",
        f'<autoFilter ref="{sheet.filter_ref}"/>' if sheet.filter_ref else "",
        "</worksheet>",
    ]
    return "".join(parts)


class WorkbookWriter:
    """A workbook: sheets with valid unique names, saved as deterministic XLSX bytes."""

    def __init__(self, lang: str = "fr") -> None:
        self.lang = lang
        self.sheets: list[SheetWriter] = []
        self._taken: set[str] = set()

    def add_sheet(self, wanted: str) -> SheetWriter:
        sheet = SheetWriter(sheet_title(wanted, self._taken))
        self.sheets.append(sheet)
        return sheet

    def to_bytes(self) -> bytes:
        """The XLSX file; a book without sheets gets one empty sheet (Excel needs one)."""
        if not self.sheets:
            self.add_sheet(i18n.t("label.sheet_empty", self.lang))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            _put(archive, "[Content_Types].xml", content_types(len(self.sheets)))
            _put(archive, "_rels/.rels", _ROOT_RELS)
            _put(archive, "xl/workbook.xml", workbook_xml(self.sheets))
            _put(archive, "xl/_rels/workbook.xml.rels", workbook_rels(len(self.sheets)))
            _put(archive, "xl/styles.xml", styles_xml(self.lang))
            for number, sheet in enumerate(self.sheets, start=1):
                _put(archive, f"xl/worksheets/sheet{number}.xml", sheet.xml())
        return buffer.getvalue()


def _put(archive: zipfile.ZipFile, name: str, data: str | bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data, compresslevel=1)


_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
