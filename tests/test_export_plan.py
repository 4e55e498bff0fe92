"""plan.xlsx, assignments.csv and summary.json checked cell by cell against the plan."""

from __future__ import annotations

import json
from datetime import datetime

import openpyxl
import pytest

from planner.domain.outcomes import SolveStatus
from planner.domain.plan import Pathway, Plan
from planner.export.labels import label
from planner.export.outputs import write_solve_outputs
from planner.export.view import ExportError, explanation_function
from tests.export_fixtures import (
    ASSIGNMENTS,
    FORMULA_ID,
    FORMULA_NAME,
    INJ_COHORT,
    UNPLACED,
    dataset,
    reasons,
    result,
    sheet_rows,
    table_after_header,
)

FIXED_SHEETS = ["Synthèse", "Affectations", "Non placés", "Sessions", "Postes"]


@pytest.fixture
def outputs(tmp_path):
    return write_solve_outputs(tmp_path / "out", dataset(), result(), reasons())


def roster_sheets(book: openpyxl.Workbook) -> dict[str, list[tuple]]:
    """Session id (cell B1) → rows, for every sheet after the fixed ones."""
    found = {}
    for sheet in book.worksheets[len(FIXED_SHEETS) :]:
        rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
        assert rows[0][0] == "Session"
        found[rows[0][1]] = rows
    return found


def test_writes_exactly_the_contract_files(outputs, tmp_path):
    assert set(outputs) == {"plan", "assignments", "summary"}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        ".planner_files.json",  # what the planner wrote, so it never replaces anything else
        "assignments.csv",
        "plan.xlsx",
        "summary.json",
    ]


def test_assignments_csv_is_every_employee_in_workbook_order(outputs):
    expected = (
        "employee_id,cohort_id,role_id\n"
        'E001,C-AI,R-ANN\nE002,C-EN,R-SUP\n"\'-E003",,R-BO\nE004,,\nE005,,\n'
        "E006,C/INJ:[1],R-ANN\n"
    )
    assert outputs["assignments"].read_bytes() == expected.encode("utf-8")


def test_outputs_are_byte_for_byte_deterministic(outputs, tmp_path):
    again = write_solve_outputs(tmp_path / "again", dataset(), result(), reasons())
    for key in ("plan", "assignments", "summary"):
        assert outputs[key].read_bytes() == again[key].read_bytes(), key


def test_summary_json_has_the_contract_keys_and_plan_figures(outputs):
    data = json.loads(outputs["summary"].read_text("utf-8"))
    assert {
        k: data[k]
        for k in (
            "status",
            "employees",
            "placed",
            "upper_bound_placed",
            "cost_mad",
            "budget_mad",
            "cohorts_run",
            "solve_seconds",
        )
    } == {
        "status": "feasible",
        "employees": 6,
        "placed": 4,
        "upper_bound_placed": 5,
        "cost_mad": 29000.0,
        "budget_mad": 100000.0,
        "cohorts_run": 3,
        "solve_seconds": 1.25,
    }
    assert data["seniors_placed"] == 1 and data["seniors"] == 2
    assert data["gap"] == pytest.approx(0.2)
    assert data["wish_score"] == 5 and data["wishes_fulfilled"] == 2
    assert data["plan_date"] == "2026-09-01" and data["message"] == "time limit reached"
    assert data["cohorts_run_ids"] == ["C-AI", "C-EN", INJ_COHORT]
    assert data["seats_used"] == 3 and data["openings_filled"] == 4
    assert data["direct_redeployments"] == 1 and data["budget_left_mad"] == 71000.0


def test_summary_sheet_shows_the_solver_figures(outputs):
    values = dict(sheet_rows(outputs["plan"], "Synthèse"))
    assert values[label("placed")] == 4 and values[label("upper_bound")] == 5
    assert values[label("gap")] == pytest.approx(0.2)
    assert values[label("cost")] == 29000.0
    assert values[label("status")] == "meilleur plan trouvé, écart ≤ 1 personne (20 %)"
    assert values[label("sessions_run")] == 3
    assert values[label("plan_date")] == datetime(2026, 9, 1)
    assert values[label("seniors_placed")] == 1


def test_assignments_sheet_has_one_row_per_person_matching_the_plan(outputs):
    header, rows = table_after_header(sheet_rows(outputs["plan"], "Affectations"), "Matricule")
    column = {name: i for i, name in enumerate(header)}
    assert [r[0] for r in rows] == [e.employee_id for e in dataset().employees]
    for row in rows:
        pathway = ASSIGNMENTS.get(row[0])
        assert row[column["Poste"]] == (pathway.role_id if pathway else None)
        assert row[column["Session"]] == (pathway.cohort_id if pathway else None)
    by_id = {r[0]: r for r in rows}
    assert by_id["E001"][column["Coût de la place (MAD)"]] == 5000.0
    assert by_id["E001"][column["Vœu satisfait"]] == "oui (vœu 1)"
    assert by_id["E001"][column["Fin"]] == datetime(2026, 10, 27)
    assert by_id[FORMULA_ID][column["Nom"]] == FORMULA_NAME
    assert by_id[FORMULA_ID][column["Coût de la place (MAD)"]] == 0.0
    describe = explanation_function()
    assert by_id["E005"][column["Explication"]] == describe(reasons()["E005"], "fr")


