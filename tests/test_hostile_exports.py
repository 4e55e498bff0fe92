"""Hostile text in exports: CSV payloads, file names, XML markup in cells.

Each case is one attack, named in its id or docstring. The CSV payloads are also opened by a
real reader (LibreOffice, formula evaluation on, split on ``,`` and on ``;``) when installed.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess

import openpyxl
import pytest

from planner.export.csv_files import csv_bytes
from planner.io.write.file_names import file_stem
from planner.io.write.workbook import write_workbook
from planner.io.write.xlsx_stream import WorkbookWriter
from tests.scenario_fixtures import dataset

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LIVE = re.compile("^[\\s\\x00-\\x1f\\x7f-\\x9f\\u200b-\\u200f\\u202a-\\u202e\\ufeff]*[=+\\-@]")

CSV_PAYLOADS = [
    pytest.param("x;=cmd|' /C calc'!A0", id="dde-after-semicolon"),
    pytest.param("x,=cmd|' /C calc'!A0", id="dde-after-comma"),
    pytest.param('=HYPERLINK("http://evil.example","clic")', id="hyperlink-at-start"),
    pytest.param("\x01=1+1", id="control-char-before-formula"),
    pytest.param("\u200b=1+1", id="zero-width-space-before-formula"),
    pytest.param("  +1+1", id="spaces-before-plus"),
    pytest.param("a\n=1+1", id="newline-then-formula"),
    pytest.param("a\r@SUM(1)", id="carriage-return-then-at"),
    pytest.param("-2+3", id="minus-at-start"),
    pytest.param("\t=1+1", id="tab-at-start"),
    pytest.param('a";=1+1;"', id="quote-breaking-out-of-the-field"),
    pytest.param("a;\u202e=1+1", id="bidi-override-after-separator"),
    pytest.param("a, \x7f@SUM(1)", id="del-char-after-comma"),
]


def _segments(line: str) -> list[str]:
    return re.split("[,;\t\r\n]", line)


@pytest.mark.parametrize("payload", CSV_PAYLOADS)
@pytest.mark.parametrize("dialect", ["standard", "excel_fr"])
def test_csv_payload_is_one_quoted_field_with_no_live_formula(payload, dialect):
    data = csv_bytes(["id", "name"], [["E1", payload]], dialect).decode("utf-8-sig")
    delimiter = ";" if dialect == "excel_fr" else ","
    rows = list(csv.reader(io.StringIO(data, newline=""), delimiter=delimiter))
    assert len(rows) == 2 and len(rows[1]) == 2  # a reader that honours quotes: one field
    assert rows[1][1].replace("'", "") == payload.replace("'", "")  # nothing else changed
    # A reader that ignores quotes and splits on any separator still finds no formula start.
    assert not [s for s in _segments(data) if LIVE.match(s.strip('"'))]


def _convert(paths, separator: int, outdir) -> None:
    """LibreOffice imports CSV files with one separator, formulas evaluated, saves xlsx."""
    options = f"CSV:{separator},34,76,1,,0,false,true,false,false,false,-1,true"
    completed = subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(outdir / 'profile').as_uri()}",
            f"--infilter={options}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(outdir),
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr


def _formula_cells(path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [c.coordinate for s in book for r in s.iter_rows() for c in r if c.data_type == "f"]


@pytest.fixture(scope="module")
def libreoffice_sheets(tmp_path_factory):
    """Every payload in one CSV per dialect, plus an unprotected control file, converted by
    LibreOffice once per separator: {(dialect, separator): formula cells}."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("lo")
    rows = [[f"P{i}", p.values[0]] for i, p in enumerate(CSV_PAYLOADS)]
    paths = []
    for dialect in ("standard", "excel_fr"):
        paths.append(folder / f"{dialect}.csv")
        paths[-1].write_bytes(csv_bytes(["id", "name"], rows, dialect))
    paths.append(folder / "control.csv")
    paths[-1].write_text("id;name\nP0;=1+1\n", encoding="utf-8")
    found = {}
    for separator in (44, 59):
        out = folder / str(separator)
        _convert(paths, separator, out)
        for path in paths:
            found[(path.stem, separator)] = _formula_cells(out / f"{path.stem}.xlsx")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("separator", [44, 59], ids=["split-on-comma", "split-on-semicolon"])
@pytest.mark.parametrize("dialect", ["standard", "excel_fr"])
def test_libreoffice_shows_no_formula_cell(libreoffice_sheets, dialect, separator):
    assert libreoffice_sheets[("control", 59)] == ["B2"]  # the reader does evaluate formulas
    assert libreoffice_sheets[(dialect, separator)] == []


