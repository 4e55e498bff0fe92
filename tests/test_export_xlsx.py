"""The streaming XLSX writer, read back with openpyxl: types, styles, safety, names."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
import pytest

from planner.io.cell_refs import column_letter
from planner.io.write.file_names import file_stem
from planner.io.write.safe_text import sheet_title
from planner.io.write.xlsx_stream import DATE, DEC, INT, MONEY, TEXT, WorkbookWriter

HOSTILE = ["=1+1", "+33 6 12", "-2", "@SUM(A1)", "\tTAB", "\rCR", "=cmd|' /C calc'!A0"]


def read(book: WorkbookWriter) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(book.to_bytes()))


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


def test_formula_looking_text_is_stored_as_quote_prefixed_text():
    book = WorkbookWriter()
    sheet = book.add_sheet("t")
    for text in HOSTILE:
        sheet.append([text, "plain"])
    cells = list(read(book)["t"].iter_rows())
    for text, (cell, plain) in zip(HOSTILE, cells, strict=True):
        assert cell.value == text and cell.data_type == "s"
        assert cell.quotePrefix and cell.number_format == "@"
        assert not plain.quotePrefix


def test_types_formats_and_table_layout():
    book = WorkbookWriter("fr")
    rows = [["E1", 3.5, 12, 1500.25, date(2026, 9, 1)], ["E2", None, 0, 0.0, None]]
    book.add_sheet("Tableau").table(
        ["Id", "Ancienneté", "N", "Coût", "Début"], [TEXT, DEC, INT, MONEY, DATE], rows
    )
    sheet = read(book)["Tableau"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:E3"
    assert [c.value for c in sheet[2]] == ["E1", 3.5, 12, 1500.25, datetime(2026, 9, 1)]
    assert sheet["B3"].value is None and sheet["C3"].value == 0
    assert sheet["D2"].number_format == '#,##0.00 "MAD"' and sheet["C2"].number_format == "#,##0"
    assert sheet["E2"].is_date and sheet["E2"].number_format == "dd/mm/yyyy"
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert 8 <= sheet.column_dimensions["A"].width <= 60


def test_unicode_survives_and_control_characters_are_escaped():
    """Control characters become Excel's _xHHHH_ escapes (openpyxl shows inline strings raw);
    lone surrogates, which are no character at all, are dropped."""
    book = WorkbookWriter()
    sheet = book.add_sheet("u")
    sheet.append(
        ["محمد العلوي 😀", "Élodie Ñ & <b>", "a\x00b\x07c\ud800", "  spaced  ", "ligne 1\nligne 2"]
    )
    values = [c.value for c in read(book)["u"][1]]
    assert values[2] == "a_x0000_b_x0007_c"
    assert values[:2] + values[3:] == [
        "محمد العلوي 😀",
        "Élodie Ñ & <b>",
        "  spaced  ",
        "ligne 1\nligne 2",
    ]


def test_non_finite_numbers_are_left_empty_and_unknown_types_refused():
    book = WorkbookWriter()
    sheet = book.add_sheet("n")
    sheet.append([float("nan"), float("inf"), 1.5, True])
    assert [c.value for c in read(book)["n"][1]] == [None, None, 1.5, True]
    with pytest.raises(TypeError, match="set"):
        sheet.append([{1, 2}])


def test_same_content_gives_same_bytes_and_an_empty_book_is_valid():
    def build() -> bytes:
        book = WorkbookWriter()
        book.add_sheet("a").table(["x"], [TEXT], [["1"], ["2"]])
        return book.to_bytes()

    assert build() == build()
    assert read(WorkbookWriter()).sheetnames == ["Feuille 1"]


def test_sheet_titles_are_valid_unique_and_case_blind():
    taken: set[str] = set()
    names = [
        sheet_title(w, taken)
        for w in (
            "Sessions",
            "sessions",
            "a/b:c*d?e[f]g\\h",
            "x" * 40,
            "x" * 40,
            "'quoted'",
            "",
            "History",
            "a\r\nb\tc",
        )
    ]
    assert names[:3] == ["Sessions", "sessions (2)", "a_b_c_d_e_f_g_h"]
    assert names[3] == "x" * 31 and names[4] == "x" * 27 + " (2)"
    assert names[5] == "quoted" and names[6] == "Feuille" and names[7] == "History (2)"
    assert names[8] == "a b c"
    assert all(len(n) <= 31 for n in names)


def test_file_stems_are_portable_and_unique():
    taken: set[str] = set()
    stems = [
        file_stem(w, taken)
        for w in (
            "Institut Data & IA",
            "institut data & ia",
            "a/b\\c:d",
            "CON",
            "مركز التكوين",
            "  ",
            "x.",
        )
    ]
    assert stems == [
        "Institut_Data_&_IA",
        "institut_data_&_ia (2)",
        "a_b_c_d",
        "_CON",
        "مركز_التكوين",
        "fichier",
        "x",
    ]


def test_the_written_workbook_contains_no_formula_cell():
    book = WorkbookWriter()
    book.add_sheet("f").table(["h"], [TEXT], [[t] for t in HOSTILE])
    data = book.to_bytes()
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml and 't="inlineStr"' in xml
