"""Canonical frames and workbooks: columns, types, headers, dates, formula safety."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from planner.domain.records import Cohort, Dataset, Employee, Role, Settings, Weights
from planner.domain.schema import COHORTS, EMPLOYEES, ROLES
from planner.io.frames import dataset_to_frames
from planner.io.write.template import write_template
from planner.io.write.workbook import write_workbook

FORMULA_LIKE = ("=1+1", "+212600000000", "-5", "@SUM(A1)", "\tcmd", "\rcmd")


def small_dataset(names=("Salma Bennani", None)) -> Dataset:
    people = (
        Employee(
            "007",
            "Fès",
            12.5,
            {"en": 4, "es": 2, "fr": 6},
            {"crm": 3, "excel": 2},
            2,
            True,
            ("ai_data", "back_office"),
            names[0],
            "Recouvrement",
            "F",
        ),
        Employee("AG2", "Rabat", 1.0, name=names[1]),
    )
    cohort = Cohort(
        "S1",
        "Annotation de données IA",
        "ai_data",
        "remote",
        6,
        20,
        cost_per_seat=6000,
        fixed_cost=0,
        min_size=8,
        start_date=date(2027, 2, 1),
        prereq_languages={"fr": 4},
        min_education=1,
        grants_skills={"annotation": 3},
    )
    role = Role(
        "P1",
        "Annotateur·rice de données",
        "ai_data",
        "Casablanca",
        5,
        req_skills={"annotation": 2},
        start_date=date(2027, 5, 3),
        monthly_salary_mad=5000,
    )
    settings = Settings(budget_mad=100_000, plan_start_date=date(2027, 1, 4))
    return Dataset(people, (cohort,), (role,), settings)


def test_frames_have_schema_columns_in_order():
    frames = dataset_to_frames(small_dataset())
    assert list(frames) == ["employees", "cohorts", "roles", "settings"]
    for name, sheet in (("employees", EMPLOYEES), ("cohorts", COHORTS), ("roles", ROLES)):
        assert list(frames[name].columns) == [c.name for c in sheet.columns]
    assert list(frames["settings"].columns) == ["key", "value"]


def test_frames_write_levels_education_wishes_as_text_and_keep_types():
    frames = dataset_to_frames(small_dataset())
    first = frames["employees"].iloc[0]
    assert first["employee_id"] == "007"
    assert first["languages"] == "en:B2; es:A2; fr:C2"
    assert first["skills"] == "crm:3; excel:2"
    assert first["education"] == "bac+2"
    assert first["wishes"] == "ai_data; back_office"
    assert frames["employees"]["mobile"].tolist() == [True, False]
    second = frames["employees"].iloc[1]
    assert second["education"] == "none"
    assert second[["languages", "skills", "wishes", "name"]].isna().all()
    cohort = frames["cohorts"].iloc[0]
    assert cohort["start_date"] == date(2027, 2, 1) and cohort["seats"] == 20
    assert cohort["min_education"] == "bac" and cohort["grants_skills"] == "annotation:3"
    assert frames["roles"]["min_education"].isna().all()  # 0 = no requirement = empty
    assert str(frames["cohorts"]["seats"].dtype) == "int64"


def test_settings_frame_has_key_value_rows_and_weights_only_when_not_default():
    frames = dataset_to_frames(small_dataset())
    assert dict(zip(frames["settings"]["key"], frames["settings"]["value"], strict=True)) == {
        "budget_mad": 100_000.0,
        "plan_start_date": date(2027, 1, 4),
        "seniority_years": 10.0,
    }
    weighted = Dataset((), (), (), Settings(weights=Weights(lexicographic=False, wish=7)))
    rows = dict(zip(*dataset_to_frames(weighted)["settings"].T.values, strict=True))
    assert rows["objective"] == "weighted" and rows["weight_wish"] == 7
    assert "budget_mad" not in rows


def read(book_bytes: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(book_bytes))


def written(dataset: Dataset, lang: str = "fr") -> bytes:
    buffer = io.BytesIO()
    write_workbook(dataset, buffer, lang=lang)
    return buffer.getvalue()


def test_french_workbook_headers_dates_yes_no_and_remote():
    book = read(written(small_dataset()))
    assert book.sheetnames == ["Collaborateurs", "Sessions", "Postes", "Paramètres"]
    people = book["Collaborateurs"]
    assert [c.value for c in people[1]] == [c.fr for c in EMPLOYEES.columns]
    assert people["A2"].value == "007" and people["A2"].data_type == "s"
    assert people["H2"].value == "oui" and people["H3"].value == "non"
    assert people["A1"].font.bold and people.freeze_panes == "A2"
    assert people.auto_filter.ref == "A1:K3"
    sessions = book["Sessions"]
    assert sessions["D2"].value == "distanciel"
    assert sessions["E2"].is_date and sessions["E2"].value == datetime(2027, 2, 1)
    settings = [[c.value for c in row] for row in book["Paramètres"].iter_rows(min_row=2)]
    assert settings[0] == ["Budget (MAD)", 100_000]


def test_english_workbook_uses_canonical_names():
    book = read(written(small_dataset(), lang="en"))
    assert book.sheetnames == ["employees", "cohorts", "roles", "settings"]
    assert [c.value for c in book["roles"][1]] == [c.name for c in ROLES.columns]
    assert book["cohorts"]["D2"].value == "remote"
    assert book["employees"]["H2"].value == "yes"
    assert book["settings"]["A2"].value == "budget_mad"


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_formula_like_text_is_stored_as_quoted_text(text):
    data = written(small_dataset(names=(text, "ok")))
    cell = read(data)["Collaborateurs"]["B2"]
    assert cell.data_type == "s" and cell.quotePrefix
    # openpyxl leaves the OOXML escape of CR (_x000D_) undecoded; calamine, like Excel, does.
    sheet = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name("Collaborateurs")
    assert sheet.to_python()[1][1] == text
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in archive.read(n) for n in sheets)


def test_control_characters_that_xml_cannot_hold_are_dropped():
    cell = read(written(small_dataset(names=("Sal\x00ma\x1f", "ok"))))["Collaborateurs"]["B2"]
    assert cell.value == "Salma"


def test_rejects_unknown_language():
    with pytest.raises(ValueError, match="'fr' or 'en'"):
        write_workbook(small_dataset(), io.BytesIO(), lang="de")


@pytest.mark.parametrize(
    ("lang", "readme", "first_sheet"),
    [("fr", "Lisez-moi", "Collaborateurs"), ("en", "Read me", "employees")],
)
def test_template_has_readme_and_one_example_row_per_sheet(tmp_path, lang, readme, first_sheet):
    path = tmp_path / "template.xlsx"
    write_template(path, lang=lang)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == readme and book.sheetnames[1] == first_sheet
    for ws in book.worksheets[1:4]:
        filled = [r for r in ws.iter_rows(min_row=2, values_only=True) if any(r)]
        assert len(filled) == 1, ws.title
    assert book[first_sheet]["A2"].value == "000123"
    text = " ".join(str(c.value) for row in book[readme].iter_rows() for c in row if c.value)
    assert "bac+2" in text and "C2" in text and ("distanciel" in text)
