"""CSV imports: encodings, separators, several files, and a real spreadsheet program's xlsx."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import pytest

from planner.i18n import problem_message
from planner.load import workbook as read
from tests.read_fixtures import base_sheets, codes, only, xlsx_bytes

EMPLOYEES_FR = (
    "Matricule;Nom;Site;Ancienneté (ans);Langues;Mobilité;Vœux\n"
    "007;Zoé Benjelloun;Fès;3,5;fr:C2; en:B1;oui;ai_data\n"
)
COHORTS_CSV = (
    "cohort_id,track,family,site,duration_weeks,seats,cost_per_seat\n"
    "S1,Data,ai_data,remote,6,5,1000\n"
)
ROLES_CSV = "role_id,title,family,site,openings\nR1,Annotateur,ai_data,remote,3\n"


def check_employee(result):
    assert result.ok, [str(p) for p in result.problems]
    person = result.dataset.employees[0]
    assert (person.employee_id, person.name, person.site, person.tenure_years) == (
        "007",
        "Zoé Benjelloun",
        "Fès",
        3.5,
    )
    assert person.languages == {"fr": 6, "en": 3}
    assert person.mobile is True and person.wishes == ("ai_data",)


def files(employees: bytes, name: str = "collaborateurs.csv") -> dict[str, bytes]:
    return {name: employees, "sessions.csv": COHORTS_CSV.encode(), "postes.csv": ROLES_CSV.encode()}


def test_french_semicolon_windows_1252():
    data = EMPLOYEES_FR.replace("fr:C2; en:B1", '"fr:C2; en:B1"').encode("cp1252")
    check_employee(read.load_csvs(files(data)))


def test_utf8_with_bom():
    data = EMPLOYEES_FR.replace("fr:C2; en:B1", '"fr:C2; en:B1"').encode("utf-8-sig")
    check_employee(read.load_csvs(files(data)))


def test_utf16_tab_separated():
    data = EMPLOYEES_FR.replace(";", "\t").replace("fr:C2\t en:B1", "fr:C2; en:B1")
    check_employee(read.load_csvs(files(data.encode("utf-16"))))


def test_comma_separated_with_quotes_and_crlf():
    data = (
        "employee_id,name,site,tenure_years,languages,mobile,wishes\r\n"
        '007,Zoé Benjelloun,Fès,"3,5","fr:C2, en:B1",o,ai_data\r\n'
    )
    check_employee(read.load_csvs(files(data.encode())))


def test_zip_of_csvs():
    buffer = io.BytesIO()
    data = EMPLOYEES_FR.replace("fr:C2; en:B1", '"fr:C2; en:B1"').encode("cp1252")
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files(data).items():
            archive.writestr(f"export/{name}", content)
    check_employee(read.load(buffer.getvalue(), filename="export.zip"))


def test_single_csv_names_the_missing_sheets():
    data = EMPLOYEES_FR.replace("fr:C2; en:B1", '"fr:C2; en:B1"').encode()
    result = read.load(data, filename="Agents.csv")
    missing = [p for p in result.problems if p.code == "sheet_missing"]
    assert [problem_message(p, "en") for p in missing] == [
        "the sheet Sessions (cohorts) is missing",
        "the sheet Postes (roles) is missing",
    ]
    assert result.dataset is None


def test_csv_sheet_guessed_from_its_columns():
    data = EMPLOYEES_FR.replace("fr:C2; en:B1", '"fr:C2; en:B1"').encode()
    result = read.load_csvs(files(data, name="export_rh_2026.csv"))
    assert only(result, "sheet_guessed").sheet == "export_rh_2026"
    assert result.dataset.employees[0].employee_id == "007"


def test_csv_path(tmp_path):
    path = tmp_path / "salariés.csv"
    path.write_bytes(EMPLOYEES_FR.encode("cp1252"))
    result = read.load(path)
    assert "sheet_missing" in codes(result) and "sheet_guessed" not in codes(result)


def test_undecodable_csv_is_refused_not_misread():
    result = read.load_csvs(files(b"Matricule;Site\n\x81\x8d\x8f;x\n"))
    assert only(result, "csv_encoding").sheet == "collaborateurs"


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: cannot write a real xlsx",
)
def test_workbook_written_by_libreoffice(tmp_path):
    """A CSV converted by LibreOffice imports like one written by openpyxl."""
    source = tmp_path / "Collaborateurs.csv"
    source.write_text(
        "Matricule,Site,Ancienneté (ans),Langues,Mobilité\n00042,Tanger,12.5,fr:C2; en:B2,oui\n",
        encoding="utf-8",
    )
    filter_options = "CSV:44,34,76,1,1/2"  # comma, quote, UTF-8, first line, column 1 as text
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--infilter=" + filter_options,
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    converted = (tmp_path / "Collaborateurs.xlsx").read_bytes()
    book = zipfile.ZipFile(io.BytesIO(converted))
    assert "xl/workbook.xml" in book.namelist()
    result = read.load(converted, filename="Collaborateurs.xlsx")
    assert codes(result) == ["sheet_missing", "sheet_missing"]  # and no cell problem
    person = _employees_of(converted)[0]
    assert (person.employee_id, person.site, person.tenure_years) == ("00042", "Tanger", 12.5)
    assert person.languages == {"fr": 6, "en": 4} and person.mobile is True


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: cannot write a real xlsx",
)
def test_full_workbook_saved_by_libreoffice(tmp_path):
    """LibreOffice's shared strings, styles and computed formulas read like openpyxl's."""
    sheets = base_sheets()
    sheets["Collaborateurs"][1][3] = "=6*2"
    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "rh.xlsx"
    source.write_bytes(xlsx_bytes(sheets))
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    result = read.load(tmp_path / "rh.xlsx")
    expected = read.load(xlsx_bytes(base_sheets()), "rh.xlsx")
    assert result.ok and result.problems == []
    assert result.dataset == expected.dataset


def _employees_of(xlsx: bytes):
    """Read the employees of a one-sheet workbook by adding the two other sheets as CSVs."""
    from planner.domain.schema import EMPLOYEES
    from planner.io.read.header import build_table, fill_merged
    from planner.io.read.rows import read_objects
    from planner.io.read.safety import open_zip
    from planner.io.read.xlsx import open_workbook

    book = open_workbook(xlsx, open_zip(xlsx))
    raw = book.load(book.names[0])
    fill_merged(raw)
    problems = []
    people = read_objects(build_table(raw, EMPLOYEES), problems)
    assert problems == []
    return people
