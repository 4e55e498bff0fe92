"""Import variations of real HR workbooks: each a tiny file with the exact expected answer."""

from __future__ import annotations

from datetime import date

import pytest

from planner.i18n import problem_expected
from planner.load import workbook
from tests.read_fixtures import (
    COHORTS,
    ROLES,
    SETTINGS,
    base_sheets,
    codes,
    load_sheets,
    only,
    replace_part,
    xlsx_bytes,
)


def employee(result, employee_id):
    return next(e for e in result.dataset.employees if e.employee_id == employee_id)


def test_base_workbook_reads_every_field():
    result = load_sheets(base_sheets())
    assert result.ok and result.problems == []
    first = result.dataset.employees[0]
    assert (first.employee_id, first.site, first.tenure_years, first.row) == (
        "E001",
        "Casablanca",
        12.0,
        2,
    )
    assert first.languages == {"fr": 6, "en": 3} and first.skills == {"customer_service": 4}
    assert (first.education, first.mobile, first.wishes) == (1, False, ("multilingual_support",))
    cohort = result.dataset.cohorts[0]
    assert (cohort.cohort_id, cohort.start_date, cohort.duration_weeks, cohort.seats) == (
        "S1",
        date(2026, 9, 15),
        8,
        10,
    )
    assert cohort.prereq_languages == {"en": 3} and cohort.grants_languages == {"en": 4}
    assert result.dataset.roles[0].req_languages == {"en": 4}
    settings = result.dataset.settings
    assert (settings.budget_mad, settings.plan_start_date) == (100000.0, date(2026, 9, 1))


def test_english_names_any_order_any_case_and_extra_columns():
    sheets = {
        "EMPLOYEES": [
            ["  tenure ", "Comment", "CITY", "employee id", "LANGUAGES"],
            [4, "private note", "Fès ", "A-7", "en:c1"],
        ],
        "training": [list(reversed(COHORTS[0])), list(reversed(COHORTS[1]))],
        "Jobs": ROLES,
        "Options": SETTINGS,
    }
    result = load_sheets(sheets)
    assert result.ok, [str(p) for p in result.problems]
    person = result.dataset.employees[0]
    assert (person.employee_id, person.site, person.tenure_years) == ("A-7", "Fès", 4.0)
    assert person.languages == {"en": 5}
    assert result.dataset.cohorts[0].cohort_id == "S1"


def test_accent_and_unit_variations_of_headers():
    sheets = base_sheets()
    sheets["Collaborateurs"][0][:4] = ["MATRICULE", "nom", "ville", "Anciennete (années)"]
    result = load_sheets(sheets)
    assert result.ok and employee(result, "E002").tenure_years == 3.0


def test_header_below_a_title_keeps_excel_row_numbers():
    sheets = base_sheets()
    sheets["Collaborateurs"] = [["Export RH du 01/09/2026"], [], *sheets["Collaborateurs"]]
    sheets["Collaborateurs"][4][3] = -1
    result = load_sheets(sheets)
    problem = only(result, "out_of_range")
    assert (problem.sheet, problem.row, problem.column, problem.value) == (
        "Collaborateurs",
        5,
        "Ancienneté (ans)",
        "-1",
    )
    assert employee(workbook.load(xlsx_bytes(base_sheets())), "E001").row == 2


def test_merged_two_row_header():
    rows = [
        [
            "Session",
            "Formation",
            "Filière",
            "Site",
            "Durée (semaines)",
            "Places",
            "Coût par place (MAD)",
            "Prérequis",
            None,
        ],
        [None, None, None, None, None, None, None, "langues", "compétences"],
        ["S1", "Data", "ai_data", "remote", 6, 5, 100, "fr:B2", "excel:2"],
    ]

    def merge(book):
        sheet = book["Sessions"]
        sheet.merge_cells("H1:I1")
        for column in "ABCDEFG":
            sheet.merge_cells(f"{column}1:{column}2")

    sheets = base_sheets() | {"Sessions": rows}
    result = load_sheets(sheets, setup=merge)
    assert result.ok, [str(p) for p in result.problems]
    cohort = result.dataset.cohorts[0]
    assert (cohort.row, cohort.prereq_languages, cohort.prereq_skills) == (
        3,
        {"fr": 4},
        {"excel": 2},
    )


