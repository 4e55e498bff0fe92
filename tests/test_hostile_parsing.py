"""Hostile workbook parts: whatever a part is called, wherever it is stored and however its
cells are written, a sheet beyond the limits is refused, located, before a reader allocates.

Every case is read in a child process limited to 512 MB (``parsing_fixtures.read_guarded``):
a pre-scan that missed one would show as a stopped child, a failed test, never a dead pytest.
Before these checks, the first case made calamine ask for 549 GB and abort the process.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.parsing_fixtures import (
    EMPLOYEES_PART,
    FAR,
    add_rows,
    base_workbook,
    edit,
    move,
    read_guarded,
    rebuild,
)
from tests.read_fixtures import codes, only

SAMPLE = "data/sample.xlsx"
RELS = "xl/_rels/workbook.xml.rels"
BOOK = "xl/workbook.xml"


def far_sheet() -> bytes:
    return add_rows(base_workbook(), FAR)


def refused_sheet(data: bytes, code: str, sheet: str = "Collaborateurs"):
    """The one problem with ``code``, located on ``sheet``; nothing was read."""
    result = read_guarded(data)
    problem = only(result, code)
    assert problem.sheet == sheet
    assert result.dataset is None
    return problem


def reads_cleanly(data: bytes) -> None:
    result = read_guarded(data)
    assert result.ok, [str(p) for p in result.problems]
    assert [e.employee_id for e in result.dataset.employees] == ["E001", "E002"]


@pytest.mark.parametrize(
    "name, target",
    [
        pytest.param("xl/worksheets/sheet1.XML", None, id="upper-case extension"),
        pytest.param("xl/worksheets/Sheet1.xml", None, id="upper-case name"),
        pytest.param("xl/data/people.xml", None, id="outside xl/worksheets"),
        pytest.param("people.xml", None, id="at the package root"),
        pytest.param("xl/worksheets/sheet1", None, id="no extension"),
        pytest.param("xl/media/image1.png", None, id="named as an image"),
        pytest.param("xl/worksheets/sheet1.bin", "worksheets/sheet1.bin", id="relative target"),
        pytest.param("elsewhere/s.xml", "../elsewhere/s.xml", id="target climbing out of xl"),
    ],
)
def test_a_far_cell_is_refused_whatever_the_part_is_called(name, target):
    """The issue's 30 KB workbook: its worksheet part renamed, a cell at XFD1048576."""
    problem = refused_sheet(move(far_sheet(), EMPLOYEES_PART, name, target), "too_many_rows")
    assert dict(problem.params) == {"count": "1048576", "limit": "200000"}


@pytest.mark.parametrize(
    "name, target",
    [
        pytest.param("xl/worksheets/sheet1.XML", None, id="upper-case extension"),
        pytest.param("xl/data/people.xml", None, id="outside xl/worksheets"),
        pytest.param("xl/worksheets/sheet1", None, id="no extension"),
    ],
)
def test_a_renamed_part_within_the_limits_still_reads(name, target):
    """Renaming alone is no attack: the part is found and the workbook reads as before."""
    reads_cleanly(move(base_workbook(), EMPLOYEES_PART, name, target))


@pytest.mark.parametrize(
    "rows, code",
    [
        pytest.param(
            b'<row r="1048576"><c t="n"><v>1</v></c></row>',
            "too_many_rows",
            id="row number on the row, cell without r",
        ),
        pytest.param(
            b"</row>" * 210_000 + b'<c t="n"><v>1</v></c>',
            "too_many_rows",
            id="210,000 row ends without r",
        ),
        pytest.param(
            b"<row>" + b'<c t="n"><v>1</v></c>' * 300 + b"</row>",
            "too_many_columns",
            id="300 cells without r in one row",
        ),
        pytest.param(b"<row><c r='XFD1048576'><v>1</v></c></row>", "too_many_rows", id="quote"),
        pytest.param(b'<row><c r = "XFD5"><v>1</v></c></row>', "too_many_columns", id="r = x"),
        pytest.param(b'<row><c r="xfd5"><v>1</v></c></row>', "too_many_columns", id="lower"),
        pytest.param(
            b'<row><c s="1" r="XFD5" t="n"><v>1</v></c></row>', "too_many_columns", id="r second"
        ),
        pytest.param(
            b'<row><c r="A1" r="XFD1048576"><v>1</v></c></row>', "too_many_rows", id="r twice"
        ),
        pytest.param(
            b'<row><c r="A99999999999999999999"><v>1</v></c></row>',
            "too_many_rows",
            id="row number past 2^64",
        ),
        pytest.param(
            b'<row r="190000"><c r="T190000"><v>1</v></c></row>',
            "too_many_cells",
            id="190,000 x 20 within rows and columns, over the cells",
        ),
    ],
)
def test_cells_placed_far_are_refused_before_reading(rows, code):
    """Each way of putting a cell far away, by reference or by counting, is bounded."""
    refused_sheet(edit(base_workbook(), EMPLOYEES_PART, _append(rows), stored=True), code)


