"""The settings sheet: defaults, every key, unknown and duplicated keys, bad values."""

from __future__ import annotations

from datetime import date

from planner.domain.records import Weights
from planner.i18n import problem_expected, problem_message
from tests.read_fixtures import base_sheets, codes, load_sheets, only


def with_settings(rows):
    sheets = base_sheets()
    sheets["Paramètres"] = rows
    return load_sheets(sheets)


def test_defaults_when_the_sheet_is_absent():
    sheets = base_sheets()
    del sheets["Paramètres"]
    settings = load_sheets(sheets).dataset.settings
    assert settings.budget_mad is None and settings.plan_start_date == date.today()
    assert settings.seniority_years == 10.0 and settings.weights == Weights()


def test_every_key_in_french_without_a_header_row():
    result = with_settings(
        [
            ["Budget (MAD)", "1 500 000,50"],
            ["Début du plan", "04/01/2027"],
            ["Seuil d'ancienneté", 8],
            ["Objectif", "pondéré"],
            ["Poids placement", 500],
            ["Poids ancienneté", 50],
            ["Poids vœux", "5"],
        ]
    )
    assert result.ok, [str(p) for p in result.problems]
    settings = result.dataset.settings
    assert (settings.budget_mad, settings.plan_start_date, settings.seniority_years) == (
        1500000.5,
        date(2027, 1, 4),
        8.0,
    )
    assert settings.weights == Weights(lexicographic=False, placed=500, senior=50, wish=5)


def test_no_budget_limit_spelled_out():
    result = with_settings([["Paramètre", "Valeur"], ["budget_mad", "illimité"]])
    assert result.ok and result.dataset.settings.budget_mad is None


def test_unknown_key_is_a_warning_and_duplicate_an_error():
    result = with_settings(
        [
            ["Paramètre", "Valeur"],
            ["budjet", 10],
            ["seniority_years", 5],
            ["Ancienneté senior (ans)", 6],
        ]
    )
    unknown = only(result, "setting_unknown")
    assert (unknown.severity.value, unknown.sheet, unknown.row, unknown.column, unknown.value) == (
        "warning",
        "Paramètres",
        2,
        "Paramètre",
        "budjet",
    )
    duplicate = only(result, "setting_duplicate")
    assert (duplicate.row, problem_message(duplicate, "en")) == (
        4,
        "the setting is given twice (first on row 3)",
    )


def test_bad_values_name_the_cell():
    result = with_settings(
        [
            ["Paramètre", "Valeur"],
            ["budget_mad", -5],
            ["plan_start_date", "demain"],
            ["objective", "au hasard"],
            ["weight_wish", 2.5],
        ]
    )
    assert codes(result) == ["out_of_range", "bad_date", "setting_invalid", "bad_integer"]
    assert [(p.row, p.column) for p in result.problems] == [
        (2, "Valeur"),
        (3, "Valeur"),
        (4, "Valeur"),
        (5, "Valeur"),
    ]
    assert problem_expected(result.problems[2], "en") == "lexicographic or weighted"
