"""Problems store a code and parameters; planner.i18n words them in French or English."""

from __future__ import annotations

import dataclasses
import json

import pytest

from planner import i18n
from planner.domain.problems import CODES, EXPECTED, Problem, Severity, error, make, warning
from planner.i18n.catalogue import CATALOGUE
from planner.scenarios import codec


def named(prefix: str) -> set[str]:
    return {key.removeprefix(prefix) for key in CATALOGUE if key.startswith(prefix)}


def test_every_code_and_expected_key_has_its_wording():
    assert named("problem.") == CODES
    assert named("expected.") == EXPECTED


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_and_expected_phrase_renders_in_both_languages(code):
    for key in sorted(EXPECTED):
        wanted = i18n.placeholders(
            CATALOGUE[f"problem.{code}"][1] + CATALOGUE[f"expected.{key}"][1]
        )
        problem = make(Severity.ERROR, code, "S", 2, "C", "v", key, **dict.fromkeys(wanted, 7))
        for lang, index in (("fr", 0), ("en", 1)):
            text = i18n.describe_problem(problem, lang)
            assert "{" not in text
            assert (
                CATALOGUE[f"problem.{code}"][index].format_map({n: 7 for n in wanted})[1:] in text
            )
            assert CATALOGUE[f"expected.{key}"][index].format_map({n: 7 for n in wanted}) in text


def test_a_problem_reads_in_french_and_english():
    problem = error("duplicate_id", "employees", 3, "employee_id", "E1", "unique", first=2)
    assert problem.params == (("first", "2"),)
    assert i18n.describe_problem(problem, "fr") == (
        "Erreur — Feuille « Collaborateurs », ligne 3, colonne « Matricule » : L'identifiant est "
        "utilisé deux fois (d'abord ligne 2) (valeur « E1 ») ; attendu : un identifiant unique."
    )
    assert i18n.describe_problem(problem, "en") == (
        "Error — Sheet 'Employees', row 3, column 'Employee id': The id is used twice (first on "
        "row 2) (value 'E1'); expected: a unique id."
    )


def test_a_whole_file_problem_without_value_or_expected():
    problem = warning("sheet_guessed", "Feuil1", target="employees")
    assert i18n.describe_problem(problem, "fr") == (
        "Avertissement — Feuille « Feuil1 » : Cette feuille est lue comme employees car ses "
        "colonnes correspondent."
    )
    assert i18n.describe_problem(error("file_empty"), "en") == "Error — File: The file is empty."


def test_a_missing_parameter_shows_its_name_instead_of_failing():
    problem = error("bad_level")
    assert i18n.problem_message(problem, "en") == "unknown level {level}"


def test_unknown_codes_and_expected_keys_are_refused_at_construction():
    with pytest.raises(ValueError, match="unknown problem code"):
        error("no_such_code")
    with pytest.raises(ValueError, match="unknown expected key"):
        error("bad_number", expected="no such phrase")


def test_a_problem_is_a_frozen_hashable_value_that_round_trips_through_json():
    problem = warning("blank_rows", "cohorts", 0, "", "", "fill or delete", count=2, rows="3, 4")
    assert problem.params == (("count", "2"), ("rows", "3, 4"))
    assert len({problem, dataclasses.replace(problem)}) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.code = "other"  # type: ignore[misc]
    data = json.loads(json.dumps(codec.encode(problem)))
    assert codec.decode(Problem, data) == problem


def test_str_names_the_code_and_parameters_for_logs():
    problem = error("bad_level", "Collaborateurs", 3, "Langues", "en:B9", "cefr", level="B9")
    assert str(problem) == (
        "ERROR [Collaborateurs, row 3, column Langues] bad_level(level='B9') — value 'en:B9'; "
        "expected cefr"
    )


def test_the_command_line_names_sheet_and_column_as_the_file_writes_them():
    problem = error("value_missing", "Collaborateurs", 3, "Ancienneté", "", "fill or delete")
    assert i18n.describe_problem(problem, "en").startswith(
        "Error — Sheet 'Collaborateurs', row 3, column 'Tenure (years)': "
    )
    assert i18n.describe_problem(problem, "en", as_written=True).startswith(
        "Error — Sheet 'Collaborateurs', row 3, column 'Ancienneté': "
    )