def test_unplaced_sheet_lists_exactly_the_unplaced_with_reasons(outputs):
    header, rows = table_after_header(sheet_rows(outputs["plan"], "Non placés"), "Matricule")
    assert tuple(r[0] for r in rows) == UNPLACED
    motive, sentence = header.index("Motif"), header.index("Explication")
    assert rows[0][motive] == label("code_no_admissible_pathway")
    assert rows[1][motive] == label("code_outcompeted")
    describe = explanation_function()
    assert [r[sentence] for r in rows] == [describe(reasons()[i], "fr") for i in UNPLACED]


def test_one_roster_sheet_per_running_session_with_exactly_its_trainees(outputs):
    book = openpyxl.load_workbook(outputs["plan"])
    assert book.sheetnames[: len(FIXED_SHEETS)] == FIXED_SHEETS
    rosters = roster_sheets(book)
    assert set(rosters) == set(result().cohorts_run)
    for cohort_id, rows in rosters.items():
        _, trainees = table_after_header(rows, "Matricule")
        expected = [e for e, p in ASSIGNMENTS.items() if p.cohort_id == cohort_id]
        assert [r[0] for r in trainees] == expected
        assert all(r[4] == ASSIGNMENTS[r[0]].role_id for r in trainees)


def test_sessions_and_roles_sheets(outputs):
    header, rows = table_after_header(sheet_rows(outputs["plan"], "Sessions"), "Session")
    sessions = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
    assert sessions["C-AI"]["Places occupées"] == 1 and sessions["C-AI"]["Ouverte"] == "oui"
    assert sessions["C-AI"]["Coût total (MAD)"] == 25000.0
    assert sessions["C-IDLE"]["Ouverte"] == "non" and sessions["C-IDLE"]["Coût total (MAD)"] == 0
    assert sessions["C-EN"]["Organisme de formation"] == "sans organisme"
    header, rows = table_after_header(sheet_rows(outputs["plan"], "Postes"), "Poste")
    roles = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
    assert roles["R-ANN"]["Pourvus"] == 2 and roles["R-ANN"]["Restants"] == 3
    assert roles["R-BO"]["Redéploiement direct"] == 1 and roles["R-BO"]["Après formation"] == 0


def test_real_formatting(outputs):
    book = openpyxl.load_workbook(outputs["plan"])
    sheet = book["Affectations"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:R7"
    assert all(cell.font.b for cell in sheet[1])
    assert sheet["I2"].is_date and sheet["I2"].number_format == "dd/mm/yyyy"
    assert sheet["P2"].data_type == "n" and "MAD" in sheet["P2"].number_format
    assert sheet.column_dimensions["R"].width >= 8
    roster = book.worksheets[len(FIXED_SHEETS)]
    assert roster.freeze_panes == "A13" and roster.auto_filter.ref.startswith("A12:")


def test_sheet_names_are_valid_and_unique(outputs):
    names = openpyxl.load_workbook(outputs["plan"]).sheetnames
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert "C_INJ__1_" in names


def test_english_export(tmp_path):
    paths = write_solve_outputs(tmp_path, dataset(), result(), reasons(), lang="en")
    book = openpyxl.load_workbook(paths["plan"])
    assert book.sheetnames[:5] == ["Summary", "Assignments", "Unplaced", "Sessions", "Roles"]
    assert book["Assignments"]["A1"].value == "Employee ID"
    assert book["Assignments"]["I2"].number_format == "yyyy-mm-dd"
    assert dict(sheet_rows(book, "Summary"))["Placed"] == 4


def test_no_budget_and_an_empty_plan(tmp_path):
    data = dataset()
    data = type(data)(data.employees, data.cohorts, data.roles)
    empty = result(
        status=SolveStatus.NO_PLAN,
        plan=Plan({}),
        placed=0,
        cohorts_run=(),
        cost_mad=0.0,
        seniors_placed=0,
        wish_score=0,
    )
    paths = write_solve_outputs(tmp_path, data, empty, {})
    summary = json.loads(paths["summary"].read_text("utf-8"))
    assert summary["budget_mad"] is None and summary["placed"] == 0
    assert summary["cohorts_run"] == 0 and summary["budget_left_mad"] is None
    lines = paths["assignments"].read_text("utf-8").splitlines()
    assert len(lines) == 7 and lines[1] == "E001,,"
    book = openpyxl.load_workbook(paths["plan"])
    assert book.sheetnames == FIXED_SHEETS
    assert dict(sheet_rows(book, "Synthèse"))[label("budget")] == "sans limite"


def test_a_plan_that_does_not_match_the_data_is_refused(tmp_path):
    wrong = result(plan=Plan({"E001": Pathway("R-NOPE", "C-AI")}))
    with pytest.raises(ExportError, match="R-NOPE"):
        write_solve_outputs(tmp_path, dataset(), wrong, reasons())
    stranger = result(plan=Plan({"X999": Pathway("R-ANN")}))
    with pytest.raises(ExportError, match="X999"):
        write_solve_outputs(tmp_path, dataset(), stranger, reasons())


def test_bad_options_are_refused(tmp_path):
    with pytest.raises(ValueError, match="dialect"):
        write_solve_outputs(tmp_path, dataset(), result(), reasons(), csv_dialect="tsv")
    with pytest.raises(ValueError, match="rosters_by"):
        write_solve_outputs(tmp_path, dataset(), result(), reasons(), rosters_by="site")
