"""Validation: every problem reported at once, each located by sheet, row and column."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.problems import Severity
from planner.i18n import problem_expected, problem_message
from tests.read_fixtures import base_sheets, codes, load_sheets, only


def located(problem):
    return (problem.severity.value, problem.sheet, problem.row, problem.column, problem.value)


def test_duplicate_ids_also_by_case_and_spaces():
    sheets = base_sheets()
    sheets["Collaborateurs"].append(["e 001", None, "Rabat", 1])
    sheets["Sessions"].append(list(sheets["Sessions"][1]))
    result = load_sheets(sheets)
    employees = only(result, "duplicate_id_variant")
    assert located(employees) == ("error", "Collaborateurs", 4, "Matricule", "e 001")
    assert problem_message(employees, "en") == (
        "the id is the same as 'E001' on row 2 once case, spaces, character width and "
        "invisible characters are ignored"
    )
    cohorts = only(result, "duplicate_id")
    assert problem_message(cohorts, "en") == "the id is used twice (first on row 2)"
    assert located(cohorts) == ("error", "Sessions", 3, "Session", "S1")
    assert result.dataset is None and not result.ok


def test_partially_filled_row_reports_each_missing_value():
    sheets = base_sheets()
    sheets["Collaborateurs"].append([None, None, None, None, "en:B1"])
    result = load_sheets(sheets)
    missing = [(p.row, p.column) for p in result.problems if p.code == "value_missing"]
    assert missing == [(4, "Matricule"), (4, "Site"), (4, "Ancienneté (ans)")]


@pytest.mark.parametrize(
    "seats, code", [(-1, "out_of_range"), (2.5, "bad_integer"), ("dix", "bad_number")]
)
def test_seats_must_be_whole_and_not_negative(seats, code):
    sheets = base_sheets()
    sheets["Sessions"][1][6] = seats
    problem = only(load_sheets(sheets), code)
    assert located(problem)[:4] == ("error", "Sessions", 2, "Places")
    assert problem_expected(problem, "en") == "a whole number ≥ 0"


def test_fractional_openings_and_zero_duration():
    sheets = base_sheets()
    sheets["Postes"][1][4] = "1,5"
    sheets["Sessions"][1][5] = 0
    result = load_sheets(sheets)
    assert located(only(result, "bad_integer"))[:4] == ("error", "Postes", 2, "Postes ouverts")
    duration = only(result, "out_of_range")
    assert (duration.column, problem_expected(duration, "en")) == (
        "Durée (semaines)",
        "a whole number > 0",
    )


@pytest.mark.parametrize("cell", ["nan", "inf", "-Infinity", "NaN"])
def test_nan_and_infinity_are_refused(cell):
    sheets = base_sheets()
    sheets["Sessions"][1][7] = cell
    problem = only(load_sheets(sheets), "not_finite")
    assert (problem.row, problem.column) == (2, "Coût par place (MAD)")


@pytest.mark.parametrize("cell, level", [("en:B3", "B3"), ("fr:courant", "courant")])
def test_unknown_levels_name_the_value_and_the_list(cell, level):
    sheets = base_sheets()
    sheets["Collaborateurs"][1][4] = cell
    problem = only(load_sheets(sheets), "bad_level")
    assert located(problem) == ("error", "Collaborateurs", 2, "Langues", cell)
    assert problem_message(problem, "en") == f"unknown level {level}"
    assert problem_expected(problem, "en") == "a level among A1, A2, B1, B2, C1, C2 or native"


def test_skill_out_of_scale_and_unreadable_list():
    sheets = base_sheets()
    sheets["Collaborateurs"][1][5] = "crm:6"
    sheets["Collaborateurs"][2][5] = "crm"
    result = load_sheets(sheets)
    assert (only(result, "bad_level").row, only(result, "bad_level").value) == (2, "crm:6")
    assert (
        problem_message(only(result, "bad_level_list"), "en")
        == "the level list cannot be read at crm"
    )


def test_negative_tenure_and_unknown_education_and_bool():
    sheets = base_sheets()
    sheets["Collaborateurs"][1][3] = -2
    sheets["Collaborateurs"][1][6] = "bac+4"
    sheets["Collaborateurs"][2][7] = "peut-être"
    result = load_sheets(sheets)
    assert codes(result) == ["out_of_range", "bad_education", "bad_bool"]
    assert [p.column for p in result.problems] == [
        "Ancienneté (ans)",
        "Niveau d'études",
        "Mobilité",
    ]


def test_min_size_over_seats():
    sheets = base_sheets()
    sheets["Sessions"][0].append("Effectif minimum")
    sheets["Sessions"][1].append(12)
    problem = only(load_sheets(sheets), "min_size_over_seats")
    assert located(problem) == ("error", "Sessions", 2, "Effectif minimum", "12")
    assert problem_expected(problem, "en") == "at most 10 (the seats)"


def test_family_used_on_one_side_only_is_a_warning():
    sheets = base_sheets()
    sheets["Postes"].append(["R2", "Analyste", "data_quality", "remote", 1, None])
    sheets["Sessions"].append(["S2", "RPA", "automation", "remote", None, 4, 5, 10, None, None])
    sheets["Postes"].append(["R3", "Robotiste", "automation", "remote", 1, None])
    result = load_sheets(sheets)
    problem = only(result, "unknown_family")
    assert located(problem) == ("warning", "Postes", 3, "Filière", "data_quality")
    assert result.ok


def test_unknown_wish_is_a_warning_naming_it():
    sheets = base_sheets()
    sheets["Collaborateurs"][2][8] = "ai_data; astronaute"
    problem = only(load_sheets(sheets), "unknown_wish")
    assert located(problem) == ("warning", "Collaborateurs", 3, "Vœux", "astronaute")


def test_blank_rows_in_the_middle_are_counted_not_silent():
    sheets = base_sheets()
    rows = sheets["Collaborateurs"]
    sheets["Collaborateurs"] = [rows[0], rows[1], [], [None, "  "], rows[2], [], []]
    result = load_sheets(sheets)
    problem = only(result, "blank_rows")
    assert (problem.severity, problem.sheet, problem.row) == (Severity.WARNING, "Collaborateurs", 3)
    assert problem_message(problem, "en") == "2 blank rows were ignored (rows 3, 4)"
    assert [e.row for e in result.dataset.employees] == [2, 5]


@pytest.mark.parametrize(
    "cell, code",
    [
        ("1850-01-01", "date_before_1900"),
        ("12/03/1899", "date_before_1900"),
        (0, "date_before_1900"),
        ("31/02/2026", "bad_date"),
        ("15/09/26", "bad_date"),
    ],
)
def test_bad_and_ancient_dates(cell, code):
    sheets = base_sheets()
    sheets["Sessions"][1][4] = cell
    problem = only(load_sheets(sheets), code)
    assert (problem.sheet, problem.row, problem.column) == ("Sessions", 2, "Date de début")


def test_unreachable_role_and_cohort_and_early_start():
    sheets = base_sheets()
    sheets["Postes"].append(
        ["R9", "Support allemand", "multilingual_support", "remote", 1, "de:C1"]
    )
    sheets["Sessions"].append(
        [
            "S9",
            "Allemand",
            "multilingual_support",
            "remote",
            date(2026, 8, 1),
            4,
            5,
            10,
            "de:B2",
            "de:C1",
        ]
    )
    result = load_sheets(sheets)
    assert located(only(result, "role_unreachable")) == ("warning", "Postes", 3, "Poste", "R9")
    assert located(only(result, "cohort_unreachable")) == (
        "warning",
        "Sessions",
        3,
        "Session",
        "S9",
    )
    early = only(result, "cohort_before_plan")
    assert located(early) == ("warning", "Sessions", 3, "Date de début", "2026-08-01")
    assert result.ok


def test_role_reached_only_through_a_session_is_not_flagged():
    sheets = base_sheets()
    sheets["Postes"][1][5] = "en:C1"
    sheets["Sessions"][1][9] = "en:C1"
    result = load_sheets(sheets)
    assert "role_unreachable" not in codes(result)


def test_missing_sheet_and_missing_column():
    sheets = base_sheets()
    del sheets["Postes"]
    sheets["Sessions"] = [[c for c in row[:6]] + row[7:] for row in sheets["Sessions"]]
    result = load_sheets(sheets)
    assert codes(result) == ["sheet_missing", "column_missing"]
    column = result.problems[1]
    assert (column.sheet, column.row, column.column) == ("Sessions", 1, "seats")
    assert "Places" in problem_expected(column, "en")


def test_two_columns_meaning_the_same_thing():
    sheets = base_sheets()
    sheets["Collaborateurs"][0].append("Ville")
    problem = only(load_sheets(sheets), "column_ambiguous")
    assert (problem.sheet, problem.column, problem_message(problem, "en")) == (
        "Collaborateurs",
        "Ville",
        "two columns mean site: Site, Ville",
    )


def test_every_problem_at_once():
    sheets = base_sheets()
    sheets["Collaborateurs"][1][3] = "abc"
    sheets["Collaborateurs"][2][4] = "en:Z9"
    sheets["Sessions"][1][6] = -3
    sheets["Postes"][1][4] = 1.5
    result = load_sheets(sheets)
    assert codes(result) == ["bad_number", "bad_level", "out_of_range", "bad_integer"]
    assert all(
        p.sheet and p.row > 1 and p.column and p.value and problem_expected(p, "en")
        for p in result.problems
    )
