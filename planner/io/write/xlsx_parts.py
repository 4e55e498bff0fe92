"""The fixed parts of an XLSX package: content types, relationships, workbook and styles.

Kept apart from the streaming sheet writer (xlsx_stream.py) because they are plain templates.
The cell styles are indexed by the ``S_*`` constants of xlsx_stream.py, in the same order.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"

DATE_FORMATS = {"fr": "dd/mm/yyyy", "en": "yyyy-mm-dd"}
MONEY_FORMAT = '#,##0.00 "MAD"'


def content_types(sheet_count: int) -> str:
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_SHEET_TYPE}"/>'
        for n in range(1, sheet_count + 1)
    )
    return (
        f'{_HEAD}<Types xmlns="{_PKG}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
        f'officedocument.spreadsheetml.styles+xml"/>{sheets}</Types>'
    )


def workbook_rels(sheet_count: int) -> str:
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, sheet_count + 1)
    )
    styles = f'<Relationship Id="rId{sheet_count + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
    return f'{_HEAD}<Relationships xmlns="{_PKG}/relationships">{rels}{styles}</Relationships>'


def _quoted_sheet(title: str) -> str:
    """A sheet name as a formula reference: always quoted, apostrophes doubled."""
    return "'" + title.replace("'", "''") + "'"


def workbook_xml(sheets) -> str:
    """Sheet list plus the hidden filter ranges Excel expects next to each autoFilter."""
    entries = "".join(
        f'<sheet name={quoteattr(s.title)} sheetId="{n}" r:id="rId{n}"/>'
        for n, s in enumerate(sheets, start=1)
    )
    names = ""
    for index, sheet in enumerate(sheets):
        if sheet.filter_ref:
            first, last = sheet.filter_ref.split(":")
            ref = f"{_quoted_sheet(sheet.title)}!{_absolute(first)}:{_absolute(last)}"
            names += (
                f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" '
                f'hidden="1">{escape(ref)}</definedName>'
            )
    defined = f"<definedNames>{names}</definedNames>" if names else ""
    return (
        f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{entries}</sheets>{defined}</workbook>"
    )


def _absolute(cell: str) -> str:
    letters = cell.rstrip("0123456789")
    return f"${letters}${cell[len(letters) :]}"


def styles_xml(lang: str) -> str:
    """Fonts, fills and the cell formats; dates follow the interface language."""
    date_format = DATE_FORMATS.get(lang, DATE_FORMATS["en"])
    formats = (
        f'<numFmts count="4"><numFmt numFmtId="164" formatCode={quoteattr(date_format)}/>'
        f'<numFmt numFmtId="165" formatCode={quoteattr(MONEY_FORMAT)}/>'
        '<numFmt numFmtId="166" formatCode="0.0"/>'
        '<numFmt numFmtId="167" formatCode="0.0%"/></numFmts>'
    )
    font = '<sz val="11"/><name val="Calibri"/><family val="2"/>'
    fonts = f'<fonts count="2"><font>{font}</font><font><b/>{font}</font></fonts>'
    fills = (
        '<fills count="3"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill>'
        '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/>'
        '<bgColor indexed="64"/></patternFill></fill></fills>'
    )
    borders = (
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left/><right/><top/><bottom style="thin"><color rgb="FF8EA9DB"/>'
        "</bottom><diagonal/></border></borders>"
    )
    xfs = [
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',  # default
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" '
        'applyFill="1" applyBorder="1"/>',  # header
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" '
        'applyNumberFormat="1"/>',  # literal text, never a formula
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/>',  # date
        '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/>',  # money
        '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
        '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/>',  # decimal
        '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/>',  # percent
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',  # label
    ]
    return (
        f'{_HEAD}<styleSheet xmlns="{_MAIN}">{formats}{fonts}{fills}{borders}'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        f'</cellStyleXfs><cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
        "</cellStyles></styleSheet>"
    )
