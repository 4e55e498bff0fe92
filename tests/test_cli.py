"""The command line contract of PRODUCT.md, on a three-person workbook checked by hand.

The workbook is ``tests.cli_fixtures.DATASET`` (the ``book`` fixture of conftest.py writes it);
its optimum places A01 S-AI → R-ANN and A02 S-EN → R-SUP: 7,000 MAD, two sessions run.
"""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import openpyxl
import pytest

from planner.cli.main import main
from planner.io.write.workbook import write_workbook
from planner.load.workbook import load
from planner.sample.synthetic import generate
from tests.cli_fixtures import DATASET, EMPLOYEES

CONTRACT_KEYS = {
    "status",
    "employees",
    "placed",
    "upper_bound_placed",
    "cost_mad",
    "budget_mad",
    "cohorts_run",
    "solve_seconds",
}


def _assignments(out) -> list[list[str]]:
    with open(out / "assignments.csv", newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def _summary(out) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def test_solve_writes_the_three_files_of_the_contract(book, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["solve", str(book), "--out", str(out), "--time-limit", "20"]) == 0
    rows = _assignments(out)
    assert rows[0] == ["employee_id", "cohort_id", "role_id"]
    assert sorted(rows[1:]) == [["A01", "S-AI", "R-ANN"], ["A02", "S-EN", "R-SUP"], ["A03", "", ""]]
    summary = _summary(out)
    assert summary.keys() >= CONTRACT_KEYS
    assert {k: summary[k] for k in CONTRACT_KEYS - {"solve_seconds"}} == {
        "status": "optimal",
        "employees": 3,
        "placed": 2,
        "upper_bound_placed": 2,
        "cost_mad": 7000.0,
        "budget_mad": 10000.0,
        "cohorts_run": 2,
    }
    assert summary["solve_seconds"] >= 0
    sheets = openpyxl.load_workbook(out / "plan.xlsx", read_only=True).sheetnames
    assert sheets[:3] == ["Synthèse", "Affectations", "Non placés"]
    assert {"S-AI", "S-EN"} <= set(sheets)  # one roster sheet per running session
    printed = capsys.readouterr().out
    assert "Placed: 2 / 3 employees" in printed and "7 000 MAD / budget 10 000 MAD" in printed


def test_budget_option_replaces_the_settings_budget(book, tmp_path):
    out = tmp_path / "out"
    assert main(["solve", str(book), "--out", str(out), "--budget", "3000"]) == 0
    summary = _summary(out)
    # 3,000 MAD pays one S-EN seat only: the senior A01 gets it, not A02.
    assert (summary["placed"], summary["cost_mad"], summary["budget_mad"]) == (1, 3000.0, 3000.0)
    assert ["A01", "S-EN", "R-SUP"] in _assignments(out)


def test_a_plan_that_places_nobody_still_exits_0(book, tmp_path):
    out = tmp_path / "out"
    assert main(["solve", str(book), "--out", str(out), "--budget", "0", "--quiet"]) == 0
    assert sorted(_assignments(out)[1:]) == [["A01", "", ""], ["A02", "", ""], ["A03", "", ""]]
    summary = _summary(out)
    assert (summary["status"], summary["placed"], summary["cohorts_run"]) == ("optimal", 0, 0)


def test_budget_none_removes_the_limit(book, tmp_path):
    out = tmp_path / "out"
    assert main(["solve", str(book), "--out", str(out), "--budget", "none", "--quiet"]) == 0
    assert _summary(out)["budget_mad"] is None


def _broken(tmp_path):
    """Duplicate id on Excel row 3 and a negative tenure on row 4 of the employees sheet."""
    path = tmp_path / "broken.xlsx"
    write_workbook(DATASET, path)
    book = openpyxl.load_workbook(path)
    people = book["Collaborateurs"]
    people["A3"] = "A01"
    people["D4"] = -3
    book.save(path)
    return path


def test_solve_on_invalid_input_lists_every_error_and_exits_2(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["solve", str(_broken(tmp_path)), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "row 3, column 'Matricule'" in err and "'A01'" in err
    assert "row 4, column 'Ancienneté (ans)'" in err and "'-3'" in err
    assert not out.exists()


def test_validate_lists_every_problem_and_exits_2_on_errors(tmp_path, capsys):
    assert main(["validate", str(_broken(tmp_path))]) == 2
    printed = capsys.readouterr().out
    assert printed.count("Error — Sheet 'Collaborateurs'") == 2
    assert "2 error(s), 0 warning(s) in broken.xlsx." in printed


def test_validate_in_french(tmp_path, capsys):
    assert main(["validate", str(_broken(tmp_path)), "--lang", "fr"]) == 2
    printed = capsys.readouterr().out
    assert "Erreur — Feuille « Collaborateurs », ligne 4, colonne « Ancienneté (ans) »" in printed


def test_validate_passes_a_valid_workbook(book, capsys):
    assert main(["validate", str(book)]) == 0
    assert "rh.xlsx is valid: 3 employees, 2 sessions, 2 roles." in capsys.readouterr().out


def test_validate_prints_warnings_but_exits_0(tmp_path, capsys):
    people = (*EMPLOYEES[:2], replace(EMPLOYEES[2], wishes=("astrologie",)))
    path = tmp_path / "warn.xlsx"
    write_workbook(replace(DATASET, employees=people), path)
    assert main(["validate", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "Warning — Sheet 'Collaborateurs', row 4" in printed and "astrologie" in printed
    assert "0 error(s), 1 warning(s)" in printed


def test_a_missing_file_is_a_located_problem(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "absent.xlsx")]) == 2
    assert "absent.xlsx" in capsys.readouterr().out


def test_sample_writes_a_loadable_workbook(tmp_path, capsys):
    path = tmp_path / "sub" / "s.xlsx"
    assert main(["sample", "--employees", "25", "--seed", "4", "--out", str(path)]) == 0
    loaded = load(path)
    assert loaded.ok
    expected = generate(25, 4)
    assert [e.employee_id for e in loaded.dataset.employees] == [
        e.employee_id for e in expected.employees
    ]
    assert len(loaded.dataset.cohorts) == len(expected.cohorts)
    assert openpyxl.load_workbook(path, read_only=True).sheetnames[0] == "Collaborateurs"


@pytest.mark.parametrize(
    "argv",
    [
        ["solve", "x.xlsx", "--out", "o", "--time-limit", "0"],
        ["solve", "x.xlsx", "--out", "o", "--budget", "-1"],
        ["solve", "x.xlsx", "--out", "o", "--budget", "lots"],
        ["solve", "x.xlsx"],
        ["sample", "--employees", "0", "--out", "s.xlsx"],
        ["sample", "--employees", "10", "--out", "s.csv"],
        ["unknown"],
        [],
    ],
)
def test_bad_options_exit_2_with_a_usage_message(argv, capsys):
    assert main(argv) == 2
    assert "error:" in capsys.readouterr().err


def test_help_exits_0(capsys):
    assert main(["solve", "--help"]) == 0
    assert "--time-limit" in capsys.readouterr().out