def test_vertically_merged_data_cell_applies_to_every_row_it_covers():
    sheets = base_sheets()
    sheets["Collaborateurs"][2][2] = None

    def merge(book):
        book["Collaborateurs"].merge_cells("C2:C3")

    result = load_sheets(sheets, setup=merge)
    assert [e.site for e in result.dataset.employees] == ["Casablanca", "Casablanca"]


def test_wide_language_columns_merge_with_the_list():
    sheets = base_sheets()
    sheets["Collaborateurs"] = [
        ["Matricule", "Site", "Ancienneté", "Langues", "Anglais", "Espagnol", "Niveau allemand"],
        ["E1", "Rabat", 1, "fr:C2", "B2", "a2", None],
        ["E2", "Rabat", 2, None, "natif", None, "langue maternelle"],
    ]
    result = load_sheets(sheets)
    assert result.ok, [str(p) for p in result.problems]
    assert employee(result, "E1").languages == {"fr": 6, "en": 4, "es": 2}
    assert employee(result, "E2").languages == {"en": 6, "de": 6}


def test_unknown_level_in_a_wide_column_names_the_cell():
    sheets = base_sheets()
    sheets["Collaborateurs"] = [
        ["Matricule", "Site", "Ancienneté", "Anglais"],
        ["E1", "Rabat", 1, "courant"],
    ]
    problem = only(load_sheets(sheets), "bad_level")
    assert (problem.row, problem.column, problem.value) == (2, "Anglais", "courant")
    assert "A1, A2, B1, B2, C1, C2" in problem_expected(problem, "en")


@pytest.mark.parametrize(
    "text, level", [("natif", 6), ("Native", 6), ("langue maternelle", 6), ("c1", 5), ("A1", 1)]
)
def test_native_spellings(text, level):
    sheets = base_sheets()
    sheets["Collaborateurs"][1][4] = f"ar:{text}"
    assert employee(load_sheets(sheets), "E001").languages["ar"] == level


@pytest.mark.parametrize(
    "cell, mobile",
    [
        ("oui", True),
        ("Non", False),
        ("O", True),
        ("n", False),
        (1, True),
        (0, False),
        ("vrai", True),
        ("FAUX", False),
        ("x", True),
        (None, False),
        (True, True),
        ("yes", True),
    ],
)
def test_yes_no_spellings(cell, mobile):
    sheets = base_sheets()
    sheets["Collaborateurs"][1][7] = cell
    assert employee(load_sheets(sheets), "E001").mobile is mobile


@pytest.mark.parametrize(
    "cell, amount",
    [("3,5", 3.5), (" 7 ", 7.0), ("1 000", 1000.0), ("2.25", 2.25), (4.0, 4.0)],
)
def test_numbers_as_text_and_decimal_commas(cell, amount):
    sheets = base_sheets()
    sheets["Sessions"][1][7] = cell
    assert load_sheets(sheets).dataset.cohorts[0].cost_per_seat == amount


@pytest.mark.parametrize(
    "cell",
    [date(2026, 9, 15), 46280, "15/09/2026", "2026-09-15", "15.09.2026", "2026-09-15 00:00:00"],
)
def test_date_spellings(cell):
    sheets = base_sheets()
    sheets["Sessions"][1][4] = cell
    assert load_sheets(sheets).dataset.cohorts[0].start_date == date(2026, 9, 15)


@pytest.mark.parametrize(
    "cell, level",
    [
        ("Bac +2", 2),
        ("BAC+2", 2),
        ("licence", 3),
        ("Master", 4),
        ("sans diplôme", 0),
        ("bac", 1),
        (None, 0),
        ("BTS", 2),
    ],
)
def test_education_spellings(cell, level):
    sheets = base_sheets()
    sheets["Collaborateurs"][1][6] = cell
    assert employee(load_sheets(sheets), "E001").education == level


def test_ids_keep_leading_zeros_and_lose_float_noise():
    sheets = base_sheets()
    sheets["Collaborateurs"][1][0] = "00123"
    sheets["Collaborateurs"][2][0] = 123.0
    ids = [e.employee_id for e in load_sheets(sheets).dataset.employees]
    assert ids == ["00123", "123"]


