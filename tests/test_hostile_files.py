"""Hostile and broken files: each refused with a precise problem, never a crash.

Every file is built here, small, by hand where a spreadsheet program would never write it
(bombs, lying zips, entity declarations, encrypted containers).
"""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from planner.i18n import problem_expected, problem_message
from planner.io.read import safety
from planner.load import workbook as read
from tests.read_fixtures import base_sheets, codes, load_sheets, only, replace_part, xlsx_bytes

SHEET1 = "xl/worksheets/sheet1.xml"


def cfb(*streams: str) -> bytes:
    """A minimal OLE compound file whose directory lists the given stream names.

    Encrypted .xlsx files are such containers with EncryptionInfo and EncryptedPackage
    streams; legacy .xls files hold a Workbook stream.
    """
    header = bytearray(512)
    header[:8] = safety.OLE_MAGIC
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIII", header, 44, 1, 1, 0, 4096, 0xFFFFFFFE)
    struct.pack_into("<II", header, 64, 0xFFFFFFFE, 0)
    struct.pack_into("<I", header, 76, 0)  # first FAT sector
    header[80:512] = b"\xff" * 432
    fat = struct.pack("<II", 0xFFFFFFFD, 0xFFFFFFFE) + b"\xff" * 504
    directory = b"".join(
        _entry(name, 5 if i == 0 else 2) for i, name in enumerate(("Root Entry", *streams))
    )
    return bytes(header) + fat + directory.ljust(512, b"\x00")