def _append(rows: bytes):
    return lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>")


def test_a_declared_dimension_beyond_the_limits_is_refused():
    """openpyxl pads every row to the declared dimension: A1:XFD1048576 is refused."""
    data = edit(
        base_workbook(),
        EMPLOYEES_PART,
        lambda xml: xml.replace(b'<dimension ref="A1:I3" />', b'<dimension ref="A1:XFD1048576"/>'),
    )
    refused_sheet(data, "too_many_rows")


def test_prefixed_tags_without_references_are_counted():
    """``<x:row>``/``<x:c>`` in a namespace prefix, cells placed by counting: still bounded."""
    prefixed = (
        b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<x:sheetData><x:row>"
        + b'<x:c t="n"><x:v>1</x:v></x:c>' * 300
        + b"</x:row></x:sheetData></x:worksheet>"
    )
    refused_sheet(edit(base_workbook(), EMPLOYEES_PART, lambda _: prefixed), "too_many_columns")


def test_a_utf16_worksheet_is_scanned_as_text():
    """A worksheet re-encoded in UTF-16: its far cell is found all the same."""
    data = edit(far_sheet(), EMPLOYEES_PART, lambda xml: xml.decode().encode("utf-16"))
    refused_sheet(data, "too_many_rows")


@pytest.mark.parametrize(
    "attribute",
    [
        pytest.param(b'uniqueCount="99999999999"', id="declared 10^11 strings"),
        pytest.param(b"uniqueCount='99999999999'", id="single quotes"),
        pytest.param(b'uniqueCount="3000001"', id="one over the limit"),
    ],
)
def test_a_string_table_declaring_billions_of_strings_is_refused(attribute):
    """calamine reserves the declared uniqueCount before reading a string (2.4 TB here)."""
    with open(SAMPLE, "rb") as stream:
        sample = stream.read()
    data = edit(
        sample,
        "xl/sharedStrings.xml",
        lambda xml: xml.replace(b'uniqueCount="1163"', attribute),
    )
    result = read_guarded(data)
    assert codes(result) == ["zip_bomb"]
    assert "shared strings" in dict(result.problems[0].params)["detail"]


def _rels(data: bytes, transform) -> bytes:
    return edit(data, RELS, transform)


def test_a_duplicated_relationship_counts_every_target():
    """rId1 twice, first to the small part and then to a far one: the far one counts."""
    data = rebuild(
        far_sheet(),
        lambda name, body: (
            [(name, body), ("xl/worksheets/far.xml", body)]
            if name == EMPLOYEES_PART
            else [(name, body)]
        ),
    )
    small = edit(data, EMPLOYEES_PART, lambda xml: xml.replace(FAR, b""))
    doubled = _rels(
        small,
        lambda xml: xml.replace(
            b"</Relationships>",
            b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/worksheet" Target="/xl/worksheets/far.xml" Id="rId1" />'
            b"</Relationships>",
        ),
    )
    refused_sheet(doubled, "too_many_rows")


def test_a_second_id_attribute_on_a_sheet_counts():
    """``r:id`` and ``x:id`` on one sheet: calamine matches any prefix, so both count."""
    data = rebuild(
        far_sheet(),
        lambda name, body: (
            [(name, body), ("xl/worksheets/far.xml", body)]
            if name == EMPLOYEES_PART
            else [(name, body)]
        ),
    )
    data = edit(data, EMPLOYEES_PART, lambda xml: xml.replace(FAR, b""))
    data = _rels(
        data,
        lambda xml: xml.replace(
            b"</Relationships>",
            b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/worksheet" Target="/xl/worksheets/far.xml" Id="rId9" />'
            b"</Relationships>",
        ),
    )
    data = edit(
        data,
        BOOK,
        lambda xml: xml.replace(b'r:id="rId1"', b'r:id="rId1" xmlns:x="urn:x" x:id="rId9"'),
    )
    refused_sheet(data, "too_many_rows")