FILE_NAMES = [
    pytest.param("CON", "_CON", id="windows-device"),
    pytest.param("con.txt", "_con.txt", id="windows-device-with-extension"),
    pytest.param("lpt9.tar.gz", "_lpt9.tar.gz", id="windows-device-double-extension"),
    pytest.param("COM¹", "_COM¹", id="windows-device-superscript-digit"),
    pytest.param("a\x7fb\x1bc", "abc", id="del-and-escape-chars"),
    pytest.param("gpj\u202excod.xlsx", "gpjxcod.xlsx", id="right-to-left-override"),
    pytest.param("a\u200bb\ufeff", "ab", id="zero-width-and-bom"),
    pytest.param("-rf", "rf", id="leading-dash-read-as-option"),
    pytest.param("..hidden", "hidden", id="leading-dots-hidden-file"),
    pytest.param("trail. . ", "trail", id="trailing-dots-and-spaces"),
    pytest.param('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j", id="reserved-characters"),
    pytest.param("../../etc/passwd", "etc_passwd", id="path-traversal"),
    pytest.param("\x00\u202e ", "fichier", id="nothing-visible-left"),
]


@pytest.mark.parametrize(("wanted", "expected"), FILE_NAMES)
def test_roster_file_names_are_portable(wanted, expected):
    assert file_stem(wanted, set()) == expected


def test_overlong_name_fits_linux_limits_in_characters_and_bytes():
    """An 'organisme' of 300 emoji: 4 bytes each, over Linux's 255-byte name limit."""
    stem = file_stem("😀" * 300, set())
    assert len(stem) <= 80 and len((stem + " (99).xlsx").encode()) <= 255


def test_names_that_collide_after_sanitising_are_made_unique():
    """Case, reserved characters, invisible marks and Unicode forms all collapse to one name."""
    taken: set[str] = set()
    wanted = ["Org A", "org a", "Org/A", "Org\u200b A", "Org  A.", "Org Á", "Org A\u0301"]
    stems = [file_stem(w, taken) for w in wanted]
    assert len({s.casefold() for s in stems}) == len(stems)
    assert stems[:3] == ["Org_A", "org_a (2)", "Org_A (3)"]


XML_TEXTS = [
    pytest.param("</t></si><si><t>", id="close-shared-string"),
    pytest.param("<r><t>x</t></r>", id="rich-text-run"),
    pytest.param("<r><rPr><b/></rPr><t>=1+1</t></r>", id="rich-text-with-formula"),
    pytest.param("]]><x/>&amp;", id="cdata-end-and-entity"),
    pytest.param("AG_x0031_", id="excel-escape-look-alike"),
]


@pytest.mark.parametrize("text", XML_TEXTS)
def test_input_workbook_writer_keeps_markup_as_literal_text(text):
    """write_workbook (xlsxwriter): the name cell reads back exactly as typed."""
    import dataclasses

    data = dataset(2)
    people = (dataclasses.replace(data.employees[0], name=text), *data.employees[1:])
    buffer = io.BytesIO()
    write_workbook(dataclasses.replace(data, employees=people), buffer)
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).worksheets[0]
    assert sheet["B2"].value == text and sheet["B2"].data_type == "s"


@pytest.mark.parametrize("text", XML_TEXTS[:4])
def test_export_writer_keeps_markup_as_literal_text(text):
    """The plan exports' own writer (inline strings)."""
    book = WorkbookWriter()
    book.add_sheet("s").append([text, "after"])
    sheet = openpyxl.load_workbook(io.BytesIO(book.to_bytes()))["s"]
    assert [c.value for c in sheet[1]] == [text, "after"]


def test_export_writer_escapes_excel_escape_look_alikes():
    """'AG_x0031_' would show as 'AG1' in Excel, colliding with a real 'AG1'."""
    book = WorkbookWriter()
    book.add_sheet("s").append(["AG_x0031_", "AG\x01"])
    with io.BytesIO(book.to_bytes()) as data:
        import zipfile

        xml = zipfile.ZipFile(data).read("xl/worksheets/sheet1.xml").decode()
    assert "AG_x005F_x0031_" in xml and "AG_x0001_" in xml


def test_no_one_in_the_sample_is_singled_out_by_site_and_tenure_band():
    """Re-identification: on the 300-person sample, exact (site, tenure) singles most people
    out; as a pseudonymised file shows them, every shown (site, band) group has 5 or more."""
    from collections import Counter

    from planner.export.quasi_ids import K, generalise
    from planner.sample.synthetic import generate

    people = generate(300, 1).employees
    exact = Counter((e.site, e.tenure_years) for e in people)
    assert sum(n == 1 for n in exact.values()) > 100
    shown = Counter((s.site, s.band) for s in generalise(people, 10.0, "fr").values())
    assert min(shown.values()) >= K and sum(shown.values()) == 300
