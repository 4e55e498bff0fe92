"""CSV dialects, number formatting and the OWASP quote prefix."""

from __future__ import annotations

import csv
import io

import pytest

from planner.export.csv_files import csv_bytes, number_text
from planner.export.outputs import plan_csv_bytes, write_solve_outputs
from planner.io.write.safe_text import csv_text
from tests.export_fixtures import ARABIC_NAME, FORMULA_NAME, dataset, reasons, result


def test_number_text():
    assert number_text(0.1 + 0.2) == "0.3"
    assert number_text(1500.0) == "1500" and number_text(7) == "7"
    assert number_text(3.5, ",") == "3,5" and number_text(1234.25, ",") == "1234,25"


def test_csv_text_prefixes_formula_starts_only():
    assert [csv_text(t) for t in ("=1+1", "+212", "-5", "@x", "\tx", "\rx", "a=b", "é")] == [
        "'=1+1",
        "'+212",
        "'-5",
        "'@x",
        "'\tx",
        "'\rx",
        "a=b",
        "é",
    ]


def test_standard_dialect_bytes():
    data = csv_bytes(["id", "note", "n"], [["E1", 'a,"b"', 2.5], ["E2", None, 3]])
    assert data == b'id,note,n\nE1,"a,""b""",2.5\nE2,,3\n'


def test_excel_fr_dialect_bytes():
    data = csv_bytes(["id", "montant"], [["E1", 1234.5], ["=E2", 0.25]], "excel_fr")
    assert data == '\ufeffid;montant\r\nE1;1234,5\r\n"\'=E2";0,25\r\n'.encode()


def test_either_separator_is_quoted_in_both_dialects():
    """A French Excel splits a comma file on ';' (and the reverse): both are quoted."""
    row = [["a;b", "c,d", "e"]]
    assert csv_bytes(["x", "y", "z"], row) == b'x,y,z\n"a;b","c,d",e\n'
    assert csv_bytes(["x", "y", "z"], row, "excel_fr")[3:] == b'x;y;z\r\n"a;b";"c,d";e\r\n'


def test_detail_csv_in_both_dialects_reads_back():
    standard = plan_csv_bytes(dataset(), result(), reasons())
    rows = list(csv.reader(io.StringIO(standard.decode("utf-8"))))
    assert rows[0][:3] == ["Matricule", "Nom", "Site"] and len(rows) == 7
    assert rows[2][1] == ARABIC_NAME and rows[1][1] == "Élodie Benali"
    assert rows[3][1] == "'" + FORMULA_NAME and rows[2][3] == "3.5"
    french = plan_csv_bytes(dataset(), result(), reasons(), dialect="excel_fr")
    assert french.startswith(b"\xef\xbb\xbf")
    rows_fr = list(csv.reader(io.StringIO(french.decode("utf-8-sig")), delimiter=";"))
    assert rows_fr[2][3] == "3,5" and rows_fr[2][1] == ARABIC_NAME
    assert [r[0] for r in rows_fr] == [r[0] for r in rows]


def test_assignments_csv_in_the_excel_fr_dialect(tmp_path):
    paths = write_solve_outputs(tmp_path, dataset(), result(), reasons(), csv_dialect="excel_fr")
    data = paths["assignments"].read_bytes()
    assert data.startswith(b"\xef\xbb\xbfemployee_id;cohort_id;role_id\r\nE001;C-AI;R-ANN\r\n")


def test_unknown_dialect():
    with pytest.raises(ValueError, match="excel_fr"):
        csv_bytes(["a"], [], "tsv")