def test_a_sheet_whose_relationship_is_deleted_is_refused_not_crashed():
    """The employees sheet's relationship removed, a far part left in the package: the
    workbook is refused with a located problem whatever reader tries it."""
    data = _rels(far_sheet(), lambda xml: xml.replace(b'Id="rId1"', b'Id="rIdX"'))
    result = read_guarded(data)
    assert codes(result) == ["corrupt"]
    assert "rId1" in dict(result.problems[0].params)["detail"]


def test_an_unrelated_large_sheet_does_not_block_the_workbook():
    """A fifth sheet reaching row 250,000 is never read: the planner's sheets still are."""

    def change(name, body):
        if name == RELS:
            body = body.replace(
                b"</Relationships>",
                b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'relationships/worksheet" Target="/xl/worksheets/history.xml" Id="rId99" />'
                b"</Relationships>",
            )
        if name == BOOK:
            body = body.replace(
                b"</sheets>", b'<sheet name="Historique" sheetId="9" r:id="rId99" /></sheets>'
            )
        out = [(name, body)]
        if name == EMPLOYEES_PART:
            history = b'<worksheet><sheetData><row r="250000"><c r="A250000" t="n"><v>1</v></c>'
            out.append(("xl/worksheets/history.xml", history + b"</row></sheetData></worksheet>"))
        return out

    reads_cleanly(rebuild(base_workbook(), change))


def test_two_members_differing_only_by_case_both_count():
    """calamine looks parts up case-blind, the last one winning: the larger extent counts."""
    data = rebuild(
        base_workbook(),
        lambda name, body: (
            [(name, body), ("xl/worksheets/SHEET1.xml", _append(FAR)(body))]
            if name == EMPLOYEES_PART
            else [(name, body)]
        ),
    )
    refused_sheet(data, "too_many_rows")


def test_the_whole_workbook_moved_to_another_folder_still_reads():
    """The officeDocument relationship points to book/workbook.xml: found, read, checked."""

    def change(name, body):
        if name == "_rels/.rels":
            body = body.replace(b'Target="xl/workbook.xml"', b'Target="book/workbook.xml"')
        if name.startswith("xl/"):
            name = "book/" + name[3:]
            body = body.replace(b"/xl/", b"/book/")
        return [(name, body.replace(b'"/xl/', b'"/book/'))]

    moved = rebuild(base_workbook(), change)
    assert "book/workbook.xml" in zipfile.ZipFile(io.BytesIO(moved)).namelist()
    reads_cleanly(moved)
    far = edit(moved, "book/worksheets/sheet1.xml", _append(FAR))
    refused_sheet(far, "too_many_rows")


def test_a_doctype_in_a_part_without_an_xml_name_is_refused():
    """Entity declarations are refused in a worksheet part named without .xml too."""
    data = move(base_workbook(), EMPLOYEES_PART, "xl/worksheets/sheet1")
    data = edit(
        data,
        "xl/worksheets/sheet1",
        lambda xml: b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + xml,
    )
    assert codes(read_guarded(data)) == ["xml_entities"]


def test_a_huge_workbook_part_is_refused_before_it_is_parsed():
    """A 12 MB sheet list (stored, so no compression ratio to refuse) is not parsed."""
    data = edit(
        base_workbook(),
        BOOK,
        lambda xml: xml.replace(b"<sheets>", b"<sheets>" + b"<!-- padding -->" * 800_000),
        stored=True,
    )
    result = read_guarded(data)
    assert codes(result) == ["zip_bomb"]
    assert result.problems[0].value == BOOK


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"", id="empty part"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, id="binary part"),
        pytest.param(b'<worksheet><sheetData><row><c r="-5"><v>1', id="cut short"),
    ],
)
def test_a_damaged_worksheet_part_is_a_located_refusal(body):
    """A part no reader can make sense of: refused with the sheet named, no traceback."""
    refused_sheet(edit(base_workbook(), EMPLOYEES_PART, lambda _: body), "corrupt")
