"""The app's edit path (load_frames) and the wording of problems (describe_problem)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pandas as pd

from planner.i18n import describe_problem, problem_column, problem_message
from planner.io import frames as tables
from planner.load import workbook
from tests.read_fixtures import base_sheets, load_sheets, only


def without_rows(dataset):
    """The dataset with row numbers cleared, to compare content only."""

    def clear(items):
        return tuple(dataclasses.replace(item, row=0) for item in items)

    return dataclasses.replace(
        dataset,
        employees=clear(dataset.employees),
        cohorts=clear(dataset.cohorts),
        roles=clear(dataset.roles),
    )


def base_frames():
    return tables.dataset_to_frames(load_sheets(base_sheets()).dataset)


def test_frames_round_trip_exactly():
    dataset = load_sheets(base_sheets()).dataset
    result = workbook.load_frames(tables.dataset_to_frames(dataset))
    assert result.ok and result.problems == []
    assert without_rows(result.dataset) == without_rows(dataset)
    assert [e.row for e in result.dataset.employees] == [2, 3]


def test_edited_frame_problem_points_at_the_row_and_column():
    frames = base_frames()
    frames["employees"].loc[1, "languages"] = "en:B3"
    problem = only(workbook.load_frames(frames), "bad_level")
    assert (problem.sheet, problem.row, problem.column, problem.value) == (
        "employees",
        3,
        "languages",
        "en:B3",
    )


def test_edited_frame_problem_names_sheet_and_column_in_the_reader_language():
    frames = base_frames()
    frames["employees"].loc[1, "tenure_years"] = None
    problem = only(workbook.load_frames(frames), "value_missing")
    assert describe_problem(problem, "fr").startswith(
        "Erreur — Feuille « Collaborateurs », ligne 3, colonne « Ancienneté (ans) » : "
    )
    assert describe_problem(problem, "en").startswith(
        "Error — Sheet 'Employees', row 3, column 'Tenure (years)': "
    )
    del frames["roles"]
    missing = only(workbook.load_frames(frames), "sheet_missing")
    assert describe_problem(missing, "fr").startswith(
        "Erreur — Fichier : La feuille Postes (roles) est absente ; attendu : une feuille "
        "nommée : roles."
    )
    assert describe_problem(missing, "en").startswith(
        "Error — File: The sheet Postes (roles) is missing"
    )


def test_a_file_sheet_keeps_its_own_name_in_french():
    sheets = base_sheets()
    sheets["Agents"] = sheets.pop("Collaborateurs")
    sheets["Agents"][2][3] = "dix"
    problem = only(load_sheets(sheets), "bad_number")
    assert describe_problem(problem, "fr").startswith(
        "Erreur — Feuille « Agents », ligne 3, colonne « "
    )


def test_frames_accept_text_dates_bools_and_timestamps():
    frames = base_frames()
    frames["cohorts"]["start_date"] = pd.Series([pd.Timestamp("2026-10-01")])
    frames["employees"]["mobile"] = pd.Series(["yes", "non"])
    frames["settings"].loc[len(frames["settings"])] = ["plan_start_date", "01/09/2026"]
    frames["settings"] = frames["settings"].drop_duplicates("key", keep="last")
    result = workbook.load_frames(frames)
    assert result.ok, [str(p) for p in result.problems]
    assert result.dataset.cohorts[0].start_date == date(2026, 10, 1)
    assert [e.mobile for e in result.dataset.employees] == [True, False]
    assert result.dataset.settings.plan_start_date == date(2026, 9, 1)


def test_frames_missing_sheet_and_nan_in_required_column():
    frames = base_frames()
    del frames["roles"]
    frames["employees"].loc[0, "tenure_years"] = float("nan")
    result = workbook.load_frames(frames)
    assert (
        problem_message(only(result, "sheet_missing"), "en")
        == "the sheet Postes (roles) is missing"
    )
    missing = only(result, "value_missing")
    assert (missing.row, missing.column) == (2, "tenure_years")


def test_frames_infinity_is_refused():
    frames = base_frames()
    frames["cohorts"].loc[0, "cost_per_seat"] = float("inf")
    problem = only(workbook.load_frames(frames), "not_finite")
    assert (problem.sheet, problem.row, problem.column) == ("cohorts", 2, "cost_per_seat")


def test_describe_names_everything_in_french_and_english():
    sheets = base_sheets()
    sheets["Collaborateurs"][2][4] = "fr:C1; en:courant"
    problem = only(load_sheets(sheets), "bad_level")
    assert describe_problem(problem, "fr") == (
        "Erreur — Feuille « Collaborateurs », ligne 3, colonne « Langues » : Niveau inconnu "
        "courant (valeur « fr:C1; en:courant ») ; attendu : un niveau parmi A1, A2, B1, B2, C1, "
        "C2 ou natif."
    )
    assert describe_problem(problem, "en") == (
        "Error — Sheet 'Collaborateurs', row 3, column 'Languages': Unknown level courant "
        "(value 'fr:C1; en:courant'); expected: a level among A1, A2, B1, B2, C1, C2 or native."
    )


def test_describe_translates_parameters():
    sheets = base_sheets()
    sheets["Collaborateurs"][2][0] = " E001"
    problem = only(load_sheets(sheets), "duplicate_id")
    assert describe_problem(problem, "fr") == (
        "Erreur — Feuille « Collaborateurs », ligne 3, colonne « Matricule » : L'identifiant est "
        "utilisé deux fois (d'abord ligne 2) (valeur « E001 ») ; attendu : un identifiant unique."
    )


def test_a_column_reads_the_same_after_an_upload_and_after_an_edit():
    sheets = base_sheets()
    sheets["Collaborateurs"][2][4] = "en:B3"
    uploaded = only(load_sheets(sheets), "bad_level")
    frames = base_frames()
    frames["employees"].loc[1, "languages"] = "en:B3"
    edited = only(workbook.load_frames(frames), "bad_level")
    assert (uploaded.column, edited.column) == ("Langues", "languages")
    assert problem_column(uploaded, "fr") == problem_column(edited, "fr") == "Langues"
    assert problem_column(uploaded, "en") == problem_column(edited, "en") == "Languages"
    for lang in ("fr", "en"):  # after the sheet's name, the sentences are the same
        after_sheet = [describe_problem(p, lang).split(", ", 1)[1] for p in (uploaded, edited)]
        assert after_sheet[0] == after_sheet[1]
