"""How much the native reader will allocate for one worksheet part, bounded from its bytes.

calamine stores a sheet as a dense rectangle from its first to its last cell, and places a
cell without an ``r`` reference after the previous one: the row counter moves on at every
``</row>`` whatever the row says, the column counter at every cell. A 30 KB part can so
describe a rectangle of 17 billion cells, which calamine then asks memory for and aborts the
process when it gets none. The bound here is computed with regular expressions over the raw
bytes, before calamine reads anything, and errs on the large side: any ``r`` attribute of any
element counts, a prefixed ``x:r`` too, the declared ``<dimension>`` too (openpyxl pads rows to
it), and cells placed by counting are bounded by counting the row ends and the cells between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planner.io.cell_refs import column_index

_PREFIX = rb"(?:[A-Za-z_][\w.\-]*:)?"
_ATTR_TEXT = rb"(?:[^>\"']|\"[^\"]*\"|'[^']*')"  # a start tag's text, quoted values whole
_ATTRS = _ATTR_TEXT + rb"*"
# r="..." of any element, prefixed or not: the engine finds the literal "r" fast, the
# look-behind then rejects names that only end in r (sqref=).
_ANY_REF = re.compile(rb"r(?<=[^\w.\-]r)\s*=\s*[\"']\s*([A-Za-z]*)(\d+)")
_DIMENSION = re.compile(rb"<" + _PREFIX + rb"dimension\s(" + _ATTRS + rb")>")
_REF_VALUE = re.compile(rb"(?<![\w.:\-])ref\s*=\s*[\"']([^\"']*)")
_PREFIXED_TAG = re.compile(rb":(?:c|row)[\s/>]")
_PLAIN_CELL = re.compile(rb"<c[\s/>]")
_PLACED_STARTS = (b'<c r="', b"<c r='")
_CELL_START = re.compile(rb"<" + _PREFIX + rb"c[\s/>]")
_PLACED_CELL = re.compile(
    rb"<" + _PREFIX + rb"c\s" + _ATTR_TEXT + rb"*?(?<=[\s\"'])r\s*=\s*[\"'][A-Za-z]+\d+[\"']"
)
_ROW_END = rb"</" + _PREFIX + rb"row[\s>]|<" + _PREFIX + rb"row(?:\s" + _ATTRS + rb")?/>"
_ROW_END_OR_CELL = re.compile(rb"(" + _ROW_END + rb")|<" + _PREFIX + rb"c[\s/>]")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ERROR_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\bt=\"e\"[^>]*>")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})(\d+)\"([^>]*)>")
_VALUE = re.compile(rb"<(?:\w+:)?(?:v>([^<]*)<|is>)")
_CELL_END = re.compile(rb"</(?:\w+:)?c>")
_SHARED_STRINGS = re.compile(rb"<" + _PREFIX + rb"sst[\s>]")
_UNIQUE_COUNT = re.compile(rb"(?<![\w.:\-])" + _PREFIX + rb"uniqueCount\s*=\s*[\"']\s*(\d+)")
_STRING_ITEM = re.compile(rb"<" + _PREFIX + rb"si[\s/>]")
_SHEET_DATA = re.compile(rb"<" + _PREFIX + rb"sheetData[\s/>]")
HUGE = 10**12  # a reference with more letters or digits than any sheet has: surely too big
SLICE = 1 << 20


@dataclass(slots=True)
class SheetScan:
    """What the pre-scan of one worksheet part found: the extent the readers will allocate
    (an upper bound), and the cells whose value the readers cannot give (formulas without a
    cached value, error cells), keyed by 0-based (row, column)."""

    rows: int = 0
    columns: int = 0
    special: dict[tuple[int, int], str] = field(default_factory=dict)

    @property
    def area(self) -> int:
        return self.rows * self.columns


def is_worksheet(xml: bytes) -> bool:
    """Whether calamine would read cells from this part: it needs a ``sheetData`` element."""
    return b"sheetData" in xml and _SHEET_DATA.search(xml) is not None


def scan_sheet(xml: bytes) -> SheetScan:
    """The extent of a worksheet part, and its formulas with no value and error cells."""
    rows, columns = _declared(xml)
    if not _all_placed(xml):  # some cells are placed by counting
        ends, widest = _counted(xml)
        rows, columns = rows + ends + 1, columns + widest
    scan = SheetScan(rows=rows, columns=columns)
    if any(mark in xml for mark in (b"<f>", b"<f ", b":f>", b":f ")):
        for match in _FORMULA.finditer(xml):
            _scan_formula(xml, match.start(), scan)
    if b't="e"' in xml:
        for match in _ERROR_CELL.finditer(xml):
            _scan_cell(xml, match.start(), scan, error_cell=True)
    return scan


def declared_strings(xml: bytes) -> int:
    """How many shared strings a part holds or declares: calamine reserves memory for the
    declared ``uniqueCount`` before reading one; 0 for a part that is not a string table."""
    if b"sst" not in xml or not _SHARED_STRINGS.search(xml):
        return 0
    declared = max((int(d) for d in _UNIQUE_COUNT.findall(xml)), default=0)
    return max(declared, _count(_STRING_ITEM, xml))


def _all_placed(xml: bytes) -> bool:
    """Whether every cell carries its own ``r`` reference. Plain tags with ``r`` first (what
    spreadsheet programs write) are counted with bytes.count; otherwise the tag regexes,
    which know namespace prefixes and quoted values, decide."""
    if not _PREFIXED_TAG.search(xml):
        starts = len(_PLAIN_CELL.findall(xml))
        if starts == sum(xml.count(mark) for mark in _PLACED_STARTS):
            return True
    return _count(_CELL_START, xml) == _count(_PLACED_CELL, xml)


def _slices(xml: bytes):
    """1 MB slices of the part that end before a "<", so no tag is cut in two (a tag cut
    anyway, by a "<" inside a quoted value, only makes the counts differ: the larger bound)."""
    start = 0
    while start < len(xml):
        end = xml.find(b"<", start + SLICE)
        end = len(xml) if end < 0 else end
        yield start, end
        start = end


def _count(pattern: re.Pattern, xml: bytes) -> int:
    return sum(len(pattern.findall(xml, start, end)) for start, end in _slices(xml))


def _declared(xml: bytes) -> tuple[int, int]:
    """Highest row and column of every reference written: cells, rows and the dimension."""
    rows, columns = _dimension(xml)
    for start, end in _slices(xml):
        refs = _ANY_REF.findall(xml, start, end)
        rows = max(rows, *map(_number, {digits for _, digits in refs}), 0)
        columns = max(columns, *map(_column, {letters for letters, _ in refs}), 0)
    return rows, columns


def _dimension(xml: bytes) -> tuple[int, int]:
    """Highest row and column of the ``<dimension ref>`` elements (openpyxl pads rows to it)."""
    refs = []
    at = xml.find(b"dimension")
    while at >= 0:
        tag = _DIMENSION.match(xml, max(xml.rfind(b"<", 0, at), 0))
        for value in _REF_VALUE.findall(tag.group(1)) if tag else ():
            refs += re.findall(rb"([A-Za-z]*)(\d+)", value)
        at = xml.find(b"dimension", at + 1)
    rows = max((_number(digits) for _, digits in refs), default=0)
    return rows, max((_column(letters) for letters, _ in refs), default=0)


def _number(digits: bytes) -> int:
    return int(digits) if len(digits) <= 12 else HUGE


def _column(letters: bytes) -> int:
    """1-based column of the letters (0 for none), lower case as upper as calamine reads."""
    if len(letters) > 7:
        return HUGE
    return column_index(letters.decode("ascii").upper()) + 1 if letters else 0


def _counted(xml: bytes) -> tuple[int, int]:
    """How far counting can move a cell without ``r``: the number of row ends (each moves
    the row counter on) and the most cells between two row ends (each moves the column)."""
    ends = widest = width = 0
    for match in _ROW_END_OR_CELL.finditer(xml):
        if match.group(1):
            ends, widest, width = ends + 1, max(widest, width), 0
        else:
            width += 1
    return ends, max(widest, width)


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