def _entry(name: str, kind: int) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    entry = bytearray(128)
    entry[: len(encoded)] = encoded
    struct.pack_into("<HBB", entry, 64, len(encoded), kind, 1)
    struct.pack_into("<III", entry, 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
    struct.pack_into("<I", entry, 116, 0xFFFFFFFE)
    return bytes(entry)


def patch_sizes(data: bytes, part: str, size: int, local: bool = True) -> bytes:
    """Rewrite the uncompressed size a zip declares for one member (directory and header)."""
    out = bytearray(data)
    name = part.encode()
    central = out.find(b"PK\x01\x02" + b"\x00" * 0, out.find(b"PK\x01\x02"))
    while central >= 0:
        if out[central + 46 : central + 46 + len(name)] == name:
            struct.pack_into("<I", out, central + 24, size)
            offset = struct.unpack_from("<I", out, central + 42)[0]
            if local:
                struct.pack_into("<I", out, offset + 22, size)
        central = out.find(b"PK\x01\x02", central + 4)
    return bytes(out)


def base() -> bytes:
    return xlsx_bytes(base_sheets())


def test_empty_file():
    problem = only(read.load(b"", "rh.xlsx"), "file_empty")
    assert problem_expected(problem, "en") == "a non-empty file"


def test_pdf_renamed_xlsx():
    result = read.load(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "rh.xlsx")
    assert problem_message(only(result, "not_a_workbook"), "en") == (
        "the file is not a workbook: its content is a PDF document"
    )


def test_text_renamed_xlsx():
    result = read.load(b"Matricule;Site\nE1;Rabat\n", "rh.xlsx")
    assert problem_message(only(result, "not_a_workbook"), "en") == (
        "the file is not a workbook: its content is plain text, not a workbook"
    )


def test_random_binary():
    assert codes(read.load(bytes(range(256)) * 4, "rh.xlsx")) == ["not_a_workbook"]


def test_truncated_zip():
    data = base()
    assert codes(read.load(data[: len(data) // 2], "rh.xlsx")) == ["corrupt"]


def test_damaged_member():
    data = bytearray(base())
    start = data.find(SHEET1.encode()) + len(SHEET1) + 10
    data[start : start + 20] = b"\x00" * 20
    assert codes(read.load(bytes(data), "rh.xlsx")) == ["corrupt"]


def test_password_protected_workbook():
    problem = only(read.load(cfb("EncryptionInfo", "EncryptedPackage"), "rh.xlsx"), "encrypted")
    assert "without a password" in problem_expected(problem, "en")


def test_legacy_xls_says_how_to_convert():
    problem = only(read.load(cfb("Workbook"), "rh.xls"), "xls_legacy")
    assert "soffice --headless --convert-to xlsx" in problem_expected(problem, "en")


def test_zip_with_encrypted_member():
    data = bytearray(base())
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, central + 8, 1)
    assert codes(read.load(bytes(data), "rh.xlsx")) == ["encrypted"]


def test_zip_without_workbook_or_csv():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    assert codes(read.load(buffer.getvalue(), "rh.zip")) == ["not_a_workbook"]


def test_billion_laughs_refused_without_expanding():
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b"]>"
    )
    data = replace_part(base(), SHEET1, lambda xml: lol + xml)
    problem = only(read.load(data, "rh.xlsx"), "xml_entities")
    assert problem.value == SHEET1


def test_xxe_refused():
    xxe = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    data = replace_part(base(), "xl/workbook.xml", lambda xml: xxe + xml)
    assert only(read.load(data, "rh.xlsx"), "xml_entities").value == "xl/workbook.xml"


def test_utf16_doctype_refused():
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY b "c">]><a/>'
    data = replace_part(base(), "xl/styles.xml", lambda _: xml.encode("utf-16"))
    assert codes(read.load(data, "rh.xlsx")) == ["xml_entities"]


def test_declared_huge_member_refused_before_decompression():
    data = patch_sizes(base(), SHEET1, 3_000_000_000)
    problem = only(read.load(data, "rh.xlsx"), "zip_bomb")
    assert "times" in problem_expected(problem, "en") or "MB" in problem_expected(problem, "en")


def test_high_compression_ratio_refused():
    padding = b" " * (20 * safety.MB)
    data = replace_part(
        base(), SHEET1, lambda xml: xml.replace(b"<sheetData>", padding + b"<sheetData>")
    )
    problem = only(read.load(data, "rh.xlsx"), "zip_bomb")
    assert problem.value == SHEET1 and problem_expected(problem, "en") == (
        f"at most {safety.MAX_MEMBER_RATIO} times; split the data into several smaller files"
    )


def test_member_inflating_past_its_declared_size_refused():
    padding = b"<!-- " + b"x" * 100_000 + b" -->"
    data = replace_part(base(), SHEET1, lambda xml: xml + padding)
    assert codes(read.load(patch_sizes(data, SHEET1, 1000), "rh.xlsx")) == ["zip_bomb"]


def test_too_many_zip_members():
    buffer = io.BytesIO(base())
    with zipfile.ZipFile(buffer, "a") as archive:
        for i in range(safety.MAX_ZIP_MEMBERS):
            archive.writestr(f"customXml/item{i}.bin", b"")
    assert codes(read.load(buffer.getvalue(), "rh.xlsx")) == ["zip_bomb"]


def test_file_over_the_upload_limit(monkeypatch):
    monkeypatch.setattr(safety, "MAX_UPLOAD_BYTES", 1000)
    problem = only(read.load(base(), "rh.xlsx"), "file_too_large")
    assert problem_expected(problem, "en").endswith("split the data into several smaller files")


def test_a_million_rows_refused_with_the_limit():
    rows = b"".join(
        b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (i, i) for i in range(4, 1_048_577)
    )
    data = replace_part(
        base(), SHEET1, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>")
    )
    problem = only(read.load(data, "rh.xlsx"), "too_many_rows")
    assert (problem.sheet, problem.value) == ("Collaborateurs", "1048576")
    assert (
        problem_expected(problem, "en")
        == "at most 200000; split the data into several smaller files"
    )


def test_sparse_far_cell_refused_before_the_reader_allocates_its_extent():
    far = b'<row r="20000"><c r="GR20000"><v>1</v></c></row>'
    data = replace_part(
        base(), SHEET1, lambda xml: xml.replace(b"</sheetData>", far + b"</sheetData>")
    )
    problem = only(read.load(data, "rh.xlsx"), "too_many_cells")
    assert (problem.sheet, problem.value) == ("Collaborateurs", "4000000")


def test_ten_thousand_columns_refused():
    sheets = base_sheets()
    sheets["Collaborateurs"][0] += [f"extra{i}" for i in range(10_000)]
    problem = only(load_sheets(sheets), "too_many_columns")
    assert (problem.sheet, problem.value) == ("Collaborateurs", "10009")


def test_csv_with_too_many_columns():
    result = read.load(("a;" * 10_000 + "\n").encode(), "agents.csv")
    assert "too_many_columns" in codes(result)


def test_cell_of_100000_characters():
    """Excel stops at 32,767 characters; a hand-made file does not."""
    sheets = base_sheets()
    sheets["Collaborateurs"][1][2] = "XMARK"
    sheets["Collaborateurs"][2][1] = "YMARK"
    sheets["Collaborateurs"][0].append("Commentaire")
    sheets["Collaborateurs"][2].append("ZMARK")  # ignored column: not read

    def lengthen(xml: bytes) -> bytes:
        for mark in (b"X", b"Y", b"Z"):
            xml = xml.replace(mark + b"MARK", mark.lower() * 100_000)
        return xml

    result = read.load(replace_part(xlsx_bytes(sheets), SHEET1, lengthen), "rh.xlsx")
    site, name = [p for p in result.problems if p.code == "cell_too_long"]
    assert (site.row, site.column, site.value) == (2, "Site", "x" * 80 + "… (100000 characters)")
    assert problem_message(site, "en") == "the cell holds 100000 characters, over the limit of 2000"
    assert (name.row, name.column, name.value) == (3, "Nom", "")  # personal data not quoted
    assert codes(result) == ["cell_too_long", "cell_too_long"]


@pytest.mark.parametrize(
    "payload, name",
    [
        (b"\x00" * 10, "a.csv"),
        (b"\xff\xfe", "a.csv"),
        (b"PK\x05\x06" + b"\x00" * 18, "a.xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a.xlsx"),
    ],
)
def test_degenerate_inputs_answer_with_a_problem(payload, name):
    result = read.load(payload, name)
    assert result.dataset is None and result.problems
    assert "internal_error" not in codes(result)