def test_trailing_spaces_are_trimmed():
    sheets = base_sheets()
    sheets["Collaborateurs"][1][2] = "  Casablanca  "
    sheets["Sessions"][1][2] = "multilingual_support "
    result = load_sheets(sheets)
    assert employee(result, "E001").site == "Casablanca"
    assert result.dataset.cohorts[0].family == "multilingual_support"


def test_hidden_sheets_and_rows():
    sheets = base_sheets() | {"Notes privées": [["Matricule", "Salaire"], ["E001", 9000]]}

    def hide_row(book):
        book["Collaborateurs"].row_dimensions[3].hidden = True

    result = load_sheets(sheets, hidden=("Notes privées", "Postes"), setup=hide_row)
    assert result.ok, [str(p) for p in result.problems]
    assert [e.employee_id for e in result.dataset.employees] == ["E001", "E002"]
    assert [r.role_id for r in result.dataset.roles] == ["R1"]


def test_formula_cached_value_is_read_and_missing_one_reported():
    data = xlsx_bytes(base_sheets())

    def formulas(xml: bytes) -> bytes:
        xml = xml.replace(b'<c r="D2" t="n"><v>12</v></c>', b'<c r="D2"><f>6*2</f><v>12</v></c>')
        return xml.replace(b'<c r="D3" t="n"><v>3</v></c>', b'<c r="D3"><f>1+2</f></c>')

    result = workbook.load(replace_part(data, "xl/worksheets/sheet1.xml", formulas), "f.xlsx")
    problem = only(result, "formula_no_value")
    assert (problem.sheet, problem.row, problem.column) == ("Collaborateurs", 3, "Ancienneté (ans)")
    assert codes(result) == ["formula_no_value"]


def test_error_cell_is_reported():
    data = xlsx_bytes(base_sheets())
    xml_from = b'<c r="D2" t="n"><v>12</v></c>'
    xml_to = b'<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
    result = workbook.load(
        replace_part(data, "xl/worksheets/sheet1.xml", lambda x: x.replace(xml_from, xml_to)),
        "e.xlsx",
    )
    problem = only(result, "cell_error")
    assert (problem.row, problem.column, problem.value) == (2, "Ancienneté (ans)", "#DIV/0!")


def test_xlsm_reads_values_and_ignores_macros():
    data = xlsx_bytes(base_sheets())
    with_macro = replace_part(data, "docProps/app.xml", lambda x: x)
    import io
    import zipfile

    buffer = io.BytesIO(with_macro)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not run")
    result = workbook.load(buffer.getvalue(), filename="macros.xlsm")
    assert result.ok and len(result.dataset.employees) == 2


def test_emoji_and_arabic_names_are_kept():
    sheets = base_sheets()
    sheets["Collaborateurs"][1][1] = "فاطمة الزهراء 🌟"
    sheets["Collaborateurs"][1][2] = "الدار البيضاء"
    result = load_sheets(sheets)
    assert employee(result, "E001").name == "فاطمة الزهراء 🌟"
    assert employee(result, "E001").site == "الدار البيضاء"


def test_unnamed_sheet_guessed_from_its_columns():
    sheets = base_sheets()
    sheets["Feuil1"] = sheets.pop("Collaborateurs")
    result = load_sheets(sheets)
    problem = only(result, "sheet_guessed")
    assert (problem.sheet, problem.severity.value) == ("Feuil1", "warning")
    assert len(result.dataset.employees) == 2


def test_path_source(tmp_path):
    path = tmp_path / "rh.xlsx"
    path.write_bytes(xlsx_bytes(base_sheets()))
    assert workbook.load(path).ok and workbook.load(str(path)).ok
    assert codes(workbook.load(tmp_path / "absent.xlsx")) == ["file_unreadable"]


def test_openpyxl_fallback_reads_the_same(monkeypatch):
    import python_calamine

    def refuse(*args, **kwargs):
        raise python_calamine.CalamineError("unsupported")

    data = xlsx_bytes(base_sheets())
    expected = workbook.load(data, "rh.xlsx")
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", refuse)
    result = workbook.load(data, "rh.xlsx")
    assert result.ok and result.problems == [] and result.dataset == expected.dataset
